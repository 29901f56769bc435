/**
 * findTimeExpressions: time expressions in a text, resolved against an anchor date.
 *
 * Candidates come from chrono-node (written calendar dates) and from our rule families
 * (rules.ts); overlaps keep the longest. Then, in text order, each is placed on the
 * calendar: absolute ones as written, relative ones against the anchor with the tense
 * of their clause ("met on Tuesday" = the Tuesday before), anaphoric ones ("a year
 * earlier") against the last date mentioned. Without an anchor, relative expressions
 * keep value null and relative true instead of a guess.
 */
import type { TimeExpression } from '../../core/types.js';
import { type Day, parseDay } from './calendar.js';
import { chronoCandidates } from './chrono-dates.js';
import { type Candidate, ruleCandidates } from './rules.js';
import { resolve, type ResolveContext, valueRange } from './semantics.js';
import { hasFutureCue, tenseAround } from './tense.js';
import type { TimeOptions } from './types.js';

/** Keep the longest of overlapping candidates (earlier families win ties). Linear in the text. */
function settleOverlaps(candidates: Candidate[], textLength: number): Candidate[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const used = new Uint8Array(textLength + 1);
  const taken: Candidate[] = [];
  for (const { c } of order) {
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (used[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Join what belongs together: "Saturday, April 25" (the weekday then fixes the year) and
 * "last Oct. 23" (the shift word in front of a written date).
 */
function joinNeighbours(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    const next = list[i + 1];
    if (
      c.sem.kind === 'weekday' && c.sem.shift === undefined && !c.sem.partOfDay && !c.sem.weekend &&
      next && next.sem.kind === 'date' && next.sem.month !== undefined && next.sem.day !== undefined &&
      /^,?\s+(?:the\s+)?$/.test(text.slice(c.end, next.start))
    ) {
      out.push({ start: c.start, end: next.end, sem: { ...next.sem, weekday: c.sem.weekday }, rule: next.rule });
      i++;
      continue;
    }
    // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9", "Friday at 10:35 a.m.": a clock time and its day.
    const isClock = (x: Candidate | undefined): boolean => x?.sem.kind === 'offset' && x.sem.time !== undefined && x.sem.n === 0;
    const isDay = (x: Candidate | undefined): boolean =>
      (x?.sem.kind === 'weekday' && !x.sem.partOfDay && !x.sem.weekend) || (x?.sem.kind === 'date' && x.sem.day !== undefined && !x.sem.time && !x.sem.partOfDay) ||
      (x?.sem.kind === 'offset' && x.sem.unit === 'day' && x.sem.time === undefined && x.sem.partOfDay === undefined);
    if (next && ((isClock(c) && isDay(next)) || (isDay(c) && isClock(next)))) {
      const between = text.slice(c.end, next.start);
      if (/^(?:\s*\(?(?:[A-Z]{2,4}|local time)\)?)?,?\s+(?:on\s+|at\s+|about\s+|around\s+)?$/.test(between)) {
        const clock = isClock(c) ? c : next;
        const day = isClock(c) ? next : c;
        const time = (clock.sem as { time?: string }).time!;
        out.push({ start: c.start, end: next.end, sem: { ...day.sem, time } as Candidate['sem'], rule: day.rule });
        i++;
        continue;
      }
    }
    // "January nineteen ninety-seven", "the winter of 1994": a period then its year.
    if (
      c.sem.kind === 'date' && c.sem.year === undefined && c.sem.yearRel === undefined && c.sem.shift === undefined &&
      c.sem.decade === undefined && c.sem.century === undefined &&
      next && next.sem.kind === 'date' && next.sem.year !== undefined && next.sem.month === undefined && next.sem.end === undefined &&
      next.sem.season === undefined && next.sem.quarter === undefined && /^,?\s+(?:of\s+)?$/.test(text.slice(c.end, next.start))
    ) {
      out.push({ start: c.start, end: next.end, sem: { ...c.sem, year: next.sem.year }, rule: c.rule });
      i++;
      continue;
    }
    if (c.sem.kind === 'date' && c.sem.day !== undefined && c.sem.year === undefined && c.sem.shift === undefined) {
      const m = /\b(last|this|next)\s+$/i.exec(text.slice(Math.max(0, c.start - 6), c.start));
      if (m && !(out.length > 0 && out[out.length - 1]!.end > c.start - m[0].length)) {
        const w = m[1]!.toLowerCase();
        out.push({ ...c, start: c.start - m[0].length, sem: { ...c.sem, shift: w === 'last' ? -1 : w === 'next' ? 1 : 0 } });
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function needsTense(c: Candidate): boolean {
  const s = c.sem;
  if (s.kind === 'weekday') return s.shift === undefined;
  if (s.kind === 'date') return s.year === undefined && s.yearRel === undefined && s.shift === undefined && s.decade === undefined && s.century === undefined;
  return false;
}

/** A month and day without a year ("March 3", "Dec. 15"). */
function isMonthDay(c: Candidate): boolean {
  const s = c.sem;
  return s.kind === 'date' && s.year === undefined && s.month !== undefined && s.day !== undefined;
}

/**
 * Words that put the date just after them ahead of the report whatever the verb of the
 * sentence: "payable Dec. 15", "effective from June 1", "is due on May 2", "slated for July 9".
 */
const SCHEDULED_BEFORE = /\b(?:payable|effective|due|expir(?:es|ing)|scheduled|slated|upcoming)\s+(?:(?:for|on|by|from|in|at)\s+)?(?:the\s+)?$/i;

export function findTimeExpressions(text: string, anchor: string | null, options: TimeOptions = {}): TimeExpression[] {
  const docAnchor: Day | null = parseDay(anchor);
  const candidates = joinNeighbours(text, settleOverlaps([...chronoCandidates(text), ...ruleCandidates(text)], text.length));
  const out: TimeExpression[] = [];
  let narrativeAnchor: Day | null = docAnchor;
  let last: ResolveContext['last'] = null;
  for (const c of candidates) {
    const ctxAnchor = options.narrative ? narrativeAnchor : docAnchor;
    let tense: ResolveContext['tense'] = options.narrative ? 'narrative' : needsTense(c) ? tenseAround(text, c.start, c.end) : null;
    if (tense !== 'narrative' && tense !== 'future' && isMonthDay(c)) {
      if (SCHEDULED_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) tense = 'future';
      else if (tense !== 'past' && hasFutureCue(text, c.start, c.end)) tense = 'future';
    }
    const r = resolve(c.sem, { anchor: ctxAnchor, tense, last });
    if (options.datesOnly && (r.type === 'duration' || r.type === 'set')) continue;
    const t: TimeExpression = {
      start: c.start,
      end: c.end,
      type: r.type,
      value: r.value,
      granularity: r.granularity,
      direction: r.direction,
      relative: r.relative,
    };
    if (r.endValue !== undefined) t.endValue = r.endValue;
    out.push(t);
    // Anaphoric values ("a year earlier") do not become the reference for the next one.
    if (c.sem.kind !== 'anaphor' && r.value && r.granularity && (r.type === 'date' || r.type === 'time')) {
      const range = valueRange(r.value);
      if (range) {
        last = { value: r.value.replace(/T.*$/, ''), granularity: r.granularity };
        if (options.narrative && !r.relative && ['day', 'month', 'year', 'season', 'quarter', 'half'].includes(r.granularity)) {
          narrativeAnchor = range[0];
        }
      }
    }
  }
  return out;
}
