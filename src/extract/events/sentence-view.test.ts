import { describe, expect, it } from 'vitest';
import { wordsOf } from './sentence-view.js';

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
});
