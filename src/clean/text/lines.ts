/**
 * Cutting raw scraped text into logical lines with their raw offsets.
 *
 * One linear pass: physical lines (\n, \r\n, \r, U+2028/9), trimmed and whitespace-normalised
 * (NBSP and other spaces to " ", runs of spaces to one, zero-width characters dropped), with
 * pieces that keep the raw offsets. Hard-wrapped lines (newswire text wrapped at ~80 columns)
 * are then joined into one logical line so that a sentence is never cut by a line break.
 */
import { commentFurniture, isCommentsHeader } from './comments.js';
import type { Piece } from './types.js';

/** A physical line after trimming; `pieces` is empty for a blank line. */
export interface PhysicalLine {
  pieces: Piece[];
  text: string;
  /** The line started with a list marker ("•", "-", "*"), which was cut off. */
  bullet: boolean;
}

/** A group of physical lines the joiner made into one logical line. */
export interface JoinedLine {
  pieces: Piece[];
  text: string;
  bullet: boolean;
  blankBefore: boolean;
}

const SPACE = /\s/;
/** Characters that are dropped: zero-width space, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/;
const NEEDS_SLOW_PATH = /\s\s|[^\S ]|[\u200B\u2060\uFEFF\u00AD]/;
const BULLET = /^(?:[•●▪◦‣∙·■►○▸*]|[-–—](?=\s))\s*/u;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\f\v]/g;

function isBlankChar(c: string): boolean {
  return SPACE.test(c) || INVISIBLE.test(c);
}

/**
 * Normalise raw[start, end) into pieces: trimmed, spaces collapsed, invisible characters
 * dropped. Each piece has the same length as its raw range (NBSP -> space is 1:1), so an
 * offset inside a piece maps to raw by adding `rawStart`.
 */
export function normaliseRange(raw: string, start: number, end: number): Piece[] {
  let s = start;
  let e = end;
  while (s < e && isBlankChar(raw[s]!)) s++;
  while (e > s && isBlankChar(raw[e - 1]!)) e--;
  if (s >= e) return [];
  const slice = raw.slice(s, e);
  if (!NEEDS_SLOW_PATH.test(slice)) return [{ text: slice, rawStart: s, rawEnd: e }];
  const pieces: Piece[] = [];
  let text = '';
  let pieceStart = s;
  let lastSpace = false;
  const flush = (at: number): void => {
    if (text.length > 0) pieces.push({ text, rawStart: pieceStart, rawEnd: at });
    text = '';
  };
  for (let k = s; k < e; k++) {
    const c = raw[k]!;
    if (INVISIBLE.test(c)) {
      flush(k);
      pieceStart = k + 1;
      continue;
    }
    if (SPACE.test(c)) {
      if (lastSpace) {
        flush(k);
        pieceStart = k + 1;
        continue;
      }
      if (text.length === 0) pieceStart = k;
      text += ' ';
      lastSpace = true;
      continue;
    }
    if (text.length === 0) pieceStart = k;
    text += c;
    lastSpace = false;
  }
  flush(e);
  return pieces;
}

/** Cut `count` characters off the start of normalised pieces (a list marker, a date field). */
export function dropPrefix(pieces: Piece[], count: number): Piece[] {
  const out: Piece[] = [];
  let left = count;
  for (const p of pieces) {
    if (left >= p.text.length) {
      left -= p.text.length;
      continue;
    }
    out.push(left > 0 ? { text: p.text.slice(left), rawStart: p.rawStart + left, rawEnd: p.rawEnd } : p);
    left = 0;
  }
  // A cut can leave a leading space at the start of the next piece.
  const first = out[0];
  if (first && first.text.startsWith(' ')) {
    const n = first.text.length - first.text.trimStart().length;
    if (n === first.text.length) out.shift();
    else out[0] = { text: first.text.slice(n), rawStart: first.rawStart + n, rawEnd: first.rawEnd };
  }
  return out;
}

export function piecesText(pieces: Piece[]): string {
  return pieces.length === 1 ? pieces[0]!.text : pieces.map((p) => p.text).join('');
}

/** Physical lines of `raw`, blank ones included (they separate paragraphs). */
export function physicalLines(raw: string): PhysicalLine[] {
  const out: PhysicalLine[] = [];
  let start = 0;
  const push = (end: number): void => {
    let pieces = normaliseRange(raw, start, end);
    let text = piecesText(pieces);
    let bullet = false;
    const m = BULLET.exec(text);
    // "homes -" / "- shanties": a "--" dash broken by the wrap, not a list item.
    const before = out[out.length - 1];
    const brokenDash = m !== null && m[0].trim() === '-' && before !== undefined && / -$/.test(before.text);
    if (m && m[0].length < text.length && !brokenDash) {
      bullet = true;
      pieces = dropPrefix(pieces, m[0].length);
      text = piecesText(pieces);
    }
    out.push({ pieces, text, bullet });
  };
  LINE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_BREAK.exec(raw)) !== null) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(raw.length);
  return out;
}

/** Ends a sentence: ".", "!", "?", "…" (or ":"), possibly followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:。]['"”’»)\]]*$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** Words a sentence (or a headline) does not end with: a line ending in one goes on. */
const GOES_ON =
  /(?:,|\b(?:and|or|but|nor|of|the|a|an|to|in|on|at|for|with|by|from|into|than|that|which|who|whose|as|its|their|his|her|our|is|are|was|were|be|been|has|have|had|will|would|could|should|said|says|after|before|between|about|against|under|over))$/i;

/** Width statistics of a run of lines: the usual maximum width and how lines end. */
function wrapStats(lines: PhysicalLine[]): { wrapped: boolean; width: number } {
  const lengths: number[] = [];
  const openLengths: number[] = [];
  let open = 0;
  let lower = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.pieces.length === 0) continue;
    lengths.push(l.text.length);
    const next = lines[i + 1];
    if (!next || next.pieces.length === 0 || ENDS_SENTENCE.test(l.text)) continue;
    open++;
    openLengths.push(l.text.length);
    if (STARTS_LOWER.test(next.text)) lower++;
  }
  if (lengths.length < 3) return { wrapped: false, width: 0 };
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor((lengths.length - 1) * 0.9)]!;
  if (width < 40 || width > 120) return { wrapped: false, width };
  const over = lengths.filter((n) => n > width + 10).length;
  if (over > lengths.length * 0.1 || open < 2) return { wrapped: false, width };
  // Open lines of a wrapped text are nearly as wide as the widest (the next word did not fit).
  const near = openLengths.filter((n) => n >= 0.75 * width).length / open;
  const lowerShare = lower / open;
  return { wrapped: lowerShare >= 0.4 || (lowerShare >= 0.2 && near >= 0.6), width };
}

/**
 * Logical lines: blank lines removed (recorded as `blankBefore` on the next line), and
 * hard-wrapped continuation lines joined to the line they continue. A line goes on in the next
 * one when it does not end a sentence and the next starts in lower case, or it ends in a comma
 * or a word no sentence ends with, or the text is hard-wrapped (several lines of about the
 * same width, open lines usually followed by lower case) and the line is near that width. A
 * list of headlines (short lines without punctuation) fails the lower-case test, so it is not
 * glued into one paragraph.
 */
export function joinLines(lines: PhysicalLine[]): JoinedLine[] {
  const out: JoinedLine[] = [];
  // Newswire text is often wrapped at ~80 columns over the whole document, in short blocks.
  const doc = wrapStats(lines);
  let i = 0;
  let blank = true;
  while (i < lines.length) {
    if (lines[i]!.pieces.length === 0) {
      blank = true;
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]!.pieces.length > 0) j++;
    const block = lines.slice(i, j);
    const local = block.length >= 3 ? wrapStats(block) : { wrapped: false, width: 0 };
    const { wrapped, width } = local.wrapped ? local : doc;
    let cur: JoinedLine | null = null;
    let prev: PhysicalLine | null = null;
    for (const l of block) {
      const joins =
        cur !== null &&
        prev !== null &&
        !l.bullet &&
        !ENDS_SENTENCE.test(prev.text) &&
        (STARTS_LOWER.test(l.text) ||
          (/ -$/.test(prev.text) && /^- /.test(l.text)) ||
          (wrapped && prev.text.length >= 0.6 * width) ||
          (GOES_ON.test(prev.text) && prev.text.split(' ').length >= 5)) &&
        // A commenter's lower-case name goes on its own line after "Reply" or "12 Comments".
        !(prev.text.length <= 80 && (commentFurniture(prev.text) !== null || isCommentsHeader(prev.text)));
      if (joins && cur) {
        const last = cur.pieces[cur.pieces.length - 1]!;
        // The joining space stands for the line break; map it to the break in raw.
        cur.pieces.push({ text: ' ', rawStart: last.rawEnd, rawEnd: last.rawEnd + 1 });
        cur.pieces.push(...l.pieces);
        cur.text += ' ' + l.text;
      } else {
        cur = { pieces: [...l.pieces], text: l.text, bullet: l.bullet, blankBefore: blank };
        out.push(cur);
        blank = false;
      }
      prev = l;
    }
    blank = false;
    i = j;
  }
  return out;
}
