import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Store } from '../store/types.js';
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

/** Ingest jobs run one at a time, in order; each reloads the in-memory corpus when it ends. */
export class IngestQueue {
  private jobs = new Map<string, IngestJob>();
  private tail: Promise<void> = Promise.resolve();
  private next = 1;

  constructor(
    private readonly runner: IngestRunner,
    private readonly afterEach: () => Promise<number>,
  ) {}

  get(id: string): IngestJob | undefined {
    return this.jobs.get(id);
  }

  /** Queue URLs (pages or feeds) and uploaded files; returns the job at once. */
  submit(urls: string[], files: UploadedFile[]): IngestJob {
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
      job.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  }
}
