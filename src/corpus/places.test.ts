import { describe, expect, it } from 'vitest';
import { finerPlace, type Place, placesConflict, samePlace } from './places.js';

const france: Place = { id: 'country:fra', level: 'country', country: 'country:fra' };
const spain: Place = { id: 'country:esp', level: 'country', country: 'country:esp' };
const lyon: Place = { id: 'place:lyon', level: 'place', country: 'country:fra' };
const nice: Place = { id: 'place:nice', level: 'place', country: 'country:fra' };
const somewhere: Place = { id: 'place:old-harbour', level: 'place', country: null };

describe('places of one happening', () => {
  it('tells apart two places of one level, and a place from a country it is not in', () => {
    expect(placesConflict(france, spain)).toBe(true);
    expect(placesConflict(lyon, nice)).toBe(true);
    expect(placesConflict(lyon, spain)).toBe(true);
    expect(placesConflict(lyon, france)).toBe(false);
    expect(placesConflict(somewhere, spain)).toBe(false);
    expect(placesConflict(lyon, null)).toBe(false);
  });

  it('takes a place and its country as one place, and keeps the finer', () => {
    expect(samePlace(lyon, france)).toBe(true);
    expect(samePlace(lyon, lyon)).toBe(true);
    expect(samePlace(somewhere, france)).toBe(false);
    expect(samePlace(null, null)).toBe(false);
    expect(finerPlace(france, lyon)).toBe(lyon);
    expect(finerPlace(lyon, france)).toBe(lyon);
    expect(finerPlace(null, france)).toBe(france);
    expect(finerPlace(france, somewhere)).toBe(france);
  });
});
