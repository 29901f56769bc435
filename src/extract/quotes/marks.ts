/**
 * Pairs quotation marks into quoted spans: curly and straight, double and single,
 * with quotes that run over paragraphs ("“First paragraph\n“Second one,” he said")
 * joined into one span. Apostrophes (Pakistan’s, they’re) are not marks.
 */
import type { Span } from '../../core/types.js';
import { findCues } from './cues.js';
import type { QuotedSpan } from './types.js';

const DOUBLE_OPEN = '“';
const DOUBLE_CLOSE = '”';
const STRAIGHT_DOUBLE = '"';
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';
const STRAIGHT_SINGLE = "'";

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Lines of text, as spans; a paragraph is a line (one or more newlines separate them). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function isSingleOpener(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return (prev === undefined || /[\s([{“"—–\-/]/.test(prev)) && !isSpace(next) && next !== SINGLE_CLOSE;
}

function isSingleCloser(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isSpace(prev)) return false;
  if (isWordChar(prev) && isWordChar(next)) return false; // apostrophe: they’re, Pakistan’s
  return next === undefined || /[\s,.;:!?)\]”"—–\-]/.test(next);
}

/**
 * "‘The leaders’ summit was a success,’ he said": an ’ after s, followed by a word, is a
 * plural possessive when a later closing mark ends the quote (before any new opening mark).
 */
function pluralPossessive(text: string, i: number, end: number): boolean {
  if (!/s/i.test(text[i - 1] ?? '') || !/^\s+\p{L}/u.test(text.slice(i + 1, i + 3))) return false;
  for (let j = i + 1; j < end; j++) {
    const c = text[j];
    if (c === SINGLE_OPEN || c === DOUBLE_OPEN || c === '\n') return false;
    if ((c === SINGLE_CLOSE || c === STRAIGHT_SINGLE) && isSingleCloser(text, j)) {
      // a sure closing mark: after , . ! ? or before punctuation or the end of the paragraph
      if (/[,.!?…]/.test(text[j - 1] ?? '') || /^\s*([,.;:!?)]|$)/.test(text.slice(j + 1, Math.min(end, j + 3)))) return true;
    }
  }
  return false;
}

/** Where an unclosed quote most plausibly ends: before ", X said" when the paragraph has one, else at its end. */
function unclosedEnd(text: string, contentStart: number, limit: number): number {
  let end = limit;
  while (end > contentStart && isSpace(text[end - 1])) end--;
  const body = text.slice(contentStart, end);
  const commas = [...body.matchAll(/,\s/g)].map((m) => contentStart + (m.index ?? 0));
  for (let k = commas.length - 1; k >= 0; k--) {
    const c = commas[k]!;
    const tail = text.slice(c + 1, end);
    const words = tail.trim().split(/\s+/);
    const cue = findCues(tail)[0];
    if (cue && cue.kind !== 'participle' && tail.slice(0, cue.start).trim().split(/\s+/).length <= 6 && words.length <= 14) {
      return c;
    }
  }
  return end;
}

/** Every quoted span in `text`, in order. Nested marks inside a double quote are left inside it. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const paras = paragraphs(text);
  let open: { start: number; contentStart: number; continued: boolean } | null = null;

  const emitUnclosed = (limit: number): void => {
    if (!open) return;
    const end = unclosedEnd(text, open.contentStart, limit);
    if (end > open.contentStart) {
      out.push({
        start: open.start,
        end,
        content: { start: open.contentStart, end },
        closed: false,
        continued: open.continued,
        marks: 'double',
      });
    }
    open = null;
  };

  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    let i = para.start;
    while (i < para.end && isSpace(text[i])) i++;
    if (open) {
      const c = text[i];
      if (c === DOUBLE_OPEN || c === STRAIGHT_DOUBLE) {
        // The convention for a quote over several paragraphs: each one reopens, only the last closes.
        open.continued = true;
        i++;
      } else {
        emitUnclosed(paras[p - 1]!.end);
      }
    }
    let single: number | null = null;
    for (; i < para.end; i++) {
      const c = text[i];
      if (c === DOUBLE_OPEN || (c === STRAIGHT_DOUBLE && !open)) {
        if (c === STRAIGHT_DOUBLE && (isSpace(text[i + 1]) || /\d/.test(text[i - 1] ?? ''))) continue; // stray or inch mark
        if (open) emitUnclosed(i);
        open = { start: i, contentStart: i + 1, continued: false };
        single = null;
      } else if ((c === DOUBLE_CLOSE || c === STRAIGHT_DOUBLE) && open) {
        if (text.slice(open.contentStart, i).trim() === '') {
          open = null; // "" or “ ”: nothing quoted
          continue;
        }
        out.push({
          start: open.start,
          end: i + 1,
          content: { start: open.contentStart, end: i },
          closed: true,
          continued: open.continued,
          marks: 'double',
        });
        open = null;
      } else if (!open && (c === SINGLE_OPEN || c === STRAIGHT_SINGLE) && single === null && isSingleOpener(text, i)) {
        single = i;
      } else if (
        !open &&
        single !== null &&
        (c === SINGLE_CLOSE || c === STRAIGHT_SINGLE) &&
        isSingleCloser(text, i) &&
        !pluralPossessive(text, i, para.end)
      ) {
        if (text.slice(single + 1, i).trim() !== '') {
          out.push({
            start: single,
            end: i + 1,
            content: { start: single + 1, end: i },
            closed: true,
            continued: false,
            marks: 'single',
          });
        }
        single = null;
      } else if (!open && c === SINGLE_OPEN && single !== null) {
        single = i; // an earlier ‘ never closed: start again here
      }
    }
    if (open) {
      const next = paras[p + 1];
      let j = next ? next.start : -1;
      while (next && j < next.end && isSpace(text[j])) j++;
      const continues = next !== undefined && (text[j] === DOUBLE_OPEN || text[j] === STRAIGHT_DOUBLE);
      if (!continues) emitUnclosed(para.end);
    }
  }
  return out;
}
