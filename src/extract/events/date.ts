/**
 * The date of an event:
 * - the time expression that governs the trigger: in the same clause, the nearest one ("met
 *   ... on Tuesday"); else one elsewhere in the sentence when no other trigger is nearer to it.
 *   Value and granularity are the expression's own (TIMEX3: "2023-10-17", "2023-10", "2023",
 *   "2023-W42", "2023-Q4"); evidence "timex" with its span and words.
 * - no time expression, an asserted event: the article's publication date, evidence
 *   "article-date", confidence at most 0.4. It means "on or before this day" (the report says it
 *   has happened by then), never "on this day".
 * - a planned, hypothetical or denied event with no time expression, or an undated article:
 *   value null.
 */
import type { Article, DateEvidence, EventModality, Granularity } from '../../core/types.js';
import type { ClauseMap } from '../../language/syntax/clauses.js';
import type { TriggerMatch } from './match.js';
import type { SentenceView, TimexRef } from '../../language/syntax/sentence-view.js';
import { datesTheReport, onOrBeforeReport } from './report-time.js';

/** TIMEX3 calendar values usable as an event date. */
const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?$/;

/** Words that introduce a time adjunct ("on Tuesday", "last month", "in 2012"). */
const INTRODUCERS = new Set(['on', 'in', 'at', 'during', 'since', 'by', 'last', 'this', 'earlier', 'later', 'until', 'before', 'after', 'from', 'next', 'early', 'late', 'mid', 'over', 'throughout']);

function granularityOf(value: string): Granularity {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/-Q\d$/.test(value)) return 'quarter';
  if (/-H\d$/.test(value)) return 'half';
  if (/-(SP|SU|FA|WI)$/.test(value)) return 'season';
  return 'year';
}

function usable(t: TimexRef): boolean {
  return (t.timex.type === 'date' || t.timex.type === 'time') && t.timex.value !== null && CALENDAR_VALUE.test(dayPart(t.timex.value));
}

/** "2023-10-17T10:00" -> "2023-10-17". */
function dayPart(value: string): string {
  return value.replace(/T.*$/, '');
}

function distance(t: TimexRef, trigger: TriggerMatch): number {
  if (t.last < trigger.first) return trigger.first - t.last;
  if (t.first > trigger.last) return t.first - trigger.last;
  return 0;
}

const nearestCache = new WeakMap<TimexRef, { triggers: readonly TriggerMatch[]; nearest: TriggerMatch | null }>();

/** The trigger strictly nearest to a time expression (null on a tie), computed once per list. */
function nearestTrigger(t: TimexRef, triggers: readonly TriggerMatch[]): TriggerMatch | null {
  const hit = nearestCache.get(t);
  if (hit && hit.triggers === triggers) return hit.nearest;
  let best: TriggerMatch | null = null;
  let bestD = Infinity;
  let tie = false;
  for (const o of triggers) {
    const d = distance(t, o);
    if (d < bestD) {
      best = o;
      bestD = d;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  const nearest = tie ? null : best;
  nearestCache.set(t, { triggers, nearest });
  return nearest;
}

/** The time expression that governs a trigger, or null. */
export function governingTimex(
  view: SentenceView,
  clauses: ClauseMap,
  trigger: TriggerMatch,
  allTriggers: readonly TriggerMatch[],
): Governing | null {
  const all = view.timexes.filter(usable);
  const gov = governingAmong(all, view, clauses, trigger, allTriggers);
  // "..., police said Sunday": the day of the report, not of a past happening (report-time.ts).
  if (!gov || !datesTheReport(view, clauses, gov.timex, trigger, allTriggers)) return gov;
  const own = all.filter((t) => !datesTheReport(view, clauses, t, trigger, allTriggers));
  return governingAmong(own, view, clauses, trigger, allTriggers) ?? { ...gov, reportOnly: true };
}

/** The governing time expression; `reportOnly`: it dates the report of a past happening, which is on or before that day. */
export interface Governing {
  timex: TimexRef;
  sameClause: boolean;
  reportOnly?: boolean;
}

function governingAmong(
  cands: readonly TimexRef[],
  view: SentenceView,
  clauses: ClauseMap,
  trigger: TriggerMatch,
  allTriggers: readonly TriggerMatch[],
): Governing | null {
  const clause = clauses.of[trigger.first];
  const inClause = cands.filter((t) => clauses.of[t.first] === clause);
  const score = (t: TimexRef): number => {
    const prev = view.words[t.first - 1]?.lower ?? '';
    const introduced = INTRODUCERS.has(prev) || INTRODUCERS.has(view.words[t.first]?.lower ?? '');
    return distance(t, trigger) + (introduced ? 0 : 4) + (t.last < trigger.first ? 1 : 0);
  };
  const byDistance = (a: TimexRef, b: TimexRef): number => score(a) - score(b) || b.first - a.first;
  const best = [...inClause].sort(byDistance)[0];
  if (best) return { timex: best, sameClause: true };
  // Elsewhere in the sentence: only when this trigger is the nearest one to it.
  for (const t of [...cands].sort(byDistance)) {
    if (nearestTrigger(t, allTriggers) === trigger) return { timex: t, sameClause: false };
  }
  return null;
}

export function eventDate(
  article: Article,
  governing: Governing | null,
  modality: EventModality,
  tense: 'past' | 'present' | 'unknown',
): DateEvidence {
  if (governing?.reportOnly) return onOrBeforeReport(article, governing.timex.timex, granularityOf);
  if (governing) {
    const t = governing.timex.timex;
    const value = dayPart(t.value!);
    let confidence = governing.sameClause ? 0.8 : 0.5;
    if (t.relative) confidence *= article.published.value ? Math.max(0.6, Math.min(1, article.published.confidence + 0.1)) : 0.5;
    return {
      value,
      granularity: t.granularity ?? granularityOf(value),
      confidence: Math.round(confidence * 100) / 100,
      evidence: 'timex',
      span: { start: t.start, end: t.end },
      quote: article.text.slice(t.start, t.end),
    };
  }
  const published = article.published.value;
  if (modality !== 'asserted' || !published || tense === 'unknown' && modality !== 'asserted') {
    return { value: null, granularity: null, confidence: 0, evidence: 'none', span: null };
  }
  return {
    value: published,
    granularity: article.published.granularity ?? granularityOf(published),
    confidence: Math.round(Math.min(0.4, 0.1 + 0.3 * article.published.confidence) * 100) / 100,
    evidence: 'article-date',
    span: article.published.span ?? null,
    quote: 'on or before the publication date',
  };
}
