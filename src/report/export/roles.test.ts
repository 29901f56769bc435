import { describe, expect, it } from 'vitest';
import { exact, makeArticle, person } from '../../corpus/fixtures.test-util.js';
import { analyseCorpus } from '../../corpus/run.js';
import type { ParticipantRole } from './roles.js';
import { eventRoles } from './roles.js';

const s1 = 'Ida Brenner phoned Paul Okafor on 2 May 2020.';
const s2 = 'Okafor took a call from Ida Brenner on 2 May 2020.';

function withRoles(a: ReturnType<typeof makeArticle>, roles: ParticipantRole[]) {
  a.events[0]!.participants = a.events[0]!.participants.map((p, i) => ({ ...p, role: roles[i]! }));
  return a;
}

describe('eventRoles', () => {
  it("reads each participant's part from the mentions the event cites, across documents", () => {
    const a = withRoles(makeArticle('r1', s1, '2020-05-03', [person('Ida Brenner'), person('Paul Okafor')], [{ sentence: s1, kind: 'call', plover: 'CONSULT', participants: [0, 1], date: exact('2020-05-02') }]), ['source', 'target']);
    // The second report names Okafor first but still as the recipient.
    const b = withRoles(makeArticle('r2', s2, '2020-05-03', [person('Paul Okafor'), person('Ida Brenner')], [{ sentence: s2, kind: 'call', plover: 'CONSULT', participants: [0, 1], date: exact('2020-05-02') }]), ['target', 'source']);
    const corpus = analyseCorpus([a, b]);
    expect(corpus.events).toHaveLength(1);
    const event = corpus.events[0]!;
    const ida = corpus.entities.find((e) => e.name === 'Ida Brenner')!.id;
    const paul = corpus.entities.find((e) => e.name === 'Paul Okafor')!.id;
    const roles = eventRoles([a, b], corpus).get(event.id)!;
    expect(Object.fromEntries(roles)).toEqual({ [ida]: 'source', [paul]: 'target' });
  });

  it('leaves a participant no mention gives a part as a participant', () => {
    const a = makeArticle('r3', s1, '2020-05-03', [person('Ida Brenner'), person('Paul Okafor')], [{ sentence: s1, kind: 'call', plover: 'CONSULT', participants: [0, 1], date: exact('2020-05-02') }]);
    const corpus = analyseCorpus([a]);
    const roles = eventRoles([a], corpus).get(corpus.events[0]!.id)!;
    expect([...roles.values()]).toEqual(['participant', 'participant']);
  });
});
