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
      ['over $60 billion', 60e9, 'USD', 'more-than'],
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
      ['up to 12.4 billion cubic meters', 12.4e9, 'm3', 'up-to'],
    ]);
  });
  it('"around a million tons" (seed 001)', () => {
    expect(q('this year, Russia had supplied around a million tons of cereals to Pakistan.')).toEqual([
      ['around a million tons', 1e6, 't', 'about'],
    ]);
  });
  it('"at least seven people" (seed 000)', () => {
    expect(q('a blast that ripped through a Chinese-run restaurant in Kabul, killing at least seven people')).toEqual([
      ['at least seven people', 7, 'people', 'at-least'],
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
    expect(q('dozens of people were injured')).toEqual([['dozens of people', 24, 'people', 'at-least']]);
  });
});

/** [covered text, value, unit, qualifier, vague, range] per quantity. */
function v(text: string) {
  return findQuantities(text).map((x) => [text.slice(x.start, x.end), x.value, x.unit, x.qualifier ?? null, x.vague ?? false, x.range ?? null]);
}

describe('vague amounts are bounds, never exact figures', () => {
  it('"thousands of", "tens of thousands of", "hundreds" are vague with the range their word allows', () => {
    expect(v('Thousands of farmers marched on the capital.')).toEqual([
      ['Thousands of farmers', 2000, 'farmers', 'at-least', true, { min: 2000, max: 99_999 }],
    ]);
    expect(v('The storm forced tens of thousands of residents from their homes.')).toEqual([
      ['tens of thousands of residents', 20_000, 'residents', 'at-least', true, { min: 20_000, max: 199_999 }],
    ]);
    expect(v('Hundreds gathered outside the court.')).toEqual([['Hundreds', 200, null, 'at-least', true, { min: 200, max: 1999 }]]);
  });
  it('"scores of", "several", "a few", "a handful of" with what they count', () => {
    expect(v('Scores of shops were looted overnight.')).toEqual([['Scores of shops', 40, 'shops', 'at-least', true, { min: 40, max: 199 }]]);
    expect(v('Police detained several protesters near the bridge.')).toEqual([['several protesters', 3, 'protesters', 'at-least', true, { min: 3, max: 9 }]]);
    expect(v('A few villagers stayed behind.')).toEqual([['A few villagers', 2, 'villagers', 'at-least', true, { min: 2, max: 9 }]]);
    expect(v('Only a handful of lawmakers voted against it.')).toEqual([
      ['a handful of lawmakers', 2, 'lawmakers', 'at-least', true, { min: 2, max: 9 }],
    ]);
  });
  it('"several", "a few" with nothing counted, and "scores" of a match, are no figures', () => {
    expect(v('Several of them fled; a few were caught.')).toEqual([]);
    expect(v('The scores were level at half time.')).toEqual([]);
  });
  it('a hedge before a vague amount keeps its own reading: "more than a few", "up to hundreds of"', () => {
    expect(v('The fire destroyed more than dozens of houses.')).toEqual([
      ['more than dozens of houses', 24, 'houses', 'more-than', true, { min: 24, max: 199 }],
    ]);
  });
  it('"millions of dollars" is money, vague', () => {
    expect(v('The scheme cost taxpayers millions of dollars.')).toEqual([['millions of dollars', 2e6, 'USD', 'at-least', true, { min: 2e6, max: 99_999_999 }]]);
  });
  it('"several hundred" scales its range', () => {
    expect(v('Several hundred miners joined the march.')).toEqual([['Several hundred miners', 300, 'miners', 'at-least', true, { min: 300, max: 900 }]]);
  });
  it('an exact number is not vague and has no range', () => {
    expect(v('The floods displaced 4,300 families.')).toEqual([['4,300 families', 4300, 'families', null, false, null]]);
  });
});

describe('qualifiers: the bound a hedge gives', () => {
  it.each([
    ['Rescuers found at least nine survivors.', 'at least nine survivors', 'at-least'],
    ['The army lost no fewer than 12 tanks.', 'no fewer than 12 tanks', 'at-least'],
    ['The firm owes more than $3 million to suppliers.', 'more than $3 million', 'more-than'],
    ['Prices rose over 8 percent in a year.', 'over 8 percent', 'more-than'],
    ['The field holds upwards of 40 billion barrels.', 'upwards of 40 billion barrels', 'more-than'],
    ['The boat carried nearly 300 migrants.', 'nearly 300 migrants', 'about'],
    ['The plant employs about 1,200 workers.', 'about 1,200 workers', 'about'],
    ['Some 45 trucks crossed the border.', 'Some 45 trucks', 'about'],
    ['The new line can carry up to 90,000 passengers.', 'up to 90,000 passengers', 'up-to'],
    ['As many as 15 ships were seized.', 'As many as 15 ships', 'up-to'],
    ['Fewer than 200 voters turned out.', 'Fewer than 200 voters', 'less-than'],
    ['The bridge cost under $9 million.', 'under $9 million', 'less-than'],
    ['The court fined the company exactly $1,000.', 'exactly $1,000', 'exactly'],
  ])('%s', (sentence, covered, qualifier) => {
    const found = findQuantities(sentence);
    expect(found.map((x) => [sentence.slice(x.start, x.end), x.qualifier])).toEqual([[covered, qualifier]]);
  });
  it('the words as written are kept beside the reading', () => {
    expect(findQuantities('The boat carried nearly 300 migrants.')[0]).toMatchObject({ qualifier: 'about', qualifierText: 'nearly' });
  });
  it('a plain figure has no qualifier', () => {
    expect(findQuantities('The boat carried 300 migrants.')[0]?.qualifier).toBeUndefined();
  });
});

describe('"one" as a pronoun or determiner is no figure', () => {
  it.each([
    'One of the guards was later arrested.',
    'No one claimed responsibility for the fire.',
    'The two leaders congratulated one another.',
    'He was the one who signed the order.',
    'One day the river simply rose.',
    'On the one hand, the deal cuts costs.',
    'One official said the talks would resume.',
    'One reason is the lack of rain.',
    'The country has been a one-party state since the coup.',
    'Voters rejected the first plan and chose the other one.',
    'The port is the number one exporter of timber in the region.',
    'About one third of the budget goes to defence.',
  ])('%s', (sentence) => {
    expect(findQuantities(sentence).filter((x) => x.value === 1)).toEqual([]);
  });
  it.each([
    ['One soldier was killed in the ambush.', 'One soldier', 'soldier'],
    ['The blast killed one person and wounded three.', 'one person', 'person'],
    ['Only one lawmaker voted against the budget.', 'one lawmaker', 'lawmaker'],
  ])('a counted one: %s', (sentence, covered, unit) => {
    const ones = findQuantities(sentence).filter((x) => x.value === 1);
    expect(ones.map((x) => [sentence.slice(x.start, x.end), x.unit])).toEqual([[covered, unit]]);
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
