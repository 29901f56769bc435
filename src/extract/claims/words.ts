/** The words of an article with parts of speech: article.tokens when they carry tags, else a fresh split. */
import type { Article, Span } from '../../core/types.js';
import { splitSentences } from '../../language/sentences/index.js';
import type { Word } from './types.js';

export interface Tagged {
  sentences: Span[];
  words: Word[];
}

export function taggedWords(article: Article): Tagged {
  const hasPos = article.tokens.length > 0 && article.tokens.some((t) => t.pos);
  if (hasPos && article.sentences.length > 0) {
    return {
      sentences: article.sentences,
      words: article.tokens.map((t) => ({ start: t.start, end: t.end, pos: t.pos ?? 'X', text: article.text.slice(t.start, t.end) })),
    };
  }
  const split = splitSentences(article.text);
  return {
    sentences: article.sentences.length > 0 ? article.sentences : split.sentences,
    words: split.tokens.map((t) => ({ start: t.start, end: t.end, pos: t.pos ?? 'X', text: article.text.slice(t.start, t.end) })),
  };
}

/** The words inside [span.start, span.end). */
export function wordsIn(words: readonly Word[], span: Span): Word[] {
  return words.filter((w) => w.start >= span.start && w.end <= span.end);
}

