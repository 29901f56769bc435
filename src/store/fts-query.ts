/**
 * The search box's query language, checked and translated to SQLite FTS5 syntax:
 *
 *   words            all of them (AND is implied)
 *   a OR b           either; OR binds loosest
 *   a AND b          both (the same as "a b")
 *   a NOT b, a -b    a but not b (there must be something to find before NOT)
 *   "two words"      the words next to each other, in that order
 *   pipe*            any word starting with "pipe" (also "two wo"*)
 *   ( ... )          grouping
 *
 * Operators are upper case (lower-case "and", "or", "not" are searched as words). Every word
 * is quoted in the FTS5 output, so no user input reaches FTS5's own syntax. A query that
 * does not parse is a DossierError (E_USAGE) saying what is wrong.
 */
import { DossierError } from '../core/errors.js';

export type QueryNode =
  | { kind: 'term'; text: string; prefix: boolean }
  | { kind: 'phrase'; words: string[]; prefix: boolean }
  | { kind: 'and'; items: QueryNode[] }
  | { kind: 'or'; items: QueryNode[] }
  | { kind: 'not'; keep: QueryNode; drop: QueryNode };

type Token =
  | { t: 'word'; text: string; prefix: boolean; at: number }
  | { t: 'phrase'; words: string[]; prefix: boolean; at: number }
  | { t: 'op'; op: 'AND' | 'OR' | 'NOT'; at: number }
  | { t: 'minus'; at: number }
  | { t: '('; at: number }
  | { t: ')'; at: number };

/** The longest query accepted, in characters. */
export const MAX_QUERY = 500;

const WORDS = /[\p{L}\p{N}]+/gu;

function fail(query: string, message: string): never {
  return failWith(query, `search query "${query}": ${message}`);
}

function failWith(query: string, message: string): never {
  throw new DossierError('E_USAGE', message, { input: query });
}

function lex(query: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') {
      out.push({ t: ch, at: i++ });
      continue;
    }
    if (ch === '"' || ch === '“' || ch === '”') {
      const close = query.slice(i + 1).search(/["“”]/);
      if (close < 0) fail(query, `the quote at character ${i + 1} is not closed; close the phrase with another "`);
      const body = query.slice(i + 1, i + 1 + close);
      const words = body.match(WORDS) ?? [];
      if (!words.length) fail(query, `the phrase at character ${i + 1} has no words in it`);
      let end = i + close + 2;
      const prefix = query[end] === '*';
      if (prefix) end++;
      out.push({ t: 'phrase', words, prefix, at: i });
      i = end;
      continue;
    }
    if (ch === '-' && i + 1 < query.length && !/[\s)]/.test(query[i + 1]!) && (i === 0 || /[\s(]/.test(query[i - 1]!))) {
      out.push({ t: 'minus', at: i++ });
      continue;
    }
    if (ch === '*') fail(query, `"*" at character ${i + 1} must end a word, as in pipe* (words starting with "pipe")`);
    // A bare word: up to a space, a bracket, a quote or a star.
    let j = i;
    while (j < query.length && !/[\s()"“”*]/.test(query[j]!)) j++;
    const raw = query.slice(i, j);
    const prefix = query[j] === '*';
    const end = prefix ? j + 1 : j;
    if (prefix && end < query.length && !/[\s)]/.test(query[end]!)) fail(query, `"*" at character ${j + 1} must end a word, as in pipe*`);
    if (raw === 'AND' || raw === 'OR' || raw === 'NOT') {
      if (prefix) fail(query, `"${raw}*": ${raw} is an operator; write it in lower case to search for the word`);
      out.push({ t: 'op', op: raw, at: i });
    } else {
      // Punctuation inside a word splits it as the index does ("U.S." is the phrase "u s").
      const words = raw.match(WORDS) ?? [];
      if (words.length === 1) out.push({ t: 'word', text: words[0]!, prefix, at: i });
      else if (words.length > 1) out.push({ t: 'phrase', words, prefix, at: i });
      else if (prefix) fail(query, `"*" at character ${j + 1} must end a word, as in pipe*`);
    }
    i = end;
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(
    private readonly query: string,
    private readonly tokens: Token[],
  ) {}

  parse(): QueryNode {
    if (!this.tokens.length) fail(this.query, 'no words to search for');
    const node = this.or();
    const rest = this.tokens[this.i];
    if (rest) fail(this.query, rest.t === ')' ? `")" at character ${rest.at + 1} has no "(" before it` : `unexpected text at character ${rest.at + 1}`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private or(): QueryNode {
    const items = [this.and()];
    while (this.peek()?.t === 'op' && (this.peek() as { op: string }).op === 'OR') {
      const op = this.tokens[this.i++]!;
      if (!this.startsOperand()) fail(this.query, `OR at character ${op.at + 1} needs words after it`);
      items.push(this.and());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  private startsOperand(): boolean {
    const t = this.peek();
    return !!t && (t.t === 'word' || t.t === 'phrase' || t.t === '(' || t.t === 'minus' || (t.t === 'op' && t.op === 'NOT'));
  }

  private and(): QueryNode {
    const keep: QueryNode[] = [];
    const drop: QueryNode[] = [];
    const start = this.peek();
    if (start?.t === 'op' && start.op !== 'NOT') fail(this.query, `${start.op} at character ${start.at + 1} needs words before it`);
    if (!start) fail(this.query, 'the query ends where words were expected');
    if (start.t === ')') fail(this.query, `")" at character ${start.at + 1} has no "(" before it`);
    for (;;) {
      const t = this.peek();
      if (!t || t.t === ')' || (t.t === 'op' && t.op === 'OR')) break;
      if (t.t === 'op' && t.op === 'AND') {
        this.i++;
        if (!this.startsOperand()) fail(this.query, `AND at character ${t.at + 1} needs words after it`);
        continue;
      }
      if ((t.t === 'op' && t.op === 'NOT') || t.t === 'minus') {
        this.i++;
        const what = t.t === 'minus' ? '"-"' : 'NOT';
        const next = this.peek();
        if (!next || next.t === ')' || next.t === 'op' || next.t === 'minus') fail(this.query, `${what} at character ${t.at + 1} needs a word, a phrase or a group after it`);
        drop.push(this.primary());
        continue;
      }
      keep.push(this.primary());
    }
    if (!keep.length) {
      const first = start;
      fail(this.query, `${first.t === 'minus' ? '"-"' : 'NOT'} at character ${first.at + 1} leaves out words but the query has nothing to find; put the words to find first, as in "pipeline NOT oil"`);
    }
    let node: QueryNode = keep.length === 1 ? keep[0]! : { kind: 'and', items: keep };
    for (const d of drop) node = { kind: 'not', keep: node, drop: d };
    return node;
  }

  private primary(): QueryNode {
    const t = this.tokens[this.i++]!;
    if (t.t === 'word') return { kind: 'term', text: t.text, prefix: t.prefix };
    if (t.t === 'phrase') return { kind: 'phrase', words: t.words, prefix: t.prefix };
    if (t.t === '(') {
      if (this.peek()?.t === ')') fail(this.query, `"()" at character ${t.at + 1} has nothing in it`);
      if (!this.peek()) fail(this.query, `"(" at character ${t.at + 1} is not closed`);
      const inner = this.or();
      if (this.peek()?.t !== ')') fail(this.query, `"(" at character ${t.at + 1} is not closed`);
      this.i++;
      return inner;
    }
    return fail(this.query, `unexpected ${t.t === ')' ? '")"' : 'operator'} at character ${t.at + 1}`);
  }
}

/** Parse a search-box query; a DossierError (E_USAGE) names what is wrong. */
export function parseSearchQuery(query: string): QueryNode {
  if (query.length > MAX_QUERY) failWith(query.slice(0, 40) + '…', `search query longer than ${MAX_QUERY} characters`);
  return new Parser(query, lex(query)).parse();
}

/** A parsed query in FTS5 syntax: every word quoted, groups in brackets. */
export function toFts5(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return `"${node.text}"${node.prefix ? '*' : ''}`;
    case 'phrase':
      return `"${node.words.join(' ')}"${node.prefix ? '*' : ''}`;
    case 'and':
      return `(${node.items.map(toFts5).join(' AND ')})`;
    case 'or':
      return `(${node.items.map(toFts5).join(' OR ')})`;
    case 'not':
      return `(${toFts5(node.keep)} NOT ${toFts5(node.drop)})`;
  }
}

/** A search-box query as an FTS5 MATCH expression (throws a DossierError when it does not parse). */
export function toFts5Query(query: string): string {
  return toFts5(parseSearchQuery(query));
}

/** The words a match must or may contain (not those under NOT), for highlighting. */
export function positiveWords(node: QueryNode): { text: string; prefix: boolean }[] {
  switch (node.kind) {
    case 'term':
      return [{ text: node.text, prefix: node.prefix }];
    case 'phrase':
      return node.words.map((w, i) => ({ text: w, prefix: node.prefix && i === node.words.length - 1 }));
    case 'and':
    case 'or':
      return node.items.flatMap(positiveWords);
    case 'not':
      return positiveWords(node.keep);
  }
}
