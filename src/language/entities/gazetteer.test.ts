import { describe, expect, it } from 'vitest';
import { countryIndex, getGazetteer } from './gazetteer.js';
import { isAdjectivalPhrase } from './adjectival.js';

describe('country gazetteer', () => {
  it('lists each of two demonyms given in one string, with its plural', () => {
    // world-countries gives Bosnia and Herzegovina the demonym "Bosnian, Herzegovinian".
    const g = getGazetteer();
    expect(g.entries.get('Bosnian')).toMatchObject({ kind: 'demonym', iso3: 'BIH' });
    expect(g.entries.get('Herzegovinians')).toMatchObject({ kind: 'demonym', iso3: 'BIH' });
    expect(g.entries.has('Bosnian, Herzegovinian')).toBe(false);
  });

  it('indexes country names and demonyms in lower case by ISO3', () => {
    const { names, demonyms } = countryIndex();
    expect(names.get('russia')).toBe('RUS');
    expect(names.get('bosnia and herzegovina')).toBe('BIH');
    expect(demonyms.get('pakistani')).toBe('PAK');
    // A demonym several countries share goes to the independent state.
    expect(demonyms.get('american')).toBe('USA');
    expect(names.get('pakistani')).toBeUndefined();
  });
});

describe('isAdjectivalPhrase', () => {
  const gaz = getGazetteer();
  it('knows demonyms and adjectives derived from countries and regions', () => {
    for (const p of ['Afghan', 'Soviet', 'South Asian', 'Middle Eastern', 'Saudi Arabian', 'Latin American', 'North African', 'Kuwaiti', 'European', 'the Western', 'Caribbean']) {
      expect(isAdjectivalPhrase(gaz, p), p).toBe(true);
    }
  });
  it('does not take names or other phrases for adjectives', () => {
    for (const p of ['Brian', 'Adrian Cole', 'Julian', 'Asian Development Bank', 'South Korea', 'Afghan Taliban', 'Ocean', 'Roman Polanski', 'Middle']) {
      expect(isAdjectivalPhrase(gaz, p), p).toBe(false);
    }
  });
});
