/**
 * Calendar dates written out ("October 17, 2023", "17 October 2023", "Sept. 5",
 * "April 13-16", "2023-10-17", "10/17/2023") found with chrono-node's own parsers.
 * Only the parsers for written dates run (not its casual or time-of-day parsers, which
 * are slower and resolve relative words without tense), and only the components chrono
 * marks as known are kept: the year of "March 18" is left for our resolver to choose.
 */
import * as chrono from 'chrono-node';
import type { Candidate } from './rules.js';
import type { DateSem } from './semantics.js';

const KEEP_PARSERS = new Set([
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ISOFormatParser',
  'ENYearMonthDayParser',
  'SlashDateFormatParser',
]);
// No range-merging refiner: "from Aug. 26 to Oct. 20" is two dates (chrono's parsers
// themselves still read the compact "April 13-16" as one range).
const KEEP_REFINERS = new Set(['OverlapRemovalRefiner', 'UnlikelyFormatFilter']);

let parser: chrono.Chrono | null = null;

function datesParser(): chrono.Chrono {
  if (parser) return parser;
  const c = chrono.strict.clone();
  c.parsers = c.parsers.filter((p) => KEEP_PARSERS.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => KEEP_REFINERS.has(r.constructor.name));
  parser = c;
  return c;
}

/** A written month name, capitalised as in running text (rules out "may", "march"). */
const CAP_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

const REF = new Date(Date.UTC(2000, 0, 1, 12));

export function chronoCandidates(text: string): Candidate[] {
  // Cheap gate: no digit next to a month name or a date-like number, no chrono run.
  if (!/\d/.test(text)) return [];
  const out: Candidate[] = [];
  for (const r of datesParser().parse(text, { instant: REF, timezone: 0 })) {
    const known = r.start;
    const month = known.isCertain('month') ? known.get('month') : null;
    const day = known.isCertain('day') ? known.get('day') : null;
    const year = known.isCertain('year') ? known.get('year') : null;
    if (month === null || day === null) continue;
    const iso = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(r.text);
    const numeric = iso || !/[A-Za-z]/.test(r.text);
    if (numeric) {
      // Numeric dates only with a four-digit year ("2023-10-17", "10/17/2023"): never a score or phone number.
      if (year === null || !/\d{4}/.test(r.text)) continue;
    } else if (!CAP_MONTH.test(r.text)) continue;
    const sem: DateSem = { kind: 'date', month, day };
    if (year !== null) sem.year = year;
    if (known.isCertain('hour')) {
      const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0');
      sem.time = `${pad(known.get('hour'))}:${pad(known.get('minute'))}`;
    }
    if (r.end) {
      const e = r.end;
      const end: NonNullable<DateSem['end']> = {};
      if (e.isCertain('year')) end.year = e.get('year')!;
      if (e.isCertain('month')) end.month = e.get('month')!;
      if (e.isCertain('day')) end.day = e.get('day')!;
      if (end.day !== undefined) sem.end = end;
    }
    // chrono includes a leading "on"/"the" in some matches: the span starts at the date itself.
    let start = r.index;
    let s = r.text;
    const lead = /^(?:on|the|of|since|by|from)\s+/i.exec(s);
    if (lead) {
      start += lead[0].length;
      s = s.slice(lead[0].length);
    }
    const trimmed = s.replace(/[\s,.]+$/, (m) => (/^\.$/.test(m) && /\b[A-Z][a-z]{2,3}\.$/.test(s) ? m : ''));
    out.push({ start, end: start + trimmed.length, sem, rule: 'chrono' });
  }
  return out;
}
