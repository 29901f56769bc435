import { defaultPipeline } from '../../app/pipeline.js';
import { ingest } from '../../app/ingest.js';
import { countInputs } from '../../ingest/count.js';
import { type CommandContext, storeOf } from '../context.js';
import { createProgress } from '../progress.js';

export async function ingestCommand(ctx: CommandContext, inputs: string[], opts: { corpus: boolean }): Promise<void> {
  const quiet = !!ctx.options.quiet;
  const progress = createProgress(quiet ? null : await countInputs(inputs), quiet);
  let summary;
  try {
    summary = await ingest(inputs, {
      store: storeOf(ctx),
      pipeline: defaultPipeline(),
      corpus: opts.corpus,
      onProgress: progress.tick,
    });
  } finally {
    progress.stop();
  }
  for (const f of summary.failed) ctx.err(`${f.input}: ${f.message} [${f.code}]`);
  if (!quiet) {
    const stats = await storeOf(ctx).stats();
    ctx.err(
      `ingested ${summary.documents} document(s) from ${summary.inputs} input(s); ` +
        `skipped ${summary.skipped} already present; failed ${summary.failed.length}. ` +
        `The store ${ctx.options.db} now holds ${stats.documents} document(s), ${stats.events} event(s), ${stats.entities} entities.`,
    );
  }
  if (summary.inputs === 0 && summary.skipped === 0 && summary.failed.length > 0) process.exitCode = 1;
}
