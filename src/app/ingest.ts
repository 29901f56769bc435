import { describeError, DossierError, isDossierError } from '../core/errors.js';
import type { Pipeline } from '../core/stage.js';
import type { Article, RawInput } from '../core/types.js';
import { runCorpusStages } from '../corpus/run.js';
import { MAX_INPUT_BYTES, readInputs, type ReadOptions } from '../ingest/read.js';
import { RECORD_TYPE } from '../ingest/record.js';
import type { Store } from '../store/types.js';
import { checkSize, DEFAULT_DOCUMENT_TIMEOUT_MS, DEFAULT_MAX_DOCUMENT_BYTES, keepsRaw, WORKER_FROM_BYTES } from './budget.js';
import { WorkerPool } from './pool.js';
import { processInput } from './process.js';

export interface IngestFailure {
  input: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  /** Raw inputs newly stored. */
  inputs: number;
  /** Articles newly stored (an input may hold several). */
  documents: number;
  /** Inputs already in the store (same content). */
  skipped: number;
  failed: IngestFailure[];
  /** Things stored but worth a look, one line each (e.g. two records with the same id). */
  warnings: string[];
  /** How the corpus stages ran, when they did: over every article, or over the new ones only. */
  corpus?: 'full' | 'incremental' | 'unchanged';
}

export interface IngestProgress {
  source: string;
  outcome: 'added' | 'skipped' | 'failed';
}

export interface IngestOptions extends ReadOptions {
  store: Store;
  pipeline: Pipeline;
  now?: Date;
  onProgress?: (p: IngestProgress) => void;
  /** Run the corpus stages at the end (default true). */
  corpus?: boolean;
  /** Recompute the corpus from every stored article instead of updating it from the new ones (see runCorpusStages). */
  rebuild?: boolean;
  /** Stores with fewer documents than this get a full corpus run (default INCREMENTAL_FROM in src/corpus/run.ts). */
  incrementalFrom?: number;
  /**
   * Worker threads for the per-document work; 1 (the default) runs it in this thread, except
   * inputs of WORKER_FROM_BYTES or more, which go to one worker so a time limit can stop them.
   */
  jobs?: number;
  /** Largest input one document may come from (default 20 MB); larger ones are kept raw, not annotated. */
  maxDocumentBytes?: number;
  /** Longest one document's cleaning and annotation may take on a worker (default 30 s); then it is stopped and kept raw. */
  documentTimeoutMs?: number;
}

/**
 * Read, clean, annotate and store every input, one transaction per raw input, then run the
 * corpus stages. Idempotent: an input already stored (same content hash) is skipped, so a
 * re-run after a crash finishes the job. A bad input is reported and the batch goes on.
 */
export async function ingest(specs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const { store, pipeline } = options;
  const now = options.now ?? new Date();
  const summary: IngestSummary = { inputs: 0, documents: 0, skipped: 0, failed: [], warnings: [] };
  const fail = (e: unknown, input: string): void => {
    const err = isDossierError(e) ? e : new DossierError('E_INPUT_UNREADABLE', describeError(e), { input });
    summary.failed.push({ input: err.input ?? input, code: err.code, message: err.message });
    options.onProgress?.({ source: err.input ?? input, outcome: 'failed' });
  };
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const timeoutMs = options.documentTimeoutMs ?? DEFAULT_DOCUMENT_TIMEOUT_MS;
  // Workers build the caller's pipeline again from its origin; one without runs in this thread.
  const onWorkers = WorkerPool.canRun(pipeline);
  if (!onWorkers && (options.jobs ?? 1) > 1) summary.warnings.push(`the pipeline has no origin to build it on worker threads; it ran in this thread`);
  const pool = onWorkers && (options.jobs ?? 1) > 1 ? new WorkerPool(options.jobs!, pipeline) : null;
  // Without --jobs, large inputs still run on a worker (started when the first one comes).
  const large: { pool: WorkerPool | null } = { pool: null };
  const work = (raw: RawInput): Promise<Article[]> => {
    const over = checkSize(raw, maxBytes);
    if (over) return Promise.reject(over);
    if (pool) return pool.run(raw, now, timeoutMs);
    if (onWorkers && raw.bytes.length >= WORKER_FROM_BYTES) return (large.pool ??= new WorkerPool(1, pipeline)).run(raw, now, timeoutMs);
    return processInput(raw, pipeline, now);
  };
  // Results are stored in input order; a bounded window keeps the workers busy meanwhile.
  const window: { raw: RawInput; result: Promise<Article[]> }[] = [];
  const limit = pool ? pool.size * 4 : 1;
  const seen = new Set<string>();
  // A record's own id -> the first source that used it in this batch (both records are kept).
  const recordIds = new Map<string, string>();
  const commit = async (): Promise<void> => {
    const { raw, result } = window.shift()!;
    let articles: Article[];
    try {
      articles = await result;
    } catch (e) {
      if (keepsRaw(e)) {
        // Past a budget the input is still kept, raw and without articles: nothing a user gave is lost.
        await store.addDocuments(raw, []);
        const err = e as DossierError;
        fail(new DossierError(err.code, `${err.message}; kept raw in the store, not annotated`, { input: err.input ?? raw.source }), raw.source);
      } else fail(e, raw.source);
      return;
    }
    await store.addDocuments(raw, articles);
    summary.inputs++;
    summary.documents += articles.length;
    options.onProgress?.({ source: raw.source, outcome: 'added' });
  };
  try {
    // A document budget above the read limit raises it: reading must not refuse what the budget allows.
    const readOptions: ReadOptions = { ...options, maxBytes: options.maxBytes ?? Math.max(MAX_INPUT_BYTES, maxBytes) };
    for await (const item of readInputs(specs, readOptions)) {
      if (item instanceof DossierError) {
        fail(item, item.input ?? '?');
        continue;
      }
      // An input kept raw past a budget by an earlier ingest is tried again (the limits may be higher now).
      if (seen.has(item.hash) || ((await store.hasRaw(item.hash)) && (await store.hasDocuments?.(item.hash)) !== false)) {
        summary.skipped++;
        options.onProgress?.({ source: item.source, outcome: 'skipped' });
        continue;
      }
      seen.add(item.hash);
      const recordId = item.contentType === RECORD_TYPE && typeof item.meta.id === 'string' ? item.meta.id : null;
      if (recordId !== null) {
        // Documents from an earlier ingest count too (this batch's are not stored yet when checked).
        const first = recordIds.get(recordId) ?? (await store.sourcesWithExternalId?.(recordId))?.[0];
        if (first === undefined) recordIds.set(recordId, item.source);
        else summary.warnings.push(`record id "${recordId}" is used by two records with different content: ${first} and ${item.source}; both are kept`);
      }
      const result = work(item);
      result.catch(() => {}); // handled in commit(), in order
      window.push({ raw: item, result });
      while (window.length >= limit) await commit();
    }
    while (window.length > 0) await commit();
  } finally {
    await Promise.all([pool?.close(), large.pool?.close()]);
  }
  // Also after a crash or --no-corpus left documents the saved corpus does not cover.
  if (options.corpus !== false && (options.rebuild || summary.inputs > 0 || (await store.stats()).events === 0 || (await store.corpusStale?.()))) {
    summary.corpus = (await runCorpusStages(store, { rebuild: options.rebuild, incrementalFrom: options.incrementalFrom })).mode;
  }
  return summary;
}
