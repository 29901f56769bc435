/**
 * Stories: groups of documents that report the same happening. Articles about one subject
 * often cover several happenings (two earthquakes in one region, two arrests of one actor);
 * reports of the same one share rare content words, names, places and dates. Each document
 * becomes a TF-IDF vector over its content words, entity names and exact days; documents are
 * grouped by average-linkage agglomerative clustering on cosine similarity, stopping at a
 * threshold. Event merging uses a shared story as extra evidence that two mentions report one
 * event.
 */
import type { Article } from '../core/types.js';
import { type EventWords, sameEventWords } from './event-words.js';
import { STOPWORDS } from './stopwords.js';

export interface StoryInput {
  id: string;
  text: string;
  /** Entity names (any case); weighed above plain words. */
  names?: readonly string[];
  /** Exact days ("YYYY-MM-DD") the document mentions. */
  days?: readonly string[];
}

export interface StoryOptions {
  /** Average cosine similarity two groups need to be joined (0..1). Default 0.1. */
  threshold?: number;
  /** Weight of a name feature against a content word. Default 2. */
  nameWeight?: number;
  /** Weight of a day feature against a content word. Default 1. */
  dayWeight?: number;
  /** Most similar earlier documents kept per document (see MAX_NEIGHBOURS). */
  maxNeighbours?: number;
}

/** Story id per document id; documents of one story share it (the first member's id). */
export type StoryMap = Map<string, string>;

const DEFAULT_THRESHOLD = 0.1;

/** A document's story features from an annotated article: its text, entity names and exact days. */
export function storyInput(article: Article): StoryInput {
  const names = new Set<string>();
  for (const m of article.mentions) {
    if (m.form === 'pronoun' || m.form === 'nominal') continue;
    const e = m.entity >= 0 ? article.entities[m.entity] : undefined;
    names.add(e?.name ?? article.text.slice(m.start, m.end));
  }
  const days = article.timexes.map((t) => t.value).filter((v): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v));
  return { id: article.id, text: article.text, names: [...names], days };
}

/** Groups of document ids, each a story, in input order of their first members. */
export function groupStories(docs: readonly StoryInput[], options: StoryOptions = {}): string[][] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const vectors = tfidf(docs, options.nameWeight ?? 2, options.dayWeight ?? 1);
  const pairs = similarPairs(vectors, threshold * SIMILARITY_FLOOR, options.maxNeighbours ?? MAX_NEIGHBOURS);
  const groups = averageLinkage(docs.length, pairs, threshold);
  groups.sort((a, b) => a[0]! - b[0]!);
  return groups.map((g) => g.map((i) => docs[i]!.id));
}

/** Document id -> story id (the id of the story's first document). */
export function storyMap(stories: readonly (readonly string[])[]): StoryMap {
  const map: StoryMap = new Map();
  for (const s of stories) for (const id of s) map.set(id, s[0]!);
  return map;
}

/** Similarities below this share of the threshold count as none (they barely move an average). */
const SIMILARITY_FLOOR = 0.1;
/**
 * Features in more documents than this say nothing about which story a document belongs to
 * (a large corpus on one subject names its two countries everywhere) and are left out. No
 * effect on corpora smaller than this; on larger ones it bounds the pair work, which grows
 * with the square of each feature's document count.
 */
export const MAX_DF = 200;
/** Terms kept per document vector (the heaviest): bounds the work on long documents. */
const MAX_TERMS = 300;

/**
 * Similar earlier documents kept per document, the most similar first: without a bound the
 * pairs, and the clustering's work and memory, grow with the square of the corpus (every
 * document shares some rare-enough word with thousands of others). No effect on a document
 * with fewer similar earlier documents than this, so none on corpora of this size or smaller.
 */
export const MAX_NEIGHBOURS = 100;

/**
 * Document pairs (j, i, cosine) with j < i and cosine ≥ `floor`, through an inverted index;
 * per document i, at most `maxNeighbours` of them (the highest cosines, the earlier document
 * on ties), in the order the index first reached them.
 */
function similarPairs(vectors: readonly Vector[], floor: number, maxNeighbours: number): Pairs {
  const n = vectors.length;
  const postingDocs: number[][] = [];
  const postingWeights: number[][] = [];
  const acc = new Float64Array(n);
  const touched = new Uint8Array(n);
  const order: number[] = [];
  const out: Pairs = { a: [], b: [], sim: [] };
  vectors.forEach((v, i) => {
    for (let t = 0; t < v.terms.length; t++) {
      const term = v.terms[t]!;
      const w = v.weights[t]!;
      const docs = postingDocs[term];
      if (!docs) {
        postingDocs[term] = [i];
        postingWeights[term] = [w];
        continue;
      }
      const weights = postingWeights[term]!;
      for (let k = 0; k < docs.length; k++) {
        const j = docs[k]!;
        if (!touched[j]) {
          touched[j] = 1;
          order.push(j);
        }
        acc[j] = acc[j]! + w * weights[k]!;
      }
      docs.push(i);
      weights.push(w);
    }
    let kept: number[] = [];
    for (const j of order) if (acc[j]! >= floor && acc[j]! > 0) kept.push(j);
    if (kept.length > maxNeighbours) kept = mostSimilar(kept, acc, maxNeighbours);
    for (const j of kept) {
      out.a.push(j);
      out.b.push(i);
      out.sim.push(acc[j]!);
    }
    for (const j of order) {
      acc[j] = 0;
      touched[j] = 0;
    }
    order.length = 0;
  });
  return out;
}

/**
 * Average-linkage agglomerative clustering over sparse similarities (missing pairs count as 0):
 * the two clusters with the highest mean pairwise similarity merge until it falls below the
 * threshold. Cluster sums are kept per neighbour and candidate pairs in a heap. A merge only
 * re-scores the neighbours of the smaller side (their sums grew); the other neighbours' means
 * can only fall, so their heap entries are corrected when they come up.
 */
/**
 * The `k` of `docs` with the highest `sim` (the lower document number on ties), in the order
 * given. A numeric sort of the values finds the cut, so no comparator runs per document.
 */
function mostSimilar(docs: readonly number[], sim: Float64Array, k: number): number[] {
  if (k <= 0) return [];
  const values = Float64Array.from(docs, (j) => sim[j]!).sort();
  const cut = values[values.length - k]!;
  let above = 0;
  for (const j of docs) if (sim[j]! > cut) above++;
  const ties = new Set(docs.filter((j) => sim[j] === cut).sort((x, y) => x - y).slice(0, k - above));
  return docs.filter((j) => sim[j]! > cut || ties.has(j));
}

/** Document pairs with their cosine, as three parallel arrays (compact for millions of pairs). */
interface Pairs {
  a: number[];
  b: number[];
  sim: number[];
}

function averageLinkage(n: number, pairs: Pairs, threshold: number): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (let k = 0; k < pairs.a.length; k++) {
    const i = pairs.a[k]!;
    const j = pairs.b[k]!;
    sums[i]!.set(j, pairs.sim[k]!);
    sums[j]!.set(i, pairs.sim[k]!);
  }
  const heap = new MaxHeap();
  for (let k = 0; k < pairs.a.length; k++) if (pairs.sim[k]! >= threshold) heap.push(pairs.sim[k]!, pairs.a[k]!, pairs.b[k]!);
  for (;;) {
    const top = heap.pop();
    if (!top) break;
    const [avg, p, q] = top;
    if (avg < threshold) break;
    if (!members[p] || !members[q]) continue;
    const current = (sums[p]!.get(q) ?? 0) / (members[p]!.length * members[q]!.length);
    if (Math.abs(current - avg) > 1e-12) {
      // Stale: the pair's mean fell since it was pushed (a side grew); put it back as it is now.
      if (current >= threshold) heap.push(current, p, q);
      continue;
    }
    // Merge the side with fewer neighbours (b) into the other (a).
    const [a, b] = sums[p]!.size >= sums[q]!.size ? [p, q] : [q, p];
    const merged = [...members[a]!, ...members[b]!];
    members[a] = merged;
    members[b] = null;
    const sa = sums[a]!;
    const sb = sums[b]!;
    sa.delete(b);
    for (const [x, s] of sb) {
      if (x === a) continue;
      const sum = (sa.get(x) ?? 0) + s;
      sa.set(x, sum);
      const sx = sums[x]!;
      sx.delete(b);
      sx.set(a, sum);
      const pairAvg = sum / (merged.length * members[x]!.length);
      if (pairAvg >= threshold) heap.push(pairAvg, a, x);
    }
    sb.clear();
  }
  return members.filter((m): m is number[] => m !== null).map((m) => m.sort((x, y) => x - y));
}

/** A binary max-heap of [priority, a, b]. */
class MaxHeap {
  private items: [number, number, number][] = [];
  push(priority: number, a: number, b: number): void {
    const items = this.items;
    items.push([priority, a, b]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]![0] >= items[i]![0]) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }
  pop(): [number, number, number] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && items[l]![0] > items[m]![0]) m = l;
        if (r < items.length && items[r]![0] > items[m]![0]) m = r;
        if (m === i) break;
        [items[m], items[i]] = [items[i]!, items[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** A sparse document vector: term numbers and their weights, in feature order. */
interface Vector {
  terms: number[];
  weights: number[];
}

function features(doc: StoryInput, nameWeight: number, dayWeight: number): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string, w: number) => counts.set(key, (counts.get(key) ?? 0) + w);
  for (const w of doc.text.toLowerCase().match(/\p{L}[\p{L}\p{N}'-]*/gu) ?? []) {
    const word = w.replace(/'s$/, '');
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    add(`w:${stem(word)}`, 1);
  }
  for (const name of doc.names ?? []) {
    const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (key) add(`n:${key}`, nameWeight);
  }
  for (const day of doc.days ?? []) add(`d:${day}`, dayWeight);
  return counts;
}

/** Sublinear TF times IDF, L2-normalised; features in one document only carry no weight. */
function tfidf(docs: readonly StoryInput[], nameWeight: number, dayWeight: number): Vector[] {
  const raw = docs.map((d) => features(d, nameWeight, dayWeight));
  const df = new Map<string, number>();
  for (const f of raw) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const termIds = new Map<string, number>();
  const n = docs.length;
  return raw.map((f) => {
    const weighted: [string, number][] = [];
    for (const [k, c] of f) {
      const d = df.get(k) ?? 1;
      if (d < 2 || d > MAX_DF) continue;
      const w = (1 + Math.log(c)) * Math.log((n + 1) / d);
      if (w > 0) weighted.push([k, w]);
    }
    if (weighted.length > MAX_TERMS) weighted.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).length = MAX_TERMS;
    let norm = 0;
    for (const [, w] of weighted) norm += w * w;
    norm = Math.sqrt(norm);
    const v: Vector = { terms: [], weights: [] };
    for (const [k, w] of weighted) {
      let id = termIds.get(k);
      if (id === undefined) termIds.set(k, (id = termIds.size));
      v.terms.push(id);
      v.weights.push(norm > 0 ? w / norm : w);
    }
    return v;
  });
}

/** Suffix rules of `stem`, tried in order; the first that matches is applied. */
const STEM_RULES: readonly [RegExp, string][] = [
  [/ies$/, 'y'],
  [/(ss)$/, '$1'],
  [/([^aeiou])ing$/, '$1'],
  [/([^aeiou])ed$/, '$1'],
  [/(?<=..)es$/, 'e'],
  [/([^su])s$/, '$1'],
];

/** A light suffix strip so "arrested", "arrests" and "arresting" count as one word. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const [re, rep] of STEM_RULES) if (re.test(word)) return word.replace(re, rep);
  return word;
}

/** One event mention as story evidence sees it. */
export interface StoryEventEvidence {
  /** Story id of the mention's document, or null when unknown. */
  story: string | null;
  words: EventWords;
  /** Participant ids (or names) of the mention; may be empty. */
  participants: readonly string[];
}

/**
 * Two mentions in documents of one story whose triggers name the same kind of happening
 * ("killed" / "murder", "quake" / "earthquake") report one event when one of them names no
 * participant, or when they share a participant that is not `weak` (countries, which every
 * article of a bilateral story names) and do not each name a party the other lacks ("A met B"
 * and "A met C" are two meetings). Dates, places and modality are for the caller.
 */
export function sameStoryEvent(a: StoryEventEvidence, b: StoryEventEvidence, weak: (participant: string) => boolean = () => false): boolean {
  if (a.story === null || a.story !== b.story || !sameEventWords(a.words, b.words)) return false;
  if (a.participants.length === 0 || b.participants.length === 0) return true;
  if (!a.participants.some((p) => !weak(p) && b.participants.includes(p))) return false;
  const aOnly = a.participants.some((p) => !b.participants.includes(p));
  const bOnly = b.participants.some((p) => !a.participants.includes(p));
  return !(aOnly && bOnly);
}
