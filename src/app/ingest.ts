import { describeError, DossierError, isDossierError } from '../core/errors.js';
import type { Pipeline } from '../core/stage.js';
import type { Article, RawInput } from '../core/types.js';
import { runCorpusStages } from '../corpus/run.js';
import { readInputs, type ReadOptions } from '../ingest/read.js';
import { RECORD_TYPE } from '../ingest/record.js';
import type { Store } from '../store/types.js';
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
  /** Worker threads for the per-document work; 1 (the default) runs it in this thread. */
  jobs?: number;
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
  const pool = (options.jobs ?? 1) > 1 ? new WorkerPool(options.jobs!) : null;
  const work = (raw: RawInput): Promise<Article[]> => (pool ? pool.run(raw, now) : processInput(raw, pipeline, now));
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
      fail(e, raw.source);
      return;
    }
    await store.addDocuments(raw, articles);
    summary.inputs++;
    summary.documents += articles.length;
    options.onProgress?.({ source: raw.source, outcome: 'added' });
  };
  try {
    for await (const item of readInputs(specs, options)) {
      if (item instanceof DossierError) {
        fail(item, item.input ?? '?');
        continue;
      }
      if (seen.has(item.hash) || (await store.hasRaw(item.hash))) {
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
    await pool?.close();
  }
  // Also after a crash or --no-corpus left documents the saved corpus does not cover.
  if (options.corpus !== false && (summary.inputs > 0 || (await store.stats()).events === 0 || (await store.corpusStale?.()))) await runCorpusStages(store);
  return summary;
}
