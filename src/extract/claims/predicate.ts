/**
 * A subject that only repeats the figure's unit ("people" for "seven people", "bpd" for
 * "1.2 million bpd") says nothing about what was counted. What the sentence says of the
 * counted things is then the subject:
 * - the predicate after them: "seven people were killed" -> "killed"; "the men are missing"
 *   -> "missing"; "people died of the fever" -> "died of the fever" (a verb, and a short
 *   phrase after "from/of/with/without/into");
 * - else the verb acting on them before the figure: "wounding one soldier" -> "wounding",
 *   "rounded up 40 suspects" -> "rounded up";
 * - else nothing (null).
 * "killing people" (a verb and the unit) becomes "killing".
 */
import type { Span } from '../../core/types.js';
import { isNominal, phraseAfter, phraseText } from './subject.js';
import type { Word } from './types.js';
import { FIGURE_REPORTING, PARTICLES as PARTICLE } from '../../language/syntax/lexicon.js';

const lower = (w: Word | undefined): string => (w ? w.text.toLowerCase() : '');
/** A verb, or a past form the tagger calls an adjective ("rounded" up). */
const verbLike = (w: Word | undefined): boolean => w !== undefined && (w.pos === 'VERB' || (w.pos === 'ADJ' && /ed$/i.test(w.text)));
/** A participle the tagger calls a noun or an adjective after a comma or "of" ("..., wounding several people", "of damaging"). */
const participle = (w: Word | undefined, prev: Word | undefined): boolean =>
  w !== undefined && (w.pos === 'NOUN' || w.pos === 'ADJ') && /[a-z]{3}ing$/.test(w.text) && prev !== undefined && /^(?:,|and|of|by|after|before)$/i.test(prev.text);

/** Words of a phrase, lowercased, without punctuation; plural "s" dropped so "person"/"persons" match. */
function stems(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.replace(/(?:es|s)$/, ''));
}

/** Words that stand for what a figure counts without naming it: "13 others", "five more". */
const STAND_INS = ['other', 'more', 'of', 'them', 'those'];

/** Is every word of `subject` already in the figure (its words as written or its unit), or a stand-in ("others")? */
export function repeatsUnit(subject: string, figureText: string, unit: string | null): boolean {
  const own = new Set([...stems(figureText), ...stems(unit ?? ''), ...STAND_INS]);
  const words = stems(subject);
  return words.length > 0 && words.every((w) => own.has(w));
}

/** A subject that names nothing but the unit: "people", "others", or a reporting verb and the unit ("saying people"). */
export function namesOnlyUnit(subject: string, figureText: string, unit: string | null): boolean {
  if (repeatsUnit(subject, figureText, unit)) return true;
  const m = /^(\S+)\s+(.+)$/.exec(subject);
  return m !== null && isSpeech(m[1]!) && repeatsUnit(m[2]!, figureText, unit);
}

/** "killing people" -> "killing" when the words after the first one only repeat the figure. */
export function verbWithoutUnit(subject: string, figureText: string, unit: string | null): string | null {
  // "killing people and wounding": the verb of the next conjunct belongs to the next figure.
  const m = /^(\S+(?:\s+(?:up|off|out|down))?)\s+(.+?)(?:\s+and\s+\S+ing)?$/.exec(subject);
  if (!m || !repeatsUnit(m[2]!, figureText, unit) || isSpeech(m[1]!)) return null;
  return m[1]!;
}

const AUX = /^(?:was|were|is|are|be|been|being|have|has|had|will|would|could|can|may|might|must|should|shall|reportedly|also|still|now|later|so|far|already|all|not|never|each|apparently|allegedly|believed|thought|said|feared|to)$/;
const AFTER_VERB_PREP = new Set(['from', 'of', 'with', 'without', 'into', 'in', 'on', 'at', 'for']);
/** Reporting verbs say whose the figure is, not what it counts. */
const isSpeech = (text: string): boolean => FIGURE_REPORTING.has(text.toLowerCase());

/**
 * What the sentence says of the counted things whose last word is `head`, within words
 * [floor, ceil), or null. `q0` is the figure's first word. Time expressions in `drop` are left out.
 */
export function countedPredicate(text: string, words: readonly Word[], q0: number, head: number, floor: number, ceil: number, drop: readonly Span[]): string | null {
  let i = head + 1;
  // "More than 90 people, including 12 children, were hurt": skip the parenthetical.
  if (words[i]?.text === ',' && i < ceil) {
    let j = i + 1;
    while (j < ceil && j < i + 16 && words[j]!.text !== ',') j++;
    if (j < ceil && words[j]!.text === ',') i = j + 1;
  }
  // "90 people around the world have died", "five players and a coach were hurt": a phrase or a
  // conjunct between the counted things and their verb group is skipped (the predicate is shared).
  for (let skips = 0; skips < 2 && i < ceil; skips++) {
    const w0 = words[i]!;
    if (!(w0.pos === 'ADP' || w0.text === 'and')) break;
    let j = i + 1;
    while (j < ceil && j < i + 7 && (words[j]!.pos === 'DET' || words[j]!.pos === 'NUM' || isNominal(words[j]))) j++;
    // After a phrase only an auxiliary shows the clause goes on ("settlements in the occupied West Bank" is no verb group).
    const verbNext = words[j]!.pos === 'AUX' || AUX.test(lower(words[j])) || (w0.text === 'and' && words[j]!.pos === 'VERB');
    if (j === i + 1 || j >= ceil || !verbNext) break;
    i = j;
  }
  let negated = false;
  while (i < ceil && (AUX.test(lower(words[i])) || words[i]!.pos === 'AUX' || words[i]!.pos === 'ADV')) {
    if (/^(?:not|never)$/.test(lower(words[i]))) negated = true;
    i++;
  }
  const w = words[i];
  if (w && i < ceil && (w.pos === 'VERB' || (w.pos === 'ADJ' && i > head + 1))) {
    let last = i;
    if (PARTICLE.has(lower(words[i + 1])) && i + 1 < ceil) last = i + 1;
    const prep = words[last + 1];
    if (prep && last + 1 < ceil && AFTER_VERB_PREP.has(lower(prep))) {
      const np = phraseAfter(words, last + 2, 3, ceil);
      const cut = np.findIndex((x) => x.pos === 'ADP' || x.text === 'and' || x.text === ',');
      const kept = cut < 0 ? np : np.slice(0, cut);
      if (kept.length > 0) last = words.indexOf(kept[kept.length - 1]!);
    }
    const s = phraseText(text, words.slice(i, last + 1), drop);
    if (s) return negated ? `not ${s}` : s;
  }
  // The verb before the figure: "wounding at least one soldier", "rounded up 40 suspects".
  let k = q0 - 1;
  while (k >= floor && (words[k]!.pos === 'DET' || words[k]!.pos === 'ADV' || words[k]!.pos === 'ADP' || words[k]!.pos === 'SYM' || /^(?:least|than|many|much|as|some|nearly|about|around|over|up|to|more|fewer|less)$/.test(lower(words[k])))) {
    if (PARTICLE.has(lower(words[k])) && verbLike(words[k - 1])) break;
    k--;
  }
  if (k >= floor && PARTICLE.has(lower(words[k])) && verbLike(words[k - 1])) return `${words[k - 1]!.text} ${words[k]!.text}`;
  if (k >= floor && words[k]!.pos === 'VERB' && !isNominal(words[k]) && !isSpeech(words[k]!.text)) return words[k]!.text;
  if (k >= floor && participle(words[k], words[k - 1])) return words[k]!.text;
  return null;
}
