import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DossierError, type ErrorCode } from '../core/errors.js';
import type { Article, RawInput } from '../core/types.js';
import type { WorkRequest, WorkResponse } from './worker.js';

/** Runs the per-document work on worker threads; results come back per request. */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { req: WorkRequest; resolve: (a: Article[]) => void; reject: (e: unknown) => void }[] = [];
  private readonly pending = new Map<Worker, { req: WorkRequest; resolve: (a: Article[]) => void; reject: (e: unknown) => void }>();
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(raw: RawInput, now: Date): Promise<Article[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, raw, now: now.getTime() }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = createWorker();
    worker.on('message', (res: WorkResponse) => {
      const job = this.pending.get(worker);
      this.pending.delete(worker);
      this.idle.push(worker);
      if (job) {
        if (res.ok) job.resolve(res.articles);
        else job.reject(new DossierError((res.code ?? 'E_INPUT_UNREADABLE') as ErrorCode, res.message, res.input ? { input: res.input } : {}));
      }
      this.dispatch();
    });
    worker.on('error', (e) => {
      // A crashed worker fails only the input it held; a fresh one takes its place.
      const job = this.pending.get(worker);
      this.pending.delete(worker);
      this.workers.splice(this.workers.indexOf(worker), 1);
      job?.reject(new DossierError('E_INPUT_UNREADABLE', `processing crashed: ${e.message}`, { input: job.req.raw.source }));
      if (!this.closed) this.spawn();
      this.dispatch();
    });
    this.workers.push(worker);
    this.idle.push(worker);
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      if (!this.workers.includes(worker)) continue;
      const job = this.queue.shift()!;
      this.pending.set(worker, job);
      worker.postMessage(job.req);
    }
  }
}

/**
 * The compiled worker from dist/; when running from the TypeScript sources (tests, tsx) a
 * small bootstrap registers tsx in the worker first, since loader hooks are per thread.
 */
function createWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const source = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true });
}
