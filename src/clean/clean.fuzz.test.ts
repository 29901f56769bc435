/**
 * Property-based fuzzing of the cleaners with fast-check: bounded (fixed seed, few runs, a time
 * cap), so it runs in CI. No crash but a DossierError, and every offset inside the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDossierError } from '../core/errors.js';
import type { Article, SourceMapSegment } from '../core/types.js';
import { cleanInput } from './clean.js';
import { cleanScrapedText } from './text/index.js';

const SEED = 1307;
const NOW = new Date('2024-06-01T00:00:00Z');

const word = fc.constantFrom('the', 'council', 'said', 'on', 'Monday', 'May', '3,', '2021', 'Mr.', 'Ortiz', '—', '“quoted”', 'é', '日本', '🙂', '\u00a0', '\u200b', 'x'.repeat(300), '&amp;', '&#x1F600;', '&bogus;', '\t');
const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(' '));
const tag = fc.constantFrom('p', 'div', 'article', 'span', 'h1', 'h2', 'a', 'script', 'style', 'nav', 'footer', 'li', 'ul', 'br', 'img', 'time', 'meta', 'title', 'head', 'body', 'html', 'table', 'td', 'figure', 'figcaption', 'noscript', 'svg', 'iframe', 'template');
const attr = fc.constantFrom('', ' class="byline"', ' itemprop="datePublished" content="2021-05-03"', ' datetime="not a date"', ' href="javascript:alert(1)"', ' onerror="alert(1)"', ' style="display:none"', ' hidden', ' lang="zz"', ' property="og:title" content="T"', ' id="a" id="b"');
const htmlPiece = fc.oneof(
  text,
  fc.tuple(tag, attr).map(([t, a]) => `<${t}${a}>`),
  tag.map((t) => `</${t}>`),
  fc.constantFrom('<!-- c -->', '<!--', '<![CDATA[x]]>', '<!doctype html>', '<', '>', '</', '<p', '"', "'", '<script type="application/ld+json">{"datePublished": 7, "@graph": [null]}</script>'),
  fc.string({ maxLength: 30 }),
);
const html = fc.array(htmlPiece, { maxLength: 80 }).map((p) => p.join(''));

function checkSpans(a: Pick<Article, 'text' | 'sourceMap'>, rawLength: number | null): void {
  expect(typeof a.text).toBe('string');
  for (const s of a.sourceMap as SourceMapSegment[]) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(s.end).toBeLessThanOrEqual(a.text.length);
    expect(s.rawStart).toBeGreaterThanOrEqual(0);
    expect(s.rawStart).toBeLessThanOrEqual(s.rawEnd);
    if (rawLength !== null) expect(s.rawEnd).toBeLessThanOrEqual(rawLength);
  }
}

function cleanOrCoded(contentType: string, body: string): void {
  const raw = { source: 'fuzz', bytes: new TextEncoder().encode(body), contentType, meta: {}, hash: 'h' };
  let articles: Article[];
  try {
    articles = cleanInput(raw, { now: NOW });
  } catch (e) {
    if (!isDossierError(e)) throw e;
    return;
  }
  for (const a of articles) checkSpans(a, null);
}

const budget = { seed: SEED, numRuns: 150, interruptAfterTimeLimit: 4000 };

describe('fuzz: HTML cleaning', () => {
  it('messy HTML: articles with in-range offsets, or a DossierError', () => {
    fc.assert(fc.property(html, (h) => cleanOrCoded('text/html', h)), budget);
  }, 30_000);
});

describe('fuzz: scraped-text splitting', () => {
  const line = fc.oneof(text, fc.constantFrom('', 'By Staff Reporter', 'Updated 12 sec ago', 'Published: 3 May 2021', '• a bullet with a few real words in it', 'Related Articles', '© 2021 Example', 'Read More: another story', '---', 'Tuesday, April 16, 2024'));
  const scraped = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\n\n')).map(([ls, sep]) => ls.join(sep));
  it('cleanScrapedText: parts with in-range offsets into the text and the raw input', () => {
    fc.assert(
      fc.property(scraped, (raw) => {
        let parts;
        try {
          parts = cleanScrapedText(raw, { now: NOW, source: 'fuzz' });
        } catch (e) {
          if (!isDossierError(e)) throw e;
          return;
        }
        for (const p of parts) checkSpans(p, raw.length);
      }),
      budget,
    );
  }, 30_000);
  it('cleanInput on plain text: in-range offsets or a DossierError', () => {
    fc.assert(fc.property(scraped, (raw) => cleanOrCoded('text/plain', raw)), budget);
  }, 30_000);
});
