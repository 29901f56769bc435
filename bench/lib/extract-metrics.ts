/**
 * The two article-extraction metrics, exactly as their benchmarks define them.
 *
 * ScrapingHub (article-extraction-benchmark, evaluate.py): tokens `\w+` with case kept,
 * 4-token shingles as a multiset (a text of 1..3 tokens is one shingle), per-page TP/FP/FN
 * normalised to sum to 1; precision is the mean over pages with TP+FP > 0, recall the mean
 * over pages with TP+FN > 0, a page with FP = FN = 0 scores 1 on both; F1 = 2PR/(P+R).
 * Accuracy = share of pages whose token lists are identical.
 *
 * WCXB (web-content-extraction-benchmark, evaluate.py): lowercase `\w+` bag of words,
 * per-page multiset overlap P/R/F1 (empty gold scores 1 only for empty output), plain
 * mean of the per-page values.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of n-token shingles, keyed by the tokens joined with a space. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const piece = tokens.slice(i, i + n);
    if (piece.length === 0) continue;
    const key = piece.join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface TpFpFn {
  tp: number;
  fp: number;
  fn: number;
}

/** Per-page shingle matching, normalised so that tp + fp + fn = 1 (all 0 when both are empty). */
export function shingleMatch(truth: string, pred: string, n = 4): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

function precisionScore({ tp, fp, fn }: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore({ tp, fp, fn }: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export interface ShingleScores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

export interface PagePair {
  truth: string;
  pred: string;
}

export function tokensEqual(truth: string, pred: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(pred);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** ScrapingHub scores over pages. */
export function shingleScores(pages: readonly PagePair[]): ShingleScores {
  const counts = pages.map((p) => shingleMatch(p.truth, p.pred));
  const precision = mean(counts.filter((c) => c.tp + c.fp > 0).map(precisionScore));
  const recall = mean(counts.filter((c) => c.tp + c.fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(pages.map((p) => (tokensEqual(p.truth, p.pred) ? 1 : 0)));
  return { precision, recall, f1, accuracy, pages: pages.length };
}

export interface WordScores {
  precision: number;
  recall: number;
  f1: number;
}

/** WCXB per-page lowercase bag-of-words P/R/F1. */
export function wordScores(truth: string, pred: string): WordScores {
  const predTokens = tokenize(pred.toLowerCase());
  const refTokens = tokenize(truth.toLowerCase());
  if (refTokens.length === 0) {
    return predTokens.length === 0 ? { precision: 1, recall: 1, f1: 1 } : { precision: 0, recall: 0, f1: 0 };
  }
  if (predTokens.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const ref = new Map<string, number>();
  for (const t of refTokens) ref.set(t, (ref.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of predTokens) {
    const c = ref.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      ref.set(t, c - 1);
    }
  }
  const precision = overlap / predTokens.length;
  const recall = overlap / refTokens.length;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Plain mean of per-page WCXB scores. */
export function meanWordScores(pages: readonly PagePair[]): WordScores & { pages: number } {
  const s = pages.map((p) => wordScores(p.truth, p.pred));
  return {
    precision: mean(s.map((x) => x.precision)),
    recall: mean(s.map((x) => x.recall)),
    f1: mean(s.map((x) => x.f1)),
    pages: pages.length,
  };
}
