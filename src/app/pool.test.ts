import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite.js';
import { ingest } from './ingest.js';
import { rawHash } from '../ingest/hash.js';
import type { RawInput } from '../core/types.js';
import { createPipeline } from '../core/stage.js';
import { sentenceStage } from '../language/sentences/index.js';
import { defaultPipeline } from './pipeline.js';
import { mislabelledPipeline, sentencesOnlyPipeline } from './pool-pipeline.test-util.js';
import { WorkerPool } from './pool.js';

const TEXT =
  'Officials in the river town of Carrowmore said on Monday that Anna Leclerc, the regional governor, had opened a new bridge.\n\n' +
  'The governor told reporters the crossing would cut the drive to the coast by an hour.';

function raw(source: string): RawInput {
  const bytes = new TextEncoder().encode(TEXT);
  return { source, contentType: 'text/plain', bytes, meta: {}, hash: rawHash(bytes) };
}

const now = new Date('2024-05-06T12:00:00Z');

describe('WorkerPool runs the caller’s pipeline', () => {
  it('a custom pipeline on a worker gives its own result, not the default one', async () => {
    const custom = new WorkerPool(1, sentencesOnlyPipeline());
    const standard = new WorkerPool(1, defaultPipeline());
    try {
      const [mine, theirs] = await Promise.all([custom.run(raw('a.txt'), now, 60_000), standard.run(raw('a.txt'), now, 60_000)]);
      // Both cleaned and split the same text...
      expect(mine[0]!.text).toBe(theirs[0]!.text);
      expect(mine[0]!.sentences.length).toBe(2);
      expect(theirs[0]!.sentences.length).toBe(2);
      // ...but only the default pipeline found entities and time expressions.
      expect(mine[0]!.entities).toEqual([]);
      expect(mine[0]!.timexes).toEqual([]);
      expect(theirs[0]!.entities.some((e) => e.name === 'Anna Leclerc')).toBe(true);
      expect(theirs[0]!.timexes.length).toBeGreaterThan(0);
    } finally {
      await Promise.all([custom.close(), standard.close()]);
    }
  }, 120_000);

  it('refuses a pipeline it could not build again on a worker', () => {
    expect(() => new WorkerPool(1, createPipeline([sentenceStage()]))).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });

  it('does not run a pipeline whose origin builds other stages', async () => {
    const pool = new WorkerPool(1, mislabelledPipeline());
    try {
      await expect(pool.run(raw('b.txt'), now, 60_000)).rejects.toThrow(/builds "clean → sentences", not the caller's "clean"/);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('ingest with --jobs runs the caller’s pipeline on its workers, and one without an origin in its own thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-pool-'));
    for (const n of [1, 2, 3]) writeFileSync(join(dir, `${n}.txt`), TEXT.replace('Monday', ['Monday', 'Tuesday', 'Friday'][n - 1]!));
    const run = async (pipeline: Parameters<typeof ingest>[1]['pipeline']) => {
      const store = new SqliteStore(join(dir, `${Math.random()}.db`));
      const summary = await ingest([dir], { store, pipeline, now, jobs: 2, corpus: false });
      const articles = [];
      for await (const a of store.articles()) articles.push(a);
      await store.close();
      return { summary, articles };
    };
    const onWorkers = await run(sentencesOnlyPipeline());
    expect(onWorkers.summary).toMatchObject({ documents: 3, warnings: [] });
    expect(onWorkers.articles.every((a) => a.sentences.length === 2 && a.entities.length === 0)).toBe(true);
    const inThread = await run(createPipeline([sentenceStage()]));
    expect(inThread.summary.documents).toBe(3);
    expect(inThread.summary.warnings).toEqual([expect.stringMatching(/no origin .* it ran in this thread/)]);
    expect(inThread.articles.map((a) => a.sentences.length)).toEqual([2, 2, 2]);
  }, 120_000);
});
