import type { Sentence, Token } from '../../core/types.js';
import { getNlp } from './wink.js';
import type { SplitResult } from './types.js';
import {
  isBullet,
  isClosingQuote,
  isDatelineOnly,
  isNonFinalAbbreviation,
  isTerminal,
  isTickerDot,
  lineBreakEndsSentence,
  looksHardWrapped,
} from './boundaries.js';

/** Whitespace and invisible format characters (zero-width space, joiners, BOM). */
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/;

interface RawToken extends Token {
  value: string;
  /** wink said a sentence starts here. */
  winkStart: boolean;
}

/** wink tokens with exact offsets into `text`; whitespace tokens dropped. */
function winkTokens(text: string): RawToken[] {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentenceStart = new Set<number>();
  for (const s of spans) sentenceStart.add(s[0]);

  const out: RawToken[] = [];
  let cursor = 0;
  let pendingStart = false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    if (sentenceStart.has(i)) pendingStart = true;
    cursor += (spaces[i] ?? '').length;
    let at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (at < 0) {
      // wink normalised the token; skip it rather than emit a wrong offset.
      continue;
    }
    cursor = at + value.length;
    if (BLANK.test(value)) continue;
    out.push({ start: at, end: at + value.length, value, pos: pos[i] ?? 'X', winkStart: pendingStart });
    pendingStart = false;
  }
  return out;
}

const HYPHENS = new Set(['-', '‑', '‐']);

/** Join word-hyphen-word runs written without spaces ("Anwaar-ul-Haq", "U.S.-backed"). */
function joinHyphenated(text: string, raw: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const prev = out[out.length - 1];
    const next = raw[i + 1];
    if (
      HYPHENS.has(t.value) &&
      prev !== undefined &&
      next !== undefined &&
      prev.end === t.start &&
      next.start === t.end &&
      /[\p{L}\p{N}.]$/u.test(prev.value) &&
      /^[\p{L}\p{N}]/u.test(next.value) &&
      !next.winkStart
    ) {
      prev.end = next.end;
      prev.value = text.slice(prev.start, prev.end);
      if (prev.pos !== 'PROPN') prev.pos = next.pos;
      i++;
      continue;
    }
    out.push({ ...t });
  }
  return out;
}

/** Split news text into sentences and tokens with exact offsets. */
export function splitSentences(text: string): SplitResult {
  if (text.trim() === '') return { sentences: [], tokens: [] };
  const toks = joinHyphenated(text, winkTokens(text));
  const wrapped = looksHardWrapped(text);
  const starts: boolean[] = toks.map(() => false);
  if (toks.length > 0) starts[0] = true;
  let sentenceFirst = 0;

  for (let i = 1; i < toks.length; i++) {
    const prev = toks[i - 1]!;
    const cur = toks[i]!;
    const gap = text.slice(prev.end, cur.start);
    const newlines = countNewlines(gap);
    let start: boolean;
    if (newlines >= 2) {
      start = true;
    } else if (newlines === 1) {
      const lineStart = text.lastIndexOf('\n', prev.end - 1) + 1;
      start = lineBreakEndsSentence({
        prevLine: text.slice(lineStart, prev.end),
        prevToken: prev.value,
        nextToken: cur.value,
        wrapped,
      });
    } else {
      start = cur.winkStart;
      if (start) {
        if (/^\p{Ll}/u.test(cur.value)) start = false;
        else if (gap === '' && isTickerDot(text, cur.start - 1)) start = false;
        else if (isNonFinalAbbreviation(prev.value, cur.value)) start = false;
        else if (isClosingQuote(prev.value) && toks[i - 2]?.value === ',') start = false;
        else if (isDatelineOnly(toks.slice(sentenceFirst, i).map((t) => t.value))) start = false;
        else if (isClosingQuote(cur.value) && cur.start === prev.end && isTerminal(prev.value) && i + 1 < toks.length) {
          // wink put the closing quote into the next sentence: move the boundary after it.
          start = false;
          const after = toks[i + 1]!;
          if (countNewlines(text.slice(cur.end, after.start)) === 0) after.winkStart = true;
        }
      }
    }
    if (start) {
      starts[i] = true;
      sentenceFirst = i;
    }
  }

  const sentences: Sentence[] = [];
  for (let i = 0; i < toks.length; ) {
    let j = i + 1;
    while (j < toks.length && !starts[j]) j++;
    let first = i;
    while (first < j - 1 && isBullet(toks[first]!.value)) first++;
    sentences.push({ start: toks[first]!.start, end: toks[j - 1]!.end });
    i = j;
  }
  const tokens: Token[] = toks.map((t) => ({ start: t.start, end: t.end, pos: t.pos ?? 'X' }));
  return { sentences, tokens };
}

function countNewlines(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === 10) n++;
  return n;
}
