import { dateKind } from '../corpus/dates.js';
import type { Event } from '../corpus/types.js';

/**
 * How much an event counts when the timeline is summarised to its most important dates:
 * what a journalist keeps in a chronology. Three factors, multiplied:
 *
 * - sources: independent reports of it: near-duplicates already count once in `documents`,
 *   and when the outlet of each document is known, one outlet's several reports count once
 *   (a wire service retelling its own story is not a second witness); the square root, so
 *   ten reprints do not outweigh a second happening;
 * - date: an event dated by a time expression of its own counts fully; one known only as
 *   "on or before the report" is mostly background or opinion and counts a fifth; planned
 *   events half; a date known only to the month counts half, to the year less;
 * - kind: acts that change the situation (agreements, attacks, sanctions, meetings,
 *   seizures, withdrawals) count fully, talk about them (statements, offers and pledges,
 *   words of backing, demands, criticism, rejections, threats) less.
 *
 * Background mentions ("had long been") count nothing.
 */
export function newsScore(e: Event, context: NewsContext = {}): number {
  const sources = Math.sqrt(independentReports(e, context.outletOf));
  const mentions = 1 + Math.log2(Math.max(1, e.sources.length)) / 4;
  return sources * mentions * dateFactor(e) * kindFactor(e);
}

export interface NewsContext {
  /** The outlet a document comes from (URL host, record source, publisher), null when unknown. */
  outletOf?: (documentId: string) => string | null | undefined;
}

/**
 * How many independent reports an event has: each outlet counts once, and each further
 * document of an outlet already counted adds REPEAT_WEIGHT (a follow-up story is some
 * evidence, not a second witness); a document of unknown outlet counts as one of its own.
 */
export function independentReports(e: Pick<Event, 'documents'>, outletOf?: NewsContext['outletOf']): number {
  if (!outletOf) return Math.max(1, e.documents.length);
  const outlets = new Set<string>();
  let unknown = 0;
  for (const d of e.documents) {
    const o = outletOf(d);
    if (o) outlets.add(o);
    else unknown++;
  }
  const repeats = e.documents.length - outlets.size - unknown;
  return Math.max(1, outlets.size + unknown + REPEAT_WEIGHT * repeats);
}

const REPEAT_WEIGHT = 0.5;

/** Background mentions ("has long been", "for years") carry the aspect mark when the event stage sets it: never the news. */
function dateFactor(e: Event): number {
  if (e.aspect === 'background') return 0;
  const kind = dateKind(e.date);
  const base = (kind === 'exact' ? 1 : kind === 'reported' ? 0.2 : 0) * precisionFactor(e.date.value);
  return e.future || e.modality === 'planned' ? base / 2 : base;
}

/** A chronology lists days; a month or a year alone is usually a look back, not the news. */
function precisionFactor(value: string | null): number {
  const length = value?.length ?? 0;
  return length >= 10 ? 1 : length === 7 ? 0.5 : 0.3;
}

/**
 * Event kinds (src/extract/events: the trigger's kind, finer than its PLOVER type) grouped by
 * whether the act itself changes the situation or only speaks about it. A phone call, a
 * statement, an offer or a word of backing is talk, although PLOVER files them with
 * consultations, agreements and support.
 */
const TALK_KINDS = new Set(['call', 'statement', 'offer', 'support', 'demand', 'condemn', 'accuse', 'reject', 'threaten']);
const SOME_KINDS = new Set(['investigate', 'cooperate']);
/** PLOVER types for kinds the table above does not know. */
const MATERIAL = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'SANCTION', 'MOBILIZE', 'COERCE', 'FIGHT', 'ASSAULT', 'PROTEST']);
const TALK = new Set(['DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'INVESTIGATE']);

function kindFactor(e: Pick<Event, 'type' | 'kind'>): number {
  if (TALK_KINDS.has(e.kind)) return TALK_FACTOR;
  if (SOME_KINDS.has(e.kind)) return 0.8;
  if (MATERIAL.has(e.type)) return 1;
  if (TALK.has(e.type)) return TALK_FACTOR;
  return 0.8;
}

const TALK_FACTOR = 0.6;

