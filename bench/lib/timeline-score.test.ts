import { describe, expect, it } from 'vitest';
import { averagePrecision, eventMatches, scoreTimeline, sumScores } from './timeline-score.js';

const reference = [
  { date: '2005-03-01', words: ['flood'] },
  { date: '2005-03-04', words: ['evacuat'] },
  { date: '2005-04', words: ['report'] },
  { date: '2005-05-10', words: ['reopen'] },
];

describe('scoreTimeline', () => {
  it('counts reference dates among the shown dates, exactly and within a day', () => {
    const shown = [
      { date: '2005-03-01', texts: ['The river flooded the old town.'] },
      { date: '2005-03-01', texts: ['The mayor spoke.'] },
      { date: '2005-03-05', texts: ['Thousands were evacuated.'] },
      { date: '2005-04', texts: ['An inquiry report came out.'] },
      { date: '2005-06-01', texts: ['A fund was set up.'] },
    ];
    const s = scoreTimeline(shown, reference);
    // Shown dates: 03-01, 03-05, 04, 06-01; reference hits: 03-01 and 04 exactly, 03-04 one day off.
    expect(s).toMatchObject({ reference: 4, shownDates: 4, hits: 2, hitsNearby: 3, shownEvents: 5, matchedEvents: 2 });
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.5);
  });
  it('matches an event only on its reference date and by a word beginning', () => {
    expect(eventMatches({ date: '2005-03-04', texts: ['Residents were evacuated overnight.'] }, reference[1]!)).toBe(true);
    expect(eventMatches({ date: '2005-03-05', texts: ['Residents were evacuated overnight.'] }, reference[1]!)).toBe(false);
    expect(eventMatches({ date: '2005-03-04', texts: ['Residents stayed.'] }, reference[1]!)).toBe(false);
  });
  it('adds topics up from their counts', () => {
    const a = scoreTimeline([{ date: '2005-03-01', texts: [] }], reference);
    const b = scoreTimeline([{ date: '2001-01-01', texts: [] }], reference);
    const t = sumScores([a, b]);
    expect(t).toMatchObject({ reference: 8, shownDates: 2, hits: 1 });
    expect(t.precision).toBeCloseTo(0.5);
    expect(t.recall).toBeCloseTo(1 / 8);
  });
});

describe('averagePrecision', () => {
  it('averages the precision at each reference date\'s rank, counting a missing one as 0', () => {
    // Reference dates at ranks 1 and 3 of four, a third never ranked: (1/1 + 2/3 + 0) / 3.
    expect(averagePrecision(['a', 'x', 'b', 'y'], ['a', 'b', 'c'])).toBeCloseTo((1 + 2 / 3) / 3);
    expect(averagePrecision(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(averagePrecision(['x'], ['a'])).toBe(0);
  });
});
