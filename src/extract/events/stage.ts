import { defineStage, type DocumentStage } from '../../core/stage.js';
import { findEvents } from './find.js';
import type { FindEventsOptions } from './types.js';

/** Event mentions per document: `article.events`. */
export function eventStage(options: FindEventsOptions = {}): DocumentStage {
  return defineStage(
    { name: 'events', requires: ['sentences', 'entities', 'mentions', 'timexes'], provides: ['events'] },
    (article) => {
      article.events = findEvents(article, options);
    },
  );
}
