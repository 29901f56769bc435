import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { describeError, DossierError, isDossierError } from '../core/errors.js';
import type { Pipeline } from '../core/stage.js';
import type { RawInput } from '../core/types.js';
import { runCorpusStages } from '../corpus/run.js';
import { readInputs, type ReadOptions } from '../ingest/read.js';
import { parsePgUrl } from '../store/pg-url.js';
import type { Store } from '../store/types.js';
import { processInput } from './process.js';

/**
 * A job queue in PostgreSQL (pg-boss) beside a PostgresStore: `enqueueInputs` reads the inputs
 * and queues one job per raw input; workers (`runWorker`, any number of processes on any
 * machines) clean, annotate and store each one, then queue one corpus job. The corpus queue is
 * "stately": at most one corpus job runs at a time and at most one waits, so two workers never
 * update the corpus at once, and documents stored while it runs get a later run. A corpus job
 * is an incremental update from the documents stored since the last one (src/corpus/incremental.ts);
 * its write checks that the state still covers what it started from, so even two updates at
 * once (a CLI ingest beside the workers) cannot merge the same documents twice: the later one
 * starts again from the state the first wrote.
 * A worker killed mid-job loses nothing: its job expires and is retried; storing is one
 * transaction per raw input and skips inputs already stored, so a retry never stores twice.
 */
export const DOCUMENT_QUEUE = 'dossier-document';
export const CORPUS_QUEUE = 'dossier-corpus';

export interface DocumentJob {
  hash: string;
  source: string;
  contentType: string;
  meta: Record<string, unknown>;
  /** The raw bytes, base64. */
  bytes: string;
  /** The ingest's clock (ISO), so relative dates resolve as in one process. */
  now: string;
  /** The input's place in the ingest order (Store.reserveOrder), whichever worker stores it. */
  order?: string;
}

export interface QueueOptions {
  /** Seconds before a job whose worker went silent is retried (default 600). */
  jobTimeoutSeconds?: number;
  /** Attempts after the first (default 3). */
  retries?: number;
}

/** The schema holding pg-boss's tables for the store in `schema`. */
export function queueSchema(storeSchema: string): string {
  return `${storeSchema.slice(0, 57)}_queue`;
}

/** Start pg-boss for the store at `url` (a postgres:// --db), creating its tables and queues. */
export async function openQueue(url: string, options: { supervise?: boolean } = {}): Promise<PgBoss> {
  const target = parsePgUrl(url);
  const boss = new PgBoss({
    connectionString: target.connectionString,
    schema: queueSchema(target.schema),
    application_name: `dossier-queue:${target.schema}`,
    max: 4,
    supervise: options.supervise ?? true,
    // Expired jobs (a worker killed mid-job) are found and retried within this many seconds.
    maintenanceIntervalSeconds: 5,
    schedule: false,
  });
  boss.on('error', () => {});
  try {
    await boss.start();
    await ensureQueue(boss, DOCUMENT_QUEUE, 'standard');
    await ensureQueue(boss, CORPUS_QUEUE, 'stately');
  } catch (e) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    throw new DossierError('E_STORE', `cannot open the job queue: ${(e as Error).message}`, { input: target.shown, cause: e });
  }
  return boss;
}

async function ensureQueue(boss: PgBoss, name: string, policy: PgBoss.QueuePolicy): Promise<void> {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, { name, policy });
  } catch (e) {
    // Another process created it meanwhile.
    if (!(await boss.getQueue(name))) throw e;
  }
}

/** A job id from the content hash: queueing the same input twice makes one job. */
export function jobId(hash: string): string {
  const h = createHash('sha256').update(`dossier-document:${hash}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface EnqueueSummary {
  /** Job ids queued, in input order (an input already queued keeps its job). */
  jobs: string[];
  /** Inputs already in the store. */
  skipped: number;
  failed: { input: string; code: string; message: string }[];
}

/** Read every input and queue a document job for each one not stored yet. */
export async function enqueueInputs(specs: readonly string[], store: Store, boss: PgBoss, options: ReadOptions & QueueOptions & { now?: Date } = {}): Promise<EnqueueSummary> {
  const now = (options.now ?? new Date()).toISOString();
  const summary: EnqueueSummary = { jobs: [], skipped: 0, failed: [] };
  const seen = new Set<string>();
  for await (const item of readInputs(specs, options)) {
    if (item instanceof DossierError) {
      summary.failed.push({ input: item.input ?? '?', code: item.code, message: item.message });
      continue;
    }
    if (seen.has(item.hash) || (await store.hasRaw(item.hash))) {
      summary.skipped++;
      continue;
    }
    seen.add(item.hash);
    const data: DocumentJob = { hash: item.hash, source: item.source, contentType: item.contentType, meta: item.meta, bytes: Buffer.from(item.bytes).toString('base64'), now };
    const order = await store.reserveOrder?.();
    if (order !== undefined) data.order = order;
    const id = jobId(item.hash);
    await boss.send(DOCUMENT_QUEUE, data, {
      id,
      retryLimit: options.retries ?? 3,
      retryDelay: 2,
      retryBackoff: true,
      expireInSeconds: options.jobTimeoutSeconds ?? 600,
    });
    summary.jobs.push(id);
  }
  return summary;
}

export function rawOfJob(job: DocumentJob): RawInput {
  return { hash: job.hash, source: job.source, contentType: job.contentType, meta: job.meta, bytes: new Uint8Array(Buffer.from(job.bytes, 'base64')) };
}

/** Queue a corpus run (a no-op when one is already waiting). */
export async function requestCorpus(boss: PgBoss): Promise<void> {
  await boss.send(CORPUS_QUEUE, {}, { retryLimit: 3, retryDelay: 5, expireInSeconds: 3600 });
}

export interface WorkerEvents {
  onDocument?: (source: string, outcome: 'added' | 'skipped' | 'failed', detail?: string) => void;
  onCorpus?: (ms: number) => void;
}

/** Take document and corpus jobs until `stop()` is called. */
export async function runWorker(store: Store, boss: PgBoss, pipeline: Pipeline, events: WorkerEvents = {}): Promise<{ stop: () => Promise<void> }> {
  await boss.work<DocumentJob>(DOCUMENT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (!job) return;
    const raw = rawOfJob(job.data);
    if (await store.hasRaw(raw.hash)) {
      events.onDocument?.(raw.source, 'skipped');
      await requestCorpus(boss);
      return;
    }
    let articles;
    try {
      articles = await processInput(raw, pipeline, new Date(job.data.now));
    } catch (e) {
      // A bad input fails the same way every time: complete the job with the error as its output.
      if (isDossierError(e)) {
        events.onDocument?.(raw.source, 'failed', describeError(e));
        return { failed: { input: e.input ?? raw.source, code: e.code, message: e.message } };
      }
      throw e;
    }
    await store.addDocuments(raw, articles, job.data.order === undefined ? {} : { order: job.data.order });
    events.onDocument?.(raw.source, 'added');
    await requestCorpus(boss);
    return { documents: articles.length };
  });
  await boss.work(CORPUS_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async () => {
    const started = Date.now();
    await runCorpusStages(store);
    events.onCorpus?.(Date.now() - started);
  });
  return {
    stop: async () => {
      await boss.offWork(DOCUMENT_QUEUE);
      await boss.offWork(CORPUS_QUEUE);
    },
  };
}

/** Jobs not finished yet (waiting, to be retried or running) in both queues. */
export async function pendingJobs(boss: PgBoss): Promise<{ documents: number; corpus: number }> {
  const [documents, corpus] = await Promise.all([boss.getQueueSize(DOCUMENT_QUEUE, { before: 'completed' }), boss.getQueueSize(CORPUS_QUEUE, { before: 'completed' })]);
  return { documents, corpus };
}

/** How the given document jobs ended: failed ones with their error. */
export async function documentOutcomes(boss: PgBoss, ids: readonly string[]): Promise<{ done: number; failed: { input: string; code: string; message: string }[] }> {
  const failed: { input: string; code: string; message: string }[] = [];
  let done = 0;
  for (const id of ids) {
    const job = await boss.getJobById<DocumentJob>(DOCUMENT_QUEUE, id, { includeArchive: true });
    if (!job) continue;
    const output = job.output as { failed?: { input: string; code: string; message: string } } | null;
    if (job.state === 'completed') {
      done++;
      if (output?.failed) failed.push(output.failed);
    } else if (job.state === 'failed') {
      done++;
      failed.push({ input: job.data.source, code: 'E_STORE', message: `failed after retries: ${JSON.stringify(output ?? {})}` });
    }
  }
  return { done, failed };
}
