import { describe, expect, it } from 'vitest';
import type { Article } from '../core/types.js';
import { country, makeArticle, person } from './fixtures.test-util.js';
import { resolveEntities } from './resolve.js';

/** An article naming Ilse Varga (entity 0) and Chile (entity 1), with the given roles of Varga. */
function report(id: string, date: string | null, titles: [string, string | null][]): Article {
  const text = `Chile's foreign minister Ilse Varga spoke in ${id}.`;
  const a = makeArticle(id, text, date, [person('Ilse Varga'), country('Chile', 'CHL')], []);
  a.roles = titles.map(([title, of]) => ({ start: 0, end: 20, person: 0, title, of, asOf: date }));
  return a;
}

function rolesOfVarga(articles: Article[]): { title: string; of: string | null; asOf: string | null; lastSeen?: string | null; reports?: number }[] {
  const varga = resolveEntities(articles).entities.find((e) => e.name === 'Ilse Varga')!;
  return varga.roles.map(({ title, of, asOf, lastSeen, reports }) => ({ title, of, asOf, lastSeen, reports }));
}

describe('roles over time', () => {
  it('keeps one role per title and country, with the first and last date seen', () => {
    const roles = rolesOfVarga([
      report('b', '2021-05-02', [['foreign minister', 'Chile']]),
      report('a', '2021-03-01', [['Foreign Minister', 'Chile']]),
      report('c', '2021-07-09', [['FM', 'Chile']]),
    ]);
    expect(roles).toEqual([{ title: 'Foreign Minister', of: 'country:chl', asOf: '2021-03-01', lastSeen: '2021-07-09', reports: 3 }]);
  });

  it('folds "Minister of Foreign Affairs" and gives a role without a country the one country it has', () => {
    const roles = rolesOfVarga([
      report('a', '2021-03-01', [['Minister of Foreign Affairs', 'Chile']]),
      report('b', '2021-04-01', [['Foreign Minister', null]]),
    ]);
    expect(roles).toEqual([{ title: 'Minister of Foreign Affairs', of: 'country:chl', asOf: '2021-03-01', lastSeen: '2021-04-01', reports: 2 }]);
  });

  it('folds a rank written alone into the one full rank ending in it', () => {
    const roles = rolesOfVarga([
      report('a', '2021-03-01', [['Lieutenant General', null]]),
      report('b', '2021-04-01', [['General', null]]),
    ]);
    expect(roles).toEqual([{ title: 'Lieutenant General', of: null, asOf: '2021-03-01', lastSeen: '2021-04-01', reports: 2 }]);
    // Two full ranks ending in it: it stays on its own.
    expect(rolesOfVarga([report('a', '2021-03-01', [['Lieutenant General', null], ['Major General', null]]), report('b', '2021-04-01', [['General', null]])])).toHaveLength(3);
  });

  it('keeps different offices and a role without a country that could be one of two apart', () => {
    const roles = rolesOfVarga([
      report('a', '2021-03-01', [['Foreign Minister', 'Chile'], ['Ambassador', 'Chile']]),
      report('b', '2021-04-01', [['Ambassador', 'Peru'], ['Ambassador', null]]),
    ]);
    expect(roles.map((r) => [r.title, r.of])).toEqual([
      ['Foreign Minister', 'country:chl'],
      ['Ambassador', 'country:chl'],
      ['Ambassador', 'Peru'],
      ['Ambassador', null],
    ]);
  });
});
