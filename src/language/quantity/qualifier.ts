/**
 * The bound a hedge before a figure gives it. Each hedge of news English maps to one of six
 * readings: "at least 7" and "no fewer than 7" -> at-least; "more than", "over", "upwards
 * of" -> more-than; "about", "around", "nearly", "some", "an estimated" -> about; "up to",
 * "as many as", "at most" -> up-to; "fewer than", "under", "below" -> less-than; "exactly",
 * "precisely" -> exactly.
 */
import type { QuantityQualifier } from '../../core/types.js';

const READINGS: ReadonlyArray<[RegExp, QuantityQualifier]> = [
  [/^(?:at least|no (?:fewer|less) than|not (?:fewer|less) than|as few as|a minimum of)$/, 'at-least'],
  [/^(?:just )?(?:over|more than|above|upwards of|in excess of|well over|well above)$/, 'more-than'],
  [/^(?:up to|as many as|as much as|at most|no more than|not more than|a maximum of)$/, 'up-to'],
  [/^(?:just )?(?:under|below|fewer than|less than)$/, 'less-than'],
  [/^(?:exactly|precisely)$/, 'exactly'],
  [/^(?:just )?(?:about|around|approximately|approx\.|roughly|some|nearly|almost|close to|an estimated|estimated|an approximate)$/, 'about'],
];

/** The reading of a hedge phrase (lowercase, single spaces), or null when it is not one. */
export function readQualifier(phrase: string): QuantityQualifier | null {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [re, q] of READINGS) if (re.test(p)) return q;
  return null;
}

/** The words before a figure that hedge it, ending right before it (the phrase is group 1). */
export const HEDGE_BEFORE =
  /(?:^|[^\w])((?:just\s+|well\s+)?(?:about|around|approximately|roughly|some|nearly|almost|over|above|more\s+than|no\s+more\s+than|not\s+more\s+than|no\s+fewer\s+than|no\s+less\s+than|not\s+fewer\s+than|not\s+less\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|upwards\s+of|in\s+excess\s+of|close\s+to|under|below|an\s+estimated|estimated|an\s+approximate|approx\.|exactly|precisely|a\s+minimum\s+of|a\s+maximum\s+of))\s+$/i;
