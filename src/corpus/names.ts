/** Name normalisation for matching spellings of one name across documents. */
import { vowelKey } from '../language/entities/spelling.js';

export { vowelKey };

/** Lowercase, no diacritics, no punctuation; hyphenated particles glued ("Anwaar-ul-Haq" -> "anwaarulhaq"). */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[‘’'`]/g, '')
    .replace(/-/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0 && !TITLES.has(t));
}

/** Honorifics and titles that are not part of a name. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'president', 'minister', 'prime', 'sir', 'mullah', 'sheikh', 'lt', 'col', 'maj', 'capt']);

/**
 * A spelling-tolerant key for one word: first letter, then consonants with doubled letters
 * folded, so "Mehmood"/"Mahmood" and "Anwaarul"/"Anwarul" agree. Short words keep their vowels.
 */
export function wordKey(word: string): string {
  if (word.length <= 3) return word;
  const folded = word.replace(/(.)\1+/g, '$1');
  return folded[0] + folded.slice(1).replace(/[aeiouy]/g, '');
}

/** Key of a person's full name: given names glued together, then the surname (both by `wordKey`). */
export function personKey(name: string): { given: string; surname: string } | null {
  const tokens = nameTokens(name);
  if (tokens.length === 0) return null;
  const surname = wordKey(tokens[tokens.length - 1]!);
  const given = wordKey(tokens.slice(0, -1).join(''));
  return { given, surname };
}

/** A person's name as resolution compares it: given-name tokens and surname, normalised. */
export interface PersonName {
  /** Given names and particles, in order ("shah", "mehmood"); empty for a bare surname. */
  given: string[];
  surname: string;
}

export function personName(name: string): PersonName | null {
  const tokens = nameTokens(name);
  if (tokens.length === 0) return null;
  return { given: tokens.slice(0, -1), surname: tokens[tokens.length - 1]! };
}

/**
 * Keys under which two full names are spellings of one name: the same surname with given
 * names that differ only in vowels, doubled letters or where a particle is split off
 * ("Anwaar-ul-Haq" / "Anwaarul Haq"); the same given names with a surname that differs only
 * in vowels and doubled letters ("Zawahri" / "Zawahiri"); or the same letters split or
 * hyphenated differently ("Ban Ki-moon" / "Ban Ki Moon"). One part may vary, never both.
 */
export function variantKeys(p: PersonName): string[] {
  if (p.given.length === 0) return [];
  const given = p.given.join('');
  return [`g:${vowelKey(given)}|${p.surname}`, `s:${given}|${wordKey(p.surname)}`, `a:${given}${p.surname}`];
}

/** A slug for readable ids: "Vladimir Putin" -> "vladimir-putin". */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed'
  );
}
