import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../store/fts-query.js';
import { queryMatcher } from './query-match.js';

const m = (q: string, text: string): boolean => queryMatcher(parseSearchQuery(q))(text);

describe('queryMatcher', () => {
  it('matches whole words, ignoring case and accents', () => {
    expect(m('cafe', 'The Café opened late.')).toBe(true);
    expect(m('cafe', 'Cafeteria staff')).toBe(false);
    expect(m('cafe*', 'Cafeteria staff')).toBe(true);
  });

  it('reads AND, OR, NOT and phrases as FTS5 does', () => {
    const text = 'The night ferry left the harbour';
    expect(m('ferry harbour', text)).toBe(true);
    expect(m('ferry dock', text)).toBe(false);
    expect(m('dock OR harbour', text)).toBe(true);
    expect(m('harbour -night', text)).toBe(false);
    expect(m('"night ferry"', text)).toBe(true);
    expect(m('"ferry night"', text)).toBe(false);
    expect(m('"the har"*', text)).toBe(true);
  });
});
