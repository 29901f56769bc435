/**
 * What a time expression means before it is placed on the calendar, and how it is
 * placed: against the anchor (the article's date), the tense of its clause, and, for
 * anaphoric expressions ("a year earlier", "the quarter"), the last date mentioned.
 */
import type { Granularity, TimexType } from '../../core/types.js';
import {
  addDays,
  addMonths,
  dayDiff,
  type Day,
  daysInMonth,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isValidDay,
  quarterOf,
  seasonOf,
  SEASON_ORDER,
  weekdayOf,
} from './calendar.js';
import type { Season } from './lexicon.js';
import type { Tense } from './tense.js';

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
export type Shift = -1 | 0 | 1;

/** A calendar date some of whose fields are known. Without a year it needs the anchor. */
export interface DateSem {
  kind: 'date';
  year?: number;
  /** Year relative to the anchor's: "October last year" = month 10, yearRel -1. */
  yearRel?: number;
  month?: number;
  day?: number;
  season?: Season;
  quarter?: number;
  half?: number;
  /** First three digits of the decade: 198 for the 1980s. */
  decade?: number;
  /** Century as TIMEX3 writes it: 19 for the 20th century (1900s). */
  century?: number;
  /** "last July" -1, "this July" 0, "next July" +1. */
  shift?: Shift;
  /** A weekday written with the date ("Saturday, April 25"), used to choose the year. */
  weekday?: number;
  /** Floating holidays: the n-th (or, with n = -1, last) given weekday of `month`. */
  nth?: { n: number; weekday: number };
  /** Range end within the same month or year ("April 13-16", "1990-95"). */
  end?: { year?: number; month?: number; day?: number };
  partOfDay?: PartOfDay;
  time?: string;
}

export interface WeekdaySem {
  kind: 'weekday';
  weekday: number;
  /** "the weekend": the weekend (TIMEX3 "YYYY-Www-WE") of the chosen Saturday. */
  weekend?: boolean;
  /** A clock time said with the day ("10 p.m. Wednesday"): "22:00". */
  time?: string;
  shift?: Shift;
  partOfDay?: PartOfDay;
}

/** n units from the anchor: "last month" (month, -1), "tomorrow" (day, +1), "two years ago". */
export interface OffsetSem {
  kind: 'offset';
  unit: Unit;
  n: number;
  partOfDay?: PartOfDay;
  time?: string;
}

/** n units from the last date mentioned ("a year earlier"), or from the anchor when none. */
export interface AnaphorSem {
  kind: 'anaphor';
  unit: Unit;
  n: number;
  /** Granularity wanted when it differs from the last date's ("the year-earlier quarter"). */
  want?: Unit;
  /**
   * "a year ago" compares reporting periods ("the third quarter ... a year ago") but is
   * otherwise counted from the anchor: shift the last date only when it is a quarter or half.
   */
  periodsOnly?: boolean;
}

/** A value that needs no anchor: durations, sets, PAST_REF/PRESENT_REF/FUTURE_REF. */
export interface FixedSem {
  kind: 'fixed';
  type: TimexType;
  value: string;
  granularity: Granularity | null;
  direction?: 'past' | 'future' | 'present' | null;
  /** Whether the value depends on the anchor (refs do, in the sense that they point from it). */
  relative?: boolean;
}

export type Sem = DateSem | WeekdaySem | OffsetSem | AnaphorSem | FixedSem;

export interface Resolved {
  type: TimexType;
  value: string | null;
  granularity: Granularity | null;
  direction: 'past' | 'future' | 'present' | null;
  relative: boolean;
  endValue?: string | null;
}

export interface ResolveContext {
  anchor: Day | null;
  /** "narrative": dates without a year follow the text's last date forward (history writing). */
  tense: Tense | 'narrative' | null;
  /** The last resolved calendar value in the text (for anaphora), with its granularity. */
  last: { value: string; granularity: Granularity } | null;
}

const PART_SUFFIX = (p: PartOfDay | undefined): string => (p ? `T${p}` : '');

/** The first and last day a calendar value covers, or null for non-calendar values. */
export function valueRange(value: string): [Day, Day] | null {
  let m: RegExpExecArray | null;
  const year = (s: string): number => (s.startsWith('BC') ? -Number(s.slice(2)) : Number(s));
  if ((m = /^(BC\d{4}|\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const d = { year: year(m[1]!), month: Number(m[2]), day: Number(m[3]) };
    return [d, d];
  }
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) {
    const jan4 = { year: Number(m[1]), month: 1, day: 4 };
    const monday = addDays(jan4, 1 - weekdayOf(jan4) + 7 * (Number(m[2]) - 1));
    return [monday, addDays(monday, 6)];
  }
  if ((m = /^(BC\d{4}|\d{4})-(\d{2})$/.exec(value))) {
    const y = year(m[1]!);
    const mo = Number(m[2]);
    return [{ year: y, month: mo, day: 1 }, { year: y, month: mo, day: daysInMonth(y, mo) }];
  }
  if ((m = /^(\d{4})-Q(\d)$/.exec(value))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    const last = q * 3;
    return [{ year: y, month: last - 2, day: 1 }, { year: y, month: last, day: daysInMonth(y, last) }];
  }
  if ((m = /^(\d{4})-H(\d)$/.exec(value))) {
    const y = Number(m[1]);
    const h = Number(m[2]);
    return [{ year: y, month: h * 6 - 5, day: 1 }, { year: y, month: h * 6, day: daysInMonth(y, h * 6) }];
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = Number(m[1]);
    const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2] as Season];
    const endMonth = addMonths(y, start, 2);
    return [{ year: y, month: start, day: 1 }, { ...endMonth, day: daysInMonth(endMonth.year, endMonth.month) }];
  }
  if ((m = /^(BC\d{4}|\d{4})$/.exec(value))) {
    const y = year(m[1]!);
    return [{ year: y, month: 1, day: 1 }, { year: y, month: 12, day: 31 }];
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    const y = Number(m[1]) * 10;
    return [{ year: y, month: 1, day: 1 }, { year: y + 9, month: 12, day: 31 }];
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    const y = Number(m[1]) * 100;
    return [{ year: y, month: 1, day: 1 }, { year: y + 99, month: 12, day: 31 }];
  }
  return null;
}

/** Past, future or present of a calendar value relative to the anchor. */
export function directionOf(value: string, anchor: Day | null): 'past' | 'future' | 'present' | null {
  if (!anchor) return null;
  const range = valueRange(value);
  if (!range) return null;
  if (dayDiff(range[1], anchor) > 0) return 'past';
  if (dayDiff(anchor, range[0]) > 0) return 'future';
  return 'present';
}

function granularityOfValue(value: string): Granularity | null {
  if (/^(BC)?\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^(BC)?\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-H\d$/.test(value)) return 'half';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^(BC)?\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return null;
}

/**
 * Choose the year of a date given without one. `key(y)` places the expression on a
 * common axis (days, months, quarters...) for year y, `anchorKey` the anchor on the same
 * axis. "last"/"next"/"this" decide outright; otherwise the nearest of last year's, this
 * year's and next year's, where the tense makes the other side count double: news
 * mostly reports the recent past ("met on March 18") and announces the near future
 * ("payable Dec. 15", "will visit by May 1").
 */
function chooseYear(
  anchorYear: number,
  key: (y: number) => number,
  anchorKey: number,
  shift: Shift | undefined,
  tense: Tense | 'narrative' | null,
  narrativeSlack: number,
  /** Periods (quarters, halves, seasons) told in the past are over: never after the anchor. */
  strict = false,
): number {
  const y = anchorYear;
  if (shift === -1) return key(y) < anchorKey ? y : y - 1;
  if (shift === 1) return key(y) > anchorKey ? y : y + 1;
  if (shift === 0) return y;
  // A narrative moves forward from its last date; a step a little back stays in the same year.
  if (tense === 'narrative') return key(y) >= anchorKey - narrativeSlack ? y : key(y + 1) - anchorKey <= anchorKey - key(y) ? y + 1 : y;
  if (strict && tense === 'past') return key(y) <= anchorKey ? y : y - 1;
  if (strict && tense === 'future') return key(y) >= anchorKey ? y : y + 1;
  const futureWeight = tense === 'past' ? 3 : tense === 'future' ? 1 : 1.25;
  const pastWeight = tense === 'future' ? 3 : 1;
  let best = y;
  let bestScore = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    const d = key(cand) - anchorKey;
    const score = d > 0 ? d * futureWeight : -d * pastWeight;
    if (score < bestScore) {
      bestScore = score;
      best = cand;
    }
  }
  return best;
}

/**
 * How far after the anchor a month-day without a year may fall when nothing in the clause
 * looks ahead. Notices in news name near dates plainly ("of record Nov. 22", "expire Nov. 21");
 * beyond this a bare date is one already past.
 */
export const FORWARD_HORIZON_DAYS = 60;

const dayKey = (y: number, month: number, day: number): number => dayDiff({ year: 1970, month: 1, day: 1 }, { year: y, month, day: Math.min(day, daysInMonth(y, month)) });

/** Day of month of the n-th (n = -1: last) ISO weekday of a month. */
export function nthWeekday(year: number, month: number, n: number, weekday: number): number {
  if (n > 0) {
    const first = weekdayOf({ year, month, day: 1 });
    return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
  }
  const lastDay = daysInMonth(year, month);
  const last = weekdayOf({ year, month, day: lastDay });
  return lastDay - ((last - weekday + 7) % 7);
}

function formatDateSem(s: DateSem, year: number): { value: string; granularity: Granularity } | null {
  if (s.nth && s.month !== undefined) s = { ...s, day: nthWeekday(year, s.month, s.nth.n, s.nth.weekday) };
  if (s.month !== undefined && s.day !== undefined) {
    if (!isValidDay(year, s.month, s.day)) return null;
    const base = formatDay({ year, month: s.month, day: s.day });
    if (s.time) return { value: `${base}T${s.time}`, granularity: 'day' };
    return { value: base + PART_SUFFIX(s.partOfDay), granularity: 'day' };
  }
  if (s.month !== undefined) return { value: formatMonth(year, s.month), granularity: 'month' };
  if (s.season) return { value: `${formatYear(year)}-${s.season}`, granularity: 'season' };
  if (s.quarter !== undefined) return { value: `${formatYear(year)}-Q${s.quarter}`, granularity: 'quarter' };
  if (s.half !== undefined) return { value: `${formatYear(year)}-H${s.half}`, granularity: 'half' };
  return { value: formatYear(year), granularity: 'year' };
}

function resolveDate(s: DateSem, ctx: ResolveContext): Resolved {
  if (s.decade !== undefined) return { type: 'date', value: String(s.decade), granularity: 'decade', direction: directionOf(String(s.decade), ctx.anchor), relative: false };
  if (s.century !== undefined) {
    const v = String(s.century).padStart(2, '0');
    return { type: 'date', value: v, granularity: 'century', direction: directionOf(v, ctx.anchor), relative: false };
  }
  const a = ctx.anchor;
  let year = s.year;
  let relative = false;
  if (year === undefined) {
    relative = true;
    if (!a) return { type: s.time || s.partOfDay ? 'time' : 'date', value: null, granularity: granularityOf(s), direction: shiftDirection(s.shift) ?? tenseDirection(ctx.tense), relative };
    if (s.yearRel !== undefined) year = a.year + s.yearRel;
    else if (s.month !== undefined && s.nth) {
      const { month, nth } = s;
      year = chooseYear(a.year, (y) => dayKey(y, month, nthWeekday(y, month, nth.n, nth.weekday)), dayKey(a.year, a.month, a.day), s.shift, ctx.tense, 120);
    } else if (s.month !== undefined && s.day !== undefined) {
      const { month, day } = s;
      if (s.weekday !== undefined) {
        // "Saturday, April 25": the year in which that day is that weekday, nearest the anchor.
        const fits = [a.year, a.year - 1, a.year + 1].filter((y) => isValidDay(y, month, day) && weekdayOf({ year: y, month, day }) === s.weekday);
        if (fits.length > 0) year = fits[0];
      }
      const ak = dayKey(a.year, a.month, a.day);
      year ??= chooseYear(a.year, (y) => dayKey(y, month, day), ak, s.shift, ctx.tense, 120);
      // A month and day without a year in a report looks back ("sanctions were imposed on
      // February 26" in an October article) unless the clause looks ahead ("will be held on
      // March 3"): without a future cue a reading far after the anchor gives way to the last
      // such day on or before it. Near dates stay ahead ("payable Dec. 15", "by Nov. 6").
      if (s.shift === undefined && s.weekday === undefined && ctx.tense !== 'narrative' && ctx.tense !== 'future' && dayKey(year, month, day) - ak > FORWARD_HORIZON_DAYS) {
        year = dayKey(a.year, month, day) <= ak ? a.year : a.year - 1;
      }
    } else if (s.month !== undefined) {
      const month = s.month;
      year = chooseYear(a.year, (y) => y * 12 + month, a.year * 12 + a.month, s.shift, ctx.tense, 4);
    } else if (s.season) {
      // Winter belongs to the year of its December; January-February are last year's winter.
      const anchorSeason = seasonOf(a.month);
      const anchorYear = anchorSeason === 'WI' && a.month < 3 ? a.year - 1 : a.year;
      const order = SEASON_ORDER[s.season]!;
      year = chooseYear(anchorYear, (y) => y * 4 + order, anchorYear * 4 + SEASON_ORDER[anchorSeason]!, s.shift, ctx.tense, 1, true);
    } else if (s.quarter !== undefined) {
      const q = s.quarter;
      year = chooseYear(a.year, (y) => y * 4 + q, a.year * 4 + quarterOf(a.month), s.shift, ctx.tense, 1, true);
    } else if (s.half !== undefined) {
      const h = s.half;
      year = chooseYear(a.year, (y) => y * 2 + h, a.year * 2 + (a.month <= 6 ? 1 : 2), s.shift, ctx.tense, 1, true);
    } else year = a.year + (s.shift ?? 0);
  }
  const f = formatDateSem(s, year);
  if (!f) return { type: 'date', value: null, granularity: null, direction: null, relative };
  let endValue: string | null | undefined;
  if (s.end) {
    const e = formatDateSem({ kind: 'date', month: s.end.month ?? s.month, day: s.end.day }, s.end.year ?? year);
    endValue = s.end.day === undefined && s.end.month === undefined ? formatYear(s.end.year ?? year) : e?.value ?? null;
  }
  const type: TimexType = s.time || s.partOfDay ? 'time' : 'date';
  const out: Resolved = { type, value: f.value, granularity: f.granularity, direction: directionOf(f.value, a), relative };
  if (endValue !== undefined) out.endValue = endValue;
  return out;
}

function granularityOf(s: DateSem): Granularity {
  if (s.day !== undefined) return 'day';
  if (s.month !== undefined) return 'month';
  if (s.season) return 'season';
  if (s.quarter !== undefined) return 'quarter';
  if (s.half !== undefined) return 'half';
  return 'year';
}

function tenseDirection(t: Tense | 'narrative' | null): 'past' | 'future' | 'present' | null {
  return t === 'narrative' ? null : t;
}

function shiftDirection(shift: Shift | undefined): 'past' | 'future' | 'present' | null {
  if (shift === -1) return 'past';
  if (shift === 1) return 'future';
  if (shift === 0) return 'present';
  return null;
}

function resolveWeekday(s: WeekdaySem, ctx: ResolveContext): Resolved {
  const a = ctx.anchor;
  const type: TimexType = s.partOfDay || s.time ? 'time' : 'date';
  if (!a) return { type, value: null, granularity: 'day', direction: shiftDirection(s.shift) ?? tenseDirection(ctx.tense) ?? 'past', relative: true };
  const w = weekdayOf(a);
  const back = (w - s.weekday + 7) % 7; // days back to the most recent such weekday (0 = the anchor)
  const ahead = (s.weekday - w + 7) % 7;
  let delta: number;
  if (s.shift === -1) delta = -(back === 0 ? 7 : back);
  else if (s.shift === 1) delta = ahead === 0 ? 7 : ahead;
  else if (s.shift === 0) delta = s.weekday - w; // the same ISO week
  // Future: the next such day after the anchor ("will visit on Wednesday", written on a Wednesday, is a week on).
  else if (ctx.tense === 'future') delta = ahead === 0 ? 7 : ahead;
  else delta = -back;
  const d = addDays(a, delta);
  if (s.weekend) {
    const value = `${formatWeek(d)}-WE`;
    return { type: 'date', value, granularity: 'week', direction: directionOf(value, a), relative: true };
  }
  const value = s.time ? `${formatDay(d)}T${s.time}` : formatDay(d) + PART_SUFFIX(s.partOfDay);
  return { type, value, granularity: 'day', direction: directionOf(value, a), relative: true };
}

function offsetValue(a: Day, unit: Unit, n: number): { value: string; granularity: Granularity } {
  switch (unit) {
    case 'day':
      return { value: formatDay(addDays(a, n)), granularity: 'day' };
    case 'week':
      return { value: formatWeek(addDays(a, 7 * n)), granularity: 'week' };
    case 'weekend':
      return { value: `${formatWeek(addDays(a, 7 * n))}-WE`, granularity: 'week' };
    case 'month': {
      const m = addMonths(a.year, a.month, n);
      return { value: formatMonth(m.year, m.month), granularity: 'month' };
    }
    case 'quarter': {
      const index = a.year * 4 + quarterOf(a.month) - 1 + n;
      return { value: `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`, granularity: 'quarter' };
    }
    case 'half': {
      const index = a.year * 2 + (a.month <= 6 ? 0 : 1) + n;
      return { value: `${formatYear(Math.floor(index / 2))}-H${(index % 2) + 1}`, granularity: 'half' };
    }
    case 'year':
      return { value: formatYear(a.year + n), granularity: 'year' };
    case 'decade':
      return { value: String(Math.floor(a.year / 10) + n), granularity: 'decade' };
    case 'century':
      return { value: String(Math.floor(a.year / 100) + n).padStart(2, '0'), granularity: 'century' };
  }
}

function resolveOffset(s: OffsetSem, ctx: ResolveContext): Resolved {
  const a = ctx.anchor;
  const type: TimexType = s.partOfDay || s.time ? 'time' : 'date';
  const dir = s.n < 0 ? 'past' : s.n > 0 ? 'future' : 'present';
  if (!a) return { type, value: null, granularity: unitGranularity(s.unit), direction: dir, relative: true };
  const v = offsetValue(a, s.unit, s.n);
  const value = s.time ? `${v.value}T${s.time}` : v.value + PART_SUFFIX(s.partOfDay);
  return { type, value, granularity: v.granularity, direction: dir, relative: true };
}

function unitGranularity(unit: Unit): Granularity {
  return unit === 'weekend' ? 'week' : unit;
}

/** Shift a calendar value by n units (for "a year earlier" relative to the last date). */
function shiftValue(value: string, unit: Unit, n: number): string | null {
  let m: RegExpExecArray | null;
  if (unit === 'year') {
    if ((m = /^(\d{4})(.*)$/.exec(value))) {
      const rest = m[2]!;
      if (/^-W/.test(rest)) return null;
      const y = Number(m[1]) + n;
      const candidate = formatYear(y) + rest;
      const day = /^-(\d{2})-(\d{2})/.exec(rest);
      if (day && !isValidDay(y, Number(day[1]), Number(day[2]))) return null;
      return candidate;
    }
    return null;
  }
  const range = valueRange(value);
  if (!range) return null;
  return offsetValue(range[0], unit, n).value;
}

const ORDER: Granularity[] = ['day', 'week', 'month', 'quarter', 'season', 'half', 'year', 'decade', 'century'];

/** Whether a value of granularity g can be read at unit u ("that month" needs a month or day). */
function finerOrEqual(g: Granularity, u: Unit): boolean {
  if (u === 'week' || u === 'weekend') return g === 'day' || g === 'week';
  return ORDER.indexOf(g) <= ORDER.indexOf(u as Granularity);
}

function resolveAnaphor(s: AnaphorSem, ctx: ResolveContext): Resolved {
  const a = ctx.anchor;
  const dir = s.n < 0 ? 'past' : s.n > 0 ? 'future' : null;
  const lastFits =
    ctx.last &&
    !(s.unit === 'quarter' && s.n === 0 && ctx.last.granularity !== 'quarter') &&
    !(s.want === 'quarter' && !['day', 'month', 'quarter'].includes(ctx.last.granularity)) &&
    !(s.want !== undefined && !finerOrEqual(ctx.last.granularity, s.want)) &&
    !(s.periodsOnly && ctx.last.granularity !== 'quarter' && ctx.last.granularity !== 'half');
  if (s.periodsOnly && !lastFits) {
    if (!a) return { type: 'date', value: null, granularity: unitGranularity(s.unit), direction: dir, relative: true };
    const v = offsetValue(a, s.unit, s.n);
    return { type: 'date', value: v.value, granularity: v.granularity, direction: dir, relative: true };
  }
  if (ctx.last && lastFits) {
    let base = ctx.last.value;
    if (s.want === 'year') base = base.slice(0, 4);
    if (s.want === 'month' && /^\d{4}-\d{2}/.test(base)) base = base.slice(0, 7);
    if (s.want === 'quarter' && granularityOfValue(base) !== 'quarter') {
      const r = valueRange(base);
      if (r && granularityOfValue(base) !== 'year') base = `${formatYear(r[0].year)}-Q${quarterOf(r[0].month)}`;
    }
    const value = s.n === 0 ? base : shiftValue(base, s.unit, s.n);
    if (value) {
      const g = granularityOfValue(value);
      return { type: 'date', value, granularity: g, direction: directionOf(value, a) ?? dir, relative: true };
    }
  }
  if (!a) return { type: 'date', value: null, granularity: unitGranularity(s.want ?? s.unit), direction: dir, relative: true };
  if (s.want && s.want !== s.unit) {
    // "the year-ago quarter" with nothing before it: the quarter a year before the last full one.
    const v = offsetValue(a, s.want, -1).value;
    const value = shiftValue(v, s.unit, s.n) ?? v;
    return { type: 'date', value, granularity: granularityOfValue(value), direction: directionOf(value, a), relative: true };
  }
  const n = s.n === 0 && s.unit === 'quarter' ? -1 : s.n;
  const v = offsetValue(a, s.unit, n);
  return { type: 'date', value: v.value, granularity: v.granularity, direction: directionOf(v.value, a), relative: true };
}

export function resolve(sem: Sem, ctx: ResolveContext): Resolved {
  switch (sem.kind) {
    case 'date':
      return resolveDate(sem, ctx);
    case 'weekday':
      return resolveWeekday(sem, ctx);
    case 'offset':
      return resolveOffset(sem, ctx);
    case 'anaphor':
      return resolveAnaphor(sem, ctx);
    case 'fixed':
      return {
        type: sem.type,
        value: sem.value,
        granularity: sem.granularity,
        direction: sem.direction ?? null,
        relative: sem.relative ?? false,
      };
  }
}

export { granularityOfValue };
