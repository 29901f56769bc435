import { defineStage, type DocumentStage } from '../../core/stage.js';
import { detectQuotes } from './find-quotes.js';

/** Direct quotes with their speakers (article.quotes); unclosed quotation marks become messages. */
export function quoteStage(): DocumentStage {
  return defineStage(
    { name: 'quotes', requires: ['text', 'sentences', 'entities', 'mentions', 'roles', 'syntax'], provides: ['quotes'] },
    (article) => {
      const { quotes, messages } = detectQuotes(article);
      article.quotes = quotes;
      article.messages.push(...messages);
    },
  );
}
