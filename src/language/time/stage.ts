/** The time stage: annotates article.timexes, anchored on the article's publication day. */
import { defineStage, type DocumentStage } from '../../core/stage.js';
import type { Article } from '../../core/types.js';
import { findTimeExpressions } from './find.js';
import type { TimeOptions } from './types.js';

/** The anchor a publication date gives: only a day-precision value held with confidence >= 0.5. */
export function anchorOf(article: Pick<Article, 'published'>): string | null {
  const p = article.published;
  if (!p || !p.value || p.confidence < 0.5) return null;
  if (p.granularity && p.granularity !== 'day') return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(p.value) ? p.value : null;
}

export function timeStage(options: TimeOptions = {}): DocumentStage {
  return defineStage({ name: 'time', requires: ['text', 'published'], provides: ['timexes'] }, (article) => {
    article.timexes = findTimeExpressions(article.text, anchorOf(article), options);
  });
}
