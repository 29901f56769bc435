import { describe, expect, it } from 'vitest';
import { claimDiscrepancies } from './discrepancies.js';
import type { ClaimRecord } from './types.js';

const claim = (documentId: string, value: number, extra: Partial<ClaimRecord> = {}): ClaimRecord => ({
  value,
  unit: 'people',
  text: 'a sentence',
  subject: 'killed',
  claimant: null,
  time: '2024-03-02',
  documentId,
  start: 0,
  end: 10,
  ...extra,
});

describe('claimDiscrepancies', () => {
  it('two plain figures for one subject, unit and time in two documents disagree', () => {
    const out = claimDiscrepancies([claim('a', 12), claim('b', 30)], {});
    expect(out).toHaveLength(1);
    expect(out[0]!.values.map((v) => v.value)).toEqual(['12 people', '30 people']);
  });
  it('"at least 12" and "30" do not disagree; "at least 40" and "30" do', () => {
    expect(claimDiscrepancies([claim('a', 12, { qualifier: 'at-least' }), claim('b', 30)], {})).toEqual([]);
    expect(claimDiscrepancies([claim('a', 40, { qualifier: 'at-least' }), claim('b', 30)], {})).toHaveLength(1);
  });
  it('a vague amount ("dozens") never disagrees with an exact figure', () => {
    expect(claimDiscrepancies([claim('a', 24, { qualifier: 'at-least', vague: true }), claim('b', 7)], {})).toEqual([]);
  });
  it('claims with no subject are not compared', () => {
    expect(claimDiscrepancies([claim('a', 12, { subject: null }), claim('b', 30, { subject: null })], {})).toEqual([]);
  });
  it('a happening word with no time is no one subject: tolls of different attacks are not compared', () => {
    expect(claimDiscrepancies([claim('a', 12, { time: null }), claim('b', 30, { time: null })], {})).toEqual([]);
    expect(claimDiscrepancies([claim('a', 12, { time: null, subject: 'were wounded' }), claim('b', 30, { time: null, subject: 'were wounded' })], {})).toEqual([]);
    // A subject that names a thing is compared without a time.
    const trade = { time: null, subject: 'trade between Ruritania and Freedonia', unit: 'USD' };
    expect(claimDiscrepancies([claim('a', 5e8, trade), claim('b', 9e8, trade)], {})).toHaveLength(1);
  });
});
