/**
 * Noun phrases over a sentence view, by rules on parts of speech and entity mentions (no parser):
 * a phrase is a run of determiners, numbers, adjectives, nouns, pronouns, possessive marks and
 * mention words; its head is its last noun, pronoun, number or mention word.
 */
import type { SyntaxPhrase } from '../../core/types.js';
import { DETERMINERS, POSSESSIVE_MARKS, POSSESSIVES, PREPOSITIONS } from './lexicon.js';
import { mentionOfWord, type SentenceView } from './sentence-view.js';
import { isTitleHead } from '../roles/titles.js';

/** Word indices [first, last] of a phrase and its head word. */
export interface PhraseRef {
  first: number;
  last: number;
  head: number;
}

const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM']);

const lowerAt = (view: SentenceView, i: number): string => view.words[i]?.lower ?? '';

/** A word that may be the head of a noun phrase. */
export function isNominalWord(view: SentenceView, i: number): boolean {
  const w = view.words[i];
  if (!w) return false;
  if ((view.mentionAt[i] ?? -1) >= 0) return true;
  // A title ("chief", "minister") is a noun whatever the tagger says.
  if (isTitleHead(w.lower)) return true;
  return w.pos !== null && NOMINAL_POS.has(w.pos) && !PREPOSITIONS.has(w.lower);
}

/** A word that may stand inside a noun phrase before its head. */
function isPhraseWord(view: SentenceView, i: number): boolean {
  const w = view.words[i];
  if (!w) return false;
  if (isNominalWord(view, i)) return true;
  if (DETERMINERS.has(w.lower) || POSSESSIVES.has(w.lower) || POSSESSIVE_MARKS.has(w.lower)) return true;
  return w.pos !== null && MODIFIER_POS.has(w.pos);
}

/**
 * The phrase that starts at word j and stays inside `allowed` (word indices of one clause), or
 * null when no nominal head follows.
 */
export function phraseFrom(view: SentenceView, j: number, allowed?: ReadonlySet<number>): PhraseRef | null {
  let k = j;
  let head = -1;
  let fallback = -1;
  /** Modifiers may still come: at the start and after a possessive mark ("Israel's new plan"). */
  let open = true;
  while (k < view.words.length && (!allowed || allowed.has(k)) && isPhraseWord(view, k)) {
    const w = view.words[k]!;
    if (isNominalWord(view, k) && w.pos !== 'NUM') {
      head = k;
      open = false;
    } else if (POSSESSIVE_MARKS.has(w.lower)) {
      if (head < 0) break;
      open = true;
    } else {
      // A determiner, adjective or number after the head starts another phrase ("gave Iran a loan").
      if (!open) break;
      if (w.pos === 'NUM' || /^\d/.test(w.text)) fallback = k;
    }
    k++;
  }
  if (head < 0) head = fallback;
  if (head < 0) return null;
  // A mention reaching past the run ("the Democratic Republic of Congo") ends the phrase with it.
  const m = mentionOfWord(view, head);
  const last = Math.max(head, m && (!allowed || allowed.has(m.last)) ? m.last : head);
  return { first: j, last, head: last };
}

/** The phrase that ends at word i (its head), scanning left inside `allowed`, or null. */
export function phraseTo(view: SentenceView, i: number, allowed?: ReadonlySet<number>): PhraseRef | null {
  if (!isNominalWord(view, i) || (allowed && !allowed.has(i))) return null;
  let k = i;
  while (k - 1 >= 0 && (!allowed || allowed.has(k - 1)) && isPhraseWord(view, k - 1)) k--;
  // Keep a mention whole at the left edge.
  const m = mentionOfWord(view, k);
  if (m && m.first < k && (!allowed || allowed.has(m.first))) k = m.first;
  return { first: k, last: i, head: i };
}

/** The stored form of a phrase: offsets and the mention of its head. */
export function toPhrase(view: SentenceView, p: PhraseRef): SyntaxPhrase {
  const w = view.words;
  const m = mentionOfWord(view, p.head);
  return {
    start: w[p.first]!.start,
    end: w[p.last]!.end,
    head: { start: w[p.head]!.start, end: w[p.head]!.end },
    mention: m ? m.index : -1,
  };
}
