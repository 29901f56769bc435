import type { DocEntity, Mention, Sentence, Token } from '../../core/types.js';

/** What role extraction reads: the text with its tokens, sentences, mentions and entities. */
export interface RoleInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  entities: readonly DocEntity[];
  /** The date the roles held: the article's publication date. */
  asOf: string | null;
}
