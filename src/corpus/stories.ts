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
  const n = docs.length;
  // Pairwise similarities above the threshold: average linkage can only join groups that have
  // at least one such pair, so connected components of this graph bound the clusters.
  const sims: Map<number, number>[] = docs.map(() => new Map());
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = dot(vectors[i]!, vectors[j]!);
      if (s <= 0) continue;
      sims[i]!.set(j, s);
      sims[j]!.set(i, s);
      if (s >= threshold) parent[find(i)] = find(j);
    }
  }
  const components = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let c = components.get(r);
    if (!c) components.set(r, (c = []));
    c.push(i);
  }
  const groups: number[][] = [];
  for (const members of components.values()) groups.push(...averageLinkage(members, sims, threshold));
  groups.sort((a, b) => a[0]! - b[0]!);
  return groups.map((g) => g.map((i) => docs[i]!.id));
}

/** Pairwise cosine similarities of the documents' story vectors (row i, column j), for diagnostics. */
export function storySimilarities(docs: readonly StoryInput[], options: StoryOptions = {}): number[][] {
  const vectors = tfidf(docs, options.nameWeight ?? 2, options.dayWeight ?? 1);
  return vectors.map((a) => vectors.map((b) => dot(a, b)));
}

/** Document id -> story id (the id of the story's first document). */
export function storyMap(stories: readonly (readonly string[])[]): StoryMap {
  const map: StoryMap = new Map();
  for (const s of stories) for (const id of s) map.set(id, s[0]!);
  return map;
}

function averageLinkage(members: number[], sims: Map<number, number>[], threshold: number): number[][] {
  let clusters = members.map((i) => [i]);
  const sim = (i: number, j: number): number => sims[i]!.get(j) ?? 0;
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const a = clusters[x]!;
        const b = clusters[y]!;
        let total = 0;
        for (const i of a) for (const j of b) total += sim(i, j);
        const avg = total / (a.length * b.length);
        if (avg > best) {
          best = avg;
          bi = x;
          bj = y;
        }
      }
    }
    if (bi < 0 || best < threshold) break;
    const merged = [...clusters[bi]!, ...clusters[bj]!].sort((p, q) => p - q);
    clusters = clusters.filter((_, k) => k !== bi && k !== bj);
    clusters.push(merged);
  }
  return clusters;
}

type Vector = Map<string, number>;

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
  const n = docs.length;
  return raw.map((f) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [k, c] of f) {
      const d = df.get(k) ?? 1;
      if (d < 2) continue;
      const w = (1 + Math.log(c)) * Math.log((n + 1) / d);
      if (w <= 0) continue;
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small) {
    const o = large.get(k);
    if (o !== undefined) s += w * o;
  }
  return s;
}

/** A light suffix strip so "arrested", "arrests" and "arresting" count as one word. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/(ss)$/, '$1'],
    [/([^aeiou])ing$/, '$1'],
    [/([^aeiou])ed$/, '$1'],
    [/(?<=..)es$/, 'e'],
    [/([^su])s$/, '$1'],
  ];
  for (const [re, rep] of rules) if (re.test(word)) return word.replace(re, rep);
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
