import { defineStage, type DocumentStage } from '../../core/stage.js';
import { eventCountries } from './actor-country.js';
import { findEvents } from './find.js';
import { sentenceViews } from '../../language/syntax/sentence-view.js';
import type { FindEventsOptions } from './types.js';

/** Event mentions per document, with their actors' countries: `article.events`. */
export function eventStage(options: FindEventsOptions = {}): DocumentStage {
  return defineStage(
    { name: 'events', requires: ['text', 'published', 'sentences', 'tokens', 'entities', 'mentions', 'roles', 'timexes', 'syntax'], provides: ['events'] },
    (article) => {
      const views = sentenceViews(article);
      article.events = findEvents(article, options, views);
      for (const e of article.events) e.countries = eventCountries(article, e, views);
    },
  );
}
