import { describe, expect, it } from 'vitest';
import { clusterPeople, type PersonRef } from './people.js';

/** People as [name, document] pairs (each its own entity there); clusters as lists of "name@doc". */
function cluster(list: [string, string][]): string[][] {
  const refs: PersonRef[] = list.map(([name, documentId], local) => ({ name, documentId, local }));
  return clusterPeople(refs)
    .map((g) => g.map((i) => `${list[i]![0]}@${list[i]![1]}`))
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('clusterPeople', () => {
  it('joins spellings of one given name with the same surname', () => {
    expect(cluster([['Tariq Mehmood Awan', 'a'], ['Tariq Mahmood Awan', 'b'], ['Nadir-ul-Islam Awan', 'c'], ['Nadirul Islam Awan', 'd']])).toEqual([
      ['Nadir-ul-Islam Awan@c', 'Nadirul Islam Awan@d'],
      ['Tariq Mehmood Awan@a', 'Tariq Mahmood Awan@b'],
    ]);
  });

  it('never joins two given names that differ in more than spelling', () => {
    expect(cluster([['Mohamed Fadel', 'a'], ['Mahmoud Fadel', 'b'], ['Mario Lenti', 'c'], ['Maria Lenti', 'd']])).toHaveLength(4);
  });

  it('lets only one part of the name vary', () => {
    // Surname spelled two ways with the same given name: one person.
    expect(cluster([['Karim al-Bazri', 'a'], ['Karim al-Baziri', 'b']])).toHaveLength(1);
    // Given name and surname both spelled differently: kept apart.
    expect(cluster([['Karim al-Bazri', 'a'], ['Kareem al-Baziri', 'b']])).toHaveLength(2);
  });

  it('joins names split or hyphenated differently', () => {
    expect(cluster([['Park Ji-hoon', 'a'], ['Park Ji Hoon', 'b']])).toHaveLength(1);
  });

  it('joins a name without its middle name to the one fuller name, not to one of two', () => {
    expect(cluster([['Lena Marrow', 'a'], ['Lena Adair Marrow', 'b']])).toHaveLength(1);
    expect(cluster([['Lena Marrow', 'a'], ['Lena Adair Marrow', 'b'], ['Lena Beth Marrow', 'c']])).toHaveLength(3);
  });

  it('joins names written with initials to the one name they abbreviate, not a relative with another initial', () => {
    expect(cluster([['J. Tomas Orrin', 'a'], ['Julian Tomas Orrin', 'b'], ['Tomas Orrin', 'c']])).toHaveLength(1);
    expect(cluster([['Ada K. Orrin', 'a'], ['Ada Kestrel Orrin', 'b']])).toHaveLength(1);
    // A father and son: one middle initial more is another person.
    expect(cluster([['Hal B. Orrin', 'a'], ['Hal C. B. Orrin', 'b']])).toHaveLength(2);
    // An initial that could be two names joins neither.
    expect(cluster([['J. Orrin', 'a'], ['Julian Orrin', 'b'], ['Jonas Orrin', 'c']])).toHaveLength(3);
  });

  it('gives a bare surname to the one person with it, and keeps it apart when relatives share it', () => {
    expect(cluster([['Omar Tessaly', 'a'], ['Tessaly', 'b'], ['Mr. Tessaly', 'c']])).toEqual([['Omar Tessaly@a', 'Tessaly@b', 'Mr. Tessaly@c']]);
    expect(cluster([['Omar Tessaly', 'a'], ['Karim Tessaly', 'a'], ['Tessaly', 'b'], ['Tessaly', 'c']])).toEqual([
      ['Karim Tessaly@a'],
      ['Omar Tessaly@a'],
      ['Tessaly@b', 'Tessaly@c'],
    ]);
  });

  it('joins a bare surname only to a surname written the same way', () => {
    // "Rait" and "Route" have one consonant skeleton; a bare word is not a spelling variant.
    expect(cluster([['Duncan Rait', 'a'], ['Route', 'b']])).toHaveLength(2);
    expect(cluster([['Duncan Rait', 'a'], ['Rait', 'b']])).toHaveLength(1);
  });

  it('reads a final "y", "ie" and "i" of a given name as one spelling', () => {
    expect(cluster([['Bettie Lorne', 'a'], ['Betty Lorne', 'b'], ['Toni Lorne', 'c'], ['Tony Lorne', 'd']])).toHaveLength(2);
  });

  it('never joins two entities one document keeps apart', () => {
    // One article names both spellings as two people: the spelling rule does not override it.
    expect(cluster([['Tariq Mehmood Awan', 'a'], ['Tariq Mahmood Awan', 'a']])).toHaveLength(2);
    // Across documents the same pair joins.
    expect(cluster([['Tariq Mehmood Awan', 'a'], ['Tariq Mahmood Awan', 'b']])).toHaveLength(1);
  });
});
