import { describe, expect, it } from 'vitest';
import { bcubed, ceafe, maxAssignment, muc, scoreCoref } from './coref-metrics.js';

// Hand-computed example. Key {a,b,c} {d,e}; response {a,b} {c,d,e}.
// MUC: recall = ((3-2) + (2-1)) / ((3-1) + (2-1)) = 2/3; precision = ((2-1) + (3-2)) / ((2-1) + (3-1)) = 2/3.
// B³ per mention (P, R): a (1, 2/3), b (1, 2/3), c (1/3, 1/3), d (2/3, 1), e (2/3, 1) → P = R = 11/15.
// CEAF-e: φ4(K1,R1) = 4/5, φ4(K1,R2) = 1/3, φ4(K2,R2) = 4/5 → best 8/5 over 2 and 2 clusters = 0.8.
const key = [['a', 'b', 'c'], ['d', 'e']];
const response = [['a', 'b'], ['c', 'd', 'e']];

describe('coreference metrics', () => {
  it('MUC', () => {
    const s = muc(key, response);
    expect(s.recall).toBeCloseTo(2 / 3, 10);
    expect(s.precision).toBeCloseTo(2 / 3, 10);
  });
  it('B³', () => {
    const s = bcubed(key, response);
    expect(s.recall).toBeCloseTo(11 / 15, 10);
    expect(s.precision).toBeCloseTo(11 / 15, 10);
  });
  it('CEAF-e', () => {
    const s = ceafe(key, response);
    expect(s.recall).toBeCloseTo(0.8, 10);
    expect(s.precision).toBeCloseTo(0.8, 10);
  });
  it('CoNLL F1 is the mean of the three F1', () => {
    expect(scoreCoref(key, response).conll).toBeCloseTo((2 / 3 + 11 / 15 + 0.8) / 3, 10);
  });
  it('asymmetric example: key {a,b,c,d}, response {a,b} {c} {d}', () => {
    const k = [['a', 'b', 'c', 'd']];
    const r = [['a', 'b'], ['c'], ['d']];
    // MUC: recall (4-3)/3 = 1/3, precision 1/1 = 1.
    expect(muc(k, r).recall).toBeCloseTo(1 / 3, 10);
    expect(muc(k, r).precision).toBeCloseTo(1, 10);
    // B³: recall (2/4 + 2/4 + 1/4 + 1/4)/4 = 3/8; precision 1.
    expect(bcubed(k, r).recall).toBeCloseTo(3 / 8, 10);
    expect(bcubed(k, r).precision).toBeCloseTo(1, 10);
    // CEAF-e: best single alignment K-{a,b}: 2*2/(4+2) = 2/3; recall 2/3 / 1, precision 2/3 / 3.
    expect(ceafe(k, r).recall).toBeCloseTo(2 / 3, 10);
    expect(ceafe(k, r).precision).toBeCloseTo(2 / 9, 10);
  });
  it('identical clusterings score 1; all-singletons response has MUC 0', () => {
    expect(scoreCoref(key, key).conll).toBeCloseTo(1, 10);
    expect(muc(key, [['a'], ['b'], ['c'], ['d'], ['e']]).f1).toBe(0);
  });
  it('maxAssignment beats greedy', () => {
    // Greedy takes 0.9 then 0 = 0.9; the best is 0.8 + 0.7 = 1.5.
    expect(maxAssignment([[0.9, 0.8], [0.7, 0]])).toBeCloseTo(1.5, 10);
    expect(maxAssignment([[1, 0, 0.5]])).toBeCloseTo(1, 10);
    expect(maxAssignment([[0.2], [0.6], [0.1]])).toBeCloseTo(0.6, 10);
  });
});
