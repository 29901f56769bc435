/**
 * Near-duplicate documents (re-issues, shortened copies): MinHash over word 5-gram shingles
 * with locality-sensitive hashing to find candidates, then exact containment to decide.
 */

export interface DedupInput {
  id: string;
  text: string;
}

export interface DedupOptions {
  /** Share of the shorter document's shingles found in the longer one to call it a copy. */
  containment?: number;
  shingleSize?: number;
}

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
    if (set.size === 0) return;
    const sig = minhash(set);
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${sig.slice(b * ROWS, b * ROWS + ROWS).join(',')}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  // Union-find over confirmed pairs.
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const seen = new Set<string>();
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const pair = `${a}:${b}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        if (containment(shingles[a]!, shingles[b]!) >= threshold) parent[find(a)] = find(b);
      }
    }
  }
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
