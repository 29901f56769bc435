import { describe, expect, it } from 'vitest';
import type { Event } from '../corpus/types.js';
import { independentReports, newsScore } from './newsworthiness.js';

const event = (extra: Partial<Event> = {}): Event => ({
  id: 'e',
  type: 'CONSULT',
  kind: 'meet',
  date: { value: '2004-06-09', confidence: 0.9, evidence: 'timex' },
  future: false,
  modality: 'asserted',
  participants: [],
  location: null,
  topics: [],
  summary: 'e',
  sources: [{ documentId: 'a1', start: 0, end: 1 }],
  documents: ['a1'],
  weight: 1,
  ...extra,
});

describe('independentReports', () => {
  const outlets = new Map([
    ['a1', 'wire-a'],
    ['a2', 'wire-a'],
    ['a3', 'wire-a'],
    ['b1', 'paper-b'],
  ]);
  it('counts each outlet once and its further documents at half weight; unknown outlets count alone', () => {
    const e = event({ documents: ['a1', 'a2', 'a3', 'b1', 'u1'] });
    // wire-a, paper-b and the unknown u1: 3, plus a2 and a3 at 0.5 each.
    expect(independentReports(e, (d) => outlets.get(d))).toBe(4);
    expect(independentReports(e)).toBe(5);
  });
});

describe('newsScore', () => {
  it('counts talk about a happening less than the act itself', () => {
    const met = newsScore(event({ kind: 'meet', type: 'CONSULT' }));
    expect(newsScore(event({ kind: 'statement', type: 'CONSULT' }))).toBeCloseTo(met * 0.6);
    expect(newsScore(event({ kind: 'offer', type: 'AGREE' }))).toBeCloseTo(met * 0.6);
    expect(newsScore(event({ kind: 'sign', type: 'AGREE' }))).toBeCloseTo(met);
  });
  it('gives a background mention nothing, however many reports it has', () => {
    expect(newsScore(event({ aspect: 'background', documents: ['a1', 'b1', 'c1'] }))).toBe(0);
  });
  it('counts a date of its own over "on or before the report"', () => {
    const own = newsScore(event());
    expect(newsScore(event({ date: { value: '2004-06-09', confidence: 0.5, evidence: 'article-date' } }))).toBeCloseTo(own / 5);
  });
});
