import { cleanInput } from '../../clean/clean.js';
import { defaultPipeline } from '../../app/pipeline.js';
import { describeError, DossierError } from '../../core/errors.js';
import { readInputs } from '../../ingest/read.js';
import type { CommandContext } from '../context.js';

/** Print each article the clean step finds, one JSON object a line (or readable text). */
export async function cleanCommand(ctx: CommandContext, inputs: string[], opts: { format: 'jsonl' | 'text' }): Promise<void> {
  let ok = 0;
  let failed = 0;
  for await (const item of readInputs(inputs)) {
    try {
      if (item instanceof DossierError) throw item;
      for (const a of cleanInput(item)) {
        ok++;
        const view = {
          id: a.id,
          source: a.source,
          title: a.title,
          byline: a.byline,
          publisher: a.publisher,
          language: a.language,
          published: a.published,
          captured: a.captured,
          messages: a.messages,
          text: a.text,
          sourceMap: a.sourceMap,
        };
        if (opts.format === 'jsonl') ctx.out(JSON.stringify(view));
        else ctx.out(`# ${a.title ?? '(untitled)'}\nsource: ${a.source}\npublished: ${a.published.value ?? 'unknown'} (${a.published.evidence}, ${a.published.confidence})\n\n${a.text}\n`);
      }
    } catch (e) {
      failed++;
      ctx.err(describeError(e));
    }
  }
  if (ok === 0 && failed > 0) process.exitCode = 1;
}

/** Clean and annotate one input and print the articles with every annotation layer. */
export async function annotateCommand(ctx: CommandContext, input: string, opts: { published?: string }): Promise<void> {
  const out = [];
  for await (const item of readInputs([input])) {
    if (item instanceof DossierError) throw item;
    for (const a of cleanInput(item)) {
      if (opts.published) a.published = { value: opts.published, granularity: 'day', confidence: 1, evidence: 'cli:--published' };
      out.push(await defaultPipeline().run(a));
    }
  }
  ctx.out(JSON.stringify(out.length === 1 ? out[0] : out, null, 2));
}
