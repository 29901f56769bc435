import { availableParallelism } from 'node:os';
import { defaultPipeline } from '../../app/pipeline.js';
import { ingest } from '../../app/ingest.js';
import { countInputs } from '../../ingest/count.js';
import { shownDb } from '../../store/open.js';
import { type CommandContext, storeOf } from '../context.js';
import { createProgress } from '../progress.js';

/** Worker threads pay off once there are more inputs than a worker takes to start. */
const PARALLEL_FROM = 20;

export async function ingestCommand(ctx: CommandContext, inputs: string[], opts: { corpus: boolean; rebuild?: boolean; jobs?: number; maxBytes?: number; docTimeout?: number }): Promise<void> {
  const quiet = !!ctx.options.quiet;
  const total = await countInputs(inputs);
  const jobs = opts.jobs ?? ((total ?? Infinity) > PARALLEL_FROM ? Math.min(availableParallelism(), 4) : 1);
  const progress = createProgress(quiet ? null : total, quiet);
  let summary;
  try {
    summary = await ingest(inputs, {
      store: storeOf(ctx),
      pipeline: defaultPipeline(),
      corpus: opts.corpus,
      rebuild: !!opts.rebuild,
      jobs,
      ...(opts.maxBytes !== undefined ? { maxDocumentBytes: opts.maxBytes } : {}),
      ...(opts.docTimeout !== undefined ? { documentTimeoutMs: opts.docTimeout } : {}),
      onProgress: progress.tick,
      // The user typed these URLs: local and private hosts are theirs to fetch (the server refuses them).
      allowPrivateUrls: true,
    });
  } finally {
    progress.stop();
  }
  for (const f of summary.failed) ctx.err(`${f.input}: ${f.message} [${f.code}]`);
  for (const w of summary.warnings) ctx.err(`warning: ${w}`);
  if (!quiet) {
    const stats = await storeOf(ctx).stats();
    ctx.err(
      `ingested ${summary.documents} document(s) from ${summary.inputs} input(s); ` +
        `skipped ${summary.skipped} already present; failed ${summary.failed.length}. ` +
        (summary.corpus === 'full' ? 'Corpus recomputed from every document. ' : summary.corpus === 'incremental' ? 'Corpus updated from the new documents. ' : '') +
        `The store ${shownDb(ctx.options.db)} now holds ${stats.documents} document(s), ${stats.events} event(s), ${stats.entities} entities.`,
    );
  }
  if (summary.inputs === 0 && summary.skipped === 0 && summary.failed.length > 0) process.exitCode = 1;
}
