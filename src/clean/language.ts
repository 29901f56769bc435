/**
 * The language of a cleaned text when the input did not declare one (plain text, a page
 * without `lang` or a language meta tag): franc's trigram models (franc-min: the 82
 * languages with 8 million speakers or more), as a BCP 47 tag (two-letter ISO 639-1 code
 * where one exists, else the ISO 639-3 code). Too little text, or no clear winner: null.
 */
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** Least text to guess from; shorter texts are too often guessed wrong. */
const MIN_CHARS = 80;
/** Enough text for a stable guess; the rest only costs time. */
const SAMPLE_CHARS = 3000;

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.trim().length < MIN_CHARS) return null;
  const code = franc(sample, { minLength: MIN_CHARS });
  if (code === 'und') return null;
  return iso6393To1[code] ?? code;
}
