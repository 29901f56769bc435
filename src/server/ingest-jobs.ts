import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describeError, isDossierError } from '../core/errors.js';
import type { Store } from '../store/types.js';
import { HttpError } from './http.js';
import { KEEP_FINISHED_JOBS, MAX_PENDING_JOBS } from './limits.js';
import type { IngestResult, IngestRunner } from './types.js';

export interface IngestJob {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  /** Inputs handled so far, with what happened to each. */
  progress: { source: string; outcome: string }[];
  result: IngestResult | null;
  error: string | null;
  /** The corpus version once the job's results are loaded. */
  version: number | null;
}

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** The real ingest: files and URLs through the default pipeline, then the corpus stages. */
export function defaultRunner(store: Store, options: { allowPrivateUrls?: boolean } = {}): IngestRunner {
  return async (specs, onProgress) => {
    const [{ ingest }, { defaultPipeline }] = await Promise.all([import('../app/ingest.js'), import('../app/pipeline.js')]);
    return ingest(specs, { store, pipeline: defaultPipeline(), allowPrivateUrls: options.allowPrivateUrls ?? false, onProgress: (p) => onProgress(p.source, p.outcome) });
  };
}

/**
 * Ingest jobs run one at a time, in order; each reloads the in-memory corpus when it ends.
 * At most `maxPending` jobs wait or run at once (uploads are held in memory until their job
 * runs): one more is refused with 429 E_BUSY. Only the last `keepFinished` finished jobs are kept.
 */
export class IngestQueue {
  private jobs = new Map<string, IngestJob>();
  private tail: Promise<void> = Promise.resolve();
  private next = 1;
  private pending = 0;

  constructor(
    private readonly runner: IngestRunner,
    private readonly afterEach: () => Promise<number>,
    private readonly limits: { maxPending?: number; keepFinished?: number } = {},
  ) {}

  /** Jobs queued or running. */
  get active(): number {
    return this.pending;
  }

  get(id: string): IngestJob | undefined {
    return this.jobs.get(id);
  }

  /** Queue URLs (pages or feeds) and uploaded files; returns the job at once. */
  submit(urls: string[], files: UploadedFile[]): IngestJob {
    const max = this.limits.maxPending ?? MAX_PENDING_JOBS;
    if (this.pending >= max) {
      throw new HttpError(429, 'E_BUSY', `${this.pending} ingest jobs are already queued or running (the limit is ${max}); try again when one has finished`);
    }
    this.pending++;
    this.forgetOldJobs();
    const job: IngestJob = { id: String(this.next++), state: 'queued', progress: [], result: null, error: null, version: null };
    this.jobs.set(job.id, job);
    this.tail = this.tail.then(() => this.run(job, urls, files));
    return job;
  }

  /** Resolves when every queued job has finished. */
  idle(): Promise<void> {
    return this.tail;
  }

  private async run(job: IngestJob, urls: string[], files: UploadedFile[]): Promise<void> {
    job.state = 'running';
    let dir: string | null = null;
    try {
      const specs = [...urls];
      if (files.length) {
        const root = await mkdtemp(join(tmpdir(), 'dossier-upload-'));
        dir = root;
        const used = new Set<string>();
        for (const [i, f] of files.entries()) {
          // Keep the file's own name (its extension tells the reader the format), never its folders;
          // a repeated name goes into a numbered subfolder.
          const name = basename(f.name).replace(/[^\w.\-]+/g, '_').replace(/^\.+/, '') || `upload-${i}.txt`;
          const folder = used.has(name) ? join(root, String(i)) : root;
          used.add(name);
          if (folder !== root) await mkdir(folder);
          const path = join(folder, name);
          await writeFile(path, f.bytes);
          specs.push(path);
        }
      }
      job.result = await this.runner(specs, (source, outcome) => job.progress.push({ source: dir ? source.replace(`${dir}/`, '') : source, outcome }));
      job.version = await this.afterEach();
      job.state = 'done';
    } catch (e) {
      job.state = 'failed';
      // A coded error is the user's to read; anything else stays in the server log.
      if (isDossierError(e)) job.error = describeError(e);
      else {
        console.error(`dossier serve: ingest job ${job.id} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        job.error = 'internal error: the ingest job stopped; the server log has the details';
      }
    } finally {
      this.pending--;
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  }

  private forgetOldJobs(): void {
    const keep = this.limits.keepFinished ?? KEEP_FINISHED_JOBS;
    const finished = [...this.jobs.values()].filter((j) => j.state === 'done' || j.state === 'failed');
    for (const j of finished.slice(0, Math.max(0, finished.length - keep))) this.jobs.delete(j.id);
  }
}
