import { describe, expect, it } from 'vitest';
import type { Article } from '../core/types.js';
import { buildArticle } from '../extract/events/fixture.js';
import { findEvents } from '../extract/events/find.js';
import { findTimeExpressions } from '../language/time/find.js';
import { redateFromPropagated } from './propagate.js';
import type { Event } from './types.js';

/** An undated report (its relative dates unresolved), with its events. */
function undated(id: string, text: string): Article {
  const a = buildArticle({
    text,
    entities: [
      { name: 'Maria Vell', type: 'person', mentions: ['Maria Vell'] },
      { name: 'Freedonia', type: 'country', country: 'FRE', mentions: ['Freedonia'] },
    ],
  });
  a.id = id;
  a.timexes = findTimeExpressions(text, null);
  a.events = findEvents(a);
  return a;
}

/** The corpus event of an article's first event mention, as merging leaves it. */
function eventOf(a: Article, date: Event['date'] = a.events[0]!.date): Event {
  const m = a.events[0]!;
  return {
    id: `ev:${a.id}`,
    type: m.plover,
    kind: m.kind,
    date,
    future: false,
    modality: m.modality,
    participants: [],
    location: null,
    topics: [],
    summary: a.text,
    sources: [{ documentId: a.id, start: m.sentence.start, end: m.sentence.end }],
    documents: [a.id],
    weight: 3,
  };
}

const propagated = (id: string, value: string): Record<string, Event['date']> => ({
  [id]: { value, granularity: 'day', confidence: 0.4, evidence: 'event-propagation: test' },
});

describe('redateFromPropagated', () => {
  it('resolves "on Tuesday" of an undated report against the date it takes from another source', () => {
    const a = undated('doc-a', 'Maria Vell arrived in Freedonia on Tuesday.');
    expect(a.events[0]!.date.value).toBeNull();
    // 2024-03-06 is a Wednesday: the Tuesday before is 2024-03-05.
    const [e] = redateFromPropagated([a], [eventOf(a)], propagated('doc-a', '2024-03-06'));
    expect(e!.date.value).toBe('2024-03-05');
    expect(e!.date.evidence).toMatch(/^timex-propagated/);
    expect(e!.date.confidence).toBeLessThanOrEqual(0.4);
  });

  it('resolves "last month" to the month before', () => {
    const a = undated('doc-b', 'Last month Maria Vell visited Freedonia.');
    const [e] = redateFromPropagated([a], [eventOf(a)], propagated('doc-b', '2024-03-06'));
    expect(e!.date.value).toBe('2024-02');
  });

  it('leaves an event that is dated otherwise, and documents without a propagated date', () => {
    const a = undated('doc-c', 'Maria Vell arrived in Freedonia on Tuesday.');
    const dated: Event['date'] = { value: '2024-01-09', granularity: 'day', confidence: 0.8, evidence: 'timex' };
    expect(redateFromPropagated([a], [eventOf(a, dated)], propagated('doc-c', '2024-03-06'))[0]!.date).toEqual(dated);
    expect(redateFromPropagated([a], [eventOf(a)], {})[0]!.date.value).toBeNull();
  });
});
