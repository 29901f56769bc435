import { describe, expect, it } from 'vitest';
import type { Event } from '../../corpus/types.js';
import { ExportIndex } from './data.js';
import { CASTELL, CHL, fixture, MARSH, NOR } from './fixture.test-util.js';
import { headline, nameList } from './headline.js';

const ix = new ExportIndex(fixture);
const base = fixture.corpus.events[0]!;
const ev = (over: Partial<Event>): Event => ({ ...base, id: 'ev:test', location: null, ...over });

describe('headline', () => {
  it('says who did what to whom when the parts are known', () => {
    expect(headline(base, ix)).toBe('Lena Marsh met Omar Castell in Oslo');
  });

  it('names the happening and its parties when no part is known', () => {
    expect(headline(ev({ kind: 'sign', participants: [NOR, CHL, MARSH] }), ix)).toBe('Signing: Norway, Chile and Lena Marsh');
    expect(headline(ev({ kind: 'attack', participants: [] }), ix)).toBe('Attack');
  });

  it('names the place only when it is not a party', () => {
    expect(headline(ev({ kind: 'visit', participants: [MARSH, NOR], location: NOR }), ix)).toBe('Visit: Lena Marsh and Norway');
    expect(headline(ev({ kind: 'visit', participants: [MARSH], location: NOR }), ix)).toBe('Visit: Lena Marsh in Norway');
  });

  it('marks planned events and reads unknown kinds', () => {
    const roles = new ExportIndex({ ...fixture, roles: new Map([['ev:test', new Map([[MARSH, 'source' as const], [CASTELL, 'target' as const]])]]) });
    expect(headline(ev({ kind: 'visit', future: true }), roles)).toBe('Planned: Lena Marsh to visit Omar Castell');
    expect(headline(ev({ kind: 'parley', future: true, participants: [NOR] }), ix)).toBe('Planned: parley: Norway');
  });

  it('shortens long lists', () => {
    expect(nameList(['A'])).toBe('A');
    expect(nameList(['A', 'B'])).toBe('A and B');
    expect(nameList(['A', 'B', 'C', 'D'])).toBe('A, B and 2 others');
  });
});
