import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/types.js';
import { splitSentences } from '../../language/sentences/index.js';
import { buildSyntax } from '../../language/syntax/layer.js';
import { buildArticle, type FixtureEntity } from './fixture.js';
import { findEvents } from './find.js';

function article(text: string, entities: FixtureEntity[] = []): Article {
  const a = buildArticle({ text, entities, published: '2024-03-01' });
  a.tokens = splitSentences(text).tokens;
  a.syntax = buildSyntax(a);
  return a;
}

const triggers = (a: Article): string[] => findEvents(a).map((e) => e.trigger);

describe('trigger words that name no happening', () => {
  it('drops a noun that only modifies a measure or a place', () => {
    expect(triggers(article('The country has a high kidnapping rate.'))).not.toContain('kidnapping');
    expect(triggers(article('The city set up protest zones near the stadium.'))).not.toContain('protest');
  });

  it('keeps a modifier whose head names an act', () => {
    const a = article('Rebels wounded four soldiers in a bomb attack near the border.');
    expect(triggers(a).some((t) => /wounded|attack|bomb/.test(t))).toBe(true);
  });

  it('drops the formula of anonymity', () => {
    const a = article('The report quoted two officials who declined to be named.');
    expect(triggers(a).some((t) => t.startsWith('declined'))).toBe(false);
  });

  it('drops "released" of a document, keeps it of people', () => {
    expect(triggers(article('A list of names released on Monday was incomplete.'))).not.toContain('released');
    expect(triggers(article('The ministry issued a press release on the talks.'))).not.toContain('release');
    const freed = article('Rebels released two hostages on Friday.');
    expect(triggers(freed)).toContain('released');
  });

  it('drops "those killed": the people, not the act', () => {
    expect(triggers(article('Relief was sent to the families of those killed.'))).not.toContain('killed');
  });
});

describe('a verb after a reported complement', () => {
  it('takes the subject of the reporting clause', () => {
    const a = article('Maria Lopez said the vote was fair, and accused Chile of meddling.', [
      { name: 'Maria Lopez', type: 'person', mentions: ['Maria Lopez'] },
      { name: 'Chile', type: 'country', country: 'CHL', mentions: ['Chile'] },
    ]);
    const accused = findEvents(a).find((e) => e.trigger === 'accused')!;
    expect(accused.participants.map((p) => `${a.entities[p.entity]!.name}:${p.role}`).sort()).toEqual(['Chile:target', 'Maria Lopez:source']);
  });
});

describe('actors from the syntax of the clause', () => {
  const sides = (a: Article, trigger: string): string[] => {
    const e = findEvents(a).find((x) => x.trigger === trigger);
    return e ? e.participants.map((p) => `${a.entities[p.entity]!.name}:${p.role}`).sort() : ['no event'];
  };

  it('gives the first of two coordinated verbs the object of the second', () => {
    const a = article('Gunmen shot and wounded two Peruvian guards on Monday.', [
      { name: 'Peru', type: 'country', country: 'PER', mentions: ['Peruvian'], form: 'demonym' },
    ]);
    expect(sides(a, 'shot')).toContain('Peru:target');
  });

  it('makes a national adjective before an action noun its agent', () => {
    const a = article('Crowds in the square celebrated the Chilean withdrawal from the valley.', [
      { name: 'Chile', type: 'country', country: 'CHL', mentions: ['Chilean'], form: 'demonym' },
    ]);
    expect(sides(a, 'withdrawal')).toEqual(['Chile:source']);
  });

  it('does not give the clause subject an act named in an adjunct phrase', () => {
    const a = article('The Red Lake Museum showed photographs from the 1990 bombings of the harbour.', [
      { name: 'Red Lake Museum', type: 'organization', mentions: ['Red Lake Museum'] },
    ]);
    expect(sides(a, 'bombings')).not.toContain('Red Lake Museum:source');
  });
});

describe('clauses that describe a noun', () => {
  const sides = (a: Article, trigger: string): string[] => {
    const e = findEvents(a).find((x) => x.trigger === trigger);
    return e ? e.participants.map((p) => `${a.entities[p.entity]!.name}:${p.role}`).sort() : ['no event'];
  };

  it('keeps the subject of the sentence out of a "where" clause after a noun', () => {
    const a = article('Mayor Ana Ruiz toured the prison where a riot erupted on Friday.', [
      { name: 'Ana Ruiz', type: 'person', mentions: ['Ana Ruiz'] },
    ]);
    expect(sides(a, 'riot')).not.toContain('Ana Ruiz:source');
  });

  it('does not take a name inside a participle phrase as the subject', () => {
    const a = article('Two commanders of a gang linked to wanted smuggler Luis Vera were arrested.', [
      { name: 'Luis Vera', type: 'person', mentions: ['Luis Vera'] },
    ]);
    expect(sides(a, 'arrested')).not.toContain('Luis Vera:target');
  });
});

describe('names in apposition', () => {
  it('adds the name in apposition to a coordinated title', () => {
    const a = article("The envoy also met with Mayor Ana Ruiz and the region's police chief, General Luis Vera.", [
      { name: 'Ana Ruiz', type: 'person', mentions: ['Ana Ruiz'] },
      { name: 'Luis Vera', type: 'person', mentions: ['Luis Vera'] },
    ]);
    const met = findEvents(a).find((e) => e.trigger.startsWith('met'))!;
    expect(met.participants.map((p) => `${a.entities[p.entity]!.name}:${p.role}`).sort()).toEqual(['Ana Ruiz:target', 'Luis Vera:target']);
  });
});

describe('reduced relative clauses', () => {
  it('reads a participle after a noun as a passive clause about that noun', () => {
    const a = article('The mayor welcomed two Chilean sailors released by Peru on Monday.', [
      { name: 'Chile', type: 'country', country: 'CHL', mentions: ['Chilean'], form: 'demonym' },
      { name: 'Peru', type: 'country', country: 'PER', mentions: ['Peru'] },
    ]);
    const released = findEvents(a).find((e) => e.trigger === 'released');
    expect(released?.participants.find((p) => p.role === 'source')?.entity).toBe(1);
  });
});

describe('an attack and its casualties', () => {
  it('are one event when their verbs are coordinated', () => {
    const a = article('Soldiers shot and killed two Peruvian guards on Monday.', [
      { name: 'Peru', type: 'country', country: 'PER', mentions: ['Peruvian'], form: 'demonym' },
    ]);
    const events = findEvents(a);
    expect(events.map((e) => e.trigger)).toEqual(['shot']);
  });
});
