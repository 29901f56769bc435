import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findDenseRoot } from './fallback.js';
import { pruneHead } from './prune.js';

const para = (n: number): string =>
  `<p>Officials from both ministries met for a second day on Thursday, according to a statement issued in the evening, and agreed on a schedule (round ${n}).</p>`;

function parse(body: string, head = ''): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

describe('findDenseRoot', () => {
  const doc = parse(`
    <div id="menu"><ul><li><a href="/a">World news</a></li><li><a href="/b">Business and markets</a></li><li><a href="/c">Sport</a></li></ul></div>
    <div id="story">
      <h2>Talks resume</h2>
      ${para(1)}${para(2)}${para(3)}
      <div id="inline-links"><a href="/x">Earlier: the first round of talks in the capital</a></div>
      <div id="photo"><img src="p.jpg"><span>Photo</span></div>
    </div>
    <div id="tags"><div><a href="/t1">diplomacy</a> <a href="/t2">trade and tariffs</a> <a href="/t3">energy</a></div></div>
    <div id="ad-slot"><div><img src="ad.gif"></div></div>
    <div id="masthead"><header><h1>Talks resume in the capital after a pause of two years</h1></header><a href="/share">Share on Twitter and Facebook</a></div>`);
  const root = findDenseRoot(doc);

  it('picks the container of the paragraphs', () => {
    expect(root?.element.getAttribute('id')).toBe('story');
  });

  it('lists the outermost link-only and empty containers outside it, and nothing that holds text or the root', () => {
    const ids = root!.furniture.map((e) => e.getAttribute('id'));
    // #menu and #tags are all links; #tags' inner div is inside an outer link block, so only
    // #tags; #ad-slot holds no text at all. #masthead's links come with its header's text.
    expect(ids).toEqual(['menu', 'tags', 'ad-slot']);
    // #inline-links is inside the dense root; #photo has no links (24 chars of link text needed).
    expect(ids).not.toContain('inline-links');
    expect(ids).not.toContain('photo');
  });
});

describe('pruneHead', () => {
  it('keeps only the title', () => {
    const doc = parse('<p>x</p>', '<title>Talks resume</title><meta name="author" content="A"><script>var a = 1;</script><link rel="stylesheet" href="s.css"><style>p{}</style>');
    pruneHead(doc);
    expect([...doc.head.children].map((e) => e.tagName)).toEqual(['TITLE']);
    expect(doc.title).toBe('Talks resume');
  });
});
