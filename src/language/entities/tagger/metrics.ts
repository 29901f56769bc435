/** Exact span-and-type precision / recall / F1, as conlleval computes them. */
import { spansFromTags } from './labels.js';
import type { Prf, TokenSpan } from './types.js';

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Accumulates span matches over many sentences. */
export class SpanScorer {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  private bucket(type: string): { tp: number; fp: number; fn: number } {
    let c = this.counts.get(type);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.counts.set(type, c);
    }
    return c;
  }

  /** Adds one sentence given as span lists. */
  addSpans(gold: readonly TokenSpan[], pred: readonly TokenSpan[]): void {
    const key = (s: TokenSpan): string => `${s.type}:${s.start}:${s.end}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const s of pred) this.bucket(s.type)[goldKeys.has(key(s)) ? 'tp' : 'fp']++;
    for (const s of gold) if (!predKeys.has(key(s))) this.bucket(s.type).fn++;
  }

  /** Adds one sentence given as IOB tag sequences. */
  addTags(gold: readonly string[], pred: readonly string[]): void {
    this.addSpans(spansFromTags(gold), spansFromTags(pred));
  }

  /** Scores for one type. */
  type(type: string): Prf {
    const c = this.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    return prf(c.tp, c.fp, c.fn);
  }

  /** Micro-averaged scores over the given types (all types seen when omitted). */
  overall(types?: readonly string[]): Prf {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [t, c] of this.counts) {
      if (types && !types.includes(t)) continue;
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    }
    return prf(tp, fp, fn);
  }

  types(): string[] {
    return [...this.counts.keys()].sort();
  }
}
