import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawInput } from '../core/types.js';
import { rawHash } from '../ingest/hash.js';
import { SqliteStore } from '../store/sqlite.js';
import { checkSize } from './budget.js';
import { deeplyNestedPage, endlessLine, hugeArticlePage, tinyParagraphsPage } from './hostile-inputs.js';
import { ingest, type IngestSummary } from './ingest.js';
import { defaultPipeline } from './pipeline.js';
import { WorkerPool } from './pool.js';

const now = new Date('2026-11-22T00:00:00Z');
const GOOD =
  'The harbour board of Lindenfeld voted on 3 March 2025 to repair the old swing bridge.\n\n' +
  'Its chair, Clara Voss, said the work would begin in May and cost 2 million euros.\n';
const GB = 1024 ** 3;
/** A store outside the input folders (a folder given to ingest is read whole). */
const tempStore = (): SqliteStore => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'dossier-budget-db-')), 'x.db'));

/** A folder with the hostile input first and a good file after it. */
function batch(name: string, content: string): { dir: string; bad: string; good: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-budget-'));
  const bad = join(dir, name);
  const good = join(dir, 'z-good.txt');
  writeFileSync(bad, content);
  writeFileSync(good, GOOD);
  return { dir, bad, good };
}

async function storedSources(store: SqliteStore): Promise<string[]> {
  const out: string[] = [];
  for await (const a of store.articles()) out.push(a.source);
  return out;
}

/** Peak RSS of this process so far (worker threads included: they share it). */
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

function expectOneFailure(summary: IngestSummary, input: string, code: string, message: RegExp): void {
  expect(summary.failed).toHaveLength(1);
  expect(summary.failed[0]).toMatchObject({ input, code });
  expect(summary.failed[0]!.message).toMatch(message);
  expect(summary.failed[0]!.message).toMatch(/kept raw in the store, not annotated$/);
  expect(summary.failed[0]!.message).not.toMatch(/call stack/i);
}

describe('per-document budgets', () => {
  it('names the size and the limit in E_INPUT_TOO_LARGE', () => {
    const bytes = new Uint8Array(3 * 1024 * 1024);
    const raw: RawInput = { source: 'big.html', contentType: 'text/html', bytes, meta: {}, hash: 'h' };
    expect(checkSize(raw, 3 * 1024 * 1024)).toBeNull();
    const err = checkSize(raw, 1024 * 1024)!;
    expect(err.code).toBe('E_INPUT_TOO_LARGE');
    expect(err.input).toBe('big.html');
    expect(err.message).toBe('is 3 MB, over the 1 MB limit for one document (ingest --max-bytes)');
  });

  it('tries an input kept raw past a budget again on the next ingest, which may allow it', async () => {
    const { good } = batch('unused.txt', '');
    const store = tempStore();
    const first = await ingest([good], { store, pipeline: defaultPipeline(), now, corpus: false, maxDocumentBytes: 100 });
    expectOneFailure(first, good, 'E_INPUT_TOO_LARGE', /^is \d+ bytes, over the 100 bytes limit/);
    expect(await store.stats()).toMatchObject({ rawInputs: 1, documents: 0 });
    const again = await ingest([good], { store, pipeline: defaultPipeline(), now, corpus: false });
    expect(again).toMatchObject({ inputs: 1, documents: 1, skipped: 0, failed: [] });
    const third = await ingest([good], { store, pipeline: defaultPipeline(), now, corpus: false });
    expect(third).toMatchObject({ inputs: 0, skipped: 1 });
    await store.close();
  }, 120_000);

  it('keeps a 50 MB page raw with E_INPUT_TOO_LARGE beside a good file that is ingested', async () => {
    const page = hugeArticlePage(50 * 1024 * 1024 - 4096);
    const { dir, bad, good } = batch('a-huge.html', page);
    const store = tempStore();
    const summary = await ingest([dir], { store, pipeline: defaultPipeline(), now, corpus: false });
    expectOneFailure(summary, bad, 'E_INPUT_TOO_LARGE', /^is 50 MB, over the 20 MB limit for one document/);
    expect(summary).toMatchObject({ inputs: 1, documents: 1 });
    expect(await storedSources(store)).toEqual([good]);
    // Nothing a user gave is lost: the page's bytes are in the store.
    const bytes = new TextEncoder().encode(page);
    expect((await store.getRaw(rawHash(bytes)))?.bytes.length).toBe(bytes.length);
    expect(peakRss()).toBeLessThan(GB);
    await store.close();
  }, 120_000);

  it('stops a 5 MB line without punctuation at its time limit, on a worker without --jobs, and goes on', async () => {
    const { dir, bad, good } = batch('a-line.txt', endlessLine(5 * 1024 * 1024));
    const store = tempStore();
    // Reading it takes the sentence stage alone seconds; a 1 s budget must stop it.
    const summary = await ingest([bad, good], { store, pipeline: defaultPipeline(), now, corpus: false, documentTimeoutMs: 1000 });
    expectOneFailure(summary, bad, 'E_DOCUMENT_TIMEOUT', /^took longer than the 1 s limit for one document \(ingest --doc-timeout\) and was stopped/);
    expect(summary).toMatchObject({ inputs: 1, documents: 1 });
    expect(await storedSources(store)).toEqual([good]);
    expect((await store.stats()).rawInputs).toBe(2);
    expect(peakRss()).toBeLessThan(GB);
    await store.close();
  }, 120_000);

  it('ends a worker past its time limit and a fresh one takes the next input', async () => {
    const raw = (source: string, text: string): RawInput => {
      const bytes = new TextEncoder().encode(text);
      return { source, contentType: 'text/plain', bytes, meta: {}, hash: rawHash(bytes) };
    };
    const pool = new WorkerPool(1, defaultPipeline());
    try {
      const slow = pool.run(raw('line.txt', endlessLine(5 * 1024 * 1024)), now, 1000);
      const next = pool.run(raw('good.txt', GOOD), now, 20_000);
      await expect(slow).rejects.toMatchObject({ code: 'E_DOCUMENT_TIMEOUT', input: 'line.txt' });
      const articles = await next;
      expect(articles).toHaveLength(1);
      expect(articles[0]!.text).toContain('Lindenfeld');
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('refuses 50,000 nested elements with E_INPUT_TOO_DEEP, not a stack overflow, and goes on', async () => {
    const { dir, bad, good } = batch('a-deep.html', deeplyNestedPage(50_000));
    const store = tempStore();
    const summary = await ingest([dir], { store, pipeline: defaultPipeline(), now, corpus: false });
    expectOneFailure(summary, bad, 'E_INPUT_TOO_DEEP', /^nests its elements more than 512 deep/);
    expect(await storedSources(store)).toEqual([good]);
    expect((await store.stats()).rawInputs).toBe(2);
    expect(peakRss()).toBeLessThan(GB);
    await store.close();
  }, 120_000);

  it('reads a page nested 300 deep as usual', async () => {
    const { dir, bad } = batch('a-nested.html', deeplyNestedPage(300));
    const store = tempStore();
    const summary = await ingest([bad], { store, pipeline: defaultPipeline(), now, corpus: false });
    expect(summary.failed).toEqual([]);
    expect(summary.documents).toBe(1);
    await store.close();
  }, 120_000);

  it('refuses a page of a million tiny paragraphs before parsing it (E_INPUT_TOO_LARGE) and goes on', async () => {
    const { dir, bad, good } = batch('a-tiny.html', tinyParagraphsPage(1_000_000));
    const store = tempStore();
    const summary = await ingest([dir], { store, pipeline: defaultPipeline(), now, corpus: false, documentTimeoutMs: 3000 });
    expectOneFailure(summary, bad, 'E_INPUT_TOO_LARGE', /more than 200,000 elements/);
    expect(await storedSources(store)).toEqual([good]);
    expect(peakRss()).toBeLessThan(GB);
    await store.close();
  }, 120_000);
});
