/**
 * Which quantities are claims of interest. A claim is a figure someone states about the
 * world: money, percentages, measures with units, counts of people or things (casualties,
 * doses, tons). Left out, each for a stated reason:
 * - ordinals ("3rd Belt and Road Forum", "10th anniversary"): they rank, not measure;
 * - numbers that are part of a time expression ("two-day visit", "March 18"), a bare year, or
 *   counts of time units ("12 sec ago", "for 20 years");
 * - numbers inside names ("COVID-19", "F-16", "Group of 20"): part of a mention or joined by a
 *   hyphen to a capitalised word;
 * - references to a group already named: "both", and a unitless number under ten after
 *   "the/these/those/all/both/its/their" ("the two leaders", "the two countries");
 * - ages ("aged 45", "45-year-old", "45 years old"): a person's attribute, kept by the who's-who;
 * - numbers on lines of fewer than four words (page furniture such as "1 / 2").
 */
import type { Article, Mention, Quantity, Span } from '../../core/types.js';
import type { SkipReason } from './types.js';

const ORDINAL_WORDS =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth)$/i;

const TIME_UNIT = /^(secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|decades?|centuries|century)$/i;

const sortedMentions = new WeakMap<readonly Mention[], Mention[]>();

/** Is the quantity inside a name (a mention that is not a description)? Mentions are sorted once per article. */
function inName(mentions: readonly Mention[], q: Span): boolean {
  let sorted = sortedMentions.get(mentions);
  if (!sorted) {
    sorted = mentions.filter((m) => m.form !== 'nominal').sort((a, b) => a.start - b.start);
    sortedMentions.set(mentions, sorted);
  }
  // mentions do not nest deeply: look back from the last one starting at or before q
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start <= q.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (sorted[i]!.end >= q.end) return true;
  return false;
}

const timeIndex = new WeakMap<readonly Span[], { starts: number[]; maxEnd: number[] }>();

/** Does any time expression overlap q? Sorted once per article, with running maximum ends, so one lookup is a binary search. */
function inTimex(timexes: readonly Span[], q: Span): boolean {
  let index = timeIndex.get(timexes);
  if (!index) {
    const sorted = [...timexes].sort((a, b) => a.start - b.start);
    const maxEnd: number[] = [];
    for (const t of sorted) maxEnd.push(Math.max(t.end, maxEnd[maxEnd.length - 1] ?? -Infinity));
    index = { starts: sorted.map((t) => t.start), maxEnd };
    timeIndex.set(timexes, index);
  }
  // Those starting before q ends overlap it when one of them ends after q starts.
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! < q.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index.maxEnd[lo - 1]! > q.start;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether text[start, end) holds at least n words, reading no further than the n-th. */
function hasWords(text: string, span: Span, n: number): boolean {
  WORD.lastIndex = span.start;
  let count = 0;
  let m: RegExpExecArray | null;
  while (count < n && (m = WORD.exec(text)) !== null && m.index < span.end) count++;
  return count >= n;
}

export function skipReason(article: Article, q: Quantity, line: Span): SkipReason | null {
  const text = article.text;
  const words = text.slice(q.start, q.end).trim();
  const after = text.slice(q.end, q.end + 24);
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  if (/^\d[\d,.]*\s*(st|nd|rd|th)$/i.test(words) || ORDINAL_WORDS.test(words)) return 'ordinal';
  const money = /[$€£¥₹]/.test(words) || (q.unit !== null && /^[A-Z]{3}$/.test(q.unit));
  if (!q.isPercent && !money && /^(1[89]|20|21)\d\d\b(?![,.]\d)/.test(words)) return 'year';
  if (inTimex(article.timexes, q)) return 'date-or-time';
  if (TIME_UNIT.test(q.unit ?? '') || TIME_UNIT.test(after.trim().split(/\s+/)[0] ?? '')) return 'date-or-time';
  if (inName(article.mentions, q)) return 'in-name';
  if (/\p{Lu}[\p{L}]*[-‑]$/u.test(before) || /^[-‑]\p{Lu}/u.test(after)) return 'in-name';
  if (/^both$/i.test(words)) return 'group-reference';
  // A counted noun: no unit, or a unit that is a plain noun ("leaders", "people"), not a symbol ("km", "USD").
  const counted = !q.isPercent && !money && (q.unit === null || /^[a-z][a-z' -]{2,}$/.test(q.unit));
  if (counted && q.value < 10 && /\b(the|these|those|all|both|its|their|his|her)\s+$/i.test(before)) {
    return 'group-reference';
  }
  if (/^[-‑\s]years?[-‑\s]old\b/i.test(after) || /\b(aged|age of)\s+$/i.test(before)) return 'age';
  if (!hasWords(text, line, 4)) return 'page-furniture';
  return null;
}
