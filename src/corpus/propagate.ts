import type { Article, DateEvidence } from '../core/types.js';
import { findEvents } from '../extract/events/find.js';
import { findTimeExpressions } from '../language/time/find.js';
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

/**
 * Events of an article whose date was propagated from another source, dated again: relative
 * time expressions ("on Tuesday", "last month", "yesterday") that stayed unresolved for want of
 * a publication date are resolved against the propagated day, and the article's events are read
 * again with them. An event that had no date gets the one its own time expression now gives
 * (evidence `timex-propagated`, confidence at most 0.4: the propagated day is a lower bound of the
 * publication date, so a weekday is the last one on or before it); an event dated otherwise is
 * left as it is. Returns the events (in timeline order) with those dates filled in.
 */
export function redateFromPropagated(articles: readonly Article[], events: readonly Event[], propagated: Record<string, DateEvidence>): Event[] {
  const byDocument = new Map<string, Map<string, DateEvidence>>();
  for (const a of articles) {
    const p = propagated[a.id];
    if (!p?.value || !/^\d{4}-\d{2}-\d{2}$/.test(p.value)) continue;
    const redated = withAnchor(a, p.value);
    const dates = new Map<string, DateEvidence>();
    for (const m of findEvents(redated)) {
      if (m.date.evidence !== 'timex' || !m.date.value) continue;
      dates.set(mentionKey(m.sentence.start, m.kind, m.modality), {
        ...m.date,
        confidence: Math.min(0.4, m.date.confidence),
        evidence: `timex-propagated: "${m.date.quote ?? ''}" read against ${p.value}, the date document ${a.id} takes from another source`,
      });
    }
    if (dates.size > 0) byDocument.set(a.id, dates);
  }
  if (byDocument.size === 0) return [...events];
  const out = events.map((e) => {
    if (dateKind(e.date) !== 'none') return e;
    for (const s of e.sources) {
      const d = byDocument.get(s.documentId)?.get(mentionKey(s.start, e.kind, e.modality));
      if (d) return { ...e, date: d };
    }
    return e;
  });
  return out.sort((a, b) => (a.date.value ?? '9999').localeCompare(b.date.value ?? '9999') || b.weight - a.weight);
}

function mentionKey(sentenceStart: number, kind: string, modality: string): string {
  return `${sentenceStart}|${kind}|${modality}`;
}

/** The article with its time expressions resolved against `day`, as if it were published then. */
function withAnchor(a: Article, day: string): Article {
  return {
    ...a,
    published: { value: day, granularity: 'day', confidence: 0.4, evidence: 'propagated' },
    timexes: findTimeExpressions(a.text, day),
  };
}
