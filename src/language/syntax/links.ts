/**
 * Appositions and coordinations of a sentence, by rules over phrases:
 * - apposition: a name and a common noun phrase side by side between commas ("Ana Ruiz, the
 *   mayor of the town, said", "the mayor, Ana Ruiz, and ..."): one of the two is an entity
 *   mention, the other a phrase headed by a common noun, and the second is closed by a comma,
 *   "and", "or" or the end of the sentence;
 * - coordination of noun phrases ("Chile and Peru", "Chile, Peru and Bolivia") and of verbs
 *   ("shot and killed").
 */
import type { SyntaxLink } from '../../core/types.js';
import { phraseFrom, phraseTo, toPhrase, type PhraseRef } from './phrases.js';
import { type SentenceView } from './sentence-view.js';
import { looksPast } from '../../extract/events/inflect.js';
import { DETERMINERS } from './lexicon.js';
import { isTitleHead } from '../roles/titles.js';

const COMPLEMENT_PREPS = new Set(['of', 'in', 'for', 'at']);
const CONJUNCTIONS = new Set(['and', 'or']);
const CLOSERS = new Set([',', 'and', 'or', '.', '!', '?', ';', ':', ')', '—', '–']);

const isMentionHead = (view: SentenceView, p: PhraseRef): boolean => (view.mentionAt[p.head] ?? -1) >= 0;
const isCommonHead = (view: SentenceView, p: PhraseRef): boolean => (view.words[p.head]!.pos === 'NOUN' || isTitleHead(view.words[p.head]!.lower)) && !isMentionHead(view, p);

/** A verb, or a past form the tagger took for a noun ("shot and killed"), outside mentions and not after a determiner. */
function verbish(view: SentenceView, i: number): boolean {
  const w = view.words[i]!;
  if ((view.mentionAt[i] ?? -1) >= 0) return false;
  if (w.pos === 'VERB') return true;
  return looksPast(w.lower) && !DETERMINERS.has(view.words[i - 1]?.lower ?? '') && w.pos !== 'ADJ';
}

export function appositions(view: SentenceView, sentence: number): SyntaxLink[] {
  const out: SyntaxLink[] = [];
  const { words } = view;
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i]!.text !== ',') continue;
    const left = phraseTo(view, i - 1);
    const right = phraseFrom(view, i + 1);
    if (!left || !right) continue;
    // "the mayor of the town": the phrase runs on through its "of" / "in" complements.
    let end = right.last;
    for (let guard = 0; guard < 3 && COMPLEMENT_PREPS.has(words[end + 1]?.lower ?? ''); guard++) {
      const more = phraseFrom(view, end + 2);
      if (!more) break;
      end = more.last;
    }
    const after = words[end + 1];
    if (after !== undefined && !CLOSERS.has(after.lower)) continue;
    const nameThenNoun = isMentionHead(view, left) && isCommonHead(view, right) && /^(the|a|an|his|her|its|their)$/.test(words[right.first]!.lower);
    // "the mayor, Ana Ruiz", "the army chief, General Luis Vera": a title may open the name.
    const nameStart = view.mentions[view.mentionAt[right.head] ?? -1]?.first ?? -1;
    const nounThenName =
      isCommonHead(view, left) && isMentionHead(view, right) && nameStart >= right.first && words.slice(right.first, nameStart).every((w) => w.pos === 'PROPN' || w.pos === 'NOUN');
    if (!nameThenNoun && !nounThenName) continue;
    out.push({ sentence, conjunction: null, category: 'noun', items: [toPhrase(view, left), { ...toPhrase(view, right), end: words[end]!.end }] });
  }
  return out;
}

export function coordinations(view: SentenceView, sentence: number): SyntaxLink[] {
  const out: SyntaxLink[] = [];
  const { words } = view;
  for (let i = 1; i + 1 < words.length; i++) {
    const conj = words[i]!.lower;
    if (!CONJUNCTIONS.has(conj)) continue;
    const a = words[i - 1]!;
    const b = words[i + 1]!;
    if (verbish(view, i - 1) && verbish(view, i + 1) && (a.pos === 'VERB' || b.pos === 'VERB')) {
      const one = (k: number): PhraseRef => ({ first: k, last: k, head: k });
      out.push({ sentence, conjunction: conj, category: 'verb', items: [toPhrase(view, one(i - 1)), toPhrase(view, one(i + 1))] });
      continue;
    }
    const right = phraseFrom(view, i + 1);
    const left = phraseTo(view, i - 1 - (a.text === ',' ? 1 : 0));
    if (!left || !right) continue;
    const items = [left, right];
    // "Chile, Peru and Bolivia": earlier items of the list, each after a comma.
    for (let k = left.first - 1; k > 0 && words[k]!.text === ','; ) {
      const prev = phraseTo(view, k - 1);
      if (!prev || !isMentionHead(view, prev) || !isMentionHead(view, left)) break;
      items.unshift(prev);
      k = prev.first - 1;
    }
    out.push({ sentence, conjunction: conj, category: 'noun', items: items.map((p) => toPhrase(view, p)) });
  }
  return out;
}
