/**
 * Corpora of any size for bench:scale, from a few hundred really annotated articles. Copy r of
 * the base set is a parallel "world": a consistent word cipher of its own (most plain words and
 * most capitalised words, names included, swapped for other words of the same length, the same
 * swap in every document of the world and in its entity names), so its documents relate to each
 * other as the base documents do but not to the other worlds' copies more than unrelated news
 * does; its dates (publication, time expressions, event dates, roles, claim times) are moved by
 * r × SHIFT_DAYS days. Offsets hold because swaps keep lengths. Event triggers and countries'
 * codes are kept. Layers the corpus stages do not change are shared, not copied.
 */
import type { Article } from '../../src/core/types.js';
import { STOPWORDS } from '../../src/corpus/stopwords.js';
import { seededRandom } from '../../src/core/random.js';

/** Days between the dates of two successive copies of one base article. */
export const SHIFT_DAYS = 29;
/** Share of plain (lowercase) word types a world swaps. */
const SWAP_PLAIN = 0.8;
/** Share of capitalised word types (names, mostly) a world swaps. */
const SWAP_CAPITAL = 0.6;

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

const WORD = /\b[A-Za-z][a-z]{2,}\b/g;

/** Words of the base texts by case and length, for same-length swaps. */
function vocabulary(base: readonly Article[]): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const a of base) {
    for (const w of a.text.match(WORD) ?? []) {
      if (STOPWORDS.has(w.toLowerCase())) continue;
      const key = `${w[0] === w[0]!.toLowerCase() ? 'l' : 'c'}${w.length}`;
      const set = sets.get(key) ?? new Set<string>();
      set.add(w);
      sets.set(key, set);
    }
  }
  return new Map([...sets].map(([k, set]) => [k, [...set].sort()]));
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The word cipher of world `r`: the same word always becomes the same word there. */
function cipher(r: number, vocab: Map<string, string[]>, seed: number): (text: string) => string {
  const memo = new Map<string, string>();
  const one = (w: string): string => {
    let out = memo.get(w);
    if (out !== undefined) return out;
    out = w;
    const capital = w[0] !== w[0]!.toLowerCase();
    if (!STOPWORDS.has(w.toLowerCase())) {
      const h = hash(`${seed}:${r}:${w}`);
      if ((h % 1000) / 1000 < (capital ? SWAP_CAPITAL : SWAP_PLAIN)) {
        const pool = vocab.get(`${capital ? 'c' : 'l'}${w.length}`);
        if (pool) out = pool[hash(`${w}:${r}:${seed}`) % pool.length]!;
      }
    }
    memo.set(w, out);
    return out;
  };
  return (text) => text.replace(WORD, one);
}

/** `n` articles: the base articles, then copies of them as described above. */
export function scaleCorpus(base: readonly Article[], n: number, seed = 7): Article[] {
  return scaleCorpusRange(base, 0, n, seed);
}

/** Articles `from` to `to` (exclusive) of `scaleCorpus(base, to)`, without making the others. */
export function scaleCorpusRange(base: readonly Article[], from: number, to: number, seed = 7): Article[] {
  const vocab = vocabulary(base);
  const worlds = new Map<number, (text: string) => string>();
  const out: Article[] = [];
  for (let i = from; i < to; i++) {
    const b = base[i % base.length]!;
    const r = Math.floor(i / base.length);
    if (r === 0) {
      out.push(b);
      continue;
    }
    let map = worlds.get(r);
    if (!map) worlds.set(r, (map = cipher(r, vocab, seed)));
    out.push(copyOf(b, r, map));
  }
  return out;
}

function copyOf(b: Article, r: number, map: (text: string) => string): Article {
  const days = r * SHIFT_DAYS;
  const shift = (v: string | null): string | null => shiftValue(v, days);
  return {
    ...b,
    id: `${b.id}~${r}`,
    rawHash: `${b.rawHash}~${r}`,
    source: `${b.source}~${r}`,
    text: map(b.text),
    title: b.title === null ? null : map(b.title),
    published: { ...b.published, value: shift(b.published.value) },
    entities: b.entities.map((e) => ({ ...e, name: map(e.name), aliases: e.aliases.map(map) })),
    timexes: b.timexes.map((t) => ({ ...t, value: shift(t.value), endValue: t.endValue === undefined ? undefined : shift(t.endValue) })),
    events: b.events.map((e) => ({ ...e, date: { ...e.date, value: shift(e.date.value) } })),
    roles: b.roles.map((x) => ({ ...x, of: x.of === null ? null : map(x.of), asOf: shift(x.asOf) })),
    claims: b.claims.map((c) => ({ ...c, subject: c.subject === null ? null : map(c.subject), time: shift(c.time) })),
  };
}
