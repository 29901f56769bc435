/** Greedy left-to-right decoding with history features and the IOB2 constraint. */
import { MAX_FEATURES, NUM_LABELS, START, type FeatureExtractor, type PreparedSentence } from './features.js';

/** IOB2: I-X (labels 2, 4, 6, 8) may only follow B-X (label - 1) or I-X. */
export function allowedAfter(prev: number, label: number): boolean {
  if (label === 0 || label % 2 === 1) return true;
  return prev === label || prev === label - 1;
}

/** Adds the weights of the first `count` feature ids into `scores` (feature-major weights). */
export function addScores(scores: Float64Array, weights: ArrayLike<number>, ids: Int32Array, count: number): void {
  for (let k = 0; k < count; k++) {
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

const buffer = new Int32Array(MAX_FEATURES + 4);
const scores = new Float64Array(NUM_LABELS);

/**
 * Label indices (into NER_LABELS) for one prepared sentence. The weights must not change
 * between calls with the same extractor (per-word sums are cached); training scores ids.
 */
export function decodeGreedy(ex: FeatureExtractor, s: PreparedSentence, weights: ArrayLike<number>): number[] {
  const n = s.words.length;
  const out: number[] = new Array<number>(n);
  let p1 = START;
  let p2 = START;
  for (let i = 0; i < n; i++) {
    scores.fill(0);
    const count = ex.scoreWords(s, i, weights, scores, buffer);
    ex.history(s, i, p1, p2, buffer, count);
    addScores(scores, weights, buffer, count + 4);
    const label = bestAllowed(scores, p1);
    out[i] = label;
    p2 = p1;
    p1 = label;
  }
  return out;
}
