import { cleanInput } from '../clean/clean.js';
import { DossierError, isDossierError } from '../core/errors.js';
import type { Pipeline } from '../core/stage.js';
import type { Article, RawInput } from '../core/types.js';

/**
 * The per-document work for one raw input: clean, then every document stage. Pure.
 * The syntax layer is the document stages' working layer (about eight times the size of the
 * text): it is emptied once they have run, so it is neither stored nor sent between threads.
 */
export async function processInput(raw: RawInput, pipeline: Pipeline, now: Date): Promise<Article[]> {
  let articles: Article[];
  try {
    articles = cleanInput(raw, { now });
  } catch (e) {
    if (isDossierError(e) || !isStackOverflow(e)) throw e;
    // Every walk is meant to be iterative; should one still recurse, the user gets a coded error.
    throw new DossierError('E_INPUT_TOO_DEEP', 'is structured too deeply for dossier to read (a walk over it ran out of stack)', { input: raw.source, cause: e });
  }
  for (const a of articles) {
    await pipeline.run(a, { now });
    a.syntax = { clauses: [], appositions: [], coordinations: [] };
  }
  return articles;
}

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
