import { describe, expect, it } from 'vitest';
import type { EventMention } from '../../core/types.js';
import { buildArticle, type FixtureTimex } from './fixture.js';
import { findEvents } from './find.js';

const ENTITIES = [
  { name: 'Ruritania', type: 'country' as const, country: 'RUR', mentions: ['Ruritania', 'Ruritanian'] },
  { name: 'Freedonia', type: 'country' as const, country: 'FRE', mentions: ['Freedonia'] },
];

/** The events of one sentence (a fictional pair of countries), in an article of 2024-03-06. */
function eventsOf(text: string, timexes: FixtureTimex[] = []): EventMention[] {
  const mentions = (name: string): string[] => {
    const out: string[] = [];
    let at = 0;
    for (;;) {
      at = text.indexOf(name, at);
      if (at < 0) return out;
      const end = at + name.length;
      // whole words only ("Ruritania" inside "Ruritanian" is the demonym's mention)
      if (!/\p{L}/u.test(text[end] ?? '')) out.push(name);
      at = end;
    }
  };
  const entities = ENTITIES.map((e) => ({
    ...e,
    mentions: e.mentions.flatMap((m) => mentions(m).map((_, n) => [m, n] as [string, number])),
  })).filter((e) => e.mentions.length > 0);
  return findEvents(buildArticle({ text, published: '2024-03-06', entities, timexes }));
}

function one(events: EventMention[], kind: string): EventMention {
  const found = events.filter((e) => e.kind === kind);
  expect(found.map((e) => e.trigger)).toHaveLength(1);
  return found[0]!;
}

describe('background aspect', () => {
  it('marks "has long been accused" as background, with no date', () => {
    const e = one(eventsOf('Freedonia has long been accused by Ruritania of smuggling arms.'), 'accuse');
    expect(e.aspect).toBe('background');
    expect(e.date.value).toBeNull();
  });

  it('keeps a plain past accusation with a day as the news of that day', () => {
    const e = one(eventsOf('Ruritania accused Freedonia on Monday of smuggling arms.', [{ text: 'Monday', value: '2024-03-04' }]), 'accuse');
    expect(e.aspect).toBeUndefined();
    expect(e.date).toMatchObject({ value: '2024-03-04', evidence: 'timex' });
  });

  it('keeps a plain present perfect as news, dated on or before the report', () => {
    const e = one(eventsOf('Freedonia has signed a trade pact with Ruritania.'), 'sign');
    expect(e.aspect).toBeUndefined();
    expect(e.date).toMatchObject({ value: '2024-03-06', evidence: 'article-date' });
  });

  it('marks a past perfect with no time of its own as background', () => {
    const e = one(eventsOf('Officials said Ruritania had offered aid to Freedonia.'), 'offer');
    expect(e.aspect).toBe('background');
    expect(e.date.value).toBeNull();
  });

  it('keeps a past perfect that a time expression dates', () => {
    const e = one(eventsOf('Officials said Ruritania had offered aid to Freedonia in 2019.', [{ text: '2019', value: '2019', granularity: 'year' }]), 'offer');
    expect(e.aspect).toBeUndefined();
    expect(e.date.value).toBe('2019');
  });

  it('marks a sentence opened by a retrospective adjunct as background', () => {
    for (const text of [
      'For years, Ruritanian troops have shelled villages in Freedonia.',
      'Since 2015, Ruritanian troops have shelled villages in Freedonia.',
      'Ruritanian troops have shelled villages in Freedonia in recent months.',
      'Ruritanian troops have shelled villages in Freedonia over the past decade.',
    ]) {
      const events = eventsOf(text, text.includes('2015') ? [{ text: '2015', value: '2015', granularity: 'year' }] : []);
      expect(events.length, text).toBeGreaterThan(0);
      for (const e of events) {
        expect(e.aspect, `${text}: ${e.trigger}`).toBe('background');
        expect(e.date.value, text).toBeNull();
      }
    }
  });

  it('marks habitual acts and perfect progressives as background', () => {
    expect(one(eventsOf('Ruritanian gunboats regularly attack fishing boats off Freedonia.'), 'attack').aspect).toBe('background');
    expect(one(eventsOf('Ruritania has frequently condemned Freedonia.'), 'condemn').aspect).toBe('background');
    expect(one(eventsOf('Ruritanian troops have been fighting rebels in Freedonia.'), 'fight').aspect).toBe('background');
  });

  it('leaves planned events alone', () => {
    const e = one(eventsOf('Ruritania will sign a trade pact with Freedonia.'), 'sign');
    expect(e.aspect).toBeUndefined();
    expect(e.modality).toBe('planned');
  });
});

describe('background aspect of an aim pursued over time', () => {
  it('marks the act under "have long sought to" as background', () => {
    const events = eventsOf('Ruritania and Freedonia have long sought to sign a trade pact.');
    const sign = one(events, 'sign');
    expect(sign.aspect).toBe('background');
    expect(sign.date.value).toBeNull();
  });

  it('leaves a plain "agreed to" alone', () => {
    const agree = one(eventsOf('Ruritania and Freedonia agreed to sign a trade pact.'), 'agree');
    expect(agree.aspect).toBeUndefined();
    expect(agree.date.value).toBe('2024-03-06');
  });
});
