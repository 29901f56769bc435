import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, RawInput } from '../core/types.js';
import { SqliteStore } from '../store/sqlite.js';
import { ingest } from './ingest.js';
import { defaultPipeline } from './pipeline.js';

const examples = resolve(import.meta.dirname, '../../examples');
const now = new Date('2026-11-22T00:00:00Z');
const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'dossier-ingest-')), 'x.db');

async function stored(store: SqliteStore): Promise<Article[]> {
  const out: Article[] = [];
  for await (const a of store.articles()) out.push(a);
  return out;
}

describe('ingest', () => {
  it('gives the same store with worker threads as in one thread', async () => {
    const one = new SqliteStore(tempDb());
    const two = new SqliteStore(tempDb());
    const s1 = await ingest([examples], { store: one, pipeline: defaultPipeline(), now, jobs: 1, corpus: false });
    const s2 = await ingest([examples], { store: two, pipeline: defaultPipeline(), now, jobs: 2, corpus: false });
    expect(s1).toEqual({ inputs: 5, documents: 6, skipped: 0, failed: [], warnings: [] });
    expect(s2).toEqual(s1);
    expect(await stored(two)).toEqual(await stored(one));
    await one.close();
    await two.close();
  }, 120_000);

  it('leaves the store consistent after a crash half-way, and a re-run finishes the job', async () => {
    const path = tempDb();
    const store = new SqliteStore(path);
    let calls = 0;
    const crashing = Object.create(store) as SqliteStore;
    crashing.addDocuments = async (raw: RawInput, articles: readonly Article[]) => {
      if (++calls === 3) throw new Error('simulated crash');
      return store.addDocuments(raw, articles);
    };
    await expect(ingest([examples], { store: crashing, pipeline: defaultPipeline(), now, corpus: false })).rejects.toThrow('simulated crash');
    expect((await store.stats()).rawInputs).toBe(2);
    const rerun = await ingest([examples], { store, pipeline: defaultPipeline(), now });
    expect(rerun).toMatchObject({ inputs: 3, skipped: 2, failed: [] });
    expect((await store.stats()).documents).toBe(6);
    await store.close();
  }, 120_000);
});
