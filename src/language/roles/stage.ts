import { defineStage, type DocumentStage } from '../../core/stage.js';
import { extractRoles } from './extract.js';

/** Roles ("Russian Foreign Minister Sergey Lavrov" -> Lavrov, Foreign Minister, of Russia). */
export function roleStage(): DocumentStage {
  return defineStage({ name: 'roles', requires: ['text', 'published', 'sentences', 'tokens', 'entities', 'mentions'], provides: ['roles'] }, (article) => {
    article.roles = extractRoles({
      text: article.text,
      tokens: article.tokens,
      sentences: article.sentences,
      mentions: article.mentions,
      entities: article.entities,
      asOf: article.published.value,
    });
  });
}
