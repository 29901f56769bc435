import { describe, expect, it } from 'vitest';
import { excerptAround, highlight, matchesAll, paragraphAround, queryTerms } from './text.js';

describe('server text helpers', () => {
  it('splits a query into distinct lower-case words', () => {
    expect(queryTerms('Lavrov AND "Dar" lavrov')).toEqual(['lavrov', 'and', 'dar']);
  });

  it('matches terms at word starts only', () => {
    expect(matchesAll('Sergey Lavrov met Ishaq Dar', ['lav', 'dar'])).toBe(true);
    expect(matchesAll('Sergey Lavrov met Ishaq Dar', ['avrov'])).toBe(false);
  });

  it('wraps every match in guillemets', () => {
    expect(highlight('Lavrov met Dar in Moscow', ['lavrov', 'moscow'])).toBe('«Lavrov» met Dar in «Moscow»');
  });

  it('cuts a window around the first match in long text', () => {
    const text = `${'a '.repeat(200)}Moscow talks ${'b '.repeat(200)}`;
    const s = highlight(text, ['moscow'], 60);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('«Moscow» talks');
  });

  it('finds the paragraph around a passage', () => {
    const text = 'Title\n\nFirst para. Second sentence.\nNext para.';
    const start = text.indexOf('Second');
    const p = paragraphAround(text, start, start + 6);
    expect(p.text).toBe('First para. Second sentence.');
    expect(p.offset).toBe(7);
  });

  it('cuts a long paragraph to whole sentences around the passage', () => {
    const text = 'One two three. Four five six. The cited sentence is here. Seven eight nine. Ten eleven twelve.';
    const start = text.indexOf('The cited');
    const end = text.indexOf('here.') + 5;
    const x = excerptAround(text, start, end, 50);
    expect(x.text).toBe('The cited sentence is here.');
    expect(excerptAround(text, start, end, 64).text).toBe('Four five six. The cited sentence is here. Seven eight nine.');
    expect(x.text).toContain('The cited sentence is here.');
    expect(text.slice(x.offset, x.offset + x.text.length)).toBe(x.text);
    expect(/^[A-Z]/.test(x.text)).toBe(true);
    expect(excerptAround(text, start, end, 1000).text).toBe(text);
  });
});
