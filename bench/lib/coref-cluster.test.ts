import { describe, expect, it } from 'vitest';
import { dossierClusters, dossierLink, goldClusters, lemmaOrKindClusters, sameLemmaClusters, type ClusterInput } from './coref-cluster.js';

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
  it('previous method adds same kind with a shared participant, transitively', () => {
    // b2 and c1: coerce + "lindsay lohan"; c2 joins c1 by lemma; d1 shares no participant.
    expect(sorted(lemmaOrKindClusters(mentions))).toEqual([['a1', 'b1'], ['b2', 'c1', 'c2'], ['d1'], ['x1']]);
  });
  it('previous method with another participant source uses the names participantsOf returns', () => {
    const own = new Map([['b2', ['lindsay lohan']], ['c1', []]]);
    const res = lemmaOrKindClusters(mentions, (x) => own.get(x.id) ?? []);
    expect(sorted(res)).toEqual([['a1', 'b1'], ['b2'], ['c1', 'c2'], ['d1'], ['x1']]);
  });
  it('gold clusters group by cluster id', () => {
    expect(sorted(goldClusters([{ id: 'a', cluster: 'X' }, { id: 'b', cluster: 'Y' }, { id: 'c', cluster: 'X' }]) as string[][])).toEqual([['a', 'c'], ['b']]);
  });
});

describe('dossier clustering: stories and event words', () => {
  // Topic 1 holds two stories: Lohan's arrest (s1) and Reid's arrest (s2).
  const story = (x: ClusterInput, s: string, text: string, own: string[] = []): ClusterInput => ({ ...x, story: s, text, eventParticipants: own });
  const ms = [
    story(m('a1', 1, 'arrest', 'coerce', []), 's1', 'arrested', ['lindsay lohan']),
    story(m('a2', 1, 'detain', 'coerce', []), 's1', 'was detained', ['lindsay lohan']),
    story(m('a3', 1, 'arrest', 'coerce', []), 's1', 'arrest'),
    story(m('b1', 1, 'arrest', 'coerce', []), 's2', 'arrested', ['tara reid']),
    story(m('b2', 1, 'say', null, []), 's2', 'said'),
    story(m('a4', 1, 'say', null, []), 's1', 'told'),
  ];
  it('joins the same root or family in one story, never across stories', () => {
    // arrest ~ detained: family "arrest"; b1 is in the other story; said/told share no family.
    expect(sorted(dossierClusters(ms))).toEqual([['a1', 'a2', 'a3'], ['a4'], ['b1'], ['b2']]);
  });
  it('keeps apart the same word with disjoint participants', () => {
    const other = story(m('a5', 1, 'arrest', 'coerce', []), 's1', 'arrested', ['tara reid']);
    expect(dossierLink(ms[0]!, other)).toBeNull();
    // ... but a mention without participants may join either.
    expect(dossierLink(ms[2]!, other)).toBe('story-words');
  });
  it('links same kind and two shared own participants within a story, as merge.ts asks', () => {
    const x = story(m('k1', 1, 'seize', 'coerce', []), 's1', 'seized', ['lindsay lohan', 'newport beach']);
    const y = story(m('k2', 1, 'raid', 'coerce', []), 's1', 'raided', ['newport beach', 'lindsay lohan']);
    expect(dossierLink(x, y)).toBe('story-kind');
    expect(dossierLink({ ...x, story: 's2' }, y)).toBeNull();
    // One shared participant is not enough for the kind rule.
    expect(dossierLink(ms[0]!, x)).toBeNull();
  });
  it('without stories a topic is one story', () => {
    const flat = ms.map((x) => ({ ...x, story: null }));
    // b1 now joins through a3 (no participants), and the two "say" mentions meet.
    expect(sorted(dossierClusters(flat))).toEqual([['a1', 'a2', 'a3', 'b1'], ['a4', 'b2']]);
  });
});
