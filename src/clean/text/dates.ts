/**
 * Reading dates from single lines of scraped text with chrono-node in strict mode (written
 * dates only: "18 October 2023", "Tuesday, April 16, 2024", "2023-10-18"). A date must name
 * its year: "March 18" or "2 hours ago" is relative to a time we do not know.
 */
import * as chrono from 'chrono-node';
import type { DateHit } from './types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Cheap test before calling chrono: a digit and a month name or a numeric date. */
const MAY_HOLD_DATE = /\d/;
const DATE_SHAPE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}/i;
const EXPLICIT_YEAR = /(?<!\d)(?:1[89]|2\d)\d{2}(?!\d)/;
const MONTH_YEAR =
  /^(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+((?:1[89]|2\d)\d{2})$/i;
const DAY_FIRST = /^(\d{1,2})([.-])(\d{1,2})\2\d{4}\b/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Words that may stand beside a date on a date-only line. */
const DATE_LINE_FILLER =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b|\b(?:am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|est|edt|pst|pdt|ist|pkt|msk|jst|aest|ast|et|pt)\b|\b(?:updated|published|posted|on|at|last|modified|date|dated)\b|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?/gi;

/** A date-with-year found in `text` by chrono (strict), or null. `start` is its offset. */
export function findDate(text: string): (DateHit & { start: number }) | null {
  if (!MAY_HOLD_DATE.test(text)) return null;
  if (!DATE_SHAPE.test(text)) return null;
  for (const r of chrono.strict.parse(text)) {
    if (!EXPLICIT_YEAR.test(r.text) || !r.start.isCertain('year')) continue;
    const y = r.start.get('year');
    let m = r.start.get('month');
    let d = r.start.get('day');
    if (y === null || m === null || d === null) continue;
    // "06.11.2023" and "06-11-2023" are day-first wherever they are written; chrono reads
    // them month-first. Slashes stay as chrono reads them (ambiguous, US by default).
    const dotted = DAY_FIRST.exec(r.text);
    if (dotted) {
      const first = Number(dotted[1]);
      const second = Number(dotted[3]);
      if (second >= 1 && second <= 12 && first >= 1 && first <= 31) {
        d = first;
        m = second;
      }
    }
    const dayKnown = r.start.isCertain('day');
    return {
      value: dayKnown ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`,
      granularity: dayKnown ? 'day' : 'month',
      quote: r.text,
      start: r.index,
    };
  }
  return null;
}

/**
 * The date when `text` is (nearly) only a date: "Tuesday, April 16, 2024",
 * "18 October 2023 10:45 PKT", "October 2023". With `loose`, up to four other words may stand
 * beside it (the rest of a byline: "Reuters | October 18, 2023").
 */
export function readDateLine(text: string, loose: boolean): DateHit | null {
  const my = MONTH_YEAR.exec(text.trim());
  if (my) {
    const mo = MONTHS.indexOf(my[1]!.slice(0, 3).toLowerCase()) + 1;
    return { value: `${my[2]}-${pad(mo)}`, granularity: 'month', quote: text.trim() };
  }
  const hit = findDate(text);
  if (!hit) return null;
  const rest = (text.slice(0, hit.start) + ' ' + text.slice(hit.start + hit.quote.length))
    .replace(DATE_LINE_FILLER, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const others = rest === '' ? 0 : rest.split(' ').length;
  if (others > (loose ? 4 : 0)) return null;
  return { value: hit.value, granularity: hit.granularity, quote: hit.quote };
}

/** Words that may follow a date at the start of a line (a byline, a reading time, a time). */
const AFTER_DATE = /^(?:[\s,|•·/@-]|\b(?:by|at|um|à|min|mins|minute|minutes|read|report|uhr|edt|est|gmt|utc|am|pm)\b|\d{1,2}[:.]\d{2}|\d+)*/i;

/**
 * A date that opens a line, followed only by a few words of metadata: "Dec 9, 2019 · 6 min
 * read", "October 19, 2019 by IWB", "02.02.2022, 11:30 Uhr von Markus Steinrisser".
 */
export function readLeadingDate(text: string): DateHit | null {
  const hit = findDate(text);
  if (!hit) return null;
  const before = text.slice(0, hit.start).replace(DATE_LINE_FILLER, ' ').replace(/[^\p{L}\p{N}]+/gu, '');
  if (before !== '') return null;
  const after = text.slice(hit.start + hit.quote.length);
  const rest = after.replace(AFTER_DATE, '');
  if (rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > 4) return null;
  return { value: hit.value, granularity: hit.granularity, quote: hit.quote };
}

const META_LABEL =
  /^((?:last\s+)?updated|(?:first\s+)?published|posted|(?:last\s+)?modified|created|date|dated|released|issued|publish\s+date|publication\s+date)(?:\s+(?:on|at))?\s*[:\-–—|]?\s*(.*)$/i;
const RELATIVE_SRC =
  '(?:(?:about|over)\\s+)?(?:\\d+|an?|one|a\\s+few)\\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|mo|months?|y|yrs?|years?)\\s+ago|just\\s+now|moments?\\s+ago|yesterday|today|recently';
/** At the start of a metadata value: "12 sec ago", "yesterday at 5 pm". */
const RELATIVE = new RegExp(`^(?:${RELATIVE_SRC})\\b`, 'i');
/** A whole line: "2 hours ago" ("Today the minister resigned." is a sentence, not a time). */
const RELATIVE_LINE = new RegExp(`^(?:${RELATIVE_SRC})[.]?$`, 'i');

/** "12 sec ago", "2 hours ago", "just now" as a line of its own: relative to an unknown moment. */
export function isRelativeTime(text: string): boolean {
  return RELATIVE_LINE.test(text);
}

/**
 * A metadata line: "Updated 18 October 2023", "Published: Oct. 17, 2023 10:45 AM",
 * "Updated 12 sec ago" (relative: no date). A line that starts with such a word but does not
 * go on with a date ("Updated figures show ...") is not metadata.
 */
export function readMetaLine(text: string): { label: string; date: DateHit | null } | null {
  const m = META_LABEL.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const label = word.includes('updated') || word.includes('modified') ? 'updated' : word.startsWith('date') ? 'date' : 'published';
  const rest = m[2]!.trim();
  // A bare label ("Date" as a table header, "Updated" as a badge) is no metadata line.
  if (rest === '') return null;
  if (RELATIVE.test(rest) && rest.split(' ').length <= 6) {
    return { label, date: { value: '', granularity: 'day', quote: text, relative: true } };
  }
  const date = readDateLine(rest, true);
  if (!date) return null;
  return { label, date };
}

/**
 * A leading "date 2023-10-18" field a scraper put before the text (ISO dates only): the
 * length to cut and the date, or null.
 */
const DATE_FIELD =
  /^(?:date|published|pubdate|publish\s+date|updated)\s*[:=]?\s*((?:1[89]|2\d)\d{2})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s+|$)/i;
export function readDateField(text: string): { length: number; date: DateHit } | null {
  const m = DATE_FIELD.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return { length: m[0].length, date: { value: `${y}-${mo}-${d}`, granularity: 'day', quote: m[0].trim() } };
}

/** A dateline at the start of a paragraph: "KARACHI, October 18, 2023: ...", "LONDON, 18 Oct 2023 (Reuters) -". */
const DATELINE_PLACE = /^(\p{Lu}[\p{Lu} .'’-]{1,40}),\s+/u;
export function readDateline(text: string): (DateHit & { start: number }) | null {
  const m = DATELINE_PLACE.exec(text);
  if (!m) return null;
  const head = text.slice(m[0].length, m[0].length + 40);
  const hit = findDate(head);
  if (!hit || hit.start !== 0) return null;
  return { ...hit, start: m[0].length };
}

/** The place, agency and timestamp of a wire dateline, kept in the article's meta. */
export interface Dateline {
  /** "BENGHAZI, Libya", "MOSCOW". */
  place: string;
  /** "Reuters", "AP", "AFP"; null when the dateline names none. */
  agency: string | null;
  /** The date or timestamp as written ("Tue Mar 8, 2011 4:05pm EST", "March 8"); null when none. */
  timestamp: string | null;
}

export interface WireDateline {
  dateline: Dateline;
  /**
   * Characters to cut from the start of the paragraph so that it starts at the first
   * sentence; 0 when the dateline is an ordinary part of the lead ("MOSCOW (AP) — ...").
   */
  cut: number;
  /** The date read from the timestamp (with a year), when there is one. */
  date: DateHit | null;
  /** Offset of the timestamp in the paragraph (for a span), when the text keeps it. */
  dateStart: number | null;
}

/** An upper-case place name of one to four words ("BENGHAZI", "NEW DELHI", "ST. PAUL"). */
const PLACE_SRC = "\\p{Lu}[\\p{Lu}.'’-]*(?: \\p{Lu}[\\p{Lu}.'’-]*){0,3}";
/** An optional region or country after the place: ", Libya", ", Calif.", ", N.Y.". */
const REGION_SRC = "(?:,\\s+\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2})?";
/** The agency in parentheses and the dash that ends the dateline. */
const AGENCY_SRC = '\\(([\\p{Lu}][\\p{L}.&/ -]{0,30})\\)\\s*(?:-{1,2}|[–—])\\s+';
/** A timestamp: up to 60 characters holding a four-digit year and, after it, an optional clock time and zone. */
const STAMP_SRC = '((?:[\\p{L}]{3,9},?\\s+)?[\\p{L}]{3,9}\\.?\\s+\\d{1,2},?\\s+(?:1[89]|2\\d)\\d{2}(?:,?\\s+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?)';
/**
 * "BENGHAZI | Tue Mar 8, 2011 4:05pm EST BENGHAZI, Libya (Reuters) - ...": a page's header
 * (place, bar, timestamp) glued to the wire dateline of the lead.
 */
const GLUED_DATELINE = new RegExp(`^(${PLACE_SRC})\\s*[|•·]\\s*${STAMP_SRC}\\s+(${PLACE_SRC}${REGION_SRC})\\s*${AGENCY_SRC}`, 'iu');
/** "MOSCOW, March 8 (Reuters) - ", "NAIROBI, Kenya (AP) — ", "LIMA, 3 May 2021 (AFP) - ". */
const WIRE_DATELINE = new RegExp(`^(${PLACE_SRC}${REGION_SRC})(?:,\\s+([^()]{3,40}?))?\\s*${AGENCY_SRC}`, 'u');

/** Upper-case letters of `s` are at least the lower-case ones: a dateline's place, not a sentence's subject. */
function mostlyUpper(s: string): boolean {
  const head = s.split(',')[0] ?? s;
  return head === head.toUpperCase() && /\p{Lu}{2}/u.test(head);
}

/**
 * A wire dateline at the start of a paragraph, in one of the forms: a header timestamp glued
 * to the lead (cut off, `cut` > 0), or "PLACE[, Region][, date] (Agency) -" (kept in the text).
 */
export function readWireDateline(text: string): WireDateline | null {
  const g = GLUED_DATELINE.exec(text);
  if (g && mostlyUpper(g[1]!) && mostlyUpper(g[3]!)) {
    const stamp = g[2]!.trim();
    const hit = findDate(stamp);
    return {
      dateline: { place: g[3]!.trim(), agency: g[4]!.trim(), timestamp: stamp },
      cut: g[0].length,
      date: hit ? { value: hit.value, granularity: hit.granularity, quote: stamp } : null,
      dateStart: null,
    };
  }
  const w = WIRE_DATELINE.exec(text);
  if (w && mostlyUpper(w[1]!)) {
    const stamp = w[2]?.trim() ?? null;
    // The date part must look like one ("March 8", "8 March 2021", "Tuesday"), not a clause.
    if (stamp !== null && !/\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(stamp)) return null;
    const hit = stamp ? findDate(stamp) : null;
    const dateStart = stamp && hit ? text.indexOf(stamp) + hit.start : null;
    return {
      dateline: { place: w[1]!.trim(), agency: w[3]!.trim(), timestamp: stamp },
      cut: 0,
      date: hit ? { value: hit.value, granularity: hit.granularity, quote: hit.quote } : null,
      dateStart,
    };
  }
  return null;
}

/** Today as "YYYY-MM-DD" (UTC). */
export function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
