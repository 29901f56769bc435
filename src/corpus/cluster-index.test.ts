import { describe, expect, it } from 'vitest';
import type { DateEvidence } from '../core/types.js';
import { ClusterIndex, daySpan } from './cluster-index.js';

const on = (value: string | null): DateEvidence => ({ value, confidence: 0.8, evidence: 'timex' });
const day = (v: string): number => Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10)) / 86_400_000;

describe('daySpan', () => {
  it('covers a day, a month and a year', () => {
    expect(daySpan(on('2021-03-04'))).toEqual([day('2021-03-04'), day('2021-03-04')]);
    expect(daySpan(on('2021-02'))).toEqual([day('2021-02-01'), day('2021-02-28')]);
    expect(daySpan(on('2020'))).toEqual([day('2020-01-01'), day('2020-12-31')]);
  });
  it('has no span for values that are not plain days, months or years', () => {
    for (const v of [null, '2021-W09', '2021-Q1', '202', 'PAST_REF', '2021-13']) expect(daySpan(on(v))).toBeNull();
  });
});

describe('ClusterIndex', () => {
  const index = new ClusterIndex();
  const add = (cluster: number, date: string | null, key: string) => {
    index.open(cluster, on(date));
    index.post(key, cluster);
  };
  add(0, '2021-03-01', 'k');
  add(1, '2021-05-20', 'k');
  add(2, '2021-03', 'k');
  add(3, 'PAST_REF', 'k');
  add(4, '2021-03-02', 'other');
  add(5, '2021-03-08', 'k');

  it('finds clusters of the key dated within a week, those without a usable span, in creation order', () => {
    expect(index.lookup(['k'], on('2021-03-03'))).toEqual([0, 2, 3, 5]);
  });
  it('leaves out clusters of other keys and far dates', () => {
    expect(index.lookup(['k'], on('2021-05-22'))).toEqual([1, 3]);
    expect(index.lookup(['nothing'], on('2021-03-03'))).toEqual([]);
  });
  it('gives every cluster of the key to an undated mention, and merges keys', () => {
    expect(index.lookup(['k'], on(null))).toEqual([0, 1, 2, 3, 5]);
    expect(index.lookup(['other', 'k'], on('2021-03-01'))).toEqual([0, 2, 3, 4, 5]);
  });
  it('checks a re-dated cluster everywhere', () => {
    index.redate(1);
    expect(index.lookup(['other'], on('2021-03-01'))).toEqual([1, 4]);
  });
});
