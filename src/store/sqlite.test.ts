import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticle } from '../core/article.js';
import type { RawInput } from '../core/types.js';
import { analyseCorpus } from '../corpus/run.js';
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
});
