import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../app/ingest.js';
import { defaultPipeline } from '../app/pipeline.js';
import { freshSchemas, pgAvailable } from '../store/pg-test-env.test-util.js';
import { PostgresStore } from '../store/postgres.js';
import { SqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/types.js';
import { updateCorpus } from './incremental.js';
import type { CorpusResult, Event } from './types.js';

const examples = resolve(import.meta.dirname, '../../examples');
const files = readdirSync(examples)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(examples, f));
const now = new Date('2026-11-22T00:00:00Z');

/** An event as compared between runs: what it is, when, and which passages report it. */
const shape = (e: Event) => ({
  id: e.id,
  kind: e.kind,
  modality: e.modality,
  date: e.date.value,
  evidence: e.date.evidence,
  sources: e.sources.map((s) => `${s.documentId}:${s.start}`).sort(),
  participants: [...e.participants].sort(),
});
const byId = <T extends { id: string }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

async function runIn(
  batches: string[][],
  open: () => Promise<Store> = async () => new SqliteStore(':memory:'),
  incrementalFrom: number | null = 0,
): Promise<{ corpus: CorpusResult; modes: (string | undefined)[] }> {
  const store = await open();
  const modes: (string | undefined)[] = [];
  const pipeline = defaultPipeline();
  for (const batch of batches) modes.push((await ingest(batch, { store, pipeline, now, incrementalFrom: incrementalFrom ?? undefined })).corpus);
  const corpus = await store.loadCorpus();
  await store.close();
  return { corpus, modes };
}

describe('incremental corpus update', () => {
  let full: CorpusResult;
  beforeAll(async () => {
    const run = await runIn([files]);
    expect(run.modes).toEqual(['full']);
    full = run.corpus;
  }, 120_000);

  const stores: [string, number[][], (() => Promise<Store>) | undefined][] = [['SQLite', [[2, 3], [1, 2, 2]], undefined]];
  if (pgAvailable('incremental.test.ts (PostgreSQL)')) {
    const schemas = freshSchemas();
    stores.push(['PostgreSQL', [[1, 2, 2]], () => PostgresStore.open(schemas.next().url)]);
  }
  for (const [name, splits, open] of stores) for (const split of splits) {
    it(`${name}: ingesting the examples in batches of ${split.join(' + ')} gives the events, entities and duplicates of one full run`, async () => {
      const batches: string[][] = [];
      let at = 0;
      for (const n of split) batches.push(files.slice(at, (at += n)));
      const { corpus, modes } = await runIn(batches, open);
      expect(modes).toEqual(['full', ...split.slice(1).map(() => 'incremental')]);
      // Every event of the full run, with its id, kind, date and members; none more, none twice.
      expect(byId(corpus.events).map(shape)).toEqual(byId(full.events).map(shape));
      expect(new Set(corpus.events.map((e) => e.id)).size).toBe(corpus.events.length);
      expect(byId(corpus.entities).map((e) => [e.id, e.type, [...e.documents].sort(), e.mentions])).toEqual(
        byId(full.entities).map((e) => [e.id, e.type, [...e.documents].sort(), e.mentions]),
      );
      expect(corpus.duplicates).toEqual(full.duplicates);
      expect(corpus.quotes.length).toBe(full.quotes.length);
      expect(corpus.claims.length).toBe(full.claims.length);
    }, 120_000);
  }

  it('recomputes a small store whole (below INCREMENTAL_FROM documents)', async () => {
    const { corpus, modes } = await runIn([files.slice(0, 2), files.slice(2)], undefined, null);
    expect(modes).toEqual(['full', 'full']);
    expect(byId(corpus.events).map(shape)).toEqual(byId(full.events).map(shape));
  }, 120_000);

  it('leaves the corpus as it is when nothing new was stored, and rebuilds on request', async () => {
    const store = new SqliteStore(':memory:');
    const pipeline = defaultPipeline();
    await ingest(files.slice(0, 3), { store, pipeline, now, incrementalFrom: 0 });
    expect((await ingest(files.slice(3), { store, pipeline, now, incrementalFrom: 0 })).corpus).toBe('incremental');
    const before = await store.loadCorpus();
    expect((await ingest(files, { store, pipeline, now, incrementalFrom: 0 })).corpus).toBeUndefined();
    const rebuilt = await ingest(files, { store, pipeline, now, rebuild: true, incrementalFrom: 0 });
    expect(rebuilt.corpus).toBe('full');
    const after = await store.loadCorpus();
    expect(byId(after.events).map(shape)).toEqual(byId(before.events).map(shape));
    await store.close();
  }, 120_000);
  it('writes nothing when another update moved the state first, and recomputes a state of another version whole', async () => {
    const store = new SqliteStore(':memory:');
    const pipeline = defaultPipeline();
    await ingest(files.slice(0, 3), { store, pipeline, now, incrementalFrom: 0 });
    await ingest(files.slice(3), { store, pipeline, now, incrementalFrom: 0, corpus: false });
    const state = (await store.corpusState())!;
    const { upTo, articles } = await store.articlesAfter(state.cursor);
    const fresh = [];
    for await (const a of articles) fresh.push(a);
    expect(fresh.length).toBe(2);
    const before = await store.loadCorpus();
    // As if computed from an older state: the cursor check refuses it.
    const stale = await updateCorpus(store, fresh, state.cursor - 1, upTo);
    expect(stale.applied).toBe(false);
    expect(await store.corpusState()).toEqual(state);
    expect((await store.loadCorpus()).events.length).toBe(before.events.length);
    // A state written by another version is not read: the next run is a full one.
    await store.writeCorpusState({ version: 'older', cursor: state.cursor, expect: state.cursor, objects: [], dropRefs: [], keys: [] });
    expect((await ingest(files, { store, pipeline, now, incrementalFrom: 0, rebuild: false })).corpus).toBe('full');
    expect(byId((await store.loadCorpus()).events).map(shape)).toEqual(byId(full.events).map(shape));
    await store.close();
  }, 120_000);
});
