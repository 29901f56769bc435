import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { htmlOffset, mapBlocks, textView } from './source-map.js';
import type { TextBlock } from './types.js';

describe('textView', () => {
  it('drops tags, comments and scripts, keeps one space per white space run, and maps back', () => {
    const html = '<p>The  <a href="/x">port</a>\n  authority<!-- ad --> said.</p><script>var s = "not text";</script><p>Next</p>';
    const v = textView(html);
    expect(v.text).toBe('The port authority said.Next');
    const at = v.text.indexOf('port');
    expect(html.slice(htmlOffset(v, at), htmlOffset(v, at) + 4)).toBe('port');
    const said = v.text.indexOf('said.');
    expect(html.slice(htmlOffset(v, said), htmlOffset(v, said + 4) + 1)).toBe('said.');
    // Every character of the view is the HTML character it maps to (spaces stand for white space).
    for (let i = 0; i < v.text.length; i++) {
      const c = html[htmlOffset(v, i)]!;
      expect(v.text[i] === ' ' ? /\s/.test(c) : c === v.text[i]).toBe(true);
    }
  });
});

describe('mapBlocks', () => {
  const html =
    '<html><body><nav><a>Talks</a></nav><article><p>Talks between the port\n authority and the <a href="/u">dockworkers\'</a> union broke down on Tuesday.</p>' +
    '<p>A mediator was <em>appointed</em> on Wednesday.</p></article></body></html>';
  const { document } = parseHTML(html);
  const ps = [...document.querySelectorAll('p')];
  const blocks: TextBlock[] = [
    { text: "Talks between the port authority and the dockworkers' union broke down on Tuesday.", element: ps[0]!, kind: 'paragraph' },
    { text: 'A mediator was appointed on Wednesday.', element: ps[1]!, kind: 'paragraph' },
  ];
  const segments = mapBlocks(blocks, [0, blocks[0]!.text.length + 2], html);

  it('finds each block in the page across line breaks and inline tags, after the menu word', () => {
    expect(segments).toHaveLength(2);
    const first = html.slice(segments[0]!.rawStart, segments[0]!.rawEnd);
    expect(first.startsWith('Talks between the port\n authority')).toBe(true);
    expect(first.endsWith('broke down on Tuesday.')).toBe(true);
    expect(html.slice(segments[1]!.rawStart, segments[1]!.rawEnd)).toBe('A mediator was <em>appointed</em> on Wednesday.');
    expect(segments[1]!.node).toBe('article > p');
  });

  it('gives offsets -1 but keeps the element path without the page', () => {
    const bare = mapBlocks(blocks, [0, 10], undefined);
    expect(bare.map((s) => [s.rawStart, s.rawEnd])).toEqual([[-1, -1], [-1, -1]]);
  });
});
