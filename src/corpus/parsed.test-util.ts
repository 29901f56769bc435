import { createArticle } from '../core/article.js';
import { createPipeline } from '../core/stage.js';
import type { Article, Mention, Span } from '../core/types.js';
import { quantityStage } from '../language/quantity/index.js';
import { sentenceStage } from '../language/sentences/index.js';
import { timeStage } from '../language/time/index.js';

const pipeline = createPipeline([sentenceStage(), timeStage(), quantityStage()]);

/** An article with real tokens (part of speech) and quantities, and name mentions over the given words. */
export async function parsed(text: string, names: readonly string[] = []): Promise<Article> {
  const a = await pipeline.run(createArticle({ id: 'p', source: 'p.txt', rawHash: 'p', text }));
  a.mentions = names.map((n): Mention => {
    const start = text.indexOf(n);
    if (start < 0) throw new Error(`fixture: "${n}" not in text`);
    return { start, end: start + n.length, type: 'other', entity: -1, via: 'test', form: 'name' };
  });
  return a;
}

/** The span of `word` in `text` (its first occurrence at or after `from`). */
export function spanOf(text: string, word: string, from = 0): Span {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`fixture: "${word}" not in text`);
  return { start, end: start + word.length };
}

/** The whole text as one sentence span. */
export const whole = (text: string): Span => ({ start: 0, end: text.length });
