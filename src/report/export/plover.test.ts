import { describe, expect, it } from 'vitest';
import { CASTELL, CHL, docA, docB, fixture, MARSH, NOR, OSLO } from './fixture.test-util.js';
import { type PloverRecord, toPlover } from './plover.js';

describe('plover export', () => {
  const text = toPlover(fixture);
  const records = text.trimEnd().split('\n').map((l) => JSON.parse(l) as PloverRecord);

  it('writes one JSON record a line, one per event', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(records.map((r) => r.id)).toEqual(['ev:000000000001', 'ev:000000000002', 'ev:000000000003', 'ev:000000000004']);
  });

  it('codes type, mode, both sides with their countries, and the place', () => {
    const [meeting, supply, condemn, call] = records as [PloverRecord, PloverRecord, PloverRecord, PloverRecord];
    expect(meeting).toMatchObject({
      date: '2022-03-03',
      date_precision: 'day',
      event_type: 'CONSULT',
      mode: null, // a meeting alone does not say which CONSULT mode
      context: ['trade'],
      source: [{ actor: MARSH, actorText: 'Lena Marsh', code: 'NOR' }],
      source_country: 'NOR',
      target: [{ actor: CASTELL, actorText: 'Omar Castell', code: 'CHL' }],
      target_country: 'CHL',
      location: { id: OSLO, name: 'Oslo', code: null },
    });
    expect(supply).toMatchObject({ date: '2022-03', date_precision: 'month', event_type: 'AID', source: [{ actor: NOR, code: 'NOR' }], target: [{ actor: CHL, code: 'CHL' }] });
    expect(condemn).toMatchObject({ date_evidence: 'article-date', event_type: 'DISAPPROVE', source: [{ actor: CHL, code: 'CHL' }], target: [], target_country: null, location: null });
    // A phone call is CONSULT's "phone" mode; no source dates it, and no country is coded.
    expect(call).toMatchObject({ date: null, date_precision: null, mode: 'phone', source_country: null, source: [{ actor: MARSH, code: null }] });
  });

  it('cites each sentence with its document and offsets', () => {
    const s = records[0]!.sentences;
    expect(s.map((x) => x.document_id)).toEqual(['doc-a', 'doc-b']);
    expect(docA.text.slice(s[0]!.start, s[0]!.end)).toBe('Norwegian Trade Minister Lena Marsh met Chilean envoy Omar Castell in Oslo on 3 March 2022.');
    expect(s[1]!.text).toBe(docB.text.slice(s[1]!.start, s[1]!.end));
    expect(s[1]).toMatchObject({ start: 0, end: 'Lena Marsh and Omar Castell held talks in Oslo on 3 March 2022.'.length });
  });

  it('puts co-equal parties on the source side when no report names an actor', () => {
    const data = { ...fixture, roles: new Map([...fixture.roles, ['ev:000000000001', new Map([[MARSH, 'participant' as const], [CASTELL, 'participant' as const]])]]) };
    const first = JSON.parse(toPlover(data).split('\n')[0]!) as PloverRecord;
    expect(first.source.map((a) => a.actor)).toEqual([MARSH, CASTELL]);
    expect(first.target).toEqual([]);
  });
});
