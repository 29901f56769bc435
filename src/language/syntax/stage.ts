import { defineStage, type DocumentStage } from '../../core/stage.js';
import { buildSyntax } from './layer.js';

/** Clauses (subject, verb group, objects, attachments), appositions and coordinations: `article.syntax`. */
export function syntaxStage(): DocumentStage {
  return defineStage(
    { name: 'syntax', requires: ['text', 'sentences', 'tokens', 'entities', 'mentions', 'timexes'], provides: ['syntax'] },
    (article) => {
      article.syntax = buildSyntax(article);
    },
  );
}
