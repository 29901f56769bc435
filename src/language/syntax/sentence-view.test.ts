import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../extract/events/fixture.js';
import { sentenceViews, stanceCompound, wordsOf } from './sentence-view.js';

describe('wordsOf', () => {
  it('splits possessives and negations off, keeps hyphens, abbreviations and names', () => {
    const text = 'Pakistan’s president didn’t meet U.S.-backed O’Neill in Anwaar-ul-Haq Kakar’s office.';
    const words = wordsOf(text, { start: 0, end: text.length }).map((w) => w.text);
    expect(words).toEqual(['Pakistan', '’s', 'president', 'did', 'n’t', 'meet', 'U.S.', '-', 'backed', 'O’Neill', 'in', 'Anwaar-ul-Haq', 'Kakar', '’s', 'office', '.']);
  });
  it('keeps absolute offsets', () => {
    const text = 'xx Russia met';
    const [w] = wordsOf(text, { start: 3, end: text.length });
    expect(w).toMatchObject({ start: 3, end: 9, text: 'Russia', lower: 'russia' });
  });
  it('keeps numbers with digit groups and decimals as one word', () => {
    const text = 'more than 1,000 refugees and 5.1 million dollars, 1, 2';
    const words = wordsOf(text, { start: 0, end: text.length }).map((w) => w.text);
    expect(words).toEqual(['more', 'than', '1,000', 'refugees', 'and', '5.1', 'million', 'dollars', ',', '1', ',', '2']);
  });
  it('keeps an honorific with its dot before a name, and a sentence-final dot apart', () => {
    const text = 'Gunmen seized Mrs. Ruiz and Gen. Vera. They left at 5 p.m.';
    const words = wordsOf(text, { start: 0, end: text.length }).map((w) => w.text);
    expect(words.slice(0, 8)).toEqual(['Gunmen', 'seized', 'Mrs.', 'Ruiz', 'and', 'Gen.', 'Vera', '.']);
  });
});

describe('sentenceViews', () => {
  it('leaves out names inside a stance compound ("pro-Iranian", "anti-Syria")', () => {
    const text = 'The pro-Iranian group and an anti-Syria journalist met Iranian officials.';
    expect(stanceCompound(text, text.indexOf('Iranian'))).toBe(true);
    expect(stanceCompound(text, text.indexOf('Syria'))).toBe(true);
    expect(stanceCompound(text, text.lastIndexOf('Iranian'))).toBe(false);
    const a = buildArticle({
      text,
      entities: [
        { name: 'Iran', type: 'country', country: 'IRN', mentions: ['Iranian', ['Iranian', 1]], form: 'demonym' },
        { name: 'Syria', type: 'country', country: 'SYR', mentions: ['Syria'] },
      ],
    });
    const [view] = sentenceViews(a);
    expect(view!.mentions.map((m) => a.text.slice(m.mention.start, m.mention.end))).toEqual(['Iranian']);
    expect(view!.mentions[0]!.mention.start).toBe(text.lastIndexOf('Iranian'));
  });
});
