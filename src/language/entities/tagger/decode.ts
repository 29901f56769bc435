/** Greedy left-to-right decoding with history features and the IOB2 constraint. */
import { NUM_LABELS, START, type FeatureExtractor, type SentenceFeatures } from './features.js';

/** IOB2: I-X (odd-numbered I labels 2, 4, 6, 8) may only follow B-X or I-X. */
export function allowedAfter(prev: number, label: number): boolean {
  if (label === 0 || label % 2 === 1) return true;
  return prev === label || prev === label - 1;
}

/** The history feature ids of a token given its two previous labels (-1 entries are unknown). */
export function historyIds(ex: FeatureExtractor, sf: SentenceFeatures, i: number, p1: number, p2: number): number[] {
  const w = sf.words[i];
  const H = NUM_LABELS + 1;
  return [
    ex.histIds[p1] ?? -1,
    ex.hist2Ids[p2 * H + p1] ?? -1,
    w ? (w.histWord[p1] ?? -1) : -1,
    w ? (w.histShape[p1] ?? -1) : -1,
  ];
}

/** Adds the weights of features `ids` into `scores` (weights laid out feature-major). */
export function addScores(scores: Float64Array, weights: ArrayLike<number>, ids: ArrayLike<number>): void {
  for (let k = 0; k < ids.length; k++) {
    const f = ids[k] as number;
    if (f < 0) continue;
    const base = f * NUM_LABELS;
    for (let l = 0; l < NUM_LABELS; l++) scores[l] = (scores[l] as number) + (weights[base + l] as number);
  }
}

/** Best allowed label for the scores. */
export function bestAllowed(scores: Float64Array, prev: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let l = 0; l < NUM_LABELS; l++) {
    if (!allowedAfter(prev, l)) continue;
    const s = scores[l] as number;
    if (s > bestScore) {
      bestScore = s;
      best = l;
    }
  }
  return best;
}

/** Label indices for one sentence. */
export function decodeGreedy(ex: FeatureExtractor, sf: SentenceFeatures, weights: ArrayLike<number>): number[] {
  const n = sf.staticIds.length;
  const out: number[] = new Array<number>(n);
  const scores = new Float64Array(NUM_LABELS);
  let p1 = START;
  let p2 = START;
  for (let i = 0; i < n; i++) {
    scores.fill(0);
    addScores(scores, weights, sf.staticIds[i] as Int32Array);
    addScores(scores, weights, historyIds(ex, sf, i, p1, p2));
    const label = bestAllowed(scores, p1);
    out[i] = label;
    p2 = p1;
    p1 = label;
  }
  return out;
}
