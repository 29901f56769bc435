import { describe, expect, it } from 'vitest';
import {
  AUXILIARIES,
  BARE_COMPLEMENT,
  BE_FORMS,
  DEFINITE_DETERMINERS,
  DETERMINERS,
  FINITE_CUES,
  MODALS,
  NON_REPORTING_CUES,
  PARTICIPLE_CUES,
  PERFECT_AUXILIARIES,
  REPORTING,
  SAY_VERBS,
  TITLE_DETERMINERS,
} from './lexicon.js';

const subset = (a: Iterable<string>, b: ReadonlySet<string>): string[] => [...a].filter((w) => !b.has(w));

describe('syntax lexicon', () => {
  it('keeps the narrower lists inside the wider ones', () => {
    // The clause cutter reads a bare complement only after a reporting verb.
    expect(subset(BARE_COMPLEMENT, REPORTING)).toEqual([]);
    expect(subset(SAY_VERBS, BARE_COMPLEMENT)).toEqual([]);
    expect(subset(DEFINITE_DETERMINERS, DETERMINERS)).toEqual([]);
    expect(subset(TITLE_DETERMINERS, DEFINITE_DETERMINERS)).toEqual([]);
    expect(subset(BE_FORMS, AUXILIARIES)).toEqual([]);
    expect(subset(['has', 'have', 'had'], PERFECT_AUXILIARIES)).toEqual([]);
  });

  it('tells modals from the other auxiliaries', () => {
    expect(MODALS.has('would')).toBe(true);
    expect(MODALS.has('ought')).toBe(true);
    expect(MODALS.has('has')).toBe(false);
    expect(MODALS.has("'d")).toBe(false);
    expect(AUXILIARIES.has('must')).toBe(true);
    expect(AUXILIARIES.has('did')).toBe(true);
    expect(AUXILIARIES.has('ought')).toBe(false);
  });

  it('lists speech cues that do not report a proposition among the cues', () => {
    const cues = new Set<string>([...FINITE_CUES, ...PARTICIPLE_CUES]);
    const extra = subset(NON_REPORTING_CUES, cues).filter((w) => !/ing$/.test(w));
    expect(extra).toEqual([]);
  });
});
