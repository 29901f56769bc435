import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { DossierError } from '../core/errors.js';
import { parseSearchQuery, positiveWords, toFts5Query } from './fts-query.js';

describe('toFts5Query', () => {
  it('quotes every word and joins plain words with AND', () => {
    expect(toFts5Query('grain corridor')).toBe('("grain" AND "corridor")');
    expect(toFts5Query('grain')).toBe('"grain"');
  });

  it('keeps OR, AND, NOT, "-", phrases, prefixes and groups', () => {
    expect(toFts5Query('ferry OR harbour')).toBe('("ferry" OR "harbour")');
    expect(toFts5Query('ferry AND harbour')).toBe('("ferry" AND "harbour")');
    expect(toFts5Query('ferry NOT strike')).toBe('("ferry" NOT "strike")');
    expect(toFts5Query('ferry -strike')).toBe('("ferry" NOT "strike")');
    expect(toFts5Query('"night ferry"')).toBe('"night ferry"');
    expect(toFts5Query('harb*')).toBe('"harb"*');
    expect(toFts5Query('"night fer"*')).toBe('"night fer"*');
    expect(toFts5Query('(ferry OR boat) harbour -strike')).toBe('((("ferry" OR "boat") AND "harbour") NOT "strike")');
  });

  it('binds OR looser than the implied AND', () => {
    expect(toFts5Query('a b OR c')).toBe('(("a" AND "b") OR "c")');
  });

  it('searches lower-case and/or/not and punctuation-joined words as words', () => {
    expect(toFts5Query('salt and pepper')).toBe('("salt" AND "and" AND "pepper")');
    expect(toFts5Query('U.S. well-known')).toBe('("U S" AND "well known")');
  });
});

describe('bad queries', () => {
  const message = (q: string): string => {
    try {
      toFts5Query(q);
    } catch (e) {
      expect(e).toBeInstanceOf(DossierError);
      expect((e as DossierError).code).toBe('E_USAGE');
      return (e as Error).message;
    }
    throw new Error(`"${q}" parsed`);
  };

  it('say what is wrong and where', () => {
    expect(message('"open phrase')).toMatch(/quote at character 1 is not closed/);
    expect(message('(ferry OR boat')).toMatch(/"\(" at character 1 is not closed/);
    expect(message('ferry)')).toMatch(/"\)" at character 6 has no "\("/);
    expect(message('ferry OR')).toMatch(/OR at character 7 needs words after it/);
    expect(message('AND ferry')).toMatch(/AND at character 1 needs words before it/);
    expect(message('NOT ferry')).toMatch(/nothing to find/);
    expect(message('-ferry')).toMatch(/nothing to find/);
    expect(message('ferry NOT')).toMatch(/NOT at character 7 needs a word/);
    expect(message('* ferry')).toMatch(/must end a word/);
    expect(message('fe*rry')).toMatch(/must end a word/);
    expect(message('()')).toMatch(/has nothing in it/);
    expect(message('  ')).toMatch(/no words/);
    expect(message('""')).toMatch(/no words in it/);
  });
});

describe('against SQLite FTS5', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')`);
  const rows = ['the night ferry left the harbour', 'a strike closed the harbour', 'boat repairs at the dock', 'pipelines and pipes'];
  for (const r of rows) db.prepare('INSERT INTO t(body) VALUES (?)').run(r);
  const find = (q: string): number[] => (db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').all(toFts5Query(q)) as { rowid: number }[]).map((r) => r.rowid);

  it('finds what each operator says', () => {
    expect(find('harbour')).toEqual([1, 2]);
    expect(find('harbour -strike')).toEqual([1]);
    expect(find('ferry OR boat')).toEqual([1, 3]);
    expect(find('"night ferry"')).toEqual([1]);
    expect(find('"ferry night"')).toEqual([]);
    expect(find('pipe*')).toEqual([4]);
    expect(find('(ferry OR strike) harbour NOT night')).toEqual([2]);
  });

  it('never passes user syntax to FTS5 (any parsed query runs)', () => {
    for (const q of ['NEAR(a b)', 'body:ferry', 'a + b', "o'clock", 'x^y', '{a b}']) expect(() => find(q)).not.toThrow();
  });
});

describe('positiveWords', () => {
  it('lists the words to highlight, not those left out', () => {
    expect(positiveWords(parseSearchQuery('"night fer"* OR boat -strike'))).toEqual([
      { text: 'night', prefix: false },
      { text: 'fer', prefix: true },
      { text: 'boat', prefix: false },
    ]);
  });
});
