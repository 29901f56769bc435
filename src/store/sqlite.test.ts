import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticle } from '../core/article.js';
import type { RawInput } from '../core/types.js';
import { analyseCorpus } from '../corpus/run.js';
import Database from 'better-sqlite3';
import type { Event } from '../corpus/types.js';
import { READ_TABLES } from './corpus-rows.js';
import { SCHEMA_VERSION } from './schema.js';
import { SqliteStore } from './sqlite.js';

const raw = (text: string, hash: string): RawInput => ({ source: `${hash}.txt`, bytes: Buffer.from(text), contentType: 'text/plain', meta: {}, hash });

function tempStore(): SqliteStore {
  return new SqliteStore(join(mkdtempSync(join(tmpdir(), 'dossier-store-')), 'test.db'));
}

describe('SqliteStore', () => {
  it('keeps the raw input verbatim and round-trips articles with their annotations', async () => {
    const store = tempStore();
    const a = createArticle({ id: 'a1', source: 'h1.txt', rawHash: 'h1', text: 'Putin met Kakar in Beijing.', title: 'Meeting' });
    a.sentences = [{ start: 0, end: 27 }];
    await store.addDocuments(raw('raw bytes kept', 'h1'), [a]);
    expect(await store.hasRaw('h1')).toBe(true);
    expect(await store.hasRaw('h2')).toBe(false);
    expect(new TextDecoder().decode((await store.getRaw('h1'))!.bytes)).toBe('raw bytes kept');
    const back = await store.getArticle('a1');
    expect(back?.text).toBe('Putin met Kakar in Beijing.');
    expect(back?.sentences).toEqual([{ start: 0, end: 27 }]);
    await store.close();
  });

  it('finds documents by words with a highlighted snippet, and survives query syntax in user input', async () => {
    const store = tempStore();
    await store.addDocuments(raw('x', 'h1'), [createArticle({ id: 'a1', source: 's', rawHash: 'h1', text: 'A gas pipeline from Karachi to Lahore.' })]);
    await store.addDocuments(raw('y', 'h2'), [createArticle({ id: 'a2', source: 't', rawHash: 'h2', text: 'Wheat supplies to Islamabad.' })]);
    const hits = await store.search('pipeline Karachi');
    expect(hits.map((h) => h.documentId)).toEqual(['a1']);
    expect(hits[0]!.snippet).toContain('«pipeline»');
    await expect(store.search('"unbalanced AND (')).rejects.toThrow(/not closed/);
    await store.close();
  });

  it('stores corpus results and reads them back', async () => {
    const store = tempStore();
    const a = createArticle({ id: 'a1', source: 's', rawHash: 'h1', text: 'Lavrov spoke.' });
    a.entities = [{ type: 'person', name: 'Sergey Lavrov', aliases: [] }];
    a.mentions = [{ start: 0, end: 6, type: 'person', entity: 0, via: 'test' }];
    await store.addDocuments(raw('x', 'h1'), [a]);
    await store.saveCorpus(analyseCorpus([a]));
    const corpus = await store.loadCorpus();
    expect(corpus.entities.map((e) => e.name)).toEqual(['Sergey Lavrov']);
    expect((await store.stats()).entities).toBe(1);
    await store.close();
  });

  it('opens a store of schema 1 (no read tables): builds them from its saved corpus, then reads as 2', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dossier-store-')), 'old.db');
    const store = new SqliteStore(path);
    const a = createArticle({ id: 'a1', source: 's', rawHash: 'h1', text: 'The old bridge reopened.', title: 'Bridge news' });
    await store.addDocuments(raw('x', 'h1'), [a]);
    const ev: Event = {
      id: 'ev-1', type: 'CONSULT', kind: 'meet', date: { value: '2022-05-01', confidence: 0.9, evidence: 'explicit' } as Event['date'], future: false, modality: 'asserted',
      participants: [], location: null, topics: [], summary: 'The bridge reopened.', sources: [{ documentId: 'a1', start: 0, end: 10 }], documents: ['a1'], weight: 1,
    };
    for await (const _ of store.articles()) void _;
    await store.saveCorpus({ entities: [], events: [ev], quotes: [], claims: [], discrepancies: [], duplicates: {}, propagatedDates: {} });
    await store.close();
    // What schema 1 was: the same tables without the read tables.
    const db = new Database(path);
    for (const t of Object.values(READ_TABLES)) db.exec(`DROP TABLE ${t.name}`);
    db.exec(`DROP TABLE read_search_fts; UPDATE store_meta SET value = '1' WHERE key = 'schema'`);
    db.close();

    const again = new SqliteStore(path);
    expect((await again.timelinePage({ offset: 0, limit: 10 })).items.map((t) => t.id)).toEqual(['ev-1']);
    expect((await again.documentPage({ offset: 0, limit: 10 })).items.map((d) => d.label)).toEqual(['Bridge news']);
    expect((await again.loadCorpus()).events).toEqual([ev]);
    await again.close();
    const check = new Database(path, { readonly: true });
    expect((check.prepare(`SELECT value FROM store_meta WHERE key = 'schema'`).get() as { value: string }).value).toBe(String(SCHEMA_VERSION));
    check.close();
  });

  it('refuses a store of a schema it does not know, naming both versions, and leaves it as it was', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dossier-store-')), 'new.db');
    (await Promise.resolve(new SqliteStore(path))).close();
    const db = new Database(path);
    db.exec(`UPDATE store_meta SET value = '7' WHERE key = 'schema'`);
    db.close();
    expect(() => new SqliteStore(path)).toThrow(`another version of dossier (schema 7, this one reads ${SCHEMA_VERSION})`);
    const check = new Database(path, { readonly: true });
    expect((check.prepare(`SELECT value FROM store_meta WHERE key = 'schema'`).get() as { value: string }).value).toBe('7');
    check.close();
  });
});
