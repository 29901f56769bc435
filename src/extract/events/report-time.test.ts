import { describe, expect, it } from 'vitest';
import type { EventMention } from '../../core/types.js';
import { buildArticle, type FixtureTimex } from './fixture.js';
import { findEvents } from './find.js';

const ENTITIES = [
  { name: 'Ruritania', type: 'country' as const, country: 'RUR', mentions: ['Ruritania'] },
  { name: 'Freedonia', type: 'country' as const, country: 'FRE', mentions: ['Freedonia'] },
];

/** Article of Wednesday 2024-03-06; "Monday" is 2024-03-04, "Saturday" 2024-03-02. */
const MONDAY: FixtureTimex = { text: 'Monday', value: '2024-03-04' };
const SATURDAY: FixtureTimex = { text: 'Saturday', value: '2024-03-02' };

function eventsOf(text: string, timexes: FixtureTimex[]): EventMention[] {
  const entities = ENTITIES.filter((e) => text.includes(e.name)).map((e) => ({ ...e, mentions: [e.name] }));
  return findEvents(buildArticle({ text, published: '2024-03-06', entities, timexes }));
}

function byTrigger(events: EventMention[], trigger: string): EventMention {
  const e = events.find((x) => x.trigger.toLowerCase().startsWith(trigger));
  if (!e) throw new Error(`no event "${trigger}" in ${events.map((x) => x.trigger).join(', ')}`);
  return e;
}

describe('a time expression of the report dates the report, not a past happening', () => {
  it('a trailing "..., officials said on Monday": the killing is on or before Monday', () => {
    const e = byTrigger(eventsOf('Gunmen killed four guards at a depot in Freedonia, officials said on Monday.', [MONDAY]), 'killed');
    expect(e.date.value).toBe('2024-03-04');
    expect(e.date.evidence).toBe('article-date');
    expect(e.date.quote).toContain('reported');
  });

  it('a trailing "..., X told reporters on Monday": a past perfect is not dated Monday', () => {
    const e = byTrigger(eventsOf('Rebels had attacked a convoy in Freedonia, the governor told reporters on Monday.', [MONDAY]), 'attacked');
    expect(e.date.evidence).not.toBe('timex');
  });

  it('between the verb and its complement the time expression stays ("said on Monday that ...")', () => {
    const e = byTrigger(eventsOf('The governor said on Monday that rebels attacked a convoy in Freedonia.', [MONDAY]), 'attacked');
    expect(e.date).toMatchObject({ value: '2024-03-04', evidence: 'timex' });
  });

  it('a verbal reaction dates itself, not the definite happening it names ("condemned the bombing")', () => {
    const events = eventsOf('Ruritania on Monday condemned the bombing of a Freedonia consulate.', [MONDAY]);
    const bombing = byTrigger(events, 'bombing');
    expect(bombing.date.evidence).toBe('article-date');
    expect(bombing.date.value).toBe('2024-03-04');
    const condemned = byTrigger(events, 'condemned');
    expect(condemned.date).toMatchObject({ value: '2024-03-04', evidence: 'timex' });
  });

  it('keeps the happening its own date when the sentence gives one ("The bombing on Saturday ..., police said Monday")', () => {
    const events = eventsOf('The bombing on Saturday wrecked a market in Freedonia, police said Monday.', [SATURDAY, MONDAY]);
    expect(byTrigger(events, 'bombing').date).toMatchObject({ value: '2024-03-02', evidence: 'timex' });
  });

  it('a time expression on the happening\'s side of the reporting verb stays the happening\'s', () => {
    const e = byTrigger(eventsOf('On Monday gunmen killed four guards in Freedonia, officials said.', [MONDAY]), 'killed');
    expect(e.date).toMatchObject({ value: '2024-03-04', evidence: 'timex' });
  });

  it('a happening still to come keeps the report\'s time expression ("said on Monday it will sign")', () => {
    const e = byTrigger(eventsOf('Ruritania said on Monday it will sign a treaty with Freedonia.', [{ ...MONDAY }]), 'sign');
    expect(e.date.evidence).toBe('timex');
  });

  it('a name spelled like a reporting verb is no report ("the United States")', () => {
    const e = byTrigger(
      eventsOf('On Monday, on behalf of the United States, the envoy signed a treaty with Freedonia.', [MONDAY]),
      'signed',
    );
    expect(e.date).toMatchObject({ value: '2024-03-04', evidence: 'timex' });
  });
});
