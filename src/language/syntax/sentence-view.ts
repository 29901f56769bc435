/**
 * A sentence as the event extractor sees it: words with offsets (and part of speech when the
 * sentence stage gave it), the entity mentions and time expressions inside it, each mapped to
 * word indices. Mentions inside a stance compound ("pro-Iranian", "anti-Syria") and a dateline
 * ("KARACHI: ...") are left out.
 */
import { firstKeyFrom, firstStartFrom } from '../../core/sorted.js';
import type { Article, Mention, Span, TimeExpression } from '../../core/types.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal POS tag from article.tokens when a token starts at the same offset. */
  pos: string | null;
}

export interface MentionRef {
  mention: Mention;
  /** Index into article.mentions. */
  index: number;
  first: number;
  last: number;
}

export interface TimexRef {
  timex: TimeExpression;
  first: number;
  last: number;
}

export interface SentenceView {
  span: Span;
  /** Index into article.sentences. */
  index: number;
  words: Word[];
  mentions: MentionRef[];
  timexes: TimexRef[];
  /** For each word, the index into `mentions` of the mention covering it, or -1. */
  mentionAt: Int32Array;
  /** For each word, the index into `timexes` of the time expression covering it, or -1. */
  timexAt: Int32Array;
}

/** The mention covering word i, if any. */
export function mentionOfWord(view: SentenceView, i: number): MentionRef | undefined {
  const k = i >= 0 && i < view.mentionAt.length ? view.mentionAt[i]! : -1;
  return k >= 0 ? view.mentions[k] : undefined;
}

/** Mentions that start at words from..to (inclusive, clamped), in order. */
export function mentionsIn(view: SentenceView, from: number, to: number): MentionRef[] {
  const out: MentionRef[] = [];
  const a = Math.max(0, from);
  const b = Math.min(view.words.length - 1, to);
  for (let i = a; i <= b; i++) {
    const m = mentionOfWord(view, i);
    if (m && (m.first === i || (i === a && !out.includes(m)))) out.push(m);
  }
  return out;
}

/** The mention whose last word is i, if any. */
export function mentionEndingAt(view: SentenceView, i: number): MentionRef | undefined {
  const m = mentionOfWord(view, i);
  return m && m.last === i ? m : undefined;
}

/** The mention whose first word is i, if any. */
export function mentionStartingAt(view: SentenceView, i: number): MentionRef | undefined {
  const m = mentionOfWord(view, i);
  return m && m.first === i ? m : undefined;
}

// Honorifics and ranks written with a dot (Mr., Mrs., Gen.), numbers with digit groups or
// decimals (1,000, 5.1), abbreviations with dots (U.S., U.N.), clitics (n't, 's), words with inner
// hyphens, any other non-space character.
const WORD_RE =
  /\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Sen|Rep|Gov|Prof|Rev|Cmdr|Brig|Gens)\.(?=\s+\p{Lu})|\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?!\p{N})|\p{N}+\.\p{N}+|(?:\p{L}\.){2,}|[\p{L}\p{N}]+?(?=n['’]t\b)|n['’]t\b|['’](?:s|ll|re|ve|d|m)\b|[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+|['’](?!(?:s|ll|re|ve|d|m)\b)[\p{L}\p{N}]+)*|\S/gu;

/** Words of text[start, end) with absolute offsets. */
export function wordsOf(text: string, span: Span, posByStart?: ReadonlyMap<number, string>): Word[] {
  const slice = text.slice(span.start, span.end);
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(slice)) !== null) {
    const start = span.start + m.index;
    const t = m[0];
    out.push({
      start,
      end: start + t.length,
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'"),
      pos: posByStart?.get(start) ?? null,
    });
  }
  return out;
}

/** Index of the first word that ends after `offset` (the word covering or following it). */
function wordAt(words: readonly Word[], offset: number): number {
  // Binary search: words are in order and do not overlap, so their ends increase.
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function mapSpan(words: readonly Word[], s: Span): { first: number; last: number } | null {
  const first = wordAt(words, s.start);
  let last = first;
  if (first >= words.length || words[first]!.start >= s.end) return null;
  while (last + 1 < words.length && words[last + 1]!.start < s.end) last++;
  return { first, last };
}

/**
 * "the pro-Iranian Hizbollah group", "an anti-Syria journalist": a name inside a stance
 * compound describes an attitude, not an actor, a place or a qualifier; the view leaves it out.
 */
export function stanceCompound(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])(?:pro|anti)[-‑]$/iu.test(text.slice(Math.max(0, start - 6), start));
}

const DATELINE_AFTER = new Set([':', '—', '–', '-']);

/** Build the views of all sentences of an article. */
export function sentenceViews(article: Article): SentenceView[] {
  const posByStart = new Map<number, string>();
  for (const t of article.tokens) if (t.pos) posByStart.set(t.start, t.pos);
  const mentions = article.mentions
    .map((mention, index) => ({ mention, index }))
    .filter((m) => m.mention.entity >= 0 && m.mention.entity < article.entities.length)
    .sort((a, b) => a.mention.start - b.mention.start);
  const timexes = [...article.timexes].sort((a, b) => a.start - b.start);
  const sentences =
    article.sentences.length > 0 ? article.sentences : [{ start: 0, end: article.text.length }];

  return sentences.map((span, index) => {
    const words = wordsOf(article.text, span, posByStart);
    const ms: MentionRef[] = [];
    // Only the mentions starting inside the sentence (found by binary search: a loop over all
    // of them for every sentence is quadratic on long documents).
    for (let k = firstKeyFrom(mentions, span.start, (m) => m.mention.start); k < mentions.length && mentions[k]!.mention.start <= span.end; k++) {
      const m = mentions[k]!;
      if (m.mention.end > span.end) continue;
      if (stanceCompound(article.text, m.mention.start)) continue;
      const r = mapSpan(words, m.mention);
      if (r) ms.push({ ...m, ...r });
    }
    const ts: TimexRef[] = [];
    for (let k = firstStartFrom(timexes, span.start); k < timexes.length && timexes[k]!.start <= span.end; k++) {
      const t = timexes[k]!;
      if (t.end > span.end) continue;
      const r = mapSpan(words, t);
      if (r) ts.push({ timex: t, ...r });
    }
    // "ISLAMABAD: The potential ...", "KARACHI — President Zardari ...": a dateline says where the
    // report was filed; it is no actor or place of the events.
    const first = ms[0];
    if (first && first.first === 0 && DATELINE_AFTER.has(words[first.last + 1]?.text ?? '')) ms.shift();
    const mentionAt = new Int32Array(words.length).fill(-1);
    ms.forEach((m, k) => {
      for (let i = m.first; i <= m.last; i++) if (mentionAt[i] === -1) mentionAt[i] = k;
    });
    const timexAt = new Int32Array(words.length).fill(-1);
    ts.forEach((t, k) => {
      for (let i = t.first; i <= t.last; i++) if (timexAt[i] === -1) timexAt[i] = k;
    });
    return { span, index, words, mentions: ms, timexes: ts, mentionAt, timexAt };
  });
}
