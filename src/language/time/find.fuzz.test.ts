/** Fuzzing of time expressions (fast-check, bounded): no crash, spans inside the text, values well-formed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from './find.js';

const word = fc.constantFrom(
  'on', 'last', 'next', 'this', 'the', 'of', 'ago', 'since', 'until', 'by', 'between', 'and', 'from', 'to', '-', '–', ',', '.',
  'Monday', 'Tuesday', 'weekend', 'week', 'month', 'year', 'years', 'decade', 'day', 'days', 'morning', 'tonight', 'yesterday', 'tomorrow', 'today',
  'January', 'Feb.', 'March', 'May', 'Sept', 'December', 'spring', 'Q3', 'mid-2020', '1990s', "'90s", 'BC', 'AD',
  '1', '3', '13', '31', '32', '99', '2021', '1066', '9999', '0', '00:00', '25:61', '12:30pm', 'GMT', 'UTC+5', '2021-13-45', '2021-02-29', '3/4/21', '1st', '22nd', 'two', 'three', 'early', 'late', 'end',
  '日本', 'é', '\u00a0', '🙂',
);
const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(' '));
const anchor = fc.oneof(fc.constant(null), fc.constantFrom('2021-04-07', '2024-02-29', '1999-12-31', '2021', '2021-06', 'not-a-date'));

describe('fuzz: time expressions', () => {
  it('findTimeExpressions: spans inside the text, string-or-null values, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 200 })), anchor, (t, a) => {
        const found = findTimeExpressions(t, a);
        for (const x of found) {
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.start).toBeLessThan(x.end);
          expect(x.end).toBeLessThanOrEqual(t.length);
          if (x.value !== null) expect(typeof x.value).toBe('string');
        }
      }),
      { seed: 77, numRuns: 400, interruptAfterTimeLimit: 4000 },
    );
  }, 30_000);
});
