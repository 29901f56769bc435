/**
 * What a figure measures, as a short noun phrase made of the sentence's own words:
 * - "a 17% drop in cross-border attacks" -> "drop in cross-border attacks";
 * - "an increase of 46 percent" after "$790 million" of trade -> "increase of trade ..." (derived);
 * - "trade ... hitting an all-time high of $790 million" -> "trade between Russia and Pakistan";
 * - "a population of 240 million people" -> "population";
 * - "a 1,100-kilometer gas pipeline" -> "gas pipeline"; "killing at least seven people" -> "killing people";
 * - "pledged over $60 billion for energy ..." -> "pledged for energy ...".
 * Time expressions are dropped from the phrase ("trade ... last year" -> "trade ...").
 */
import type { Span } from '../../core/types.js';
import type { Word } from './types.js';
import { FIGURE_REPORTING, POSSESSIVES } from '../../language/syntax/lexicon.js';

export interface SubjectResult {
  subject: string;
  /** True when the subject was derived from the previous claim of the sentence ("an increase of 46 percent"). */
  derived: boolean;
}

const CHANGE = new Set(
  'increase increases rise rises drop drops decline declines fall falls growth jump jumps cut cuts reduction reductions surge surges gain gains loss losses hike hikes dip dips slump boost'.split(' '),
);

/** Heads that say "a value of" without saying of what: the subject is the verb's ("trade hit a high of"). */
const GENERIC_HEADS = new Set('high low peak record level total figure sum amount value average'.split(' '));

/** Verbs that state a value of their subject: "X hit/reached/stood at/cost Q". */
const VALUE_VERBS = new Set(
  (
    'hit hitting hits reached reach reaches reaching stood stand stands standing was were is are be been being ' +
    'totalled totaled totals totalling totaling total rose rise rises rising risen fell fall falls falling fallen ' +
    'grew grow grows growing grown amounted amounts amount cost costs costing exceeded exceeds topped tops ' +
    'climbed dropped surged jumped increased decreased declined doubled tripled valued estimated worth ' +
    'remained remains hovered'
  ).split(' '),
);

/** Value verbs that state a change: with a percentage they say by how much, not how much. */
const CHANGE_VERBS = new Set(
  'rose rise rises rising risen fell fall falls falling fallen grew grow grows growing grown climbed dropped surged jumped increased decreased declined'.split(' '),
);

/** Words between a verb and its figure that say how sure or how exact: "cost an estimated $2 billion". */
const QUALIFIERS = new Set(
  'a an the estimated about around over up to nearly almost some more than at least roughly approximately just under below above only over some less fewer record'.split(
    ' ',
  ),
);

/** Words of a figure that say its size, not what is counted. */
const MAGNITUDES = new Set(
  'hundred hundreds thousand thousands million millions billion billions trillion lakh crore percent per cent pct dollars dollar euros euro pounds rupees yuan rubles roubles yen'.split(' '),
);

/** Units of measure: what they measure follows "of" ("tons of cereals"). */
const MEASURES = new Set(
  'tons tonnes ton tonne meters metres kilometers kilometres miles barrels liters litres gallons kilograms kg km feet acres hectares cubic square mw megawatts gigawatts kwh'.split(' '),
);


const PHRASE_PREPS = new Set(['between', 'of', 'in', 'for', 'with', 'from', 'on', 'to']);

/** Speech verbs: "says 227 people died" -> the figure's subject is not "says people". */
const isSpeech = (text: string): boolean => FIGURE_REPORTING.has(text.toLowerCase());

/** A verb that acts on what is counted: "killed at least seven people", "buy 5 million doses". */
const isActionVerb = (w: Word): boolean => w.pos === 'VERB' && !VALUE_VERBS.has(w.text.toLowerCase()) && !isSpeech(w.text);

export const isNominal = (w: Word | undefined): boolean =>
  w !== undefined && (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ' || (w.pos === 'NUM' && !/^\d/.test(w.text)));
const isQuoteMark = (w: Word | undefined): boolean => w !== undefined && /^[“”"‘’']$/.test(w.text);
const lower = (w: Word | undefined): string => (w ? w.text.toLowerCase() : '');

/** A noun phrase starting at word k (not reading at or past `ceil`): [DET] nominal+ ((of|between|in|...) [DET] nominal+ (and nominal+)*)? */
export function phraseAfter(words: readonly Word[], k: number, max = 8, ceil = words.length): Word[] {
  const at = (i: number): Word | undefined => (i < ceil ? words[i] : undefined);
  const out: Word[] = [];
  let i = k;
  while (at(i) && (at(i)!.pos === 'DET' || at(i)!.pos === 'PRON' || isQuoteMark(at(i)))) i++;
  let usedPrep = false;
  while (at(i) && out.length < max) {
    const w = at(i)!;
    if (isQuoteMark(w)) {
      i++;
      continue;
    }
    // "the country's farmers": a possessive joins the noun after it.
    if (out.length > 0 && /^['’]s$/.test(w.text) && isNominal(at(i + 1))) {
      out.push(w);
      i++;
      continue;
    }
    if (isNominal(w)) {
      out.push(w);
      i++;
      continue;
    }
    const next = at(i + 1);
    const afterNext = at(i + 2);
    if (out.length > 0 && (w.text === 'and' || w.text === ',') && (isNominal(next) || (next?.pos === 'DET' && isNominal(afterNext)))) {
      // "energy, infrastructure and other projects"
      if (w.text === ',' && ![1, 2, 3, 4, 5].some((d) => at(i + d)?.text === 'and')) break;
      out.push(w);
      i++;
      continue;
    }
    if (!usedPrep && out.length > 0 && PHRASE_PREPS.has(lower(w)) && lower(w) !== 'to' && (isNominal(next) || next?.pos === 'DET' || isQuoteMark(next))) {
      usedPrep = true;
      out.push(w);
      i++;
      while (at(i) && (at(i)!.pos === 'DET' || POSSESSIVES.has(lower(at(i))) || isQuoteMark(at(i)))) {
        if (!isQuoteMark(at(i))) out.push(at(i)!);
        i++;
      }
      continue;
    }
    break;
  }
  while (out.length > 0 && !isNominal(out[out.length - 1])) out.pop();
  return out;
}

/** A noun phrase ending just before word k, read backwards; a parenthetical ", linking ... ," before k is skipped. */
function phraseBefore(words: readonly Word[], k: number, floor: number, max = 8): Word[] {
  let i = k - 1;
  while (i >= floor && (words[i]!.pos === 'AUX' || words[i]!.pos === 'ADV' || words[i]!.pos === 'PART')) i--;
  if (/^(that|which|who)$/i.test(words[i]?.text ?? '')) i--; // "countries that could total $37 billion"
  if (words[i]?.text === ',') {
    let j = i - 1;
    while (j >= floor && words[j]!.text !== ',') j--;
    if (j >= floor) i = j - 1;
  }
  const out: Word[] = [];
  let usedPrep = false;
  while (i >= floor && out.length < max) {
    const w = words[i]!;
    if (isNominal(w)) {
      out.unshift(w);
      i--;
      continue;
    }
    const prev = words[i - 1];
    if (out.length > 0 && w.text === 'and' && isNominal(prev)) {
      out.unshift(w);
      i--;
      continue;
    }
    const toNoun = lower(w) !== 'to' || out[0]?.pos === 'PROPN' || out[0]?.pos === 'NOUN'; // "exports to Russia"
    if (!usedPrep && out.length > 0 && PHRASE_PREPS.has(lower(w)) && toNoun && isNominal(prev)) {
      usedPrep = true;
      out.unshift(w);
      i--;
      continue;
    }
    if ((w.pos === 'DET' || POSSESSIVES.has(lower(w))) && out.length > 0) {
      // "trade relations between the two countries": a determiner after a preposition is inside the phrase
      const p = words[i - 1];
      const definite = lower(w) === 'the' || POSSESSIVES.has(lower(w));
      if (definite && !usedPrep && p && i - 1 >= floor && ['between', 'of', 'in'].includes(lower(p)) && isNominal(words[i - 2])) {
        out.unshift(w);
        i--;
        continue;
      }
      break; // the phrase starts here
    }
    break;
  }
  while (out.length > 0 && !isNominal(out[0])) out.shift();
  return out;
}

/** The phrase as text: original spacing between kept neighbours, one space across dropped words. */
export function phraseText(text: string, words: readonly Word[], drop: readonly Span[] = []): string {
  const kept = words.filter((w) => !drop.some((d) => w.start < d.end && d.start < w.end) && !isQuoteMark(w));
  while (kept.length > 0 && (kept[kept.length - 1]!.pos === 'ADP' || kept[kept.length - 1]!.text === 'and')) kept.pop();
  while (kept.length > 0 && (kept[0]!.pos === 'DET' || kept[0]!.pos === 'ADP')) kept.shift();
  let out = '';
  for (let i = 0; i < kept.length; i++) {
    const w = kept[i]!;
    const prev = kept[i - 1];
    if (prev) {
      const gap = text.slice(prev.end, w.start);
      const contiguous = words.indexOf(w) === words.indexOf(prev) + 1 && !/[“”"‘’]/.test(gap);
      out += contiguous ? gap.replace(/\s+/g, ' ') : ' ';
    }
    out += w.text;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The index of the first word after the figure's qualifiers, walking left from word k. */
function skipQualifiersLeft(words: readonly Word[], k: number, floor: number): number {
  let i = k - 1;
  while (i >= floor && (QUALIFIERS.has(lower(words[i])) || words[i]!.text === '$' || words[i]!.pos === 'SYM')) i--;
  return i;
}

/**
 * The subject of the figure covering words [q0, q1] of a sentence that spans words
 * [floor, ceil). `previous` is the subject of the claim before it in the sentence.
 */
export function findSubject(
  text: string,
  words: readonly Word[],
  q0: number,
  q1: number,
  floor: number,
  ceil: number,
  drop: readonly Span[],
  previous: string | null,
): SubjectResult | null {
  const say = (ws: Word[], prefix = ''): SubjectResult | null => {
    const s = phraseText(text, ws, drop);
    return s ? { subject: prefix + s, derived: false } : null;
  };
  const a0 = words[q1 + 1];
  const a1 = words[q1 + 2];

  // 1. "a 17% drop in cross-border attacks"
  if (a0 && q1 + 1 < ceil && CHANGE.has(lower(a0))) {
    if (a1 && (lower(a1) === 'in' || lower(a1) === 'of')) {
      const np = phraseAfter(words, q1 + 3, 8, ceil);
      const s = phraseText(text, np, drop);
      if (s) return { subject: `${a0.text} ${a1.text} ${s}`, derived: false };
    }
    if (previous) return { subject: `${a0.text} of ${previous}`, derived: true };
    return { subject: a0.text, derived: false };
  }

  // 2./3. "<head> of <figure>": "an increase of 46 percent", "a population of 240 million", "a high of $790 million"
  let left = skipQualifiersLeft(words, q0, floor);
  // "construction of a 1,100-kilometer gas pipeline": the figure modifies the noun after it.
  const modifies = /^an?$/i.test(words[q0 - 1]?.text ?? '') && isNominal(a0) && q1 + 1 < ceil;
  if (left >= floor && lower(words[left]) === 'of' && !modifies) {
    const head = words[left - 1];
    if (head && CHANGE.has(lower(head))) {
      if (a0 && lower(a0) === 'in' && q1 + 2 < ceil) {
        const s = phraseText(text, phraseAfter(words, q1 + 2, 8, ceil), drop);
        if (s) return { subject: `${head.text} in ${s}`, derived: false };
      }
      if (previous) return { subject: `${head.text} of ${previous}`, derived: true };
      return { subject: head.text, derived: false };
    }
    if (head && !GENERIC_HEADS.has(lower(head)) && (head.pos === 'NOUN' || head.pos === 'PROPN')) {
      const np = phraseBefore(words, left, floor, 4);
      const r = say(np);
      if (r) return r;
    }
    if (head && GENERIC_HEADS.has(lower(head))) {
      // walk over "an all-time high of" to the verb
      let j = left - 1;
      while (j >= floor && (isNominal(words[j]) || words[j]!.pos === 'DET' || words[j]!.text === '-')) j--;
      left = j;
    }
  }

  // 4. A count or measure followed by what is counted: "seven people", "1,100-kilometer gas pipeline"
  let countStart = -1;
  const last = words[q1];
  const unitInside = last !== undefined && last.pos === 'NOUN' && !MAGNITUDES.has(lower(last)) && !/\d/.test(last.text);
  if (a0 && q1 + 1 < ceil && lower(a0) === 'of' && isNominal(a1) && last?.pos === 'NOUN') {
    countStart = q1 + 2; // "a million tons of cereals"
  } else if (unitInside && !MEASURES.has(lower(last))) {
    countStart = q1; // the quantity took its noun along: "5 million doses"
  } else if (a0 && q1 + 1 < ceil && isNominal(a0)) {
    countStart = q1 + 1;
  }
  if (countStart >= 0) {
    const np = phraseAfter(words, countStart, 8, ceil);
    const verb = words[left];
    const s = phraseText(text, np, drop);
    if (s) {
      if (verb && left >= floor && isActionVerb(verb)) {
        return { subject: `${verb.text} ${s}`, derived: false };
      }
      return { subject: s, derived: false };
    }
  }

  // 5. A verb before the figure: "trade ... hitting ...", "the pipeline will cost an estimated $2 billion"
  const verbIndex = ['at', 'to', 'by', 'for', 'from'].includes(lower(words[left])) ? left - 1 : left; // "stood at", "rose to", "increased by"
  const verb = words[verbIndex];
  if (q1 + 1 < ceil && lower(a0) === 'of' && (words[q1]?.text === '%' || /percent|per cent/i.test(words[q1]?.text ?? ''))) {
    // "agriculture accounts for roughly 10% of GDP": a share of the phrase after "of"
    const whole = phraseText(text, phraseAfter(words, q1 + 2, 5, ceil), drop);
    const part = verbIndex > floor ? phraseText(text, phraseBefore(words, verbIndex, floor, 5), drop) : '';
    if (whole) return { subject: part ? `${part} (of ${whole})` : `share of ${whole}`, derived: false };
  }
  if (!verb || verbIndex < floor || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) {
    // "the rate increased from 7.4% in 2008 to 9.5%": the nearest value verb of the clause
    for (let j = left - 1; j >= floor && j >= left - 8; j--) {
      const w = words[j]!;
      if (/^[,;:]$/.test(w.text)) break;
      if ((w.pos === 'VERB' || w.pos === 'AUX') && VALUE_VERBS.has(lower(w))) {
        const r = say(phraseBefore(words, j, floor));
        if (r) return r;
        break;
      }
    }
  }
  if (verb && verbIndex >= floor && (verb.pos === 'VERB' || verb.pos === 'AUX')) {
    if (VALUE_VERBS.has(lower(verb)) || isSpeech(verb.text)) {
      const r = say(phraseBefore(words, verbIndex, floor));
      // "exports rose 15%" is a change, "exports rose to 15%" a level
      const percent = words[q1]?.text === '%' || /^(percent|pct)$/i.test(words[q1]?.text ?? '');
      if (r && percent && CHANGE_VERBS.has(lower(verb)) && (left === verbIndex || lower(words[left]) === 'by')) {
        return { subject: `${r.subject} ${verb.text}`, derived: false };
      }
      if (r) return r;
    } else {
      // "pledged over $60 billion for energy, infrastructure and other projects"
      const prep = words[q1 + 1];
      if (prep && q1 + 1 < ceil && prep.pos === 'ADP' && lower(prep) !== 'to') {
        const s = phraseText(text, phraseAfter(words, q1 + 2, 8, ceil), drop);
        if (s) return { subject: `${verb.text} ${prep.text} ${s}`, derived: false };
      }
      const r = say(phraseBefore(words, verbIndex, floor));
      if (r) return { subject: `${r.subject} ${verb.text}`, derived: false };
    }
  }
  return null;
}
