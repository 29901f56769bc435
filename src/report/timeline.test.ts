import { describe, expect, it } from 'vitest';
import type { Entity, Event } from '../corpus/types.js';
import { buildTimeline, rankDates } from './timeline.js';

const entity = (id: string, name: string, aliases: string[] = []): Entity => ({
  id,
  type: 'person',
  name,
  aliases,
  country: null,
  roles: [],
  mentions: 1,
  documents: [],
});

const event = (id: string, date: string | null, participants: string[], weight: number, evidence = 'timex'): Event => ({
  id,
  type: 'CONSULT',
  kind: 'meet',
  date: { value: date, confidence: date ? 0.8 : 0, evidence: date ? evidence : 'none' },
  future: false,
  modality: 'asserted',
  participants,
  location: null,
  topics: [],
  summary: id,
  sources: [],
  documents: [],
  weight,
});

const entities = [entity('p:lavrov', 'Sergey Lavrov', ['Lavrov']), entity('p:kakar', 'Anwaar-ul-Haq Kakar'), entity('p:putin', 'Vladimir Putin')];
const events = [
  event('e3', '2023-10-17', ['p:kakar', 'p:putin'], 6),
  event('e1', '2021-04-07', ['p:lavrov'], 4),
  event('e2', '2021-04', ['p:lavrov'], 3),
  event('e4', null, ['p:putin'], 9),
  event('e5', '2023-10-18', ['p:kakar'], 3, 'article-date'),
  event('e6', '2023-10-17', ['p:putin'], 2),
];

const ids = (o: Parameters<typeof buildTimeline>[1]) => buildTimeline({ entities, events }, o).map((e) => e.event.id);

describe('buildTimeline', () => {
  it('lists dated events in date order, a month before its days, and keeps undated ones out unless asked', () => {
    expect(ids({})).toEqual(['e2', 'e1', 'e3', 'e6', 'e5']);
    expect(ids({ undated: true }).at(-1)).toBe('e4');
  });
  it('says when a date is only the report’s date', () => {
    const e5 = buildTimeline({ entities, events }).find((e) => e.event.id === 'e5')!;
    expect(e5.when).toBe('on or before 2023-10-18');
    expect(buildTimeline({ entities, events }).find((e) => e.event.id === 'e2')!.precision).toBe('month');
  });
  it('filters by date range (a month counts when it overlaps) and by entity name or alias', () => {
    expect(ids({ from: '2021-04-05', to: '2021-12-31' })).toEqual(['e2', 'e1']);
    expect(ids({ entities: ['lavrov'] })).toEqual(['e2', 'e1']);
    expect(ids({ entities: ['Putin'], from: '2023' })).toEqual(['e3', 'e6']);
  });
});

describe('timeline summary by newsworthiness', () => {
  const docs = (n: number) => Array.from({ length: n }, (_, i) => `d${i}`);
  const ev = (id: string, date: string, type: string, nDocs: number, evidence = 'timex', extra: Partial<Event> = {}): Event => ({
    ...event(id, date, [], 1, evidence),
    type,
    documents: docs(nDocs),
    sources: docs(nDocs).map((documentId) => ({ documentId, start: 0, end: 1 })),
    ...extra,
  });
  const story = [
    // An attack on the 19th in four reports: sqrt(4) * (1 + log2(4)/4) = 3.
    ev('attack', '2011-03-19', 'ASSAULT', 4),
    // An agreement on the 17th in two reports (1.77) and a condemnation (0.6): 1.77 + 0.6/2.
    ev('deal', '2011-03-17', 'AGREE', 2),
    ev('condemn', '2011-03-17', 'DISAPPROVE', 1),
    // Six single-report mentions known only as "on or before" the 20th: 0.2 each, 0.46 in all.
    ...[1, 2, 3, 4, 5, 6].map((n) => ev(`bg${n}`, '2011-03-20', 'CONSULT', 1, 'article-date')),
    // A background mention in five reports: 5 reports, but background (0.18).
    ev('background', '2011-03-18', 'CONSULT', 5, 'timex', { aspect: 'background' } as Partial<Event>),
  ];
  const summary = (dates: number, perDate: number) =>
    buildTimeline({ entities: [], events: story }, { dates, perDate }).map((e) => e.event.id);

  it('ranks the days things happened over days of many background reports', () => {
    expect(summary(2, 1)).toEqual(['deal', 'attack']);
    expect(summary(3, 1)).toEqual(['deal', 'attack', 'bg1']);
  });
  it('puts a situation-changing act before talk about it on the same day', () => {
    expect(summary(1, 2)).toEqual(['attack']);
    expect(summary(2, 2)).toEqual(['deal', 'condemn', 'attack']);
  });
  it('ranks a day of its own over a month or a year alone', () => {
    const coarse = [ev('month', '2011-02', 'ASSAULT', 2), ev('year', '2010', 'AGREE', 3), ev('day', '2011-04-02', 'ASSAULT', 1)];
    // day: 1; month: sqrt(2) * 1.25 * 0.5 = 0.88; year: sqrt(3) * 1.40 * 0.3 = 0.73.
    expect(buildTimeline({ entities: [], events: coarse }, { dates: 1 }).map((e) => e.event.id)).toEqual(['day']);
    expect(buildTimeline({ entities: [], events: coarse }, { dates: 2 }).map((e) => e.event.id)).toEqual(['month', 'day']);
  });
  it('counts one outlet\'s several reports of an event once when the outlets are known', () => {
    const fromOne = { ...ev('wire', '2011-05-02', 'ASSAULT', 4), documents: ['w1', 'w2', 'w3', 'w4'] };
    const fromThree = { ...ev('papers', '2011-05-03', 'ASSAULT', 3), documents: ['p1', 'q1', 'r1'] };
    const outlets = new Map([
      ['w1', 'wire'],
      ['w2', 'wire'],
      ['w3', 'wire'],
      ['w4', 'wire'],
      ['p1', 'p'],
      ['q1', 'q'],
      ['r1', 'r'],
    ]);
    const top = (o: Parameters<typeof buildTimeline>[1]) => buildTimeline({ entities: [], events: [fromOne, fromThree] }, o).map((e) => e.event.id);
    // Four documents beat three when each counts; one outlet's four count as 2.5 reports against three outlets.
    expect(top({ dates: 1 })).toEqual(['wire']);
    expect(top({ dates: 1, outlets })).toEqual(['papers']);
  });
  it('never summarises a background mention', () => {
    const bg = ev('old', '2011-03-01', 'ASSAULT', 6, 'timex', { aspect: 'background' } as Partial<Event>);
    expect(buildTimeline({ entities: [], events: [bg, ev('new', '2011-03-02', 'CONSULT', 1, 'article-date')] }, { dates: 5 }).map((e) => e.event.id)).toEqual(['new']);
  });
  it('ranks every date in the order the summary takes them', () => {
    const ranked = rankDates(story);
    // attack 3; deal 1.77 + condemn 0.6/2 = 2.07; six "on or before" mentions 0.2 * (1 + 1/2 + ... + 1/5) = 0.46; background never.
    expect(ranked.map((r) => r.date)).toEqual(['2011-03-19', '2011-03-17', '2011-03-20']);
    expect(ranked[1]!.events.map((e) => e.id)).toEqual(['deal', 'condemn']);
    expect(ranked[1]!.score).toBeCloseTo(Math.sqrt(2) * 1.25 + 0.3, 2);
  });
});
