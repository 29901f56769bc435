import { describe, expect, it } from 'vitest';
import { meanWordScores, shingleMatch, shingleScores, tokenize, wordScores } from './extract-metrics.js';

describe('tokenize', () => {
  it('keeps letters, digits and underscore runs, in any script, case kept', () => {
    expect(tokenize("Señor O'Neil paid $1,500 — snake_case Москва")).toEqual([
      'Señor', 'O', 'Neil', 'paid', '1', '500', 'snake_case', 'Москва',
    ]);
  });
});

describe('ScrapingHub shingle metric', () => {
  it('normalises one page so that TP + FP + FN = 1', () => {
    // truth shingles: [a b c d], [b c d e]; pred: [a b c d], [b c d x] -> 1 TP, 1 FP, 1 FN
    const m = shingleMatch('a b c d e', 'a b c d x');
    expect(m.tp).toBeCloseTo(1 / 3);
    expect(m.fp).toBeCloseTo(1 / 3);
    expect(m.fn).toBeCloseTo(1 / 3);
  });

  it('averages precision over pages with output and recall over pages with truth', () => {
    const s = shingleScores([
      { truth: 'a b c d e', pred: 'a b c d x' }, // P 0.5, R 0.5
      { truth: 'one two', pred: '' }, // no output: not in P; R 0
      { truth: 'Hello, world!', pred: 'Hello world' }, // one short shingle each, equal: P 1, R 1
    ]);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.6);
    expect(s.accuracy).toBeCloseTo(1 / 3);
  });

  it('counts repeated shingles as a multiset', () => {
    // truth "w x y z" = one shingle; pred "w x y z w x y z" = shingles wxyz, xyzw, yzwx, zwxy, wxyz
    const m = shingleMatch('w x y z', 'w x y z w x y z');
    expect(m.tp).toBeCloseTo(1 / 5);
    expect(m.fp).toBeCloseTo(4 / 5);
    expect(m.fn).toBe(0);
  });

  it('is case sensitive for accuracy', () => {
    expect(shingleScores([{ truth: 'hello World', pred: 'Hello world' }]).accuracy).toBe(0);
  });
});

describe('WCXB word metric', () => {
  it('scores lowercase bag-of-words overlap', () => {
    // ref: the x2, cat, sat, on, mat (6); pred: the x2, cat, dog (4); overlap 3
    const s = wordScores('The cat sat on the mat', 'the cat the dog');
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.6);
  });

  it('gives 1 to empty output on empty gold and 0 to any output on empty gold', () => {
    expect(wordScores('', '').f1).toBe(1);
    expect(wordScores('', 'menu home').f1).toBe(0);
    expect(wordScores('some text', '').f1).toBe(0);
    expect(meanWordScores([{ truth: '', pred: '' }, { truth: 'a b', pred: 'a' }]).f1).toBeCloseTo((1 + 2 / 3) / 2);
  });
});
