import { describe, expect, it } from 'vitest';
import type { DocEntity, Mention } from '../core/types.js';
import { finerPlace, type Place, placeOf, placesConflict, samePlace } from './places.js';
import { linkKey } from './resolve.js';

const france: Place = { id: 'country:fra', level: 'country', country: 'country:fra' };
const spain: Place = { id: 'country:esp', level: 'country', country: 'country:esp' };
const lyon: Place = { id: 'place:lyon', level: 'town', country: 'country:fra' };
const nice: Place = { id: 'place:nice', level: 'town', country: 'country:fra' };
const unknown = (name: string, level: Place['level'] = null): Place => ({ id: `place:${name}`, level, country: null });

describe('places of one happening', () => {
  it('tells apart two countries, two places of one level, and a place from a country it is not in', () => {
    expect(placesConflict(france, spain)).toBe(true);
    expect(placesConflict(lyon, nice)).toBe(true);
    expect(placesConflict(unknown('north-hills', 'region'), unknown('east-plains', 'region'))).toBe(true);
    expect(placesConflict(lyon, { id: 'place:porto', level: 'town', country: 'country:prt' })).toBe(true);
    expect(placesConflict(lyon, france)).toBe(false);
    expect(placesConflict(unknown('old-harbour'), spain)).toBe(false);
    expect(placesConflict(lyon, null)).toBe(false);
  });

  it('does not tell apart places whose levels differ or are not known (one may hold the other)', () => {
    expect(placesConflict(unknown('green-camp', 'camp'), unknown('riverton', 'town'))).toBe(false);
    expect(placesConflict(lyon, unknown('rhone-valley'))).toBe(false);
    expect(placesConflict(unknown('a'), unknown('b'))).toBe(false);
  });

  it('takes a place and its country as one place, and keeps the finer', () => {
    expect(samePlace(lyon, france)).toBe(true);
    expect(samePlace(lyon, lyon)).toBe(true);
    expect(samePlace(lyon, nice)).toBe(false);
    expect(samePlace(unknown('old-harbour'), france)).toBe(false);
    expect(samePlace(null, null)).toBe(false);
    expect(finerPlace(france, lyon)).toBe(lyon);
    expect(finerPlace(lyon, france)).toBe(lyon);
    expect(finerPlace(null, france)).toBe(france);
    expect(finerPlace(france, unknown('old-harbour'))).toBe(france);
  });

  it('reads the level from the word beside the name, else a gazetteer town', () => {
    const text = 'Rebels held Tarvo province. Later the district of Mell fell, then Orsk refugee camp, then Lyon.';
    const names: [string, DocEntity][] = [
      ['Tarvo', { type: 'place', name: 'Tarvo', aliases: [] }],
      ['Mell', { type: 'place', name: 'Mell', aliases: [] }],
      ['Orsk', { type: 'place', name: 'Orsk', aliases: [] }],
      ['Lyon', { type: 'place', name: 'Lyon', aliases: [], country: 'FRA' }],
    ];
    const mentions: Mention[] = names.map(([n], i) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, type: 'place', entity: i, via: 'test' }));
    const a = { id: 'd', text, entities: names.map(([, e]) => e), mentions };
    const links = new Map(names.map(([n], i) => [linkKey('d', i), `place:${n.toLowerCase()}`]));
    const levels = names.map((_, i) => placeOf(a, i, links)?.level);
    expect(levels).toEqual(['region', 'district', 'camp', 'town']);
  });
});
