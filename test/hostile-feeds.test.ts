/** Feeds that attack the XML parser: refused with one line, nothing of the local file stored. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/app/ingest.js';
import { defaultPipeline } from '../src/app/pipeline.js';
import { readFeed } from '../src/ingest/feed.js';
import { SqliteStore } from '../src/store/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-feeds-'));
const SECRET = 'tarragon-kestrel-8841'; // a value only the local file holds
const secretFile = join(dir, 'private-notes.txt');
writeFileSync(secretFile, `${SECRET}\n`);

// No <link>: the item's own text is the article (nothing is fetched).
const item = (title: string, body: string) => `<item><title>${title}</title><description>${body}</description></item>`;
const channel = (items: string) => `<rss version="2.0"><channel><title>Example wire</title>${items}</channel></rss>`;

// Ten levels of ten: 10^9 copies of "lol" if anything expanded it.
const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('\n');
const BILLION_LAUGHS = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY l0 "lol">\n${laughs}\n]>\n${channel(item('&l9;', '&l9;'))}`;
const EXTERNAL = `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY notes SYSTEM "file://${secretFile}">]>\n${channel(item('Leak &notes;', 'The notes say &notes;'))}`;
const PARAMETER = `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY % remote SYSTEM "file://${secretFile}"> %remote;]>\n${channel(item('Story', 'Body'))}`;

const GOOD_FEED = channel(
  item(
    'Library extends hours',
    '<![CDATA[<p>The central library will stay open until ten in the evening during the exam weeks, the city said on Monday, after students asked for more study space.</p><p>The extra hours cost about as much as one new staff post.</p>]]>',
  ),
);

describe('XML entity attacks in feeds', () => {
  it('readFeed refuses entity declarations of every kind before parsing, fast', () => {
    for (const [name, xml] of [['billion laughs', BILLION_LAUGHS], ['external entity', EXTERNAL], ['parameter entity', PARAMETER]]) {
      const t0 = performance.now();
      expect(() => readFeed(xml, name), name).toThrow(/declares XML entities/);
      expect(performance.now() - t0, name).toBeLessThan(100);
    }
    expect(readFeed(GOOD_FEED, 'good').items).toHaveLength(1);
  });

  it('in a batch with a good feed: each attack is one line, the good one is stored, the secret nowhere', async () => {
    const files = { 'laughs.rss': BILLION_LAUGHS, 'external.xml': EXTERNAL, 'parameter.rss': PARAMETER, 'external-no-extension': EXTERNAL, 'good.rss': GOOD_FEED };
    for (const [n, x] of Object.entries(files)) writeFileSync(join(dir, n), x);
    const store = new SqliteStore(join(dir, 'feeds.db'));
    const summary = await ingest(Object.keys(files).map((n) => join(dir, n)), { store, pipeline: defaultPipeline(), corpus: false });
    expect(summary.documents).toBe(1);
    expect(summary.failed.map((f) => [f.input, f.code])).toEqual(
      ['laughs.rss', 'external.xml', 'parameter.rss', 'external-no-extension'].map((n) => [join(dir, n), 'E_FEED_INVALID']),
    );
    for (const f of summary.failed) expect(f.message).toContain('declares XML entities');
    const stored = [];
    for await (const a of store.articles()) stored.push(JSON.stringify(a));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toContain('central library');
    await store.close();
    // Nothing of the secret anywhere in the database file.
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dir, 'feeds.db')).includes(SECRET)).toBe(false);
  });
});
