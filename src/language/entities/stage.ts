import { defineStage, type DocumentStage } from '../../core/stage.js';
import { annotateEntities } from './annotate.js';
import type { EntityOptions } from './types.js';

/**
 * Named entities with in-document coreference: `article.entities` and `article.mentions`.
 * Works on gazetteers and rules alone; a tagger, when given, fills people and organisations
 * the rules do not know. If the tagger fails on an article, the rules alone are used and a
 * message says so.
 */
export function entityStage(options: EntityOptions = {}): DocumentStage {
  const tagger = options.tagger;
  return defineStage({ name: 'entities', requires: ['text', 'sentences', 'tokens'], provides: ['entities', 'mentions'] }, (article) => {
    let result;
    try {
      result = annotateEntities(article.text, article.tokens, article.sentences, tagger);
    } catch (e) {
      if (!tagger) throw e;
      article.messages.push({
        level: 'warning',
        origin: 'entities:tagger-failed',
        text: `the entity tagger failed (${e instanceof Error ? e.message : String(e)}); used gazetteer and rules only`,
      });
      result = annotateEntities(article.text, article.tokens, article.sentences);
    }
    article.entities = result.entities;
    article.mentions = result.mentions;
  });
}
