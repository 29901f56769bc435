import { describe, expect, it } from 'vitest';
import type { Article, Claim } from '../../core/types.js';
import { buildArticle } from '../quotes/fixture.js';
import { claimStage } from './stage.js';
import { detectClaims, findClaims } from './find-claims.js';

const bySubject = (claims: Claim[], subject: string): Claim => {
  const c = claims.find((x) => x.subject === subject);
  if (!c) throw new Error(`no claim "${subject}" in ${JSON.stringify(claims.map((x) => x.subject))}`);
  return c;
};
const sentenceOf = (a: Article, c: Claim): string => a.text.slice(c.start, c.end);

describe('findClaims: seed 002 (trade and the gas pipeline)', () => {
  const text =
    'The steady growth in bilateral ties saw trade between Russia and Pakistan last year hitting an all-time high of $790 million, an increase of 46 percent, mainly due to large supplies of Russian wheat to help Islamabad bridge its domestic shortfalls.\n\n' +
    'The pipeline, linking the southern port city of Karachi to the eastern city of Lahore, will cost an estimated $2 billion and is expected to transport up to 12.4 billion cubic meters of gas annually.\n\n' +
    'Qureshi said Islamabad also intends to buy about 5 million doses of the Russian-developed Sputnik V COVID-19 vaccine.';
  const a = buildArticle(text, {
    published: '2021-04-07',
    entities: [
      { name: 'Russia', type: 'country' },
      { name: 'Pakistan', type: 'country' },
      { name: 'Shah Mehmood Qureshi', type: 'person' },
    ],
    mentions: [
      { text: 'Russia', entity: 'Russia' },
      { text: 'Pakistan', entity: 'Pakistan' },
      { text: 'Qureshi', entity: 'Shah Mehmood Qureshi' },
    ],
    quantities: [
      { text: '$790 million', value: 790_000_000, unit: 'USD' },
      { text: '46 percent', value: 46, isPercent: true },
      { text: '$2 billion', value: 2_000_000_000, unit: 'USD', qualifier: 'about' },
      { text: '12.4 billion cubic meters', value: 12_400_000_000, unit: 'm3', qualifier: 'up-to' },
      { text: '5 million', value: 5_000_000 },
      { text: '19', value: 19 },
    ],
    timexes: [
      { text: 'last year', value: '2020', granularity: 'year' },
      { text: 'annually', value: 'P1Y', type: 'set' },
    ],
  });
  const { claims, skipped } = detectClaims(a);

  it('"trade ... last year hitting an all-time high of $790 million" -> trade between Russia and Pakistan, 2020, the outlet', () => {
    const c = bySubject(claims, 'trade between Russia and Pakistan');
    expect(c).toMatchObject({ quantity: 0, value: 790_000_000, unit: 'USD', claimant: -1, time: '2020' });
    expect(sentenceOf(a, c).startsWith('The steady growth')).toBe(true);
  });

  it('"an increase of 46 percent" is the increase of that trade, same time', () => {
    const c = bySubject(claims, 'increase of trade between Russia and Pakistan');
    expect(c).toMatchObject({ quantity: 1, value: 46, unit: '%', claimant: -1, time: '2020' });
  });

  it('"The pipeline, linking ..., will cost an estimated $2 billion" -> pipeline; "annually" is not a time', () => {
    expect(bySubject(claims, 'pipeline')).toMatchObject({ quantity: 2, value: 2_000_000_000, time: null });
    expect(bySubject(claims, 'transport gas')).toMatchObject({ quantity: 3, unit: 'm3', time: null });
  });

  it('"Qureshi said Islamabad intends to buy about 5 million doses of ..." -> claimant Qureshi', () => {
    const c = claims.find((x) => x.quantity === 4)!;
    expect(c.subject).toBe('buy doses of the Russian-developed Sputnik V COVID-19 vaccine');
    expect(c.claimant).toBe(2);
  });

  it('the 19 of "COVID-19" is part of a name, not a claim', () => {
    expect(skipped).toContainEqual({ quantity: 5, reason: 'in-name' });
    expect(claims).toHaveLength(5);
  });
});

describe('findClaims: seed 000 and seed 001 sentences', () => {
  const text =
    'Pakistan subsequently closed its border and suspended bilateral and transit trade with Afghanistan, a move that led to a 17% drop in “cross-border attacks,” according to the Center for Research and Security Studies.\n\n' +
    'Kakar told Putin Pakistan was a “huge market” for Russia as an energy-deficient country with a population of 240 million people.\n\n' +
    'Kakar arrived in Beijing on Monday to attend the Belt and Road Forum, which marks the 10th anniversary of the Belt and Road Initiative.\n\n' +
    'He said trade relations between the two countries had increased and this year, Russia had supplied around a million tons of cereals to Pakistan.\n\n' +
    '1 / 2';
  const a = buildArticle(text, {
    entities: [
      { name: 'Center for Research and Security Studies', type: 'organization' },
      { name: 'Anwaar-ul-Haq Kakar', type: 'person' },
      { name: 'Vladimir Putin', type: 'person' },
    ],
    mentions: [
      { text: 'Center for Research and Security Studies', entity: 'Center for Research and Security Studies' },
      { text: 'Kakar', entity: 'Anwaar-ul-Haq Kakar' },
      { text: 'Putin', entity: 'Vladimir Putin' },
      { text: 'Kakar', nth: 1, entity: 'Anwaar-ul-Haq Kakar' },
    ],
    quantities: [
      { text: '17%', value: 17, isPercent: true, unit: '%' },
      { text: '240 million', value: 240_000_000 },
      { text: '10th', value: 10 },
      { text: 'two', value: 2 },
      { text: 'a million tons', value: 1_000_000, unit: 't', qualifier: 'about' },
      { text: '1', after: '1 / 2', value: 1 },
    ],
    timexes: [
      { text: 'on Monday', value: '2023-10-16', granularity: 'day' },
      { text: 'this year', value: '2023', granularity: 'year' },
    ],
  });
  const { claims, skipped } = detectClaims(a);

  it('"a 17% drop in “cross-border attacks,” according to X" -> drop in cross-border attacks, claimant X', () => {
    expect(bySubject(claims, 'drop in cross-border attacks')).toMatchObject({ value: 17, unit: '%', claimant: 0, time: null });
  });

  it('"a population of 240 million people" in a sentence Kakar told -> population, claimant Kakar', () => {
    expect(bySubject(claims, 'population')).toMatchObject({ value: 240_000_000, claimant: 1 });
  });

  it('"this year, Russia had supplied around a million tons of cereals" -> the introductory year belongs to the clause', () => {
    expect(bySubject(claims, 'supplied cereals')).toMatchObject({ value: 1_000_000, unit: 't', time: '2023' });
  });

  it('skips the ordinal, "the two countries" and page furniture', () => {
    expect(skipped).toEqual([
      { quantity: 2, reason: 'ordinal' },
      { quantity: 3, reason: 'group-reference' },
      { quantity: 5, reason: 'page-furniture' },
    ]);
    expect(claims).toHaveLength(3);
  });
});

describe('findClaims: how the quantity layer cut the figure does not change the subject', () => {
  const text = 'Qureshi said Islamabad also intends to buy about 5 million doses of the Russian-developed Sputnik V COVID-19 vaccine.';
  it.each([
    ['5 million', 'buy doses of the Russian-developed Sputnik V COVID-19 vaccine'],
    ['5 million doses', 'buy doses of the Russian-developed Sputnik V COVID-19 vaccine'],
    ['about 5 million doses', 'buy doses of the Russian-developed Sputnik V COVID-19 vaccine'],
  ])('quantity "%s" -> "%s"', (q, subject) => {
    const a = buildArticle(text, { quantities: [{ text: q, value: 5_000_000 }] });
    expect(findClaims(a)[0]?.subject).toBe(subject);
  });
});

describe('findClaims: figures inside quotes and reported speech', () => {
  const text =
    '“Trade between our countries reached $1 billion last year,” Lavrov said.\n\n' +
    'He said trade relations between the two countries had increased by 20 percent.';
  const a = buildArticle(text, {
    entities: [{ name: 'Sergey Lavrov', type: 'person' }],
    mentions: [{ text: 'Lavrov', entity: 'Sergey Lavrov' }],
    quantities: [
      { text: '$1 billion', value: 1_000_000_000, unit: 'USD' },
      { text: 'two', value: 2 },
      { text: '20 percent', value: 20, isPercent: true },
    ],
    timexes: [{ text: 'last year', value: '2020' }],
  });
  const claims = findClaims(a);

  it('a figure inside a quote is the speaker’s', () => {
    expect(claims[0]).toMatchObject({ quantity: 0, subject: 'Trade between our countries', claimant: 0, time: '2020' });
  });

  it('"He said ... had increased by 20 percent" -> a change: "trade relations between the two countries increased", claimant through "he"', () => {
    expect(claims[1]).toMatchObject({ quantity: 2, subject: 'trade relations between the two countries increased', claimant: 0, time: null });
  });
});

describe('findClaims: shares and speech verbs (VOA-style sentences)', () => {
  it('"agriculture accounts for roughly 10% of GDP" -> agriculture (of GDP)', () => {
    const a = buildArticle('Although agriculture accounts for roughly 10% of GDP, it continues to employ most of the work force.', {
      quantities: [{ text: 'roughly 10%', value: 10, isPercent: true, unit: '%', qualifier: 'about' }],
    });
    expect(findClaims(a)[0]).toMatchObject({ subject: 'agriculture (of GDP)', claimant: -1 });
  });

  it('"X says 227 people have died" -> the speech verb is the claimant\'s, not part of the subject', () => {
    const a = buildArticle('The World Health Organization says 227 people have died of the disease since 2003.', {
      entities: [{ name: 'World Health Organization', type: 'organization' }],
      mentions: [{ text: 'World Health Organization', entity: 'World Health Organization' }],
      quantities: [{ text: '227 people', value: 227, unit: 'people' }],
      timexes: [{ text: '2003', value: '2003' }],
    });
    expect(findClaims(a)[0]).toMatchObject({ subject: 'died of the disease', claimant: 0 });
  });
});

describe('findClaims: figures with their own years', () => {
  it('"increased from 7.4% in 2008 to 9.5% in 2010" -> each rate with the year after it', () => {
    const text = 'The unemployment rate increased from 7.4% in 2008 to 9.5% in 2010.';
    const a = buildArticle(text, {
      quantities: [
        { text: '7.4%', value: 7.4, isPercent: true, unit: '%' },
        { text: '9.5%', value: 9.5, isPercent: true, unit: '%' },
      ],
      timexes: [
        { text: '2008', value: '2008' },
        { text: '2010', value: '2010' },
      ],
    });
    expect(findClaims(a).map((c) => [c.subject, c.value, c.time])).toEqual([
      ['unemployment rate', 7.4, '2008'],
      ['unemployment rate', 9.5, '2010'],
    ]);
  });
});

describe('findClaims: a change and a level', () => {
  it('"Exports rose 15 percent to $2 billion" -> "Exports rose" (15 %) and "Exports" ($2 billion)', () => {
    const text = 'Pakistan said its exports to Russia rose 15 percent to $2 billion in 2022.';
    const a = buildArticle(text, {
      entities: [{ name: 'Pakistan', type: 'country' }, { name: 'Russia', type: 'country' }],
      mentions: [
        { text: 'Pakistan', entity: 'Pakistan' },
        { text: 'Russia', entity: 'Russia' },
      ],
      quantities: [
        { text: '15 percent', value: 15, isPercent: true },
        { text: '$2 billion', value: 2_000_000_000, unit: 'USD' },
      ],
      timexes: [{ text: '2022', value: '2022' }],
    });
    expect(findClaims(a).map((c) => [c.subject, c.unit, c.claimant, c.time])).toEqual([
      ['exports to Russia rose', '%', 0, '2022'],
      ['exports to Russia', 'USD', 0, '2022'],
    ]);
  });
});

describe('claimStage', () => {
  it('declares its layers and fills article.claims', async () => {
    const stage = claimStage();
    expect(stage).toMatchObject({
      name: 'claims',
      requires: ['text', 'sentences', 'tokens', 'entities', 'mentions', 'roles', 'quantities', 'timexes', 'quotes', 'syntax'],
      provides: ['claims'],
    });
    const a = buildArticle('Under the BRI, Beijing has pledged over $60 billion for energy and other projects in Pakistan.', {
      quantities: [{ text: '$60 billion', value: 60_000_000_000, unit: 'USD', qualifier: 'more-than' }],
    });
    await stage.run(a, { now: new Date('2024-01-01') });
    expect(a.claims).toEqual(findClaims(a));
    expect(a.claims[0]).toMatchObject({ subject: 'pledged for energy and other projects in Pakistan', claimant: -1, time: null });
  });
});
