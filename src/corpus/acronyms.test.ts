import { describe, expect, it } from 'vitest';
import type { DocEntity, EntityType } from '../core/types.js';
import { acronymLetters, initialsOf, linkAcronyms } from './acronyms.js';
import { makeArticle } from './fixtures.test-util.js';
import { resolveEntities } from './resolve.js';

const org = (name: string, type: EntityType = 'organization'): DocEntity => ({ type, name, aliases: [] });

describe('acronym letters and initials', () => {
  it('reads capitals with dots or a linking lower-case letter as an acronym', () => {
    expect(acronymLetters('U.N.')).toBe('UN');
    expect(acronymLetters('NATO')).toBe('NATO');
    expect(acronymLetters('DoD')).toBe('DD');
    expect(acronymLetters('Nato')).toBeNull();
    expect(acronymLetters('Harbour Board')).toBeNull();
    expect(acronymLetters('ABCDEFG')).toBeNull();
  });
  it('skips linking words in the initials of a full name', () => {
    expect(initialsOf('Council for Coastal Fisheries')).toContain('CCF');
    expect(initialsOf('Office of the Water Ombudsman')).toContain('OWO');
    expect(initialsOf('Meridian')).toEqual([]);
  });
});

describe('acronyms joined to their full names', () => {
  it('joins across documents when one document writes "Full Name (ACR)"', () => {
    const a = makeArticle('a', 'The Council for Coastal Fisheries (CCF) met in the harbour town on Monday.', '2024-05-01', [org('Council for Coastal Fisheries')], []);
    const b = makeArticle('b', 'Trawler owners said the CCF ignored them.', '2024-05-02', [org('CCF')], []);
    const { entities, links } = resolveEntities([a, b]);
    const council = entities.filter((e) => e.name === 'Council for Coastal Fisheries');
    expect(council).toHaveLength(1);
    expect(council[0]!.aliases).toContain('CCF');
    expect(entities.some((e) => e.name === 'CCF')).toBe(false);
    expect(links.get('a#0')).toBe(links.get('b#0'));
  });

  it('joins by the reversed pattern "ACR (Full Name)" too', () => {
    const a = makeArticle('a', 'Inspectors from the OWO (Office of the Water Ombudsman) visited the plant.', '2024-05-01', [org('OWO'), org('Office of the Water Ombudsman')], []);
    const { entities } = resolveEntities([a]);
    expect(entities.map((e) => e.name)).toEqual(['Office of the Water Ombudsman']);
  });

  it('joins an acronym and a full name that share a document when nothing else spells it', () => {
    const a = makeArticle('a', 'The Northern Grain Exchange opened late. Brokers at the NGE blamed the storm.', '2024-05-01', [org('Northern Grain Exchange'), org('NGE', 'other')], []);
    const b = makeArticle('b', 'The NGE closed early on Friday.', '2024-05-03', [org('NGE', 'other')], []);
    const { entities } = resolveEntities([a, b]);
    expect(entities).toHaveLength(1);
    expect(entities[0]!.name).toBe('Northern Grain Exchange');
    expect(entities[0]!.type).toBe('organization');
    expect(entities[0]!.documents.sort()).toEqual(['a', 'b']);
  });

  it('does not join by co-occurrence alone when the two never share a document', () => {
    const a = makeArticle('a', 'The Northern Grain Exchange opened late.', '2024-05-01', [org('Northern Grain Exchange')], []);
    const b = makeArticle('b', 'The NGE closed early on Friday.', '2024-05-03', [org('NGE')], []);
    expect(resolveEntities([a, b]).entities).toHaveLength(2);
  });

  it('keeps an acronym with two expansions in the corpus apart from both', () => {
    const a = makeArticle('a', 'The Public Rail Authority (PRA) raised fares. The PRA denied it.', '2024-05-01', [org('Public Rail Authority'), org('PRA')], []);
    const b = makeArticle('b', 'The Port Regulation Agency (PRA) fined two shippers.', '2024-05-02', [org('Port Regulation Agency'), org('PRA')], []);
    const { entities } = resolveEntities([a, b]);
    expect(entities.map((e) => e.name).sort()).toEqual(['PRA', 'Port Regulation Agency', 'Public Rail Authority']);
  });

  it('does not pick one expansion by co-occurrence when another full name spells the acronym too', () => {
    const a = makeArticle('a', 'The Public Rail Authority raised fares. The PRA denied it.', '2024-05-01', [org('Public Rail Authority'), org('PRA')], []);
    const b = makeArticle('b', 'The Port Regulation Agency fined two shippers.', '2024-05-02', [org('Port Regulation Agency')], []);
    expect(resolveEntities([a, b]).entities).toHaveLength(3);
  });

  it('never joins a country-like acronym to an organisation that spells it', () => {
    // "US" mis-tagged as an organisation beside a union whose initials are U, S.
    const a = makeArticle('a', 'The United Stevedores walked out, and US officials said talks would resume.', '2024-05-01', [org('United Stevedores'), org('US')], []);
    const { entities } = resolveEntities([a]);
    expect(entities.map((e) => e.name).sort()).toEqual(['US', 'United Stevedores']);
    const links = linkAcronyms(
      [
        { type: 'organization', names: ['UK'], documents: new Set(['a']) },
        { type: 'organization', names: ['Union of Kilnworkers'], documents: new Set(['a']) },
      ],
      new Map([['a', 'The Union of Kilnworkers (UK) struck.']]),
    );
    expect(links).toEqual([]);
  });

  it('treats an acronym the corpus uses for a country as a country, and a two-letter ISO code alone as not', () => {
    const text = 'The Grand Duchy of Vestria (GDV) and the Guild of Dyers and Vintners (GDV) met; the AU (African Union) sent observers.';
    const groups = [
      { type: 'country' as const, names: ['Vestria', 'GDV'], documents: new Set(['a']) },
      { type: 'organization' as const, names: ['GDV'], documents: new Set(['a']) },
      { type: 'organization' as const, names: ['Guild of Dyers and Vintners'], documents: new Set(['a']) },
      { type: 'organization' as const, names: ['AU'], documents: new Set(['a']) },
      { type: 'organization' as const, names: ['African Union'], documents: new Set(['a']) },
    ];
    expect(linkAcronyms(groups, new Map([['a', text]]))).toEqual([{ acronym: 3, full: 4, evidence: 'parenthesis' }]);
  });

  it('does not join people or places', () => {
    const a = makeArticle('a', 'Officials in Rivertown District (RD) said so.', '2024-05-01', [{ type: 'place', name: 'Rivertown District', aliases: [] }, org('RD')], []);
    expect(resolveEntities([a]).entities).toHaveLength(2);
  });
});
