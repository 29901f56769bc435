import type { DateEvidence } from '../core/types.js';

/**
 * How an event date is known: `exact` from a time expression that governs the event,
 * `reported` when only the article's date is known (the event happened on or before it),
 * `none` when nothing supports a date.
 */
export type DateKind = 'exact' | 'reported' | 'none';

export function dateKind(d: DateEvidence): DateKind {
  if (!d.value) return 'none';
  return d.evidence.startsWith('article-date') ? 'reported' : 'exact';
}

/** Days between two "YYYY[-MM[-DD]]" values at their common precision (first day of the period). */
export function daysBetween(a: string, b: string): number {
  return (toTime(b) - toTime(a)) / 86_400_000;
}

function toTime(v: string): number {
  const [y, m, d] = v.split('-').map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
}

/** True when one value is the other or contains it ("2023-10" contains "2023-10-17"). */
export function sameOrWithin(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Stronger evidence first: exact dates, then finer granularity, then confidence. */
export function compareDateStrength(a: DateEvidence, b: DateEvidence): number {
  const rank = { exact: 2, reported: 1, none: 0 } as const;
  return rank[dateKind(b)] - rank[dateKind(a)] || (b.value?.length ?? 0) - (a.value?.length ?? 0) || b.confidence - a.confidence;
}
