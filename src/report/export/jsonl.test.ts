import { describe, expect, it } from 'vitest';
import { CASTELL, fixture, MARSH } from './fixture.test-util.js';
import { toJsonl } from './jsonl.js';

describe('jsonl export', () => {
  const lines = toJsonl(fixture).trimEnd().split('\n');
  const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  it('writes one record a line, each typed, in table order', () => {
    // 3 documents, 5 entities, 4 events, 1 quote, 2 claims, 1 discrepancy.
    const count = (t: string) => records.filter((r) => r.type === t).length;
    expect(records).toHaveLength(16);
    expect([count('document'), count('entity'), count('event'), count('quote'), count('claim'), count('discrepancy')]).toEqual([3, 5, 4, 1, 2, 1]);
    expect(records.map((r) => r.type)).toEqual([...'ddd'].map(() => 'document').concat(Array(5).fill('entity'), Array(4).fill('event'), ['quote', 'claim', 'claim', 'discrepancy']));
  });

  it("keeps an entity's and an event's own type under another name, and gives events their participants' parts", () => {
    const marsh = records.find((r) => r.type === 'entity' && r.id === MARSH)!;
    expect(marsh.entityType).toBe('person');
    const meeting = records.find((r) => r.type === 'event' && r.id === 'ev:000000000001')!;
    expect(meeting.eventType).toBe('CONSULT');
    expect(meeting.roles).toEqual({ [MARSH]: 'source', [CASTELL]: 'target' });
    const doc = records.find((r) => r.type === 'document' && r.id === 'doc-c')!;
    expect(doc.title).toBe('Note\nwith a line break'); // a line break stays inside its record
  });

  it('writes nothing for an empty store', () => {
    expect(toJsonl({ ...fixture, documents: [], corpus: { ...fixture.corpus, entities: [], events: [], quotes: [], claims: [], discrepancies: [] } })).toBe('');
  });
});
