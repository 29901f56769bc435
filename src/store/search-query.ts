/**
 * A user's search words, read the same way by every store: words are letters, digits and
 * underscores; every word is required; words inside double quotes must also be adjacent (a
 * phrase). Everything else (operators, brackets, a lone quote) is ignored, so user input
 * can never be a syntax error.
 */
export type SearchTerm = string[];

const WORD = /[\p{L}\p{N}_]+/gu;

/** Each term is one word, or the words of one quoted phrase. */
export function searchTerms(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  // Split at quotes: odd-numbered pieces were inside a closed pair of quotes.
  const pieces = query.split('"');
  const closed = pieces.length % 2 === 1 ? pieces.length : pieces.length - 1;
  pieces.forEach((piece, i) => {
    const words = piece.match(WORD) ?? [];
    if (i % 2 === 1 && i < closed) {
      if (words.length) terms.push(words);
    } else for (const w of words) terms.push([w]);
  });
  return terms;
}

/** Terms as an FTS5 query: each term a quoted phrase (a one-word phrase is the word). */
export function toFtsQuery(query: string): string {
  return searchTerms(query)
    .map((t) => `"${t.join(' ')}"`)
    .join(' ');
}

/** Accents on Latin letters dropped, as the PostgreSQL store's index drops them (postgres-schema.ts). */
export function foldLatinAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(/([A-Za-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC');
}

/** Terms as input to PostgreSQL's websearch_to_tsquery: quoted, so "or" and "-" are only words. */
export function toWebsearchQuery(query: string): string {
  return searchTerms(query)
    .map((t) => `"${t.map(foldLatinAccents).join(' ')}"`)
    .join(' ');
}
