import { describe, expect, it } from 'vitest';
import type { EventMention } from '../../core/types.js';
import { buildArticle } from './fixture.js';
import { findEvents } from './find.js';

/** Events of a sentence about two fictional countries. */
function eventsOf(text: string): EventMention[] {
  const entities = [
    { name: 'Ruritania', type: 'country' as const, country: 'RUR', mentions: ['Ruritania'] },
    { name: 'Freedonia', type: 'country' as const, country: 'FRE', mentions: ['Freedonia'] },
  ]
    .map((e) => {
      const mentions: [string, number][] = [];
      for (let at = text.indexOf(e.mentions[0]!), n = 0; at >= 0; at = text.indexOf(e.mentions[0]!, at + 1), n++) mentions.push([e.mentions[0]!, n]);
      return { ...e, mentions };
    })
    .filter((e) => e.mentions.length > 0);
  return findEvents(buildArticle({ text, published: '2024-03-06', entities }));
}

const kinds = (events: EventMention[]): string[] => events.map((e) => e.kind);

describe('one event per happening', () => {
  it('does not make an event of what is asked for', () => {
    const events = eventsOf('Freedonia called for closer cooperation with Ruritania.');
    expect(kinds(events)).toEqual(['demand']);
  });

  it('does not make an event of what is agreed to or threatened', () => {
    expect(kinds(eventsOf('Ruritania and Freedonia agreed to expand their joint naval exercises.'))).toEqual(['agree']);
    expect(kinds(eventsOf('Ruritania threatened to resume attacks on Freedonia.'))).toEqual(['threaten']);
  });

  it('keeps the act that a condemnation is about: it happened', () => {
    const events = eventsOf('Ruritania condemned the bombing of a market in Freedonia.');
    expect(kinds(events).sort()).toEqual(['attack', 'condemn']);
  });

  it('drops the talks that only frame a reported agreement', () => {
    const events = eventsOf('In his talks with the envoy, the minister said Ruritania and Freedonia agreed to expand trade.');
    expect(kinds(events)).toEqual(['agree']);
  });

  it('keeps framing talks with a named counterpart: a meeting in its own right', () => {
    const events = eventsOf('In his talks with Freedonia, the minister said the two sides agreed to expand trade.');
    expect(kinds(events).sort()).toEqual(['agree', 'meet']);
  });

  it('keeps talks that frame only a plan', () => {
    const events = eventsOf('In his talks with the envoy, the minister said Ruritania and Freedonia would discuss trade.');
    expect(kinds(events)).toContain('meet');
  });
});

describe('the reporter is no party to what is reported', () => {
  it('opens the complement of "says" at a quantity, so the speaker is not the attacker', () => {
    const text = 'The Red Crescent says dozens of villagers were attacked near the border of Freedonia.';
    const a = buildArticle({
      text,
      published: '2024-03-06',
      entities: [
        { name: 'Red Crescent', type: 'organization', mentions: ['Red Crescent'] },
        { name: 'Freedonia', type: 'country', country: 'FRE', mentions: ['Freedonia'] },
      ],
    });
    const attack = findEvents(a).find((e) => e.kind === 'attack');
    expect(attack).toBeDefined();
    expect(attack!.participants.map((p) => a.entities[p.entity]!.name)).not.toContain('Red Crescent');
  });
});
