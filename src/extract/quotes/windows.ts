/**
 * The text around a quote, read with the quoted words blanked out ("masked"), so that a
 * speech verb or a full stop inside a quote is never taken for one outside it.
 */
import type { Span } from '../../core/types.js';

const MASK = '_'; // not a letter, a digit, a space or a sentence end

/**
 * `text` with every quote's content replaced by blanks of the same length (offsets stay
 * valid). Sentence-final punctuation at the very end of a content is kept, so that
 * "“... approach.” Next sentence" still ends a sentence after the quote.
 */
export function maskQuotes(text: string, contents: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const c of [...contents].sort((a, b) => a.start - b.start)) {
    if (c.start < at) continue;
    let keepFrom = c.end;
    while (keepFrom > c.start && /[.!?,…—–-]/.test(text[keepFrom - 1] ?? '')) keepFrom--;
    parts.push(text.slice(at, c.start), text.slice(c.start, keepFrom).replace(/[^\n]/g, MASK));
    at = keepFrom;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr gen lt col maj capt sgt sen rep gov prof st jr sr no vol inc corp ltd co vs etc ' +
    'jan feb mar apr aug sept sep oct nov dec adm cmdr brig rev hon pres amb dept fig approx'
  ).split(' '),
);

/** True when the . ! ? at `i` ends a sentence (in masked text). */
export function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  let j = i + 1;
  while (j < text.length && /[”"’')\]]/.test(text[j]!)) j++;
  if (j < text.length && !/\s/.test(text[j]!)) return false;
  while (j < text.length && /[^\S\n]/.test(text[j]!)) j++; // spaces, tabs, no-break spaces
  const next = text[j];
  if (next !== undefined && next !== '\n' && !/[\p{Lu}\p{N}“"‘'(\[]/u.test(next)) return false;
  if (c === '.') {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    if (/^\p{Lu}$/u.test(word) || /\.\p{L}$/u.test(word)) return false; // "J. Smith", "U.S."
  }
  return true;
}

/** Start of the sentence that holds `pos` (masked text), not before `floor`. */
export function sentenceStart(masked: string, pos: number, floor = 0): number {
  for (let i = pos - 1; i >= floor; i--) {
    if (endsSentence(masked, i)) {
      let s = i + 1;
      while (s < pos && /[”"’')\]]/.test(masked[s]!) && !/\s/.test(masked[s - 1]!)) s++;
      while (s < pos && /\s/.test(masked[s]!) ) s++;
      return s;
    }
  }
  return floor;
}

/** Start of the sentence before the one that starts at `start` (or `start` itself at `floor`). */
export function previousSentenceStart(masked: string, start: number, floor = 0): number {
  let j = start - 1;
  while (j > floor && /[\s”"’')\]]/.test(masked[j]!)) j--;
  if (j <= floor) return floor;
  return sentenceStart(masked, j, floor);
}

/** End of the sentence that holds `pos` (masked text), not after `ceiling`. */
export function sentenceEnd(masked: string, pos: number, ceiling = masked.length): number {
  for (let i = pos; i < ceiling; i++) {
    if (endsSentence(masked, i)) return masked[i] === '\n' ? i : i + 1;
  }
  return ceiling;
}

/** Number of words in a string. */
export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/**
 * Hard-wrapped text (newswire lines cut at a fixed width) with its soft line breaks turned
 * into spaces, so that a line is a paragraph again. Same length as `text`; a break stays
 * a break after a blank line or where a line ends a sentence and the next starts one.
 * Text that is not hard-wrapped is returned as is.
 */
export function unwrapLines(text: string): string {
  const breaks = [...text.matchAll(/([^\n])\n[ \t]*([^\n\s])/g)];
  const soft = breaks.filter((m) => /\p{Ll}/u.test(m[2] ?? '') || m[1] === ',').length;
  if (breaks.length < 3 || soft / breaks.length < 0.25) return text;
  return text.replace(/([^\n])\n(?=[ \t]*([^\n\s]))/g, (all, before: string, after: string) =>
    /[.!?:”"’]/.test(before) && /[\p{Lu}\p{N}“"‘•*-]/u.test(after) ? all : `${before} `,
  );
}
