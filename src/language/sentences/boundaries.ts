/**
 * Rules that correct wink's sentence boundaries on news text. Each rule looks at the token
 * before and after a candidate boundary and the whitespace between them.
 */

/** Abbreviations that are almost never the last word of a sentence (titles, "No.", "St."). */
const NON_FINAL_ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'gen.', 'lt.', 'col.', 'sen.', 'rep.', 'gov.', 'prof.', 'capt.',
  'sgt.', 'maj.', 'adm.', 'cmdr.', 'brig.', 'st.', 'no.', 'vs.', 'rev.', 'hon.', 'amb.', 'pres.',
  'supt.', 'insp.', 'messrs.', 'mt.', 'ft.', 'sr.', 'jr.',
]);

/** Month abbreviations: not final when a day number follows ("Jan. 5"). */
const MONTH_ABBREVIATIONS = new Set([
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
]);

const BULLETS = new Set(['•', '▪', '‣', '◦', '*', '-', '–', '—', '·', '●', '■', '►', '○']);
const CLOSING_QUOTES = new Set(['”', '’', '"', "'", '»']);
const TERMINAL = /^(?:[.!?…]+|\.\.\.)$/;
const CONTINUING_WORDS = new Set([
  'and', 'or', 'but', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
  'that', 'which', 'who', 'as', 'its', 'their', 'his', 'her', 'is', 'are', 'was', 'were',
]);

export function isBullet(token: string): boolean {
  return BULLETS.has(token);
}

export function isClosingQuote(token: string): boolean {
  return CLOSING_QUOTES.has(token);
}

export function isTerminal(token: string): boolean {
  return TERMINAL.test(token) || (token.length > 1 && /[.!?]$/.test(token));
}

function startsLower(token: string): boolean {
  return /^\p{Ll}/u.test(token);
}

function startsUpperOrDigit(token: string): boolean {
  return /^[\p{Lu}\p{N}“"‘'(\[«]/u.test(token);
}

/** True when the abbreviation before a wink boundary should not end the sentence. */
export function isNonFinalAbbreviation(prev: string, next: string): boolean {
  const p = prev.toLowerCase();
  if (NON_FINAL_ABBREVIATIONS.has(p)) return true;
  if (MONTH_ABBREVIATIONS.has(p) && /^\d/.test(next)) return true;
  return false;
}

/**
 * A dot glued between a symbol and an exchange suffix: stock ticker codes ("ACME.N",
 * "0857.HK", "VOWG_p.DE", "(ENI.MI)"). The dot has a letter, digit or underscore right before
 * it, no space after it, and is followed by a 1–4 letter upper-case suffix that ends the code.
 * `dotAt` is the offset of the dot in `text`.
 */
export function isTickerDot(text: string, dotAt: number): boolean {
  if (text[dotAt] !== '.') return false;
  const before = text.slice(Math.max(0, dotAt - 12), dotAt);
  const symbol = /(?:^|[^\p{L}\p{N}_.])([\p{L}\p{N}_]{1,10})$/u.exec(before);
  if (symbol === null) return false;
  // The symbol itself must look like a code: upper case or digits, optionally with one
  // lower-case share-class tail after an underscore ("VOWG_p").
  if (!/^[\p{Lu}\p{N}]+(?:_[\p{L}\p{N}]{1,3})?$/u.test(symbol[1] ?? '')) return false;
  return /^[\p{Lu}]{1,4}(?![\p{L}\p{N}_])/u.test(text.slice(dotAt + 1, dotAt + 7));
}

/**
 * Whether a hard-wrapped text (newswire wrapped at ~80 columns) is being read: then a single
 * line break is a space unless the line is short or ends a sentence.
 */
export function looksHardWrapped(text: string): boolean {
  let singles = 0;
  let continued = 0;
  const re = /([^\n])\n[ \t]*([^\n\s])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    singles++;
    const before = m[1] ?? '';
    const after = m[2] ?? '';
    if (/\p{Ll}/u.test(after) || before === ',') continued++;
    re.lastIndex = m.index + 1;
  }
  return singles >= 3 && continued / singles >= 0.25;
}

export interface LineContext {
  /** The text of the line that ends at the break. */
  prevLine: string;
  prevToken: string;
  nextToken: string;
  wrapped: boolean;
}

/** Does a single line break end the sentence? */
export function lineBreakEndsSentence(c: LineContext): boolean {
  const { prevLine, prevToken, nextToken } = c;
  if (isBullet(nextToken)) return true;
  if (startsLower(nextToken)) return false;
  if (isTerminal(prevToken)) return !isNonFinalAbbreviation(prevToken, nextToken);
  if (isClosingQuote(prevToken)) return true;
  if (prevToken === ',' || CONTINUING_WORDS.has(prevToken.toLowerCase())) return false;
  if (prevToken === ':') return true;
  const letters = prevLine.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return true;
  if (!startsUpperOrDigit(nextToken)) return false;
  if (!c.wrapped) return true;
  return prevLine.trim().length < 45;
}

/** A sentence-so-far that is only a dateline ("ISLAMABAD:", "MOSCOW, April 13 (Reuters) -"). */
export function isDatelineOnly(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > 10) return false;
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  if (!/^[\p{Lu}][\p{Lu}.\-]+$/u.test(first)) return false;
  return last === ':' || last === '-' || last === '—' || last === '–';
}
