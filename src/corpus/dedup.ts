/**
 * Near-duplicate documents (re-issues, shortened copies, excerpts, the same page under another
 * address): candidates from MinHash over word 5-gram shingles with locality-sensitive hashing
 * (documents that share most of their shingles) and from an index of a fixed sample of the
 * shingles (a short excerpt of a long article shares few of the article's shingles, but every
 * sampled one of its own), then exact containment (the share of the shorter text's shingles
 * found in the longer) to decide. Documents whose URLs differ only by tracking parameters, AMP
 * or mobile variants, "www.", a fragment or a trailing slash are one page.
 */
import { urlKey } from './url-key.js';

export interface DedupInput {
  id: string;
  text: string;
  /** Where the document was read from, when known. */
  url?: string | null;
}

export interface DedupOptions {
  /** Share of the shorter document's shingles found in the longer one to call it a copy. */
  containment?: number;
  shingleSize?: number;
}

/** A shingle is sampled when its hash is 0 modulo this: the same shingles in every document. */
const SAMPLE_MODULUS = 4;
/** Share of the smaller sample two documents must share to be compared. */
const SAMPLE_SHARE = 0.5;

const BANDS = 32;
const ROWS = 4;
const HASHES = BANDS * ROWS;

/** documentId -> id of the document it duplicates (the longest of its group, earliest on ties). */
export function findDuplicates(docs: readonly DedupInput[], options: DedupOptions = {}): Record<string, string> {
  const threshold = options.containment ?? 0.8;
  const k = options.shingleSize ?? 5;
  const shingles = docs.map((d) => shingleSet(d.text, k));
  const buckets = new Map<string, number[]>();
  shingles.forEach((set, i) => {
    for (const key of bandKeys(set)) {
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  // Union-find over confirmed pairs.
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const seen = new Set<string>();
  const check = (x: number, y: number): void => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const pair = `${a}:${b}`;
    if (seen.has(pair)) return;
    seen.add(pair);
    if (containment(shingles[a]!, shingles[b]!) >= threshold) parent[find(a)] = find(b);
  };
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) check(list[x]!, list[y]!);
  }
  for (const [a, b] of sampledPairs(shingles)) check(a, b);
  // The same page under two addresses.
  const byUrl = new Map<string, number>();
  docs.forEach((d, i) => {
    const key = urlKey(d.url);
    if (key === null) return;
    const first = byUrl.get(key);
    if (first === undefined) byUrl.set(key, i);
    else parent[find(i)] = find(first);
  });
  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  });
  const out: Record<string, string> = {};
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const canonical = members.reduce((best, i) => (docs[i]!.text.length > docs[best]!.text.length ? i : best), members[0]!);
    for (const i of members) if (i !== canonical) out[docs[i]!.id] = docs[canonical]!.id;
  }
  return out;
}

/** The LSH band keys of a shingle set (none for an empty one). */
function bandKeys(set: Set<number>): string[] {
  if (set.size === 0) return [];
  const sig = minhash(set);
  return Array.from({ length: BANDS }, (_, b) => `${b}:${sig.slice(b * ROWS, b * ROWS + ROWS).join(',')}`);
}

/**
 * What finds a document's candidate copies, for an index kept between runs (incremental.ts):
 * its LSH band keys and its sampled shingles. Two documents `findDuplicates` compares share a
 * band key or most of the smaller one's samples.
 */
export function dedupKeys(text: string, shingleSize = 5): { bands: string[]; samples: number[] } {
  const set = shingleSet(text, shingleSize);
  return { bands: bandKeys(set), samples: [...set].filter((h) => h % SAMPLE_MODULUS === 0) };
}

/** Sampled shingles in more documents than this are boilerplate: not used to find candidates. */
export const DEDUP_MAX_SAMPLE_POSTINGS = 64;

/** Pairs [earlier, later] of documents that share most of the smaller one's sampled shingles. */
function sampledPairs(shingles: readonly Set<number>[]): [number, number][] {
  const samples = shingles.map((set) => [...set].filter((h) => h % SAMPLE_MODULUS === 0));
  const postings = new Map<number, number[]>();
  for (const [i, sample] of samples.entries()) {
    for (const h of sample) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  }
  const out: [number, number][] = [];
  const shared = new Map<number, number>();
  for (const [i, sample] of samples.entries()) {
    shared.clear();
    for (const h of sample) {
      const list = postings.get(h)!;
      if (list.length > DEDUP_MAX_SAMPLE_POSTINGS) continue;
      for (const j of list) if (j < i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) if (count >= Math.max(1, SAMPLE_SHARE * Math.min(sample.length, samples[j]!.length))) out.push([j, i]);
  }
  return out;
}

function shingleSet(text: string, k: number): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<number>();
  for (let i = 0; i + k <= words.length; i++) set.add(fnv1a(words.slice(i, i + k).join(' ')));
  if (set.size === 0 && words.length > 0) set.add(fnv1a(words.join(' ')));
  return set;
}

/** Share of the smaller set found in the larger one. */
function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let hit = 0;
  for (const x of small) if (large.has(x)) hit++;
  return hit / small.size;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => [Math.imul(i + 1, 0x9e3779b1) | 1, Math.imul(i + 7, 0x85ebca6b)] as const);

function minhash(set: Set<number>): number[] {
  const sig = new Array<number>(HASHES).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < HASHES; i++) {
      const [a, b] = SEEDS[i]!;
      let h = (Math.imul(x, a) + b) >>> 0;
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}
