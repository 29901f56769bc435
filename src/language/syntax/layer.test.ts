import { describe, expect, it } from 'vitest';
import type { Article, SyntaxPhrase } from '../../core/types.js';
import { buildArticle, type FixtureEntity } from '../../extract/events/fixture.js';
import { splitSentences } from '../sentences/index.js';
import { buildSyntax, clauseMapOf } from './layer.js';
import { sentenceViews } from './sentence-view.js';
import { syntaxStage } from './stage.js';

function analysed(text: string, entities: FixtureEntity[] = []): Article {
  const a = buildArticle({ text, entities });
  a.tokens = splitSentences(text).tokens;
  a.syntax = buildSyntax(a);
  return a;
}

const said = (a: Article, p: SyntaxPhrase | null | undefined): string | null => (p ? a.text.slice(p.start, p.end) : null);
const head = (a: Article, p: SyntaxPhrase | null | undefined): string | null => (p ? a.text.slice(p.head.start, p.head.end) : null);

describe('syntax layer', () => {
  it('gives an active clause its subject, verb and object', () => {
    const a = analysed('Rebels in the capital seized the airport on Friday.');
    const [c] = a.syntax.clauses;
    expect(head(a, c!.subject)).toBe('Rebels');
    expect(a.text.slice(c!.verb!.head.start, c!.verb!.head.end)).toBe('seized');
    expect(c!.verb!.voice).toBe('active');
    expect(c!.objects.map((o) => head(a, o))).toEqual(['airport']);
    expect(c!.attachments.map((x) => x.preposition)).toEqual(['in', 'on']);
  });

  it('tells a passive clause, its auxiliaries, negation and by-phrase', () => {
    const a = analysed('The convoy was not attacked by the militia.');
    const c = a.syntax.clauses[0]!;
    expect(c.verb!.voice).toBe('passive');
    expect(c.verb!.negated).toBe(true);
    expect(c.verb!.auxiliaries).toEqual(['was']);
    expect(head(a, c.subject)).toBe('convoy');
    expect(c.attachments.find((x) => x.preposition === 'by') && head(a, c.attachments.find((x) => x.preposition === 'by')!.object)).toBe('militia');
  });

  it('takes the noun a preposition hangs on as the subject', () => {
    const a = analysed('The leader of the union called a strike.');
    expect(head(a, a.syntax.clauses[0]!.subject)).toBe('leader');
  });

  it('finds an apposition and a coordination of names', () => {
    const a = analysed('Police detained Ana Ruiz, the mayor of the town, and Luis Vera.', [
      { name: 'Ana Ruiz', type: 'person', mentions: ['Ana Ruiz'] },
      { name: 'Luis Vera', type: 'person', mentions: ['Luis Vera'] },
    ]);
    expect(a.syntax.appositions.map((l) => l.items.map((p) => said(a, p)))).toEqual([['Ana Ruiz', 'the mayor of the town']]);
    expect(a.syntax.appositions[0]!.items.map((p) => head(a, p))).toEqual(['Ruiz', 'mayor']);
    expect(a.syntax.coordinations.some((l) => l.items.some((p) => said(a, p) === 'Luis Vera'))).toBe(true);
  });

  it('reads a title the tagger missed as the noun of an apposition', () => {
    const a = analysed("Rebels freed the region's police chief, Colonel Luis Vera.", [{ name: 'Luis Vera', type: 'person', mentions: ['Luis Vera'] }]);
    expect(a.syntax.appositions.map((l) => l.items.map((p) => head(a, p)))).toEqual([['chief', 'Vera']]);
  });

  it('cuts a reduced relative clause after a noun', () => {
    const a = analysed('The court freed three workers held in custody since May.');
    const c = a.syntax.clauses.find((x) => x.participial);
    expect(c && a.text.slice(c.parts[0]!.start, c.parts[c.parts.length - 1]!.end)).toBe('held in custody since May.');
  });

  it('finds coordinated verbs', () => {
    const a = analysed('Gunmen shot and wounded two guards.');
    const v = a.syntax.coordinations.find((l) => l.category === 'verb');
    expect(v?.items.map((p) => said(a, p))).toEqual(['shot', 'wounded']);
  });

  it('reads the stored clause cut back onto the sentence view', () => {
    const a = analysed('The minister said the talks would resume in May.');
    const view = sentenceViews(a)[0]!;
    const map = clauseMapOf(a, view);
    expect(map.clauses.length).toBe(2);
    expect(map.clauses[1]!.reportedBy).toBe(0);
    const talks = view.words.findIndex((w) => w.text === 'talks');
    expect(map.of[talks]).toBe(1);
  });

  it('is a stage that declares its layers', async () => {
    const stage = syntaxStage();
    expect(stage.provides).toEqual(['syntax']);
    const a = buildArticle({ text: 'Troops left the base.' });
    a.tokens = splitSentences(a.text).tokens;
    await stage.run(a, { now: new Date('2024-01-01') });
    expect(a.syntax.clauses.length).toBe(1);
  });
});
