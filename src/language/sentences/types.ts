import type { Sentence, Token } from '../../core/types.js';

/** What `splitSentences` returns: stand-off spans into the text it was given. */
export interface SplitResult {
  sentences: Sentence[];
  /** Word and punctuation tokens (no whitespace tokens), in text order. */
  tokens: Token[];
}
