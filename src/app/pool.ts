import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DossierError, type ErrorCode } from '../core/errors.js';
import type { Pipeline } from '../core/stage.js';
import type { Article, RawInput } from '../core/types.js';
import { timedOut } from './budget.js';
import type { WorkerMessage, WorkerSetup, WorkRequest } from './worker.js';

interface Job {
  req: WorkRequest;
  timeoutMs: number | null;
  resolve: (a: Article[]) => void;
  reject: (e: unknown) => void;
}

interface Running {
  job: Job;
  timer: NodeJS.Timeout | null;
}

/**
 * Runs the per-document work on worker threads with the caller's pipeline (each worker builds
 * it again from `pipeline.origin` and checks its stage names); results come back per request. A worker that
 * takes longer than a job's time limit is ended and a fresh one takes its place, so one input
 * cannot stall the batch. A job's time starts when a ready worker takes it (loading the models
 * in a new worker does not count).
 */
export class WorkerPool {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Running>();
  private readonly ready = new WeakSet<Worker>();
  /** Workers that failed before they were ready, in a row: a broken install, not a bad input. */
  private startFailures = 0;
  private nextId = 0;
  private closed = false;

  private readonly setup: WorkerSetup;

  constructor(
    readonly size: number,
    pipeline: Pipeline,
  ) {
    if (!pipeline.origin) {
      throw new DossierError(
        'E_USAGE',
        `pipeline "${pipeline.names.join(' → ')}" cannot run on worker threads: build it with createPipeline(stages, { origin: { module, export } }) so a worker can build it too`,
      );
    }
    this.setup = { origin: pipeline.origin, names: pipeline.names };
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Whether a pipeline can run on worker threads (it says where to build it again). */
  static canRun(pipeline: Pipeline): boolean {
    return pipeline.origin !== null;
  }

  /** Clean and annotate one input on a worker; past `timeoutMs` it rejects with E_DOCUMENT_TIMEOUT. */
  run(raw: RawInput, now: Date, timeoutMs: number | null = null): Promise<Article[]> {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new DossierError('E_INPUT_UNREADABLE', 'worker threads are not available (closed, or they do not start)', { input: raw.source }));
        return;
      }
      this.queue.push({ req: { id: this.nextId++, raw, now: now.getTime() }, timeoutMs, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const r of this.running.values()) if (r.timer) clearTimeout(r.timer);
    await Promise.all([...this.workers].map((w) => w.terminate()));
    this.workers.clear();
  }

  private spawn(): void {
    const worker = createWorker(this.setup);
    this.workers.add(worker);
    worker.on('message', (msg: WorkerMessage) => {
      if (!this.workers.has(worker)) return; // ended (timed out) while the answer was on its way
      if ('ready' in msg) {
        this.ready.add(worker);
        this.startFailures = 0;
        this.idle.push(worker);
        this.dispatch();
        return;
      }
      const running = this.running.get(worker);
      this.running.delete(worker);
      if (running?.timer) clearTimeout(running.timer);
      this.idle.push(worker);
      if (running) {
        if (msg.ok) running.job.resolve(msg.articles);
        else running.job.reject(new DossierError((msg.code ?? 'E_INPUT_UNREADABLE') as ErrorCode, msg.message, msg.input ? { input: msg.input } : {}));
      }
      this.dispatch();
    });
    worker.on('error', (e) => {
      if (!this.ready.has(worker) && ++this.startFailures >= 3) {
        this.closed = true;
        for (const job of this.queue.splice(0)) job.reject(new DossierError('E_INPUT_UNREADABLE', `worker threads do not start: ${e.message}`, { input: job.req.raw.source }));
      }
      // A crashed worker fails only the input it held; a fresh one takes its place.
      const running = this.retire(worker);
      if (!running) return;
      const input = running.job.req.raw.source;
      if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        running.job.reject(new DossierError('E_INPUT_TOO_LARGE', `needed more than the ${WORKER_HEAP_MB} MB of memory one document may use and was stopped`, { input }));
      } else running.job.reject(new DossierError('E_INPUT_UNREADABLE', `processing crashed: ${e.message}`, { input }));
    });
  }

  /** Take a worker out of the pool, end it and start a replacement; returns the job it held. */
  private retire(worker: Worker): Running | undefined {
    if (!this.workers.delete(worker)) return undefined;
    const running = this.running.get(worker);
    this.running.delete(worker);
    if (running?.timer) clearTimeout(running.timer);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    void worker.terminate();
    if (!this.closed) this.spawn();
    this.dispatch();
    return running;
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      const timer =
        job.timeoutMs === null
          ? null
          : setTimeout(() => {
              const running = this.retire(worker);
              running?.job.reject(timedOut(running.job.req.raw, job.timeoutMs!));
            }, job.timeoutMs);
      this.running.set(worker, { job, timer });
      worker.postMessage(job.req);
    }
  }
}

/** Heap one worker may use: a document needing more is stopped (E_INPUT_TOO_LARGE), not the process. */
export const WORKER_HEAP_MB = 2048;

/**
 * The compiled worker from dist/; when running from the TypeScript sources (tests, tsx) a
 * small bootstrap registers tsx in the worker first, since loader hooks are per thread.
 */
function createWorker(setup: WorkerSetup): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  const workerData = { origin: setup.origin, names: [...setup.names] };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { resourceLimits, workerData });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const source = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits, workerData });
}
