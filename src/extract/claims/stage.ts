import { defineStage, type DocumentStage } from '../../core/stage.js';
import { findClaims } from './find-claims.js';

/** Figures with what they measure, whose they are and when (article.claims). */
export function claimStage(): DocumentStage {
  return defineStage(
    { name: 'claims', requires: ['text', 'sentences', 'tokens', 'entities', 'mentions', 'roles', 'quantities', 'timexes', 'quotes', 'syntax'], provides: ['claims'] },
    (article) => {
      article.claims = findClaims(article);
    },
  );
}
