import { describe, expect, it } from 'vitest';
import { findQuantities } from './find.js';

/** [covered text, value, unit, qualifier] per quantity. */
function q(text: string, avoid?: { start: number; end: number }[]) {
  return findQuantities(text, avoid ? { avoid } : {}).map((x) => [text.slice(x.start, x.end), x.value, x.unit, x.qualifier ?? null]);
}

describe('money', () => {
  it('currency sign and scale word (seed 002)', () => {
    const s = 'trade between Russia and Pakistan last year hitting an all-time high of $790 million, an increase of 46 percent';
    expect(q(s)).toEqual([
      ['$790 million', 790_000_000, 'USD', null],
      ['46 percent', 46, '%', null],
    ]);
  });
  it('Reuters abbreviations: "300 mln dlrs"', () => {
    expect(q('The company said it earned 300 mln dlrs in the period.')).toEqual([['300 mln dlrs', 300_000_000, 'USD', null]]);
  });
  it('"5,000 billion yen" and "over $60 billion" (seed 000)', () => {
    expect(q('public debt of 5,000 billion yen')).toEqual([['5,000 billion yen', 5e12, 'JPY', null]]);
    expect(q('Under the BRI, Beijing has pledged over $60 billion for energy, infrastructure and other projects in Pakistan.')).toEqual([
      ['over $60 billion', 60e9, 'USD', 'over'],
    ]);
  });
  it('attached scale letters: "US$5m"', () => {
    expect(q('a US$5m deal')).toEqual([['US$5m', 5e6, 'USD', null]]);
  });
});

describe('percentages', () => {
  it('"%", "percent", "pct" are all unit "%" and isPercent', () => {
    const s = 'a 17% drop in cross-border attacks; the bank owns 100 pct of it.';
    const found = findQuantities(s);
    expect(found.map((x) => [x.value, x.unit, x.isPercent])).toEqual([
      [17, '%', true],
      [100, '%', true],
    ]);
  });
});

describe('measures and counts', () => {
  it('"up to 12.4 billion cubic meters" normalises to m3 (seed 002)', () => {
    expect(q('is expected to transport up to 12.4 billion cubic meters of gas annually')).toEqual([
      ['up to 12.4 billion cubic meters', 12.4e9, 'm3', 'up to'],
    ]);
  });
  it('"around a million tons" (seed 001)', () => {
    expect(q('this year, Russia had supplied around a million tons of cereals to Pakistan.')).toEqual([
      ['around a million tons', 1e6, 't', 'around'],
    ]);
  });
  it('"at least seven people" (seed 000)', () => {
    expect(q('a blast that ripped through a Chinese-run restaurant in Kabul, killing at least seven people')).toEqual([
      ['at least seven people', 7, 'people', 'at least'],
    ]);
  });
  it('"about 5 million doses" and "240 million people" (seeds 002, 000)', () => {
    expect(q('Islamabad also intends to buy about 5 million doses of the Russian-developed Sputnik V COVID-19 vaccine')).toEqual([
      ['about 5 million doses', 5e6, 'doses', 'about'],
    ]);
    expect(q('an energy-deficient country with a population of 240 million people.')).toEqual([['240 million people', 240e6, 'people', null]]);
  });
  it('"1,100-kilometer" is 1100 km', () => {
    expect(q('the 1,100-kilometer gas pipeline')).toEqual([['1,100-kilometer', 1100, 'km', null]]);
  });
  it('vague plurals give the least they mean', () => {
    expect(q('dozens of people were injured')).toEqual([['dozens of people', 24, 'people', 'dozens']]);
  });
});

describe('not quantities', () => {
  it('ordinals, durations, years, dates, codes, scores, pagers', () => {
    expect(q('Kakar attended the 3rd Belt and Road Forum, which marks the 10th anniversary of the BRI.')).toEqual([]);
    expect(q('a two-day visit and a 10-year plan')).toEqual([]);
    expect(q('The chief Russian diplomat last visited Pakistan in 2012.')).toEqual([]);
    expect(q('on October 17, 2023')).toEqual([]);
    expect(q('the Sputnik V COVID-19 vaccine at the G20')).toEqual([]);
    expect(q('Pakistan won 3-1; call 555-1234; version v2.10')).toEqual([]);
    expect(q('1 / 2')).toEqual([]);
    expect(q('Pakistan-Russia relations uplifted 2014 onwards when both countries had signed a defence pact.')).toEqual([]);
    expect(q('Updated 12 sec ago')).toEqual([]);
    expect(q('The 65-year-old Nobel laureate accounted for more than one-fourth of GDP.')).toEqual([]);
    expect(q('one of the leaders said')).toEqual([]);
  });
  it('spans to avoid (time expressions) are left alone', () => {
    const s = 'He paid $5 on 12 May.';
    expect(q(s, [{ start: s.indexOf('12 May'), end: s.indexOf('12 May') + 6 }])).toEqual([['$5', 5, 'USD', null]]);
  });
});
