import type { CorpusResult, Entity, Event } from '../corpus/types.js';
import { dateKind } from '../corpus/dates.js';
import { type NewsContext, newsScore } from './newsworthiness.js';

export interface TimelineOptions {
  /** Keep events on or after this date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"). */
  from?: string;
  /** Keep events on or before this date. */
  to?: string;
  /** Keep events with a participant or place whose name or alias contains one of these. */
  entities?: string[];
  /** The N most important dates only (with perDate). */
  dates?: number;
  /** At most K events per date. */
  perDate?: number;
  /** Keep events with a source in one of these documents (dossier document ids). */
  documents?: string[];
  /** Also list events no source dates (at the end). Default false: a timeline shows dated events. */
  undated?: boolean;
  /** Document id -> its outlet, so that one outlet's repeated reports count once in the summary (see newsworthiness.ts). */
  outlets?: ReadonlyMap<string, string | null>;
}

export interface TimelineEntry {
  event: Event;
  /** "2023-10-17", "on or before 2023-10-18", "undated". */
  when: string;
  precision: string;
  participants: string[];
  location: string | null;
}

/** Events in date order, filtered, optionally summarised to the most important dates. */
export function buildTimeline(corpus: Pick<CorpusResult, 'events' | 'entities'>, options: TimelineOptions = {}): TimelineEntry[] {
  const names = new Map(corpus.entities.map((e) => [e.id, e.name]));
  let events = corpus.events.filter((e) => e.modality === 'asserted' || e.modality === 'planned');
  if (options.entities?.length) {
    const wanted = matchEntities(corpus.entities, options.entities);
    events = events.filter((e) => e.participants.some((p) => wanted.has(p)) || (e.location !== null && wanted.has(e.location)));
  }
  if (options.documents) {
    const wanted = new Set(options.documents);
    events = events.filter((e) => e.sources.some((s) => wanted.has(s.documentId)));
  }
  if (options.from) events = events.filter((e) => e.date.value !== null && endOf(e.date.value) >= options.from!);
  if (options.to) events = events.filter((e) => e.date.value !== null && e.date.value.slice(0, options.to!.length) <= options.to!);
  if (!options.undated) events = events.filter((e) => e.date.value !== null);
  const context: NewsContext = options.outlets ? { outletOf: (d) => options.outlets!.get(d) } : {};
  if (options.dates !== undefined || options.perDate !== undefined) events = summarise(events, options.dates ?? Infinity, options.perDate ?? Infinity, context);
  events = [...events].sort(
    (a, b) =>
      (a.date.value ?? '\uffff').localeCompare(b.date.value ?? '\uffff') ||
      newsScore(b, context) - newsScore(a, context) ||
      b.weight - a.weight ||
      a.id.localeCompare(b.id),
  );
  return events.map((event) => ({
    event,
    when: describeWhen(event),
    precision: event.date.value ? (event.date.granularity ?? precisionOf(event.date.value)) : 'none',
    participants: event.participants.map((p) => names.get(p) ?? p),
    location: event.location ? (names.get(event.location) ?? event.location) : null,
  }));
}

function describeWhen(e: Event): string {
  if (!e.date.value) return 'undated';
  return dateKind(e.date) === 'reported' ? `on or before ${e.date.value}` : e.date.value;
}

function precisionOf(value: string): string {
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : value.length === 4 ? 'year' : 'other';
}

/** The last day a partial date covers, as a comparable string ("2023-10" -> "2023-10-99"). */
function endOf(value: string): string {
  return value.length === 4 ? `${value}-99` : value.length === 7 ? `${value}-99` : value;
}

function matchEntities(entities: readonly Entity[], queries: readonly string[]): Set<string> {
  const qs = queries.map((q) => q.toLowerCase());
  return new Set(
    entities.filter((e) => [e.name, ...e.aliases, e.id].some((n) => qs.some((q) => n.toLowerCase().includes(q)))).map((e) => e.id),
  );
}

/**
 * Timeline summarisation: the N dates with the most news, the K most newsworthy events on
 * each (see newsworthiness.ts). A date's score is its best event's score plus a decaying
 * share of the next ones, so a day with many reports of background does not outweigh the
 * day something happened. Background mentions are never in the summary.
 */
function summarise(events: Event[], dates: number, perDate: number, context: NewsContext): Event[] {
  return rankDates(events, context)
    .slice(0, dates)
    .flatMap(({ events: list }) => list.slice(0, perDate));
}

export interface RankedDate {
  date: string;
  score: number;
  /** The date's events, most newsworthy first. */
  events: Event[];
}

/** Every date of the events, most newsworthy first (the order `--dates N` takes the first N of). */
export function rankDates(events: readonly Event[], context: NewsContext = {}): RankedDate[] {
  const byDate = new Map<string, { event: Event; score: number }[]>();
  for (const event of events) {
    if (!event.date.value || event.aspect === 'background') continue;
    const list = byDate.get(event.date.value) ?? [];
    list.push({ event, score: newsScore(event, context) });
    byDate.set(event.date.value, list);
  }
  const ranked = [...byDate.entries()].map(([date, list]) => {
    list.sort((a, b) => b.score - a.score || b.event.weight - a.event.weight || a.event.id.localeCompare(b.event.id));
    return { date, events: list.map((x) => x.event), score: list.slice(0, DATE_DEPTH).reduce((s, x, i) => s + x.score / (i + 1), 0) };
  });
  ranked.sort((a, b) => b.score - a.score || a.date.localeCompare(b.date));
  return ranked;
}

/** How many of a date's events add to its score. */
const DATE_DEPTH = 5;
