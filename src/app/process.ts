import { cleanInput } from '../clean/clean.js';
import type { Pipeline } from '../core/stage.js';
import type { Article, RawInput } from '../core/types.js';

/** The per-document work for one raw input: clean, then every document stage. Pure. */
export async function processInput(raw: RawInput, pipeline: Pipeline, now: Date): Promise<Article[]> {
  const articles = cleanInput(raw, { now });
  for (const a of articles) await pipeline.run(a, { now });
  return articles;
}
