/** Spelling features of one word: shape, capitalisation class, length bucket. */

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** X upper, x lower (or other letter), d digit, the character itself otherwise. */
function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    if (c >= 65 && c <= 90) return 'X';
    if (c >= 97 && c <= 122) return 'x';
    if (c >= 48 && c <= 57) return 'd';
    return ch;
  }
  if (UPPER.test(ch)) return 'X';
  if (LOWER.test(ch) || LETTER.test(ch)) return 'x';
  if (DIGIT.test(ch)) return 'd';
  return ch;
}

/** Shape, short shape and capitalisation class of a word, in one pass over its characters. */
export interface Spelling {
  shape: string;
  short: string;
  caps: string;
}

export function spelling(word: string): Spelling {
  let shape = '';
  let last = '';
  let head = '';
  let count = 0;
  let prev1 = '';
  let prev2 = '';
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let firstUpper = false;
  let seenLetter = false;
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last) shape += c;
    last = c;
    if (count < 4) head += c;
    count++;
    prev2 = prev1;
    prev1 = c;
    if (c === 'X') {
      upper++;
      if (!seenLetter) firstUpper = true;
      seenLetter = true;
    } else if (c === 'x') {
      lower++;
      seenLetter = true;
    } else if (c === 'd') digits++;
  }
  return {
    shape: shape.length > 8 ? shape.slice(0, 8) : shape,
    short: count <= 4 ? head : `${head}~${prev2}${prev1}`,
    caps: capsOf(upper, lower, digits, firstUpper),
  };
}

/** "Lavrov" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d", "McDonald" -> "XxXx". */
export function collapsedShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

/** First four and last two characters as classes: "Islamabad" -> "Xxxx~xx". */
export function shortShape(word: string): string {
  const chars = [...word];
  const head = chars.slice(0, 4).map(charClass).join('');
  if (chars.length <= 4) return head;
  return `${head}~${chars.slice(-2).map(charClass).join('')}`;
}

/** Capitalisation class: init, allcaps, cap1 (one capital letter), lower, mixed, lowmixed, num, punct. */
export function capsClass(word: string): string {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let firstUpper = false;
  let seenLetter = false;
  for (const ch of word) {
    const k = charClass(ch);
    if (k === 'X') {
      upper++;
      if (!seenLetter) firstUpper = true;
      seenLetter = true;
    } else if (k === 'x') {
      lower++;
      seenLetter = true;
    } else if (k === 'd') digits++;
  }
  return capsOf(upper, lower, digits, firstUpper);
}

/** The capitalisation class from a word's letter counts (shared by spelling and capsClass). */
function capsOf(upper: number, lower: number, digits: number, firstUpper: boolean): string {
  if (upper + lower === 0) return digits > 0 ? 'num' : 'punct';
  if (upper === 0) return 'lower';
  if (lower === 0) return upper === 1 ? 'cap1' : 'allcaps';
  if (firstUpper && upper === 1) return 'init';
  return firstUpper ? 'mixed' : 'lowmixed';
}

export function lengthBucket(word: string): string {
  const n = word.length;
  if (n <= 4) return String(n);
  if (n <= 6) return '5-6';
  if (n <= 9) return '7-9';
  return '10+';
}
