import { describe, expect, it } from 'vitest';
import { findDates, parseDateText } from './parse.js';

describe('parseDateText', () => {
  it('reads the formats other stages meet', () => {
    expect(parseDateText('18 October 2023')).toBe('2023-10-18');
    expect(parseDateText('April 7, 2021')).toBe('2021-04-07');
    expect(parseDateText('2023-10-18T09:00:00Z')).toBe('2023-10-18');
    expect(parseDateText('07.04.2021')).toBe('2021-04-07');
    expect(parseDateText('2021/04/07')).toBe('2021-04-07');
  });

  it('reads German, French and Spanish month names', () => {
    expect(parseDateText('Veröffentlicht am 5. März 2019, 14:05 Uhr')).toBe('2019-03-05');
    expect(parseDateText('Stand: 12.03.2020, 14:05 Uhr')).toBe('2020-03-12');
    expect(parseDateText('le 1er janvier 2020')).toBe('2020-01-01');
    expect(parseDateText('18 de octubre de 2023')).toBe('2023-10-18');
  });

  it('reads a weekday header and ordinal suffixes', () => {
    expect(parseDateText('Tuesday, April 16, 2024')).toBe('2024-04-16');
    expect(parseDateText('Apr. 7th, 2021')).toBe('2021-04-07');
  });

  it('orders ambiguous slashed dates US-style unless told, and unambiguous ones by value', () => {
    expect(parseDateText('04/07/2021')).toBe('2021-04-07');
    expect(parseDateText('04/07/2021', { dayFirst: true })).toBe('2021-07-04');
    expect(parseDateText('13/07/2021')).toBe('2021-07-13');
  });

  it('gives month granularity when only month and year are written', () => {
    expect(parseDateText('Oktober 2023')).toBe('2023-10');
  });

  it('rejects impossible dates and, by default, version-like two-digit years', () => {
    expect(parseDateText('31.02.2020')).toBeNull();
    expect(parseDateText('release 1.2.3 of 3.4.21')).toBeNull();
    expect(parseDateText('on 3.4.21', { twoDigitYear: true })).toBe('2021-04-03');
    expect(parseDateText('20210407')).toBeNull();
    expect(parseDateText('20210407', { compact: true })).toBe('2021-04-07');
  });

  it('finds every date in a passage with its position', () => {
    const s = 'Posted on 7 April 2021. Updated: April 8, 2021.';
    const all = findDates(s);
    expect(all.map((d) => d.value)).toEqual(['2021-04-07', '2021-04-08']);
    expect(s.slice(all[0]!.index, all[0]!.index + all[0]!.length)).toBe('7 April 2021');
  });
});
