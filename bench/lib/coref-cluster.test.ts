import { describe, expect, it } from 'vitest';
import { dossierClusters, goldClusters, sameLemmaClusters, type ClusterInput } from './coref-cluster.js';

// Mentions read by hand from two short reports of one event and one of another topic:
// "Lindsay Lohan checked into the Betty Ford Center." / "Lohan entered rehab ... after her arrest."
const m = (id: string, topic: number, lemma: string, kind: string | null, participants: string[]): ClusterInput => ({
  id,
  topic,
  lemma,
  kind,
  participants,
});

const mentions = [
  m('a1', 1, 'check', null, ['lindsay lohan', 'betty ford center']),
  m('b1', 1, 'check', null, ['lindsay lohan']),
  m('b2', 1, 'arrest', 'coerce', ['lindsay lohan']),
  m('c1', 1, 'detain', 'coerce', ['lindsay lohan', 'newport beach']),
  m('c2', 1, 'detain', 'coerce', []),
  m('d1', 1, 'seize', 'coerce', ['tara reid']),
  m('x1', 2, 'check', null, ['lindsay lohan']),
];

const sorted = (cs: string[][]) => cs.map((c) => [...c].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));

describe('coref clustering', () => {
  it('same lemma, within a topic only', () => {
    expect(sorted(sameLemmaClusters(mentions))).toEqual([['a1', 'b1'], ['b2'], ['c1', 'c2'], ['d1'], ['x1']]);
  });
  it('dossier adds same kind with a shared participant, transitively', () => {
    // b2 and c1: coerce + "lindsay lohan"; c2 joins c1 by lemma; d1 shares no participant.
    expect(sorted(dossierClusters(mentions))).toEqual([['a1', 'b1'], ['b2', 'c1', 'c2'], ['d1'], ['x1']]);
  });
  it('gold clusters group by cluster id', () => {
    expect(sorted(goldClusters([{ id: 'a', cluster: 'X' }, { id: 'b', cluster: 'Y' }, { id: 'c', cluster: 'X' }]) as string[][])).toEqual([['a', 'c'], ['b']]);
  });
});

describe('dossier clustering with another participant source', () => {
  it('uses the names participantsOf returns', () => {
    const own = new Map([['b2', ['lindsay lohan']], ['c1', []]]);
    const res = dossierClusters(mentions, (x) => own.get(x.id) ?? []);
    // c1 has no own participants, so b2 no longer joins it.
    expect(sorted(res)).toEqual([['a1', 'b1'], ['b2'], ['c1', 'c2'], ['d1'], ['x1']]);
  });
});
