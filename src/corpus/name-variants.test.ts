import { describe, expect, it } from 'vitest';
import type { EntityType } from '../core/types.js';
import { genericVariantLinks } from './name-variants.js';
import { nameTokens } from './names.js';

function links(names: [string, EntityType][]): [string, string][] {
  return genericVariantLinks(names.map(([n, type]) => ({ type, tokens: nameTokens(n) }))).map(([l, s]) => [names[l]![0], names[s]![0]]);
}

describe('genericVariantLinks', () => {
  it('joins a name with one generic word added or dropped', () => {
    expect(links([['Lisbon Agreement', 'other'], ['Lisbon Peace Agreement', 'other']])).toEqual([['Lisbon Peace Agreement', 'Lisbon Agreement']]);
    expect(links([['Council of Elders', 'organization'], ['Council of the Elders', 'organization']])).toEqual([['Council of the Elders', 'Council of Elders']]);
    expect(links([['Arctic Forum', 'organization'], ['the Arctic Forum', 'organization']])).toEqual([['the Arctic Forum', 'Arctic Forum']]);
  });

  it('keeps names apart when the types differ or a word that tells them apart is added', () => {
    expect(links([['Lisbon Agreement', 'other'], ['Lisbon Peace Agreement', 'organization']])).toEqual([]);
    expect(links([['Lisbon Agreement', 'other'], ['Lisbon Trade Agreement', 'other']])).toEqual([]);
    // Two words added is another name.
    expect(links([['Lisbon Agreement', 'other'], ['Lisbon Peace and Agreement', 'other']])).toEqual([]);
  });

  it('joins nothing when two longer names compete for one shorter name', () => {
    expect(links([['Harbour Fund', 'organization'], ['Harbour Fund for Peace', 'organization']])).toHaveLength(0);
    expect(links([['Harbour Reform', 'organization'], ['Harbour of Reform', 'organization']])).toHaveLength(1);
    expect(links([['Harbour Reform', 'organization'], ['Harbour of Reform', 'organization'], ['Harbour for Reform', 'organization']])).toEqual([]);
  });

  it('does not reduce a name to a generic word or one word', () => {
    expect(links([['Peace', 'other'], ['the Peace', 'other']])).toEqual([]);
    expect(links([['Congress', 'organization'], ['Congress of Peace', 'organization']])).toEqual([]);
  });
});
