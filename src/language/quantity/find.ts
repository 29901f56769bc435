/**
 * findQuantities: numbers with their scale and unit, as numbers.
 *
 * "$790 million" -> 790000000 USD; "300 mln dlrs" -> 300000000 USD; "12.4 billion cubic
 * meters" -> 12400000000 m3; "46 percent", "17%", "100 pct" -> 46/17/100 "%" (isPercent);
 * "around a million tons" -> 1000000 t, qualifier "about" (`qualifierText` "around"); "at
 * least seven people" -> 7 "people", at-least; "1,100-kilometer" -> 1100 km; "dozens of
 * people", "thousands of", "several", "a few", "scores of" -> `vague: true`, the least the word
 * means as value (24, 2000, 3, 2, 40), qualifier at-least and the `range` the word allows.
 * "one" counts only as a number, never as a pronoun or determiner (one.ts).
 *
 * Not quantities: ordinals ("3rd", "10th anniversary"), durations ("two-day", "10 years":
 * the time layer's), years and dates, clock times, scores and ranges written "3-1",
 * phone numbers, codes ("COVID-19", "G20", "v2.10"), and bare number words without a
 * unit ("one of the", "the two").
 */
import type { Quantity, QuantityQualifier, Span } from '../../core/types.js';
import { digitsValue, NUMBER_SOURCE, VAGUE, VAGUE_NEEDS_NOUN, wordsValue } from './numbers.js';
import { oneIsCount } from './one.js';
import { HEDGE_BEFORE, readQualifier } from './qualifier.js';
import type { QuantityOptions } from './types.js';
import { CURRENCY_SIGNS, CURRENCY_WORDS, MEASURES, NOT_UNIT, PERCENT_RE, SCALES, TIME_UNITS } from './units.js';

const NUMBER = new RegExp(`(?<![\\w.,\\-/#])(?:${NUMBER_SOURCE})`, 'gi');

const SCALE_WORD = /^\s*(hundred|thousand|million|billion|trillion|mln|mn|bln|bn|tln|trn|lakhs?|crores?)\b/i;
const SCALE_ATTACHED = /^(m|bn|b|k|mln|bln)\b/;

const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;
const MONTH_AFTER = /^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const YEAR_CONTEXT = /\b(?:in|since|by|from|until|till|of|year|fiscal|early|late|mid|before|after|during|through)\s*-?\s*$/i;

const MEASURE_KEYS = Object.keys(MEASURES).sort((a, b) => b.length - a.length);
const MEASURE_RE = new RegExp(`^[\\s-]*(${MEASURE_KEYS.map((k) => k.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const CURRENCY_WORD_KEYS = Object.keys(CURRENCY_WORDS).sort((a, b) => b.length - a.length);
const CURRENCY_WORD_RE = new RegExp(`^\\s*(${CURRENCY_WORD_KEYS.map((k) => k.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

const PLURAL_IRREGULAR = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'fish', 'livestock', 'militia', 'infantry', 'aircraft', 'crew', 'clergy']);

function looksPlural(w: string): boolean {
  const lower = w.toLowerCase();
  return PLURAL_IRREGULAR.has(lower) || (/[^s]s$|ies$|[sxz]es$|ches$|shes$/.test(lower) && !/(?:ous|ss|ics|ness)$/.test(lower));
}

/**
 * The noun a number counts: the next word when it is a plural noun ("seven people"), else
 * the word after one modifier ("13 aid workers", "two national parties"); a singular noun
 * only for one ("one person") or in a compound ("5-member").
 */
function countedNoun(rest: string, first: RegExpExecArray, value: number, hyphen: boolean): { unit: string; length: number } | null {
  const clean = (w: string): string => w.replace(/[.'-]+$/, '');
  const w1 = clean(first[1]!);
  const ok = (w: string): boolean => /^[a-z]/.test(w) && w.length >= 3 && !NOT_UNIT.has(w.toLowerCase()) && !TIME_UNITS.has(w.toLowerCase());
  if (!ok(w1)) return null;
  const len1 = first[0].length - (first[1]!.length - w1.length);
  if (hyphen || looksPlural(w1) || (value === 1 && !/ing$/.test(w1))) return { unit: w1.toLowerCase(), length: len1 };
  const second = /^\s+([a-z][a-z'-]*)/.exec(rest.slice(len1));
  if (second) {
    const w2 = clean(second[1]!);
    if (ok(w2) && looksPlural(w2)) return { unit: w2.toLowerCase(), length: len1 + second[0].length - (second[1]!.length - w2.length) };
  }
  return null;
}

function overlaps(start: number, end: number, avoid: readonly Span[]): boolean {
  for (const s of avoid) if (start < s.end && s.start < end) return true;
  return false;
}

/** A currency sign ending right before `at` (spaces allowed): its code and start. */
function currencyBefore(text: string, at: number): { code: string; start: number } | null {
  const before = text.slice(Math.max(0, at - 6), at);
  const trimmed = before.replace(/\s+$/, '');
  for (const [sign, code] of CURRENCY_SIGNS) {
    if (trimmed.endsWith(sign)) {
      const start = at - (before.length - trimmed.length) - sign.length;
      // Letter codes must stand alone ("USD 5", not "XUSD5"); "$" may not be spaced from the number by more than one space.
      if (/^[A-Z]/.test(sign) && start > 0 && /[A-Za-z]/.test(text[start - 1]!)) continue;
      return { code, start };
    }
  }
  return null;
}

export function findQuantities(text: string, options: QuantityOptions = {}): Quantity[] {
  const avoid = options.avoid ?? [];
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index!;
    const raw = m[0];
    const g = m.groups ?? {};
    let end = start + raw.length;
    let value: number;
    let vague: { word: string; min: number; max: number | null } | null = null;
    let isWord = false;

    if (g.digits) {
      value = digitsValue(g.digits);
      const next = text.slice(end, end + 4);
      if (/^(?:st|nd|rd|th)\b/i.test(next)) continue; // ordinal
      if (/^[:\-/–]\d/.test(next) || /^\.\d/.test(next)) continue; // clock time, score, range, date, version
      if (/\d[-–/]$/.test(text.slice(Math.max(0, start - 2), start))) continue;
      if (/^\s+\/\s*\d/.test(next + text.slice(end + 4, end + 6)) || /\d\s*\/\s+$/.test(text.slice(Math.max(0, start - 4), start))) continue; // "1 / 2" pager, fraction
      if (/^[A-Za-z]/.test(next) && !SCALE_ATTACHED.test(next)) continue; // "3D", "4G", "9am"
      if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)/i.test(text.slice(end, end + 6))) continue;
      if (MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || MONTH_AFTER.test(text.slice(end, end + 12))) continue;
    } else if (g.vague) {
      const word = g.vague.toLowerCase().replace(/\s+/g, ' ');
      vague = { word, ...VAGUE[word]! };
      value = vague.min;
      isWord = true;
    } else if (g.words) {
      // Word numbers need a word boundary after them ("one" in "someone" is excluded by the lookbehind).
      if (/^\w/.test(text.slice(end, end + 1))) continue;
      const v = wordsValue(g.words);
      if (v === null) continue;
      value = v;
      isWord = true;
    } else continue;
    if (overlaps(start, end, avoid)) continue;

    // Scale words: "12.4 billion", "$5m", "two hundred thousand".
    let scaled = false;
    const attached = g.digits ? SCALE_ATTACHED.exec(text.slice(end, end + 4)) : null;
    if (attached) {
      value *= SCALES[attached[1]!.toLowerCase()]!;
      end += attached[0].length;
      scaled = true;
    }
    for (let k = 0; k < 2; k++) {
      const s = SCALE_WORD.exec(text.slice(end, end + 14));
      if (!s) break;
      const factor = SCALES[s[1]!.toLowerCase().replace(/s$/, '')] ?? SCALES[s[1]!.toLowerCase()]!;
      value *= factor;
      if (vague) vague = { ...vague, min: vague.min * factor, max: vague.max === null ? null : vague.max * factor }; // "several hundred"
      end += s[0].length;
      scaled = true;
    }
    if (isWord && /^(?:a|an|half a|half an)$/i.test(g.words ?? '') && !scaled) continue; // "a" alone is no number

    let unit: string | null = null;
    let isPercent = false;
    const rest = () => text.slice(end, end + 40);

    // Currency before the number.
    const cur = g.digits ? currencyBefore(text, start) : null;
    let spanStart = start;
    if (cur) {
      unit = cur.code;
      spanStart = cur.start;
    }
    // Percent.
    const pct = PERCENT_RE.exec(rest());
    if (!unit && pct) {
      unit = '%';
      isPercent = true;
      end += pct[0].length;
      const pp = /^\s+points?\b/i.exec(rest());
      if (/^\s*percentage\s+points?/i.test(text.slice(end - pct[0].length, end + 20))) {
        unit = 'percentage points';
      } else if (pp && /point/.test(pp[0])) {
        end += pp[0].length;
        unit = 'percentage points';
      }
    } else if (!unit && /^\s*percentage\s+points?\b/i.test(rest())) {
      const pp = /^\s*percentage\s+points?\b/i.exec(rest())!;
      unit = 'percentage points';
      isPercent = true;
      end += pp[0].length;
    }
    // Currency words after: "300 mln dlrs", "5,000 billion yen"; after a vague amount, "millions of dollars".
    if (!unit || unit === 'USD') {
      const vagueOf = vague ? /^\s+of(?=\s)/i.exec(rest()) : null;
      const cw = CURRENCY_WORD_RE.exec(vagueOf ? rest().slice(vagueOf[0].length) : rest());
      if (cw && vagueOf) end += vagueOf[0].length;
      if (cw) {
        unit = CURRENCY_WORDS[cw[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
        end += cw[0].length;
      }
    }
    // Measures: "12.4 billion cubic meters", "1,100-kilometer".
    if (!unit) {
      const me = MEASURE_RE.exec(rest());
      if (me) {
        unit = MEASURES[me[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
        end += me[0].length;
      }
    }
    // Durations belong to the time layer: "two-day", "10 years" (but "$5 a day" stays money).
    const nextWord = /^[\s-]+(?:of\s+)?([a-z][a-z.'-]*)/i.exec(rest());
    if (!unit && nextWord && TIME_UNITS.has(nextWord[1]!.toLowerCase().replace(/\.$/, '').split('-')[0]!)) continue;
    // Fractions ("two-thirds") are not counts.
    if (isWord && /^[-\s](?:thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|halves|half|tenths?)\b/i.test(rest())) continue;
    // What is counted: "seven people", "5 million doses", "dozens of people", "13 aid workers".
    let counted: { unit: string; length: number } | null = null;
    if (!unit && nextWord) {
      const allowOf = g.vague !== undefined || scaled;
      const usedOf = /^[\s-]+of\s/i.test(rest());
      const hyphen = /^-/.test(rest());
      const noun = countedNoun(rest(), nextWord, value, hyphen);
      if (noun && (!usedOf || allowOf)) {
        counted = noun;
        unit = noun.unit;
        end += noun.length;
      }
    }
    // "one" is a count only as a number ("one person was killed"), not as a pronoun or determiner.
    if (isWord && /^one$/i.test(g.words ?? '') && !scaled && !oneIsCount(text, start, start + raw.length, counted?.unit ?? null, end)) continue;
    // "several", "a few" say nothing without what they count ("several of them").
    if (vague && VAGUE_NEEDS_NOUN.has(vague.word) && !unit) continue;

    // A four-digit number with nothing attached is a year, not a quantity.
    if (g.digits && /^\d{4}$/.test(g.digits) && !cur && !scaled && !isPercent) {
      const n = Number(g.digits);
      if (n >= 1800 && n <= 2100 && (unit === null || YEAR_CONTEXT.test(text.slice(Math.max(0, start - 10), start)))) continue;
    }
    // Number words with nothing counted are not figures ("one of the", "the two").
    if (isWord && !unit && !scaled && !vague) continue;

    const windowStart = Math.max(0, spanStart - 30);
    const hedge = HEDGE_BEFORE.exec(text.slice(windowStart, spanStart));
    let qualifier: QuantityQualifier | null = null;
    let qualifierText: string | null = null;
    if (hedge && readQualifier(hedge[1]!)) {
      qualifierText = hedge[1]!.toLowerCase().replace(/\s+/g, ' ');
      qualifier = readQualifier(qualifierText);
      spanStart = windowStart + hedge.index + hedge[0].indexOf(hedge[1]!);
    }
    if (vague) {
      // A vague amount is at least its least value; "more than", "up to" before it keep their own reading.
      qualifierText = qualifierText ? `${qualifierText} ${vague.word}` : vague.word;
      qualifier ??= 'at-least';
    }

    const quantity: Quantity = { start: spanStart, end, value, unit };
    if (qualifier) quantity.qualifier = qualifier;
    if (qualifierText) quantity.qualifierText = qualifierText;
    if (vague) {
      quantity.vague = true;
      quantity.range = { min: vague.min, max: vague.max };
    }
    if (isPercent) quantity.isPercent = true;
    out.push(quantity);
  }
  return out;
}
