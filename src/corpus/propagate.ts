import type { Article, DateEvidence } from '../core/types.js';
import { dateKind } from './dates.js';
import type { Event } from './types.js';

/**
 * An article without a publication date that reports an event which dated articles date
 * exactly was published on or after that date. The latest such date is the best lower
 * bound; the evidence names the event and the document the date came from.
 */
export function propagateDates(articles: readonly Article[], events: readonly Event[]): Record<string, DateEvidence> {
  const out: Record<string, DateEvidence> = {};
  const undated = new Set(articles.filter((a) => !a.published.value).map((a) => a.id));
  for (const event of events) {
    if (dateKind(event.date) !== 'exact' || event.future) continue;
    const datedBy = event.sources.find((s) => !undated.has(s.documentId))?.documentId;
    if (!datedBy) continue;
    for (const doc of event.documents) {
      if (!undated.has(doc)) continue;
      const previous = out[doc];
      if (previous && previous.value! >= event.date.value!) continue;
      out[doc] = {
        value: event.date.value,
        granularity: event.date.granularity ?? null,
        confidence: Math.min(0.4, event.date.confidence),
        evidence: `event-propagation: on or after the date of event ${event.id}, dated by document ${datedBy}`,
        quote: event.summary,
      };
    }
  }
  return out;
}
