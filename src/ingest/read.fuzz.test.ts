/** Fuzzing of the ingest parsers for outside input: JSON records and feeds (fast-check, bounded). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierError, isDossierError } from '../core/errors.js';
import { readFeed } from './feed.js';
import { parseRecord } from './record.js';

const budget = { seed: 4242, numRuns: 300, interruptAfterTimeLimit: 3000 };

describe('fuzz: JSON records', () => {
  const field = fc.constantFrom('text', 'html', 'title', 'published', 'url', 'source', 'id', '__proto__', 'constructor', 'extra');
  const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 2 }));
  const record = fc.dictionary(field, value, { maxKeys: 8 }).map((o) => JSON.stringify(o));
  const anyText = fc.oneof(record, fc.json(), fc.string(), fc.constantFrom('{', '[]', 'null', '"text"', '{"text": "\\ud800"}', '{"text": 1e309}', '{"__proto__": {"text": "x"}}'));

  it('parseRecord returns a record or a DossierError naming the line, never throws', () => {
    fc.assert(
      fc.property(anyText, (json) => {
        const r = parseRecord(json, 'in.jsonl:7');
        if (r instanceof DossierError) {
          expect(r.input).toBe('in.jsonl:7');
          expect(r.code).toMatch(/^E_INPUT_/);
        } else {
          expect(r.text !== null || r.html !== null).toBe(true);
          expect(typeof r.meta).toBe('object');
        }
      }),
      budget,
    );
  });
});

describe('fuzz: feeds', () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('<rss version="2.0">', '</rss>', '<channel>', '</channel>', '<item>', '</item>', '<title>', '</title>', '<link>', '</link>', '<description>', '</description>', '<pubDate>', '</pubDate>', '<![CDATA[', ']]>', '<feed xmlns="http://www.w3.org/2005/Atom">', '</feed>', '<entry>', '</entry>', '<content type="html">', '</content>', '<link href="https://a.example/x"/>', '&amp;', '&lt;', '&#0;', '&unknown;', '<?xml version="1.0"?>', '<!DOCTYPE rss>', '<!-- c -->', '<', '>'),
  );
  const xml = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
  const jsonFeed = fc.record({ version: fc.constant('https://jsonfeed.org/version/1.1'), title: fc.oneof(fc.string(), fc.integer()), items: fc.array(fc.object({ maxDepth: 1 }), { maxLength: 4 }) }).map((o) => JSON.stringify(o));

  it('readFeed gives items with string-or-null fields, or a DossierError, never a raw throw', () => {
    fc.assert(
      fc.property(fc.oneof(xml, jsonFeed), (text) => {
        let feed;
        try {
          feed = readFeed(text, 'fuzz.rss');
        } catch (e) {
          expect(isDossierError(e), String(e)).toBe(true);
          return;
        }
        for (const item of feed.items) {
          for (const k of ['title', 'url', 'published', 'content', 'summary', 'author'] as const) {
            expect(item[k] === null || typeof item[k] === 'string', `${k}: ${JSON.stringify(item[k])}`).toBe(true);
          }
        }
      }),
      budget,
    );
  });
});
