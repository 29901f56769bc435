import { defineStage, type DocumentStage } from '../../core/stage.js';
import { splitSentences } from './split.js';

/** Sentences and tokens over `article.text`. */
export function sentenceStage(): DocumentStage {
  return defineStage({ name: 'sentences', requires: ['text'], provides: ['sentences', 'tokens'] }, (article) => {
    const { sentences, tokens } = splitSentences(article.text);
    article.sentences = sentences;
    article.tokens = tokens;
  });
}
