/** IOB label helpers: IOB1 -> IOB2 conversion and chunking with conlleval semantics. */
import type { TokenSpan } from './types.js';

function split(tag: string): [prefix: string, type: string] {
  if (tag === 'O' || tag.length < 2 || tag[1] !== '-') return ['O', ''];
  return [tag.slice(0, 1), tag.slice(2)];
}

/**
 * IOB1 (CoNLL-2003: I-X everywhere, B-X only between two adjacent entities of one type)
 * to IOB2 (every entity starts with B-X).
 */
export function iob1ToIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prevType = '';
  for (const tag of tags) {
    const [p, t] = split(tag);
    if (p === 'O') {
      out.push('O');
      prevType = '';
    } else if (p === 'B' || t !== prevType) {
      out.push(`B-${t}`);
      prevType = t;
    } else {
      out.push(`I-${t}`);
      prevType = t;
    }
  }
  return out;
}

/**
 * The entity chunks of one tag sequence, with conlleval's reading: a chunk starts at B-X,
 * or at I-X after O or after another type; it ends before O, B-* or another type.
 */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const [p, t] = split(tag);
    if (p === 'O') {
      if (cur) spans.push(cur);
      cur = null;
    } else if (!cur || p === 'B' || t !== cur.type) {
      if (cur) spans.push(cur);
      cur = { type: t, start: i, end: i + 1 };
    } else {
      cur.end = i + 1;
    }
  });
  if (cur) spans.push(cur);
  return spans;
}

/** IOB2 tags for spans over `length` tokens (spans must not overlap). */
export function tagsFromSpans(spans: readonly TokenSpan[], length: number): string[] {
  const tags: string[] = new Array<string>(length).fill('O');
  for (const s of spans) {
    for (let i = s.start; i < s.end && i < length; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  }
  return tags;
}
