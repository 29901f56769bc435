import { describe, expect, it } from 'vitest';
import { actorCountry } from './actor-country.js';
import { buildArticle } from './fixture.js';
import { findEvents } from './find.js';

describe('actorCountry and title qualifiers (seed 004)', () => {
  const a = buildArticle({
    text: 'Russian Foreign Minister Sergey Lavrov held meetings with his Pakistani counterpart, Shah Mehmood Qureshi, on Wednesday.',
    published: '2021-04-08',
    entities: [
      { name: 'Russia', type: 'country', country: 'RUS', mentions: ['Russian'], form: 'demonym' },
      { name: 'Sergey Lavrov', type: 'person', mentions: ['Sergey Lavrov'] },
      { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistani'], form: 'demonym' },
      { name: 'Shah Mehmood Qureshi', type: 'person', mentions: ['Shah Mehmood Qureshi'] },
      { name: 'Bosnian Serbs', type: 'other', mentions: [] },
    ],
    timexes: [{ text: 'Wednesday', value: '2021-04-07' }],
  });

  it('makes the people the participants, not the countries before their titles', () => {
    const [e] = findEvents(a);
    expect(e!.trigger).toBe('held meetings');
    expect(e!.participants).toEqual([
      { entity: 1, role: 'source' },
      { entity: 3, role: 'target' },
    ]);
  });

  it('recovers each person’s country from the qualifier in the sentence', () => {
    const sentence = { start: 0, end: a.text.length };
    expect(actorCountry(a, 1, sentence)).toBe('RUS');
    expect(actorCountry(a, 3, sentence)).toBe('PAK');
    expect(actorCountry(a, 0)).toBe('RUS');
  });

  it('reads a group’s country from its demonym', () => {
    expect(actorCountry(a, 4)).toBe('BIH');
  });
});
