/**
 * Entity dictionaries built from labelled training data: the phrases of each type
 * ("d-PER", "d-ORG", "d-LOC", "d-MISC") and the first tokens of multi-word person names
 * ("d-first"). During training each document only sees dictionaries built from the other
 * folds (jackknifing), so the model learns how far a dictionary hit can be trusted on text
 * it has not seen, instead of learning that every hit is right.
 */
import type { LabelledDocument } from './conll.js';
import { Gazetteer } from './gazetteer.js';
import { spansFromTags } from './labels.js';

export type DictionaryEntry = readonly [phrase: string, category: string];

/** Dictionary entries of a set of documents (deduplicated). */
export function dictionaryEntries(docs: readonly LabelledDocument[]): DictionaryEntry[] {
  const seen = new Set<string>();
  const out: DictionaryEntry[] = [];
  const add = (phrase: string, category: string): void => {
    const key = `${category}\t${phrase}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push([phrase, category]);
  };
  for (const d of docs) {
    for (const s of d.sentences) {
      for (const span of spansFromTags(s.tags)) {
        const words = s.tokens.slice(span.start, span.end);
        add(words.join(' ').toLowerCase(), `d-${span.type}`);
        if (span.type === 'PER' && words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0] as string)) {
          add((words[0] as string).toLowerCase(), 'd-first');
        }
      }
    }
  }
  return out;
}

/**
 * One gazetteer per category group, so that groups match independently of each other. The
 * group is the part of the category before "/" ("lex/city" and "lex/first" share the group
 * "lex" and compete for the longest match); a category without "/" is its own group.
 */
export function dictionaryGazetteers(entries: readonly DictionaryEntry[]): Gazetteer[] {
  const byCategory = new Map<string, Gazetteer>();
  for (const [phrase, category] of entries) {
    const slash = category.indexOf('/');
    const group = slash >= 0 ? category.slice(0, slash) : category;
    let g = byCategory.get(group);
    if (!g) {
      g = new Gazetteer();
      byCategory.set(group, g);
    }
    g.add(phrase, category);
  }
  return [...byCategory.keys()].sort().map((k) => byCategory.get(k) as Gazetteer);
}

/**
 * Splits documents into `folds` folds (document i in fold i % folds). Returns, per document,
 * the gazetteers built from the other folds, and the entries built from all documents (for
 * the shipped model).
 */
export function buildJackknifedDictionaries(
  docs: readonly LabelledDocument[],
  folds: number,
): { perDocument: Gazetteer[][]; full: DictionaryEntry[] } {
  const foldGazetteers: Gazetteer[][] = [];
  for (let f = 0; f < folds; f++) {
    foldGazetteers.push(dictionaryGazetteers(dictionaryEntries(docs.filter((_, i) => i % folds !== f))));
  }
  return {
    perDocument: docs.map((_, i) => foldGazetteers[i % folds] as Gazetteer[]),
    full: dictionaryEntries(docs),
  };
}
