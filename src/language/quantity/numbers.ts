/** Numbers as written in news: digits with separators, and number words. */

const ONES: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const ONES_RE = Object.keys(ONES).sort((a, b) => b.length - a.length).join('|');
const TENS_RE = Object.keys(TENS).join('|');

/**
 * Digits ("1,100", "12.4", "5,000") or number words ("seven", "twenty-five", "a", "half a",
 * "two hundred"), or vague plurals ("dozens", "hundreds", "tens of thousands").
 * Case-insensitive; word boundaries are checked by the caller.
 */
export const NUMBER_SOURCE =
  `(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)` +
  `|(?<vague>tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|tens\\s+of\\s+millions|hundreds\\s+of\\s+millions|dozens|scores(?=\\s+of\\s)|hundreds|thousands|millions|billions|several|a\\s+few|a\\s+handful(?=\\s+of\\s))` +
  `|(?<words>(?:half\\s+an?|an?|(?:(?:${TENS_RE})(?:[-\\s](?:${ONES_RE}))?|${ONES_RE})(?:\\s+hundred(?:\\s+and\\s+(?:(?:${TENS_RE})(?:[-\\s](?:${ONES_RE}))?|${ONES_RE}))?)?)(?:\\s+dozen)?)`;

/**
 * The values a vague amount allows: the least it can mean ("dozens" is at least two dozen)
 * and, where the next word up would be used instead, the most ("thousands" of 150,000 would
 * be "hundreds of thousands"). These bound a figure; they are never its value as if counted.
 */
export const VAGUE: Readonly<Record<string, { min: number; max: number | null }>> = {
  'a few': { min: 2, max: 9 },
  'a handful': { min: 2, max: 9 },
  several: { min: 3, max: 9 },
  dozens: { min: 24, max: 199 },
  scores: { min: 40, max: 199 },
  hundreds: { min: 200, max: 1999 },
  thousands: { min: 2000, max: 99_999 },
  'tens of thousands': { min: 20_000, max: 199_999 },
  'hundreds of thousands': { min: 200_000, max: 1_999_999 },
  millions: { min: 2e6, max: 99_999_999 },
  'tens of millions': { min: 2e7, max: 199_999_999 },
  'hundreds of millions': { min: 2e8, max: 1_999_999_999 },
  billions: { min: 2e9, max: null },
};

/** Vague amounts that need what they count right after them ("several people", not "several of them"). */
export const VAGUE_NEEDS_NOUN = new Set(['a few', 'a handful', 'several']);

export function digitsValue(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Value of a number-word phrase, or null when it is not one. */
export function wordsValue(phrase: string): number | null {
  let s = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  let factor = 1;
  if (s.endsWith(' dozen')) {
    factor = 12;
    s = s.slice(0, -' dozen'.length);
  }
  if (s === 'a' || s === 'an') return factor === 12 ? 12 : 1;
  if (s === 'half a' || s === 'half an') return 0.5 * factor;
  let total = 0;
  const hundred = /^(.*?) hundred(?: and (.*))?$/.exec(s);
  if (hundred) {
    const h = small(hundred[1]!);
    if (h === null) return null;
    total = h * 100;
    if (hundred[2]) {
      const rest = small(hundred[2]);
      if (rest === null) return null;
      total += rest;
    }
    return total * factor;
  }
  const v = small(s);
  return v === null ? null : v * factor;
}

function small(s: string): number | null {
  if (s === 'a' || s === 'an') return 1;
  if (ONES[s] !== undefined) return ONES[s]!;
  if (TENS[s] !== undefined) return TENS[s]!;
  const m = /^(\w+)[- ](\w+)$/.exec(s);
  if (m && TENS[m[1]!] !== undefined && ONES[m[2]!] !== undefined && ONES[m[2]!]! < 10) return TENS[m[1]!]! + ONES[m[2]!]!;
  return null;
}
