/**
 * Corpora of any size for bench:scale, from a few hundred really annotated articles: copy r of
 * a base article gets its own id, a quarter of its plain lowercase words swapped for other words
 * of the same length (so offsets still hold and copies are not near-duplicates of each other),
 * and every date (publication, time expressions, event dates, roles, claim times) moved by
 * r × SHIFT_DAYS days. Annotation layers the corpus stages do not change are shared, not
 * copied. A seeded generator makes every run the same.
 */
import type { Article } from '../../src/core/types.js';

/** Days between the dates of two successive copies of one base article. */
export const SHIFT_DAYS = 29;
/** Share of eligible words replaced in a copy. */
const SWAP_SHARE = 0.25;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A "YYYY-MM-DD", "YYYY-MM" or "YYYY" value moved by `days`; other values as they are. */
export function shiftValue(value: string | null, days: number): string | null {
  if (value === null || days === 0) return value;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]! + days)).toISOString().slice(0, 10);
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return new Date(Date.UTC(+m[1]!, +m[2]! - 1 + Math.round(days / 30.44), 1)).toISOString().slice(0, 7);
  m = /^(\d{4})$/.exec(value);
  if (m) return String(+m[1]! + Math.round(days / 365.25));
  return value;
}

const WORD = /\b[a-z]{4,}\b/g;

/** Lowercase words of the base texts by length, for same-length swaps. */
function vocabulary(base: readonly Article[]): Map<number, string[]> {
  const byLength = new Map<number, Set<string>>();
  for (const a of base) for (const w of a.text.match(WORD) ?? []) {
    const set = byLength.get(w.length) ?? new Set<string>();
    set.add(w);
    byLength.set(w.length, set);
  }
  return new Map([...byLength].map(([n, set]) => [n, [...set].sort()]));
}

/** `n` articles: the base articles, then copies of them as described above. */
export function scaleCorpus(base: readonly Article[], n: number, seed = 7): Article[] {
  const vocab = vocabulary(base);
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const b = base[i % base.length]!;
    const r = Math.floor(i / base.length);
    out.push(r === 0 ? b : copyOf(b, r, vocab, rng(seed * 1_000_003 + i)));
  }
  return out;
}

function copyOf(b: Article, r: number, vocab: Map<number, string[]>, rand: () => number): Article {
  const days = r * SHIFT_DAYS;
  const shift = (v: string | null): string | null => shiftValue(v, days);
  // Names keep their spelling: words inside a mention are not swapped.
  const protectedSpans = [...b.mentions].sort((x, y) => x.start - y.start);
  let k = 0;
  const text = b.text.replace(WORD, (w: string, offset: number) => {
    while (k < protectedSpans.length && protectedSpans[k]!.end <= offset) k++;
    const p = protectedSpans[k];
    if (p && p.start < offset + w.length && offset < p.end) return w;
    if (rand() >= SWAP_SHARE) return w;
    const pool = vocab.get(w.length)!;
    return pool[Math.floor(rand() * pool.length)]!;
  });
  return {
    ...b,
    id: `${b.id}~${r}`,
    rawHash: `${b.rawHash}~${r}`,
    source: `${b.source}~${r}`,
    text,
    published: { ...b.published, value: shift(b.published.value) },
    timexes: b.timexes.map((t) => ({ ...t, value: shift(t.value), endValue: t.endValue === undefined ? undefined : shift(t.endValue) })),
    events: b.events.map((e) => ({ ...e, date: { ...e.date, value: shift(e.date.value) } })),
    roles: b.roles.map((x) => ({ ...x, asOf: shift(x.asOf) })),
    claims: b.claims.map((c) => ({ ...c, time: shift(c.time) })),
  };
}
