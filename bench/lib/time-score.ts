/**
 * Scoring of predicted time expressions against gold: a gold expression counts when a
 * predicted span overlaps it and the value matches at the gold's granularity (the
 * prediction cut to the gold's length: "1998-01-08" matches gold "1998-01"; gold parts
 * left unspecified with X ("1989-WXX", "1998-12-XX") are dropped before comparing).
 */
import type { GoldTimex } from './time-gold.js';

export interface Prediction {
  start: number;
  end: number;
  value: string | null;
  /** A range's end ("1915-17", "6-7 January 1916"): gold often marks the end as its own expression. */
  endValue?: string | null;
}

export interface Tally {
  gold: number;
  spanFound: number;
  valueOk: number;
  exact: number;
}

export const emptyTally = (): Tally => ({ gold: 0, spanFound: 0, valueOk: 0, exact: 0 });

/** Gold value without its unspecified (X) tail: "1989-WXX" -> "1989", "1998-12-XX" -> "1998-12". */
export function normaliseGold(value: string): string {
  if (/^P/.test(value)) return value;
  const parts = value.split(/(?=[-T])/);
  const kept: string[] = [];
  for (const p of parts) {
    if (/X/.test(p)) break;
    kept.push(p);
  }
  return kept.join('');
}

/** ISO week numbers are compared as numbers ("2000-W7" = "2000-W07"). */
const weekPad = (v: string): string => v.replace(/-W(\d)(?!\d)/, '-W0$1');

export function valueMatches(gold: string, predictedRaw: string | null): boolean {
  if (!predictedRaw) return false;
  const predicted = weekPad(predictedRaw);
  const g = weekPad(normaliseGold(gold));
  if (!g) return false;
  if (predicted === g) return true;
  if (/^(P|PRESENT|PAST|FUTURE)/.test(g)) return false;
  return predicted.startsWith(g) && /^[-T]/.test(predicted.slice(g.length));
}

/**
 * Precision side: predictions that overlap some gold expression, and those whose value
 * (or range end) matches an overlapping gold value. Counted over all predictions.
 */
export interface PrecisionTally {
  predicted: number;
  overlapping: number;
  valueOk: number;
}

export function scorePredictions(gold: GoldTimex[], predicted: Prediction[], t: PrecisionTally): void {
  for (const p of predicted) {
    t.predicted++;
    const over = gold.filter((g) => p.start < g.end && g.start < p.end);
    if (over.length > 0) t.overlapping++;
    if (over.some((g) => valueMatches(g.value, p.value) || (p.endValue != null && valueMatches(g.value, p.endValue)))) t.valueOk++;
  }
}

/** Score one document's predictions into tallies per gold type (and "ALL"). */
export function scoreDoc(gold: GoldTimex[], predicted: Prediction[], tallies: Map<string, Tally>): void {
  for (const g of gold) {
    const overlapping = predicted.filter((p) => p.start < g.end && g.start < p.end);
    for (const key of [g.type, 'ALL']) {
      let t = tallies.get(key);
      if (!t) tallies.set(key, (t = emptyTally()));
      t.gold++;
      if (overlapping.length > 0) t.spanFound++;
      if (overlapping.some((p) => valueMatches(g.value, p.value) || (p.endValue != null && valueMatches(g.value, p.endValue)))) t.valueOk++;
      if (overlapping.some((p) => p.value === g.value)) t.exact++;
    }
  }
}
