import { describe, expect, it } from 'vitest';
import type { Entity, Event } from '../corpus/types.js';
import { buildTimeline } from './timeline.js';

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
  it('keeps the N heaviest dates and K heaviest events on each', () => {
    // 2023-10-17 weighs 6 + 2 = 8, 2021-04-07 weighs 4, 2021-04 and 2023-10-18 weigh 3.
    expect(ids({ dates: 2, perDate: 1 })).toEqual(['e1', 'e3']);
    expect(ids({ dates: 1 })).toEqual(['e3', 'e6']);
  });
});
