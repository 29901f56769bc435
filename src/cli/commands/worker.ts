import cliProgress from 'cli-progress';
import { defaultPipeline } from '../../app/pipeline.js';
import { documentOutcomes, enqueueInputs, openQueue, pendingJobs, runWorker } from '../../app/queue.js';
import { DossierError } from '../../core/errors.js';
import { isPostgresUrl, shownDb } from '../../store/open.js';
import { type CommandContext, storeOf } from '../context.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function needPostgres(ctx: CommandContext, what: string): void {
  if (!isPostgresUrl(ctx.options.db)) {
    throw new DossierError('E_USAGE', `${what} needs a PostgreSQL store: --db postgres://user:password@host/database (the job queue lives there)`, { input: ctx.options.db });
  }
}

export interface WorkerOptions {
  /** Exit once both queues have been empty for a moment (for scripts and tests). */
  untilIdle?: boolean;
}

/** `dossier worker`: take document and corpus jobs from the queue in the PostgreSQL store until Ctrl-C. */
export async function workerCommand(ctx: CommandContext, opts: WorkerOptions): Promise<void> {
  needPostgres(ctx, 'dossier worker');
  const store = storeOf(ctx);
  const boss = await openQueue(ctx.options.db);
  const quiet = !!ctx.options.quiet;
  const worker = await runWorker(store, boss, defaultPipeline(), {
    onDocument: (source, outcome, detail) => {
      if (outcome === 'failed') ctx.err(`${source}: ${detail ?? 'failed'}`);
      else if (!quiet) ctx.err(`${outcome} ${source}`);
    },
    onCorpus: (ms) => {
      if (!quiet) ctx.err(`corpus stages: ${ms} ms`);
    },
  });
  if (!quiet) ctx.err(`dossier worker: taking jobs from ${shownDb(ctx.options.db)}${opts.untilIdle ? ' until the queue is empty' : ' (Ctrl-C stops)'}`);
  let stopping = false;
  const stop = (): void => {
    stopping = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    let idle = 0;
    while (!stopping) {
      await sleep(1000);
      if (!opts.untilIdle) continue;
      const p = await pendingJobs(boss);
      idle = p.documents + p.corpus === 0 ? idle + 1 : 0;
      if (idle >= 3) break;
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await worker.stop();
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}

export interface EnqueueOptions {
  wait?: boolean;
  jobTimeout?: number;
}

/** `dossier ingest --queue`: queue the inputs for workers; with --wait, follow them to the end. */
export async function enqueueCommand(ctx: CommandContext, inputs: string[], opts: EnqueueOptions): Promise<void> {
  needPostgres(ctx, 'ingest --queue');
  const store = storeOf(ctx);
  // Only the workers retry expired jobs; this process just sends and watches.
  const boss = await openQueue(ctx.options.db, { supervise: false });
  const quiet = !!ctx.options.quiet;
  try {
    const summary = await enqueueInputs(inputs, store, boss, opts.jobTimeout ? { jobTimeoutSeconds: opts.jobTimeout } : {});
    for (const f of summary.failed) ctx.err(`${f.input}: ${f.message} [${f.code}]`);
    if (!quiet) ctx.err(`queued ${summary.jobs.length} input(s); skipped ${summary.skipped} already stored; failed ${summary.failed.length}.`);
    if (summary.jobs.length === 0 && summary.skipped === 0 && summary.failed.length > 0) process.exitCode = 1;
    if (!opts.wait) return;
    const bar =
      !quiet && process.stderr.isTTY && summary.jobs.length > 0
        ? new cliProgress.SingleBar({ format: 'workers [{bar}] {value}/{total} | {eta_formatted} left', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
        : null;
    bar?.start(summary.jobs.length, 0);
    try {
      for (;;) {
        const p = await pendingJobs(boss);
        bar?.update(Math.max(0, summary.jobs.length - p.documents));
        if (p.documents + p.corpus === 0) break;
        await sleep(1000);
      }
    } finally {
      bar?.stop();
    }
    const outcome = await documentOutcomes(boss, summary.jobs);
    for (const f of outcome.failed) ctx.err(`${f.input}: ${f.message} [${f.code}]`);
    if (!quiet) {
      const stats = await store.stats();
      ctx.err(`done: ${summary.jobs.length - outcome.failed.length} input(s) stored, ${outcome.failed.length} failed. The store ${shownDb(ctx.options.db)} now holds ${stats.documents} document(s), ${stats.events} event(s), ${stats.entities} entities.`);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
