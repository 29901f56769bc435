import { describe, expect, it } from 'vitest';
import type { Entity } from '../corpus/types.js';
import { eventHeadline, kindWord, ploverName } from './headline.js';

const ent = (id: string, name: string, type: Entity['type'], country: string | null): Entity => ({ id, name, type, country, aliases: [], roles: [], mentions: 1, documents: [] });
const entities = new Map(
  [ent('a', 'Ana Petrova', 'person', 'BGR'), ent('b', 'Ivo Marin', 'person', 'HRV'), ent('c', 'Lea Horvat', 'person', 'HRV'), ent('d', 'Dan Kos', 'person', 'HRV'), ent('zagreb', 'Zagreb', 'place', 'HRV')].map((e) => [e.id, e]),
);

describe('eventHeadline', () => {
  it('puts the source side first and the target side last, by the countries the coder gave them', () => {
    expect(eventHeadline({ kind: 'condemn', type: 'DISAPPROVE', participants: ['b', 'a'], countries: { source: ['BGR'], target: ['HRV'] }, location: null }, entities)).toBe('Ana Petrova — condemnation — Ivo Marin');
  });

  it('counts the names past two on one side', () => {
    expect(eventHeadline({ kind: 'meet', type: 'CONSULT', participants: ['a', 'b', 'c', 'd'], countries: { source: ['BGR'], target: ['HRV'] }, location: null }, entities)).toBe('Ana Petrova — meeting — Ivo Marin, Lea Horvat +1');
  });

  it('makes the place the target of a visit, and says where otherwise', () => {
    expect(eventHeadline({ kind: 'visit', type: 'CONSULT', participants: ['a'], location: 'zagreb' }, entities)).toBe('Ana Petrova — visit — Zagreb');
    expect(eventHeadline({ kind: 'protest', type: 'PROTEST', participants: [], location: 'zagreb' }, entities)).toBe('Protest in Zagreb');
  });

  it('names a kind it does not know by its PLOVER type', () => {
    expect(kindWord('blockade', 'COERCE')).toBe('arrest');
    expect(ploverName('FIGHT')).toBe('armed clash');
    expect(ploverName('UNKNOWN')).toBe('UNKNOWN');
  });
});
