import { describe, expect, it } from 'vitest';
import { attributionStart, clauseWords, splitClauses } from './clauses.js';
import { buildArticle } from '../../extract/events/fixture.js';
import { sentenceViews } from './sentence-view.js';

function clauseTexts(text: string, entities: Parameters<typeof buildArticle>[0]['entities'] = []) {
  const a = buildArticle({ text, entities });
  const view = sentenceViews(a)[0]!;
  const map = splitClauses(view);
  const texts = map.clauses.map((c) => clauseWords(map, c.id).map((i) => view.words[i]!.text).join(' '));
  return { map, texts, view };
}

describe('splitClauses', () => {
  it('nests a relative clause and remembers its antecedent (seed 003)', () => {
    const { map, texts, view } = clauseTexts(
      'The Prime Minister, who received a telephone call from the President of the Russian Federation, stressed that a peaceful Afghanistan was vitally important.',
      [{ name: 'Imran Khan', type: 'person', mentions: ['Prime Minister'] }],
    );
    expect(texts[1]).toBe('who received a telephone call from the President of the Russian Federation ,');
    expect(texts[0]!.startsWith('The Prime Minister , stressed that')).toBe(true);
    const ante = map.clauses[1]!.antecedent!;
    expect(view.words[ante.first]!.text).toBe('Prime');
  });

  it('starts a clause after a reporting verb with a bare complement (seed 002)', () => {
    const { texts, map } = clauseTexts('Lavrov said the two countries agreed to increase the frequency of their joint military drills.');
    expect(texts).toEqual(['Lavrov said', 'the two countries agreed to increase the frequency of their joint military drills .']);
    expect(map.clauses[1]!.reportedBy).toBe(0);
  });

  it('does not cut after a verb like "emphasised" taking a noun object', () => {
    const { texts } = clauseTexts('The two leaders emphasised the importance of trade.');
    expect(texts).toHaveLength(1);
  });

  it('marks an "if" clause as conditional and "and is" as sharing the subject', () => {
    const { map, texts } = clauseTexts('Hostilities will intensify if international forces withdraw. ');
    expect(texts[1]).toBe('if international forces withdraw .');
    expect(map.clauses[1]!.conditional).toBe(true);
    const b = clauseTexts('Pakistan rejects the charges and is credited with bringing the Taliban to the table.');
    expect(b.texts[1]!.startsWith('and is credited')).toBe(false);
    expect(b.texts[1]!.startsWith('is credited')).toBe(true);
    expect(b.map.clauses[1]!.sharesSubjectWith).toBe(0);
  });

  it('makes a trailing attribution its own clause, and only a real one', () => {
    const a = clauseTexts('Afghan rebels kidnapped 16 advisers, western diplomatic sources in neighbouring Pakistan said today.');
    expect(a.texts[a.texts.length - 1]).toBe(', western diplomatic sources in neighbouring Pakistan said today .');
    expect(attributionStart(a.view)).toBe(5);
    const b = clauseTexts('The rebels freed the hostages, according to the Canadian Press.');
    expect(b.texts[b.texts.length - 1]).toBe(', according to the Canadian Press .');
    // A comma that closes the subject's apposition is not an attribution: the verb has a complement.
    const c = clauseTexts('The Nigerian Union of Teachers, the umbrella union, announced that it has called off a strike.');
    expect(attributionStart(c.view)).toBe(-1);
    const d = clauseTexts('The main rebel group, the FDD, insisted on its demands.');
    expect(attributionStart(d.view)).toBe(-1);
  });

  it('reads "once" after an auxiliary as an adverb, not a subordinator', () => {
    const { texts } = clauseTexts('Bangladesh has once again rejected the proposal.');
    expect(texts).toHaveLength(1);
  });
});
