/**
 * The parts of one clause, by rules over parts of speech and the clause cut (no parser):
 * - verb group: the first run of auxiliaries, adverbs and negations that ends in a verb (or a
 *   lone form of "be"), outside entity mentions; passive when a form of "be" or "get" comes
 *   before a past participle;
 * - subject: the noun phrase right before the verb group that is not the object of a
 *   preposition ("the head of the council said" -> "the head"; "police in the city arrested" ->
 *   "police"); a relative clause takes its antecedent, a clause that shares its subject takes
 *   the subject of that clause;
 * - objects: the noun phrases right after the head verb (and its particle), up to two;
 * - attachments: every preposition of the clause followed by a noun phrase.
 */
import { looksPast } from '../../extract/events/inflect.js';
import { ADVERBS, AUXILIARIES, BE_FORMS, NEGATIONS, PARTICLES, PREPOSITIONS, RELATIVES } from './lexicon.js';
import { isNominalWord, phraseFrom, phraseTo, type PhraseRef } from './phrases.js';
import { mentionOfWord, type SentenceView } from './sentence-view.js';
import type { ClauseMap } from './clauses.js';

export interface VerbRef {
  first: number;
  last: number;
  head: number;
  auxiliaries: string[];
  negated: boolean;
  voice: 'active' | 'passive';
}

export interface ClauseParts {
  subject: PhraseRef | null;
  verb: VerbRef | null;
  objects: PhraseRef[];
  attachments: { preposition: string; object: PhraseRef }[];
}

const GET_FORMS = new Set(['get', 'gets', 'got', 'gotten', 'getting']);

const isVerbWord = (view: SentenceView, i: number): boolean => {
  const w = view.words[i]!;
  if ((view.mentionAt[i] ?? -1) >= 0) return false;
  return w.pos === 'VERB' || w.pos === 'AUX' || AUXILIARIES.has(w.lower);
};

/** The verb group starting at or after word index `from` of the clause's words, or null. */
export function verbGroup(view: SentenceView, words: readonly number[]): VerbRef | null {
  for (let p = 0; p < words.length; p++) {
    const i = words[p]!;
    if (!isVerbWord(view, i)) continue;
    const lower = view.words[i]!.lower;
    // "to" + verb is an infinitive, not the clause's verb group, unless nothing else is found.
    if (view.words[i - 1]?.lower === 'to' && view.words[i]!.pos === 'VERB' && p > 0) continue;
    const auxiliaries: string[] = [];
    let negated = false;
    let head = -1;
    let last = i;
    let q = p;
    for (; q < words.length; q++) {
      const k = words[q]!;
      const w = view.words[k]!;
      if (k !== last && k !== last + 1) break;
      if (NEGATIONS.has(w.lower) && q > p) {
        negated = true;
        last = k;
        continue;
      }
      if (ADVERBS.has(w.lower) && q > p && w.pos !== 'VERB') {
        last = k;
        continue;
      }
      if (AUXILIARIES.has(w.lower) || GET_FORMS.has(w.lower)) {
        // An auxiliary followed by no verb is the verb itself ("is", "has" as main verbs).
        auxiliaries.push(w.lower);
        last = k;
        continue;
      }
      if (w.pos === 'VERB' || (auxiliaries.length > 0 && looksPast(w.lower))) {
        head = k;
        last = k;
      }
      break;
    }
    if (head < 0) {
      // A lone auxiliary: "is", "has", "did" as the main verb.
      if (auxiliaries.length === 0) continue;
      const lastAux = [...words.slice(p, q)].reverse().find((k) => AUXILIARIES.has(view.words[k]!.lower) || GET_FORMS.has(view.words[k]!.lower));
      head = lastAux ?? i;
      auxiliaries.pop();
    }
    const headLower = view.words[head]!.lower;
    const passive =
      head !== i &&
      auxiliaries.some((a) => BE_FORMS.has(a) || GET_FORMS.has(a)) &&
      !headLower.endsWith('ing') &&
      looksPast(headLower) &&
      !BE_FORMS.has(headLower);
    void lower;
    return { first: i, last, head, auxiliaries, negated, voice: passive ? 'passive' : 'active' };
  }
  return null;
}

/**
 * The subject phrase that ends right before word `before` (skipping adverbs, time expressions
 * and negations), following "of"/"in" phrases back to the noun they hang on.
 */
function subjectBefore(view: SentenceView, before: number, allowed: ReadonlySet<number>): PhraseRef | null {
  let i = before - 1;
  while (i >= 0 && allowed.has(i) && (ADVERBS.has(view.words[i]!.lower) || (view.timexAt[i] ?? -1) >= 0)) i--;
  if (i < 0 || !allowed.has(i)) return null;
  let phrase = phraseTo(view, i, allowed);
  if (!phrase) return null;
  // "the head of the alliance said", "police in the capital arrested": the noun before the preposition.
  for (let guard = 0; guard < 4; guard++) {
    const p = phrase.first - 1;
    const prep = view.words[p]?.lower;
    if (prep === undefined || !allowed.has(p) || !PREPOSITIONS.has(prep)) break;
    const outer = phraseTo(view, p - 1, allowed);
    if (!outer) return null;
    phrase = outer;
  }
  const w = view.words[phrase.head]!;
  if (RELATIVES.has(w.lower) && w.pos !== 'NOUN' && w.pos !== 'PROPN') return null;
  return phrase;
}

/** Subject, verb group, objects and attachments of clause `id`. */
export function clauseParts(view: SentenceView, map: ClauseMap, id: number): ClauseParts {
  const words: number[] = [];
  for (let i = 0; i < map.of.length; i++) if (map.of[i] === id) words.push(i);
  const allowed = new Set(words);
  const verb = verbGroup(view, words);
  const subject = verb ? subjectBefore(view, verb.first, allowed) : null;
  const objects: PhraseRef[] = [];
  if (verb) {
    let j = verb.head + 1;
    if (PARTICLES.has(view.words[j]?.lower ?? '') && allowed.has(j)) j++;
    for (let n = 0; n < 2 && allowed.has(j); n++) {
      const w = view.words[j];
      if (!w || PREPOSITIONS.has(w.lower) || RELATIVES.has(w.lower) && w.lower === 'that') break;
      const o = phraseFrom(view, j, allowed);
      if (!o) break;
      objects.push(o);
      j = o.last + 1;
    }
  }
  const attachments: ClauseParts['attachments'] = [];
  for (const i of words) {
    const w = view.words[i]!;
    if (!PREPOSITIONS.has(w.lower) || (w.pos !== null && w.pos !== 'ADP' && w.pos !== 'SCONJ' && w.pos !== 'ADV')) continue;
    if ((view.mentionAt[i] ?? -1) >= 0) continue;
    const o = phraseFrom(view, i + 1, allowed);
    if (o) attachments.push({ preposition: w.lower, object: o });
  }
  return { subject, verb, objects, attachments };
}

/** A word that heads an entity mention or a noun: may be the subject of a verb. */
export function headsPhrase(view: SentenceView, i: number): boolean {
  return isNominalWord(view, i) || mentionOfWord(view, i) !== undefined;
}
