/**
 * A parsed search query (src/store/fts-query.ts) tested against texts in memory, with the
 * same meaning FTS5 gives it over documents: whole words (or word starts for prefix*),
 * phrases as consecutive words, case and diacritics ignored.
 */
import type { QueryNode } from '../store/fts-query.js';

/** Lower case without diacritics, as the FTS5 index (unicode61 remove_diacritics 2) sees words. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a text, folded. */
export function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

type Test = (words: readonly string[], set: ReadonlySet<string>) => boolean;

function compile(node: QueryNode): Test {
  switch (node.kind) {
    case 'term': {
      const w = fold(node.text);
      return node.prefix ? (words) => words.some((x) => x.startsWith(w)) : (_words, set) => set.has(w);
    }
    case 'phrase': {
      const ws = node.words.map(fold);
      const last = ws.length - 1;
      return (words) => {
        for (let i = 0; i + ws.length <= words.length; i++) {
          let ok = true;
          for (let k = 0; k <= last && ok; k++) ok = k === last && node.prefix ? words[i + k]!.startsWith(ws[k]!) : words[i + k] === ws[k];
          if (ok) return true;
        }
        return false;
      };
    }
    case 'and': {
      const items = node.items.map(compile);
      return (words, set) => items.every((t) => t(words, set));
    }
    case 'or': {
      const items = node.items.map(compile);
      return (words, set) => items.some((t) => t(words, set));
    }
    case 'not': {
      const keep = compile(node.keep);
      const drop = compile(node.drop);
      return (words, set) => keep(words, set) && !drop(words, set);
    }
  }
}

/** A test of texts against the query (compile once, test many). */
export function queryMatcher(node: QueryNode): (text: string) => boolean {
  const test = compile(node);
  return (text) => {
    const words = wordsOf(text);
    return test(words, new Set(words));
  };
}
