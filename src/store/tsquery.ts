/**
 * The search box's query (parsed by fts-query.ts, the same language as the SQLite store's) as
 * PostgreSQL tsquery text for to_tsquery('simple', ...): & for AND, | for OR, & ! for NOT,
 * <-> between the words of a phrase, :* for a prefix. Words are letters and digits only
 * (the parser's tokens), quoted as lexemes, with Latin accents folded as the index folds them.
 */
import { foldLatinAccents } from './fold-accents.js';
import { type QueryNode, parseSearchQuery } from './fts-query.js';

function lexeme(word: string, prefix: boolean): string {
  return `'${foldLatinAccents(word).replace(/'/g, "''")}'${prefix ? ':*' : ''}`;
}

export function toTsQuery(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return lexeme(node.text, node.prefix);
    case 'phrase':
      return `(${node.words.map((w, i) => lexeme(w, node.prefix && i === node.words.length - 1)).join(' <-> ')})`;
    case 'and':
      return `(${node.items.map(toTsQuery).join(' & ')})`;
    case 'or':
      return `(${node.items.map(toTsQuery).join(' | ')})`;
    case 'not':
      return `(${toTsQuery(node.keep)} & !${toTsQuery(node.drop)})`;
  }
}

/** A user's query as tsquery text; a query that does not parse is the parser's DossierError. */
export function toTsQueryText(query: string): string {
  return toTsQuery(parseSearchQuery(query));
}
