import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/types.js';
import { annotate } from './test-helpers.js';

/** The entity name each mention of `surface` went to, in text order. */
function referents(a: Article, surface: string): string[] {
  return a.mentions.filter((m) => a.text.slice(m.start, m.end) === surface).map((m) => a.entities[m.entity]?.name ?? '?');
}

describe('surnames within a document', () => {
  it('give a bare surname to the relative named in full most recently before it', () => {
    const a = annotate(
      'Brigadier Omar Tessaly and his son Karim Tessaly left the port on Sunday. Mr. Tessaly said the ship had sailed. ' +
        'Later Omar Tessaly returned to the capital, and Tessaly told reporters he was tired.',
    );
    expect(referents(a, 'Tessaly')).toEqual(['Karim Tessaly', 'Omar Tessaly']);
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Omar Tessaly', 'Karim Tessaly']);
  });

  it('keep two people with one surname and different first names apart, even with the same initial', () => {
    const a = annotate('Salim Hadawi met Samir Hadawi in the morning. Hadawi then flew home.');
    const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['Salim Hadawi', 'Samir Hadawi']);
    expect(referents(a, 'Hadawi')).toEqual(['Samir Hadawi']);
  });

  it('give an initial to the full name it abbreviates, named by the full name', () => {
    const a = annotate('S. Hadawi met Tom Birk on Friday. Later Salim Hadawi spoke to the crowd.');
    expect(referents(a, 'S. Hadawi')).toEqual(['Salim Hadawi']);
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Salim Hadawi', 'Tom Birk']);
  });

  it('read a first name spelled with other vowels as the same person', () => {
    const a = annotate('Bettie Lorne opened the gallery on Friday. The curator said Betty Lorne had planned it for years.');
    expect(a.entities.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('read a clipped first name as the same person, and a first name alone as naming that relative', () => {
    const a = annotate(
      'Frederick Lanz, 71, and his son Paul Lanz founded the bakery. Fred Lanz retired in May. ' +
        'Paul Lanz runs it now. Frederick said the recipes stay. Lanz smiled.',
    );
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Frederick Lanz', 'Paul Lanz']);
    // "Frederick said" is the last naming before "Lanz smiled", after "Paul Lanz runs it".
    expect(referents(a, 'Lanz')).toEqual(['Frederick Lanz']);
    const b = annotate('Maurice Dunlow will coach the team. Fans call him Mo Dunlow. Kim Dunlow is his daughter.');
    expect(b.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Maurice Dunlow', 'Kim Dunlow']);
  });

  it('keep a surname with the relative it already stands for, unless another is just named as a subject', () => {
    const a = annotate(
      'Marco Velli, the founder of the firm, died on Monday. Velli built the firm in 1970. ' +
        'He was one of three sons of Pietro Velli, a baker, and Anna Velli, a teacher. After the war Velli moved north. ' +
        'His son, Luca Velli, runs the firm now. "We will keep going," Velli said.',
    );
    expect(referents(a, 'Velli')).toEqual(['Marco Velli', 'Marco Velli', 'Luca Velli']);
  });

  it('keep "Ms. X" off the relative called "Mr. X"', () => {
    const a = annotate(
      'Police arrested Dario Fenn on Monday. Mr. Fenn had called them himself. ' +
        'The officers found his mother, Clara Fenn, hurt in the house. Ms. Fenn was taken to a hospital in the city.',
    );
    expect(referents(a, 'Fenn')).toEqual(['Dario Fenn', 'Clara Fenn']);
  });

  it('let a title pick the relative who was given it', () => {
    const a = annotate('President Lena Marrow spoke to Tomas Marrow, her brother. President Marrow said little.');
    expect(referents(a, 'Marrow')).toEqual(['Lena Marrow']);
  });
});
