import { describe, expect, it } from 'vitest';
import type { Article, EventMention } from '../../core/types.js';
import { buildArticle } from './fixture.js';
import { findEvents } from './find.js';
import { eventStage } from './stage.js';

/** Participants as "name:role" for readable expectations. */
function roles(a: Article, e: EventMention): string[] {
  return e.participants.map((p) => `${a.entities[p.entity]!.name}:${p.role}`).sort();
}

function only(events: EventMention[], kind: string): EventMention {
  const found = events.filter((e) => e.kind === kind);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('findEvents on seed sentences', () => {
  it('reads a meeting with place and day (seed 001)', () => {
    const a = buildArticle({
      text: 'Caretaker Prime Minister Anwaarul Haq Kakar met Russian President Vladimir Putin in Beijing on Tuesday, where the two leaders emphasised the importance of exploring avenues for enhancing bilateral cooperation across various domains, such as trade and defence.',
      published: '2023-10-18',
      entities: [
        { name: 'Anwaarul Haq Kakar', type: 'person', mentions: ['Anwaarul Haq Kakar'] },
        { name: 'Russia', type: 'country', country: 'RUS', mentions: ['Russian'], form: 'demonym' },
        { name: 'Vladimir Putin', type: 'person', mentions: ['Vladimir Putin'] },
        { name: 'Beijing', type: 'place', country: 'CHN', mentions: ['Beijing'] },
      ],
      // Tuesday before Wednesday 2023-10-18 is 2023-10-17.
      timexes: [{ text: 'Tuesday', value: '2023-10-17' }],
    });
    const events = findEvents(a);
    const met = only(events, 'meet');
    expect(met.trigger).toBe('met');
    expect(met.plover).toBe('CONSULT');
    expect(roles(a, met)).toEqual(['Anwaarul Haq Kakar:source', 'Vladimir Putin:target']);
    expect(a.entities[met.location]!.name).toBe('Beijing');
    expect(met.modality).toBe('asserted');
    expect(met.date).toMatchObject({ value: '2023-10-17', granularity: 'day', evidence: 'timex' });
    expect(a.text.slice(met.date.span!.start, met.date.span!.end)).toBe('Tuesday');
    expect(met.sentence).toEqual({ start: 0, end: a.text.length });
    expect(met.topics).toEqual(expect.arrayContaining(['trade', 'defence']));
    // "enhancing ... cooperation" after "avenues for" is not reported as done; "the two leaders"
    // are Kakar and Putin.
    const coop = only(events, 'cooperate');
    expect(coop.modality).not.toBe('asserted');
    expect(roles(a, coop)).toEqual(['Anwaarul Haq Kakar:participant', 'Vladimir Putin:participant']);
  });

  it('reads an arrival as travel to the host country (seed 004)', () => {
    const a = buildArticle({
      text: 'Lavrov arrived in Pakistan on Tuesday from India, with whom Moscow has had a long and solid relationship.',
      published: '2021-04-07',
      entities: [
        { name: 'Sergey Lavrov', type: 'person', mentions: ['Lavrov'] },
        { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistan'] },
        { name: 'India', type: 'country', country: 'IND', mentions: ['India'] },
        { name: 'Russia', type: 'country', country: 'RUS', mentions: ['Moscow'], form: 'capital' },
      ],
      timexes: [{ text: 'Tuesday', value: '2021-04-06' }],
    });
    const e = only(findEvents(a), 'travel');
    expect(e.trigger).toBe('arrived');
    expect(e.plover).toBe('CONSULT');
    expect(a.entities[e.location]!.name).toBe('Pakistan');
    expect(roles(a, e)).toEqual(['Pakistan:target', 'Sergey Lavrov:source']);
    expect(e.date.value).toBe('2021-04-06');
  });

  it('reads an invitation to visit as one event, the invitation (seed 003)', () => {
    const a = buildArticle({
      text: 'The Prime Minister reiterated his invitation to President Putin to visit Pakistan.',
      published: '2021-08-25',
      entities: [
        { name: 'Imran Khan', type: 'person', mentions: ['Prime Minister'], form: 'nominal' },
        { name: 'Vladimir Putin', type: 'person', mentions: ['Putin'] },
        { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistan'] },
      ],
    });
    const events = findEvents(a);
    // The visit is what is offered, not a happening of its own: one event per happening.
    expect(events.filter((e) => e.kind === 'visit')).toEqual([]);
    const invitation = only(events, 'offer');
    expect(invitation.trigger).toBe('invitation');
    expect(invitation.plover).toBe('AGREE');
    expect(roles(a, invitation)).toEqual(['Imran Khan:source', 'Vladimir Putin:target']);
  });

  it('reads a condemnation and the blast it condemns (seed 000)', () => {
    const a = buildArticle({
      text: 'KARACHI: President Asif Ali Zardari on Monday condemned a blast that ripped through a Chinese-run restaurant in Kabul, killing at least seven people, while criticizing Afghanistan’s Taliban administration for allowing “safe havens” to militant groups to export extremist violence in the region.',
      published: '2026-01-20',
      entities: [
        { name: 'Asif Ali Zardari', type: 'person', mentions: ['Asif Ali Zardari'] },
        { name: 'Kabul', type: 'place', country: 'AFG', mentions: ['Kabul'] },
        { name: 'Afghanistan', type: 'country', country: 'AFG', mentions: ['Afghanistan'] },
        { name: 'Taliban', type: 'organization', mentions: ['Taliban'] },
      ],
      timexes: [{ text: 'Monday', value: '2026-01-19' }],
    });
    const events = findEvents(a);
    const condemn = events.find((e) => e.trigger === 'condemned')!;
    expect(condemn.kind).toBe('condemn');
    expect(condemn.plover).toBe('DISAPPROVE');
    expect(roles(a, condemn)).toContain('Asif Ali Zardari:source');
    expect(condemn.date.value).toBe('2026-01-19');
    const blast = events.find((e) => e.trigger === 'blast')!;
    expect(blast.plover).toBe('ASSAULT');
    expect(a.entities[blast.location]!.name).toBe('Kabul');
    expect(events.find((e) => e.trigger === 'criticizing')?.plover).toBe('DISAPPROVE');
  });

  it('reads a rejection in the present tense, dated on or before the article date (seed 002)', () => {
    const a = buildArticle({
      text: 'Pakistan rejects the charges and is credited with bringing the Taliban to the negotiating table for peace talks with Washington that culminated in a landmark agreement in February 2020.',
      published: '2021-04-07',
      entities: [
        { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistan'] },
        { name: 'Taliban', type: 'organization', mentions: ['Taliban'] },
        { name: 'United States', type: 'country', country: 'USA', mentions: ['Washington'], form: 'capital' },
      ],
      timexes: [{ text: 'February 2020', value: '2020-02', granularity: 'month', relative: false }],
    });
    const events = findEvents(a);
    const reject = events[0]!;
    expect(reject.trigger).toBe('rejects');
    expect(reject.plover).toBe('REJECT');
    expect(roles(a, reject)).toEqual(['Pakistan:source']);
    expect(reject.modality).toBe('asserted');
    expect(reject.date.evidence).toBe('article-date');
    expect(reject.date.value).toBe('2021-04-07');
    expect(reject.date.confidence).toBeLessThanOrEqual(0.4);
    // "charges" after "the" is a noun, not the verb "charge"; "negotiating table" is not a negotiation.
    expect(events.some((e) => e.kind === 'accuse')).toBe(false);
    expect(events.some((e) => e.trigger === 'negotiating')).toBe(false);
  });

  it('reads a supply of cereals in a sentence about trade (seed 001)', () => {
    const a = buildArticle({
      text: 'He said trade relations between the two countries had increased and this year, Russia had supplied around a million tons of cereals to Pakistan.',
      published: '2023-10-18',
      entities: [
        { name: 'Russia', type: 'country', country: 'RUS', mentions: ['Russia'] },
        { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistan'] },
      ],
      timexes: [{ text: 'this year', value: '2023', granularity: 'year', direction: 'present' }],
    });
    const e = only(findEvents(a), 'supply');
    expect(e.trigger).toBe('supplied');
    // Trade words in the sentence make it an exchange (COOPERATE), not aid.
    expect(e.plover).toBe('COOPERATE');
    expect(roles(a, e)).toEqual(['Pakistan:target', 'Russia:source']);
    expect(e.date).toMatchObject({ value: '2023', granularity: 'year', evidence: 'timex' });
    expect(e.topics).toEqual(expect.arrayContaining(['trade', 'food']));
  });

  it('reads a withdrawal under "if" as hypothetical (seed 002)', () => {
    // The seed sentence names no one who would withdraw: a hypothetical event with nobody and
    // nowhere is left out. Naming the forces ("NATO forces") keeps it.
    const seed = 'The reassessment stems from concerns the Taliban have not eased violence, and hostilities will intensify if international forces withdraw from the country in the absence of a political deal between warring Afghans.';
    const unnamed = buildArticle({ text: seed, published: '2021-04-07', entities: [{ name: 'Taliban', type: 'organization', mentions: ['Taliban'] }] });
    expect(findEvents(unnamed).filter((e) => e.kind === 'withdraw')).toHaveLength(0);
    const a = buildArticle({
      text: seed.replace('international forces', 'NATO forces'),
      published: '2021-04-07',
      entities: [
        { name: 'Taliban', type: 'organization', mentions: ['Taliban'] },
        { name: 'NATO', type: 'organization', mentions: ['NATO'] },
      ],
    });
    const e = only(findEvents(a), 'withdraw');
    expect(e.modality).toBe('hypothetical');
    expect(e.date.value).toBeNull();
    // A retreat that has not happened is at most a (verbal) concession in PLOVER.
    expect(e.plover).toBe('CONCEDE');
  });
});

describe('findEvents rules', () => {
  const people = [
    { name: 'Vladimir Putin', type: 'person' as const, mentions: ['Putin'] },
    { name: 'Imran Khan', type: 'person' as const, mentions: ['Khan'] },
  ];

  it('marks a negated event as denied with no date', () => {
    const a = buildArticle({ text: 'Putin did not meet Khan.', published: '2021-08-25', entities: people });
    const e = only(findEvents(a), 'meet');
    expect(e.modality).toBe('denied');
    expect(e.date.value).toBeNull();
  });

  it('codes a stated intention to visit as AGREE, planned, dated by its future expression', () => {
    const a = buildArticle({
      text: 'Putin will visit Islamabad next week.',
      published: '2021-08-25',
      entities: [people[0]!, { name: 'Islamabad', type: 'place', country: 'PAK', mentions: ['Islamabad'] }],
      timexes: [{ text: 'next week', value: '2021-W35', granularity: 'week', direction: 'future' }],
    });
    const e = only(findEvents(a), 'visit');
    expect(e.modality).toBe('planned');
    expect(e.plover).toBe('AGREE');
    expect(e.date).toMatchObject({ value: '2021-W35', granularity: 'week' });
    expect(roles(a, e)).toEqual(['Islamabad:target', 'Vladimir Putin:source']);
  });

  it('reads an act governed by a verb in the future as planned, and one governed by a past verb as asserted', () => {
    const planned = buildArticle({
      text: 'Russia will enhance security cooperation with Pakistan, which is to include supplying Islamabad with military hardware.',
      published: '2021-04-07',
      entities: [
        { name: 'Russia', type: 'country', country: 'RUS', mentions: ['Russia'] },
        { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistan'] },
        { name: 'Islamabad', type: 'place', country: 'PAK', mentions: ['Islamabad'] },
      ],
    });
    expect(only(findEvents(planned), 'supply').modality).toBe('planned');
    const past = buildArticle({
      text: 'Russia started supplying Pakistan with wheat last year.',
      published: '2021-04-07',
      entities: [
        { name: 'Russia', type: 'country', country: 'RUS', mentions: ['Russia'] },
        { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistan'] },
      ],
    });
    expect(only(findEvents(past), 'supply').modality).toBe('asserted');
  });

  it('resolves "the two leaders" to the pair of the previous event', () => {
    const a = buildArticle({
      text: 'Khan met Putin on Tuesday. The two leaders agreed to cooperate closely.',
      published: '2021-08-25',
      entities: people,
    });
    const agree = only(findEvents(a), 'agree');
    expect(agree.plover).toBe('AGREE');
    expect(roles(a, agree)).toEqual(['Imran Khan:participant', 'Vladimir Putin:participant']);
    // What they agreed to do is not a second event: "agreed" carries it.
    expect(findEvents(a).filter((e) => e.kind === 'cooperate')).toEqual([]);
  });

  it('resolves "both sides" to a pair named together after the last event, not to that event', () => {
    const text = 'Putin met Erdogan in Sochi. Russia and Pakistan are working closely in Afghanistan. He said both sides agreed to facilitate a deal.';
    const a = buildArticle({
      text,
      published: '2021-04-07',
      entities: [
        { name: 'Vladimir Putin', type: 'person', mentions: ['Putin'] },
        { name: 'Recep Tayyip Erdogan', type: 'person', mentions: ['Erdogan'] },
        { name: 'Sochi', type: 'place', country: 'RUS', mentions: ['Sochi'] },
        { name: 'Russia', type: 'country', country: 'RUS', mentions: ['Russia'] },
        { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistan'] },
        { name: 'Afghanistan', type: 'country', country: 'AFG', mentions: ['Afghanistan'] },
      ],
    });
    const agree = only(findEvents(a), 'agree');
    expect(roles(a, agree)).toEqual(['Pakistan:participant', 'Russia:participant']);
  });

  it('takes the "by" agent of a passive as the source', () => {
    const a = buildArticle({
      text: 'Islamabad has long been accused by Kabul of sheltering insurgent leaders.',
      published: '2021-04-07',
      entities: [
        { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Islamabad'], form: 'capital' },
        { name: 'Afghanistan', type: 'country', country: 'AFG', mentions: ['Kabul'], form: 'capital' },
      ],
    });
    const e = only(findEvents(a), 'accuse');
    expect(roles(a, e)).toEqual(['Afghanistan:source', 'Pakistan:target']);
  });

  it('does not read "called for" or "calling X a ..." as a phone call', () => {
    const a = buildArticle({
      text: 'Khan called for enhanced cooperation. Khan, calling Pakistan an energy-deficient country, invited Russian investment.',
      published: '2023-10-18',
      entities: [people[1]!, { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistan'] }],
    });
    const events = findEvents(a);
    expect(events.some((e) => e.kind === 'call')).toBe(false);
    expect(events.find((e) => e.trigger === 'called for')?.plover).toBe('DEMAND');
  });

  it('reads a telephone call received from someone: the caller is the source', () => {
    const a = buildArticle({
      text: 'Khan received a telephone call from Putin on Wednesday.',
      published: '2021-08-26',
      entities: people,
      timexes: [{ text: 'Wednesday', value: '2021-08-25' }],
    });
    const e = only(findEvents(a), 'call');
    expect(e.trigger).toBe('telephone call');
    expect(roles(a, e)).toEqual(['Imran Khan:target', 'Vladimir Putin:source']);
    expect(e.date.value).toBe('2021-08-25');
  });

  it('gives an undated article no date for an event without a time expression', () => {
    const a = buildArticle({
      text: 'Russia supplied wheat to Pakistan.',
      entities: [
        { name: 'Russia', type: 'country', country: 'RUS', mentions: ['Russia'] },
        { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistan'] },
      ],
    });
    const e = only(findEvents(a), 'supply');
    expect(e.plover).toBe('AID');
    expect(e.date.value).toBeNull();
  });

  it('does not take a month name for a march', () => {
    const a = buildArticle({
      text: 'Qureshi described the March 18 Moscow meeting as successful.',
      published: '2021-04-07',
      timexes: [{ text: 'March 18', value: '2021-03-18' }],
    });
    const events = findEvents(a);
    expect(events.map((e) => e.kind)).toEqual(['meet']);
    expect(events[0]!.date.value).toBe('2021-03-18');
  });
});

describe('eventStage', () => {
  it('declares its layers and fills article.events', async () => {
    const stage = eventStage();
    expect(stage.name).toBe('events');
    expect(stage.requires).toEqual(['text', 'published', 'sentences', 'tokens', 'entities', 'mentions', 'roles', 'timexes', 'syntax']);
    expect(stage.provides).toEqual(['events']);
    const a = buildArticle({ text: 'Putin met Khan.', entities: [
      { name: 'Vladimir Putin', type: 'person', mentions: ['Putin'] },
      { name: 'Imran Khan', type: 'person', mentions: ['Khan'] },
    ] });
    await stage.run(a, { now: new Date('2024-01-01') });
    expect(a.events).toHaveLength(1);
  });
});

describe('PLOVER coding of statements about the future', () => {
  const ents = [
    { name: 'Russia', type: 'country' as const, country: 'RUS', mentions: ['Russia'] },
    { name: 'Pakistan', type: 'country' as const, country: 'PAK', mentions: ['Pakistan'] },
  ];

  it('codes an obligation put on someone as DEMAND by the speaker', () => {
    const a = buildArticle({ text: 'Russia said Pakistan must withdraw its troops.', published: '2021-04-07', entities: ents });
    const e = only(findEvents(a), 'withdraw');
    expect(e.plover).toBe('DEMAND');
    expect(e.modality).toBe('hypothetical');
    expect(roles(a, e)).toEqual(['Pakistan:target', 'Russia:source']);
  });

  it('codes a refusal to cooperate as REJECT', () => {
    const a = buildArticle({ text: 'Pakistan will not accept the offer from Russia.', published: '2021-04-07', entities: ents });
    const e = only(findEvents(a), 'agree');
    expect(e.modality).toBe('denied');
    expect(e.plover).toBe('REJECT');
  });

  it('codes an announced hostile act as THREATEN', () => {
    const a = buildArticle({ text: 'Russia will impose sanctions on Pakistan.', published: '2021-04-07', entities: ents });
    const e = only(findEvents(a), 'sanction');
    expect(e.modality).toBe('planned');
    expect(e.plover).toBe('THREATEN');
    expect(roles(a, e)).toEqual(['Pakistan:target', 'Russia:source']);
  });

  it('keeps an attempted act as an act', () => {
    const a = buildArticle({ text: 'Militants tried to assassinate the governor.', published: '2021-04-07' });
    const e = only(findEvents(a), 'attack');
    expect(e.plover).toBe('ASSAULT');
    expect(e.modality).toBe('asserted');
  });
});

describe('findEvents on long input', () => {
  it('handles a 2,600-word run-on sentence with 800 mentions in well under a few seconds', () => {
    const unit = 'Russia met Pakistan and attacked Kabul on Monday, while India condemned the blast ';
    const text = unit.repeat(200);
    const a = buildArticle({ text, published: '2023-01-01', sentences: [text] });
    ['Russia', 'Pakistan', 'Kabul', 'India'].forEach((name, entity) => {
      a.entities.push({ type: 'country', name, aliases: [], country: null });
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        a.mentions.push({ start: at, end: at + name.length, type: 'country', entity, via: 'test' });
      }
    });
    a.mentions.sort((x, y) => x.start - y.start);
    const t0 = performance.now();
    const events = findEvents(a);
    expect(performance.now() - t0).toBeLessThan(5000);
    // Triggers far apart are never merged into one event: no event gathers the whole text.
    expect(events.length).toBeGreaterThanOrEqual(200);
    expect(Math.max(...events.map((e) => e.participants.length))).toBeLessThanOrEqual(3);
    expect(Math.max(...events.map((e) => e.end - e.start))).toBeLessThan(40);
  });
});
