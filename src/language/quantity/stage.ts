/** The quantity stage: annotates article.quantities, keeping clear of its time expressions. */
import { defineStage, type DocumentStage } from '../../core/stage.js';
import { findQuantities } from './find.js';

export function quantityStage(): DocumentStage {
  return defineStage({ name: 'quantity', requires: ['text', 'timexes'], provides: ['quantities'] }, (article) => {
    // The time stage's spans ("October 17, 2023", "in 2012", "two-day") are no figures.
    article.quantities = findQuantities(article.text, { avoid: article.timexes });
  });
}
