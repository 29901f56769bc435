import { describe, expect, it } from 'vitest';
import { createArticle } from '../../core/article.js';
import type { Article } from '../../core/types.js';
import { entityStage } from '../entities/stage.js';
import { sentenceStage } from '../sentences/stage.js';
import { roleStage } from './stage.js';
import { titleKey } from './titles.js';

function roles(text: string, published: string | null = '2023-10-18'): { a: Article; list: [string, string, string, string | null][] } {
  const a = createArticle({
    id: 'r', source: 'test', rawHash: 'h', text,
    published: { value: published, confidence: 1, evidence: 'test' },
  });
  const ctx = { now: new Date('2024-01-01') };
  for (const s of [sentenceStage(), entityStage(), roleStage()]) void s.run(a, ctx);
  const list = a.roles.map((r): [string, string, string, string | null] => [
    a.text.slice(r.start, r.end), a.entities[r.person]!.name, r.title, r.of,
  ]);
  return { a, list };
}

describe('roleStage', () => {
  it('reads country, title and name written together', () => {
    const { a, list } = roles(
      "Pakistan's Caretaker Prime Minister Anwaar-ul-Haq Kakar met Russian Foreign Minister Sergey Lavrov in Beijing.",
    );
    expect(list).toEqual([
      ["Pakistan's Caretaker Prime Minister Anwaar-ul-Haq Kakar", 'Anwaar-ul-Haq Kakar', 'Caretaker Prime Minister', 'Pakistan'],
      ['Russian Foreign Minister Sergey Lavrov', 'Sergey Lavrov', 'Foreign Minister', 'Russia'],
    ]);
    expect(a.roles[0]!.asOf).toBe('2023-10-18');
    expect(roleStage().requires).toEqual(['text', 'published', 'sentences', 'tokens', 'entities', 'mentions']);
  });

  it('reads "army chief General X" and "the country\'s military chief, General X"', () => {
    expect(roles('The army chief General Qamar Javed Bajwa met the envoy.').list).toEqual([
      ['army chief General Qamar Javed Bajwa', 'Qamar Javed Bajwa', 'army chief', null],
      ['General Qamar Javed Bajwa', 'Qamar Javed Bajwa', 'General', null],
    ]);
    const { list } = roles(
      "Before departing Pakistan, the Russian foreign minister also met with the country's military chief, General Qamar Javed Bajwa.",
    );
    expect(list[0]).toEqual([
      "the country's military chief, General Qamar Javed Bajwa", 'Qamar Javed Bajwa', 'military chief', 'Pakistan',
    ]);
  });

  it('keeps "of" inside a title', () => {
    expect(roles('U.S. Secretary of State Antony Blinken met Chief of Army Staff General Qamar Javed Bajwa.').list).toEqual([
      ['U.S. Secretary of State Antony Blinken', 'Antony Blinken', 'Secretary of State', 'United States'],
      ['Chief of Army Staff General Qamar Javed Bajwa', 'Qamar Javed Bajwa', 'Chief of Army Staff', null],
      ['General Qamar Javed Bajwa', 'Qamar Javed Bajwa', 'General', null],
    ]);
  });

  it('reads appositives after and before a name', () => {
    expect(roles("Kakar, Pakistan's interim premier, said the talks were useful.").list).toEqual([
      ["Kakar, Pakistan's interim premier", 'Kakar', 'interim premier', 'Pakistan'],
    ]);
    expect(roles('Kakar shook hands with the President of Russia, Vladimir Putin, at the forum.').list).toEqual([
      ['President of Russia, Vladimir Putin', 'Vladimir Putin', 'President', 'Russia'],
    ]);
  });

  it('reads "title for/of the organisation" appositives', () => {
    const { list } = roles(
      '"We are ready," said Maria Zakharova, spokeswoman for the Russian Foreign Ministry. ' +
        'The head of the International Atomic Energy Agency, Rafael Grossi, visited Tehran.',
    );
    expect(list).toEqual([
      ['Maria Zakharova, spokeswoman for the Russian Foreign Ministry', 'Maria Zakharova', 'spokeswoman', 'Russian Foreign Ministry'],
      ['head of the International Atomic Energy Agency, Rafael Grossi', 'Rafael Grossi', 'head', 'International Atomic Energy Agency'],
    ]);
  });

  it('gives a counterpart the title of the person it is the counterpart of', () => {
    const { list } = roles(
      "Russia's Foreign Minister Sergey Lavrov walks with his Pakistani counterpart Shah Mehmood Qureshi in Islamabad.",
    );
    expect(list).toEqual([
      ["Russia's Foreign Minister Sergey Lavrov", 'Sergey Lavrov', 'Foreign Minister', 'Russia'],
      ['Pakistani counterpart Shah Mehmood Qureshi', 'Shah Mehmood Qureshi', 'Foreign Minister', 'Pakistan'],
    ]);
  });

  it('reads an organisation as what the role is of', () => {
    expect(roles('Taliban political deputy Mullah Abdul Ghani Baradar arrived in Moscow.').list).toEqual([
      ['Taliban political deputy Mullah Abdul Ghani Baradar', 'Abdul Ghani Baradar', 'political deputy', 'Taliban'],
    ]);
  });

  it('expands short titles and does not read a role into a clause boundary', () => {
    expect(roles('Read More: EU is uninterested in stability, FM Lavrov said.').list).toEqual([
      ['FM Lavrov', 'Lavrov', 'Foreign Minister', null],
    ]);
    expect(roles('In meeting with Pakistani PM, Putin highlights potential for cooperation').list).toEqual([]);
  });

  it('reads "Attorney General" and "Secretary General" as one office, not a rank', () => {
    expect(roles('Deputy Attorney General Mara Quell resigned on Monday.').list).toEqual([
      ['Deputy Attorney General Mara Quell', 'Mara Quell', 'Deputy Attorney General', null],
    ]);
    expect(roles('Lieutenant General Ode Brann inspected the troops.').list).toEqual([
      ['Lieutenant General Ode Brann', 'Ode Brann', 'Lieutenant General', null],
    ]);
  });

  it('does not read "the chairman of Mr. X\'s board" as a title of X', () => {
    expect(roles("He was named chairman of Mr. Dorn's holding company.").list).toEqual([]);
  });

  it('uses a null date when the article has none', () => {
    const { a } = roles('President Joe Biden spoke.', null);
    expect(a.roles).toEqual([{ start: 0, end: 19, person: a.entities.findIndex((e) => e.name === 'Joe Biden'), title: 'President', of: null, asOf: null }]);
  });
});

describe('titleKey', () => {
  it('folds words that do not change the office and synonyms', () => {
    expect(titleKey('Caretaker Prime Minister')).toBe('prime minister');
    expect(titleKey('interim premier')).toBe('prime minister');
    expect(titleKey('military chief')).toBe('army chief');
    expect(titleKey('Foreign Minister')).toBe('foreign minister');
    expect(titleKey('Chief of Army Staff')).toBe('army chief');
  });

  it('folds short forms, hyphens, British spelling and "X of Y" offices', () => {
    expect(titleKey('FM')).toBe(titleKey('foreign minister'));
    expect(titleKey('Minister of Foreign Affairs')).toBe('foreign minister');
    expect(titleKey('Secretary of Defence')).toBe(titleKey('Defense Secretary'));
    expect(titleKey('Minister for Trade')).toBe('trade minister');
    expect(titleKey('Secretary-General')).toBe(titleKey('secretary general'));
    expect(titleKey('Vice-President')).toBe('vice president');
    // "Secretary of State" names its own office.
    expect(titleKey('Secretary of State')).toBe('secretary of state');
    expect(titleKey('Secretary of State')).not.toBe(titleKey('State Secretary'));
  });
});
