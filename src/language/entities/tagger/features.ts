/**
 * Feature extraction for the perceptron tagger. Features are strings (readable, stable
 * across training and run time) mapped to integer ids. Everything that depends on one word
 * is computed once per word type and cached, and pair features (bigrams, shape trigrams,
 * gazetteer tags) are looked up by their parts, so once its words have been seen, tagging a
 * token costs a few map look-ups on strings whose hashes are already known and no string
 * building.
 *
 * Per token i ("<s>"/"</s>" pad the sentence):
 *   word:     w (as written), l (lowercase), p1-p4 (prefixes as written), s1-s4 (suffixes,
 *             lowercase), sh (collapsed shape), ss (short shape), c (capitalisation class),
 *             len (length bucket), hyphen / period / digit flags
 *   context:  l and sh of the words at -2, -1, +1, +2; c and 3-letter suffix at -1 and +1;
 *             bigrams l-1|l and l|l+1; shape trigram sh-1|sh|sh+1
 *   sentence: first token (with c), headline = all-caps sentence (with c)
 *   gazetteer: g=<category>:B|I for each match covering the token, also with c; g-1, g+1
 *   history:  pt (previous label), pt2 (two previous labels), pt with l, pt with sh
 * `tokenFeatureNames` spells the same set out as strings (the reference; tests compare them).
 */
import type { Gazetteer } from './gazetteer.js';
import { capsClass, collapsedShape, lengthBucket, shortShape, spelling } from './word-shape.js';

/** Maps a feature name to its id, or -1 when the model does not know it. */
export type InternFn = (name: string) => number;

/** Number of labels; label index NUM_LABELS stands for "sentence start" in history features. */
export const NUM_LABELS = 9;
export const START = NUM_LABELS;
const H = NUM_LABELS + 1;

/** Short names of the labels for history features (index order of NER_LABELS, then start). */
const HIST = ['O', 'BP', 'IP', 'BO', 'IO', 'BL', 'IL', 'BM', 'IM', 'S'];

const BOS = '<s>';
const EOS = '</s>';
const OFFSET_NAMES = ['-2', '-1', '+1', '+2'] as const;

/**
 * The form features are computed from: typographic quotes, apostrophes and dashes as the
 * ASCII ones of the training data (Reuters text has ' " - only), so "Pakistan’s" and
 * "Pakistan's" look the same to the model.
 */
export function normaliseToken(token: string): string {
  return /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u2033\u2013\u2014\u2212]/.test(token)
    ? token
        .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
        .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
        .replace(/[\u2013\u2014\u2212]/g, '-')
    : token;
}

// ---- the reference: feature names as strings ------------------------------------------

/** Code-point prefix / suffix (plain slices when the word has no surrogate pairs). */
function prefix(word: string, k: number, simple: boolean): string {
  return simple ? word.slice(0, k) : [...word].slice(0, k).join('');
}
function suffix(word: string, k: number, simple: boolean): string {
  return simple ? word.slice(-k) : [...word].slice(-k).join('');
}
const SURROGATE = /[\uD800-\uDFFF]/;

/** Receives one feature as kind and value; its name is "kind=value" ("kind" alone for flags). */
export type EmitFn = (kind: string, value: string | null) => void;

/** The intrinsic features of a word. */
export function emitWordFeatures(emit: EmitFn, word: string, lower: string, shape: string, caps: string, short = shortShape(word)): void {
  const simple = !SURROGATE.test(word);
  const length = simple ? word.length : [...word].length;
  emit('bias', null);
  emit('w', word);
  emit('l', lower);
  emit('sh', shape);
  emit('ss', short);
  emit('c', caps);
  emit('len', lengthBucket(word));
  for (let k = 1; k <= 4 && k <= length; k++) emit(PREFIX_KIND[k] as string, prefix(word, k, simple));
  const lowerSimple = !SURROGATE.test(lower);
  const lowerLength = lowerSimple ? lower.length : [...lower].length;
  for (let k = 1; k <= 4 && k <= lowerLength; k++) emit(SUFFIX_KIND[k] as string, suffix(lower, k, lowerSimple));
  if (word.length > 1) {
    if (word.includes('-')) emit('hyphen', null);
    if (word.includes('.')) emit('period', null);
  }
  if (/\d/.test(word)) emit('digit', null);
}
const PREFIX_KIND = ['', 'p1', 'p2', 'p3', 'p4'];
const SUFFIX_KIND = ['', 's1', 's2', 's3', 's4'];
const NEIGHBOUR_KIND = OFFSET_NAMES.map((o) => ({ l: `l${o}`, sh: `sh${o}`, c: `c${o}`, s3: `s3${o}` }));

/** The features a word gives to the token at a distance from it (slot: -2, -1, +1, +2). */
export function emitNeighbourFeatures(emit: EmitFn, slot: 0 | 1 | 2 | 3, lower: string, shape: string, caps: string): void {
  const k = NEIGHBOUR_KIND[slot] as (typeof NEIGHBOUR_KIND)[number];
  emit(k.l, lower);
  emit(k.sh, shape);
  if (slot === 1 || slot === 2) {
    emit(k.c, caps);
    emit(k.s3, suffix(lower, 3, !SURROGATE.test(lower)));
  }
}

function collectNames(run: (emit: EmitFn) => void): string[] {
  const out: string[] = [];
  run((kind, value) => out.push(value === null ? kind : `${kind}=${value}`));
  return out;
}

/** Names of the intrinsic features of a word. */
export function wordFeatureNames(word: string): string[] {
  return collectNames((emit) => emitWordFeatures(emit, word, word.toLowerCase(), collapsedShape(word), capsClass(word)));
}

/** Names of the features a word gives to the token at a distance from it (slot: -2, -1, +1, +2). */
export function neighbourFeatureNames(word: string, slot: 0 | 1 | 2 | 3): string[] {
  return collectNames((emit) => emitNeighbourFeatures(emit, slot, word.toLowerCase(), collapsedShape(word), capsClass(word)));
}

/** True when every word with letters is upper case and there are at least two such words. */
export function headlineFromCaps(caps: readonly string[]): boolean {
  let letters = 0;
  for (const c of caps) {
    if (c === 'num' || c === 'punct') continue;
    if (c !== 'allcaps' && c !== 'cap1') return false;
    letters++;
  }
  return letters >= 2;
}

/** Whether a sentence is an all-caps headline. */
export function isHeadline(tokens: readonly string[]): boolean {
  return headlineFromCaps(tokens.map(capsClass));
}

/** Runs each gazetteer over the lowercased tokens; per token the union of their matches. */
export function matchGazetteers(gazetteers: readonly Gazetteer[], lower: readonly string[]): (string[] | null)[] {
  const out: (string[] | null)[] = new Array<string[] | null>(lower.length).fill(null);
  for (const g of gazetteers) g.matchInto(lower, out);
  return out;
}

/**
 * All feature names of token i given the labels (indices into NER_LABELS) of the tokens
 * before it: the readable definition of what `FeatureExtractor` computes.
 */
export function tokenFeatureNames(
  rawTokens: readonly string[],
  i: number,
  prevLabels: readonly number[],
  gazetteers: readonly Gazetteer[] = [],
): string[] {
  const tokens = rawTokens.map(normaliseToken);
  const token = tokens[i];
  if (token === undefined) return [];
  const at = (j: number): string => tokens[j] ?? (j < 0 ? BOS : EOS);
  const f = wordFeatureNames(token);
  f.push(...neighbourFeatureNames(at(i - 2), 0), ...neighbourFeatureNames(at(i - 1), 1));
  f.push(...neighbourFeatureNames(at(i + 1), 2), ...neighbourFeatureNames(at(i + 2), 3));
  const lower = (j: number): string => at(j).toLowerCase();
  const shape = (j: number): string => collapsedShape(at(j));
  const caps = capsClass(token);
  f.push(`l-1|l=${lower(i - 1)}|${lower(i)}`, `l|l+1=${lower(i)}|${lower(i + 1)}`);
  f.push(`sh-1|sh|sh+1=${shape(i - 1)}|${shape(i)}|${shape(i + 1)}`);
  if (i === 0) f.push(`first|c=${caps}`);
  if (isHeadline(tokens)) f.push(`hl|c=${caps}`);
  const gaz = matchGazetteers(gazetteers, tokens.map((t) => t.toLowerCase()));
  for (const g of gaz[i] ?? []) f.push(`g=${g}`, `g=${g}|c=${caps}`);
  for (const g of gaz[i - 1] ?? []) f.push(`g-1=${g}`);
  for (const g of gaz[i + 1] ?? []) f.push(`g+1=${g}`);
  const t1 = HIST[i >= 1 ? (prevLabels[i - 1] ?? START) : START] as string;
  const t2 = HIST[i >= 2 ? (prevLabels[i - 2] ?? START) : START] as string;
  f.push(`pt=${t1}`, `pt2=${t2}|${t1}`, `pt=${t1}|l=${lower(i)}`, `pt=${t1}|sh=${shape(i)}`);
  return f;
}

// ---- the fast path: ids ------------------------------------------------------------------

/** Everything about one word type, computed once. */
export interface WordInfo {
  word: string;
  lower: string;
  shape: string;
  shapeId: number;
  caps: string;
  /**
   * Feature ids of this word: slot 0 = its own (offset 0) features, slots 1-4 = what it gives
   * the token at offset -2, -1, +1, +2 from it; slot k is ids[bounds[k] .. bounds[k + 1]).
   */
  ids: number[];
  bounds: number[];
  firstId: number;
  headlineId: number;
  /** "pt=T|l=word" and "pt=T|sh=shape" per history label T; -2 = not looked up yet. */
  histWord: Int32Array;
  histShape: number[];
  /** Run time only: summed weights per slot (NUM_LABELS each), filled on first use. */
  vectors: Float32Array | null;
  /** Bit g set when a phrase of the extractor's gazetteer g starts with this word. */
  gazStarts: number;
}

/** A sentence ready for feature collection. */
export interface PreparedSentence {
  words: WordInfo[];
  gaz: (string[] | null)[] | null;
  headline: boolean;
}

interface GazIds {
  here: number;
  before: number;
  after: number;
  byCaps: Map<string, number>;
}

/**
 * Look-up tables a fixed model can provide so that pair features need no string building:
 * bigram ids by (previous lowercase word, lowercase word) and "pt=T|l=word" ids by word.
 */
export interface PairIndex {
  left: Map<string, Map<string, number>>;
  right: Map<string, Map<string, number>>;
  histWord: Map<string, Int32Array>;
  /** "kind=value" features by kind, then value ("kind" alone under value ""). */
  kinds: Map<string, Map<string, number>>;
}

/** Builds a PairIndex from a model's feature names (ids = positions in the list). */
export function buildPairIndex(features: readonly string[]): PairIndex {
  const index: PairIndex = { left: new Map(), right: new Map(), histWord: new Map(), kinds: new Map() };
  const addPair = (table: Map<string, Map<string, number>>, value: string, id: number): void => {
    // A word may itself contain "|": every split gives the same feature string, so register all.
    for (let at = value.indexOf('|'); at >= 0; at = value.indexOf('|', at + 1)) {
      const a = value.slice(0, at);
      const b = value.slice(at + 1);
      let inner = table.get(a);
      if (!inner) {
        inner = new Map();
        table.set(a, inner);
      }
      inner.set(b, id);
    }
  };
  const histIndex = new Map<string, number>(HIST.map((t, k) => [t, k]));
  features.forEach((f, id) => {
    const eq = f.indexOf('=');
    const kind = eq < 0 ? f : f.slice(0, eq);
    let byValue = index.kinds.get(kind);
    if (!byValue) {
      byValue = new Map();
      index.kinds.set(kind, byValue);
    }
    byValue.set(eq < 0 ? '' : f.slice(eq + 1), id);
    if (f.startsWith('l-1|l=')) addPair(index.left, f.slice(6), id);
    else if (f.startsWith('l|l+1=')) addPair(index.right, f.slice(6), id);
    else if (f.startsWith('pt=')) {
      const bar = f.indexOf('|l=');
      if (bar < 0) return;
      const k = histIndex.get(f.slice(3, bar));
      if (k === undefined) return;
      const word = f.slice(bar + 3);
      let row = index.histWord.get(word);
      if (!row) {
        row = new Int32Array(H).fill(-1);
        index.histWord.set(word, row);
      }
      row[k] = id;
    }
  });
  return index;
}

/** The id of a feature name in a model's PairIndex, or -1. */
export function lookupFeature(index: PairIndex, name: string): number {
  const eq = name.indexOf('=');
  const byValue = index.kinds.get(eq < 0 ? name : name.slice(0, eq));
  return byValue?.get(eq < 0 ? '' : name.slice(eq + 1)) ?? -1;
}

function addVector(scores: Float64Array, v: Float32Array, at: number): void {
  for (let l = 0; l < NUM_LABELS; l++) scores[l] = (scores[l] as number) + (v[at + l] as number);
}

/** Upper bound on static features per token (gazetteer tags included). */
export const MAX_FEATURES = 512;

/** Computes feature ids, caching per-word and per-pair work. */
export class FeatureExtractor {
  private words = new Map<string, WordInfo>();
  private readonly shapes = new Map<string, number>();
  /** Training: prev lower -> cur lower -> [id of "l-1|l=prev|cur", id of "l|l+1=prev|cur"]. */
  private bigrams = new Map<string, Map<string, Int32Array>>();
  private bigramCount = 0;
  private trigrams = new Map<number, number>();
  private readonly gazIds = new Map<string, GazIds>();
  private readonly bos: WordInfo;
  private readonly eos: WordInfo;
  /** "pt=T" (index T) and "pt2=T2|T1" (index T2 * 10 + T1). */
  readonly histIds: Int32Array;
  readonly hist2Ids: Int32Array;

  /**
   * @param intern  feature name -> id (training: adds names; run time: -1 when unknown)
   * @param pairs   run time: tables for pair features (see buildPairIndex); training: omit
   */
  constructor(
    private readonly intern: InternFn,
    private readonly gazetteers: readonly Gazetteer[],
    private readonly pairs: PairIndex | null = null,
    private readonly maxCache = 100_000,
  ) {
    this.bos = this.info(BOS);
    this.eos = this.info(EOS);
    this.histIds = new Int32Array(H);
    this.hist2Ids = new Int32Array(H * H);
    HIST.forEach((t1, a) => {
      this.histIds[a] = intern(`pt=${t1}`);
      HIST.forEach((t2, b) => {
        this.hist2Ids[b * H + a] = intern(`pt2=${t2}|${t1}`);
      });
    });
  }

  /** An EmitFn that appends known feature ids to `ids`. */
  private emitter(ids: number[]): EmitFn {
    const kinds = this.pairs?.kinds;
    if (kinds) {
      return (kind, value) => {
        const id = kinds.get(kind)?.get(value ?? '');
        if (id !== undefined) ids.push(id);
      };
    }
    return (kind, value) => {
      const id = this.intern(value === null ? kind : `${kind}=${value}`);
      if (id >= 0) ids.push(id);
    };
  }

  /** Cached information about one word type. */
  info(raw: string): WordInfo {
    let w = this.words.get(raw);
    if (w) return w;
    if (this.words.size >= this.maxCache) {
      this.words = new Map();
      this.words.set(BOS, this.bos);
      this.words.set(EOS, this.eos);
    }
    const word = normaliseToken(raw);
    const lower = word.toLowerCase();
    const spelt = spelling(word);
    const shape = spelt.shape;
    let shapeId = this.shapes.get(shape);
    if (shapeId === undefined) {
      shapeId = this.shapes.size;
      this.shapes.set(shape, shapeId);
    }
    const caps = spelt.caps;
    const ids: number[] = [];
    const bounds = [0, 0, 0, 0, 0, 0];
    const emit = this.emitter(ids);
    emitWordFeatures(emit, word, lower, shape, caps, spelt.short);
    bounds[1] = ids.length;
    for (let slot = 0; slot < 4; slot++) {
      emitNeighbourFeatures(emit, slot as 0 | 1 | 2 | 3, lower, shape, caps);
      bounds[slot + 2] = ids.length;
    }
    let histWord: Int32Array;
    if (this.pairs) histWord = this.pairs.histWord.get(lower) ?? NO_HISTORY;
    else histWord = new Int32Array(H).fill(-2);
    w = {
      word,
      lower,
      shape,
      shapeId,
      caps,
      ids,
      bounds,
      firstId: this.intern(`first|c=${caps}`),
      headlineId: this.intern(`hl|c=${caps}`),
      histWord,
      histShape: [-2, -2, -2, -2, -2, -2, -2, -2, -2, -2],
      vectors: null,
      gazStarts: 0,
    };
    this.gazetteers.forEach((g, k) => {
      if (k < 31 && g.startsWith(lower)) (w as WordInfo).gazStarts |= 1 << k;
    });
    this.words.set(raw, w);
    return w;
  }

  /** Word infos and gazetteer matches of a sentence. */
  prepare(tokens: readonly string[], extraGazetteers: readonly Gazetteer[] = []): PreparedSentence {
    const n = tokens.length;
    const words: WordInfo[] = new Array<WordInfo>(n);
    const lower: string[] = new Array<string>(n);
    let letters = 0;
    let headline = true;
    let starts = 0;
    for (let i = 0; i < n; i++) {
      const w = this.info(tokens[i] as string);
      words[i] = w;
      lower[i] = w.lower;
      starts |= w.gazStarts;
      if (w.caps === 'num' || w.caps === 'punct') continue;
      if (w.caps !== 'allcaps' && w.caps !== 'cap1') headline = false;
      letters++;
    }
    let gaz: (string[] | null)[] | null = null;
    const own = this.gazetteers;
    for (let k = 0; k < own.length; k++) {
      const bit = k < 31 ? 1 << k : 0;
      if (bit && !(starts & bit)) continue;
      gaz ??= new Array<string[] | null>(n).fill(null);
      (own[k] as Gazetteer).matchInto(lower, gaz, bit ? (i) => ((words[i] as WordInfo).gazStarts & bit) !== 0 : undefined);
    }
    for (const g of extraGazetteers) {
      gaz ??= new Array<string[] | null>(n).fill(null);
      g.matchInto(lower, gaz);
    }
    return { words, gaz, headline: headline && letters >= 2 };
  }

  private bigram(prev: WordInfo, cur: WordInfo, side: 0 | 1): number {
    if (this.pairs) {
      const inner = (side === 0 ? this.pairs.left : this.pairs.right).get(prev.lower);
      return inner?.get(cur.lower) ?? -1;
    }
    let inner = this.bigrams.get(prev.lower);
    if (!inner) {
      if (this.bigramCount >= this.maxCache) {
        this.bigrams = new Map();
        this.bigramCount = 0;
      }
      inner = new Map();
      this.bigrams.set(prev.lower, inner);
    }
    let ids = inner.get(cur.lower);
    if (!ids) {
      ids = Int32Array.of(this.intern(`l-1|l=${prev.lower}|${cur.lower}`), this.intern(`l|l+1=${prev.lower}|${cur.lower}`));
      inner.set(cur.lower, ids);
      this.bigramCount++;
    }
    return ids[side] as number;
  }

  private trigram(a: WordInfo, b: WordInfo, c: WordInfo): number {
    const key = (a.shapeId * 65536 + b.shapeId) * 65536 + c.shapeId;
    let id = this.trigrams.get(key);
    if (id === undefined) {
      if (this.trigrams.size >= this.maxCache) this.trigrams = new Map();
      id = this.intern(`sh-1|sh|sh+1=${a.shape}|${b.shape}|${c.shape}`);
      this.trigrams.set(key, id);
    }
    return id;
  }

  private gazFor(tag: string): GazIds {
    let g = this.gazIds.get(tag);
    if (!g) {
      g = { here: this.intern(`g=${tag}`), before: this.intern(`g-1=${tag}`), after: this.intern(`g+1=${tag}`), byCaps: new Map() };
      this.gazIds.set(tag, g);
    }
    return g;
  }

  /** The word at i, or the padding before/after the sentence. */
  private wordAt(s: PreparedSentence, i: number): WordInfo {
    if (i < 0) return this.bos;
    return s.words[i] ?? this.eos;
  }

  /**
   * Writes the static feature ids of token i into `buf` (from index 0); returns how many.
   * Leaves the last 4 slots of `buf` free for the history features. Ids may be -1 (unknown
   * to the model); the scorer skips them.
   */
  collect(s: PreparedSentence, i: number, buf: Int32Array): number {
    let k = 0;
    for (let slot = 0; slot < 5; slot++) {
      const w = this.wordAt(s, slot === 0 ? i : i + SLOT_OFFSET[slot]!);
      const from = w.bounds[slot] as number;
      const to = w.bounds[slot + 1] as number;
      for (let j = from; j < to; j++) buf[k++] = w.ids[j] as number;
    }
    return this.collectContext(s, i, buf, k);
  }

  /**
   * Run time: adds the weights of token i's word and neighbour features to `scores` from
   * per-word cached sums, and writes its remaining static ids into `buf`; returns how many.
   * The weights must be the same on every call.
   */
  scoreWords(s: PreparedSentence, i: number, weights: ArrayLike<number>, scores: Float64Array, buf: Int32Array): number {
    addVector(scores, this.vectors(this.wordAt(s, i), weights), 0);
    addVector(scores, this.vectors(this.wordAt(s, i - 2), weights), NUM_LABELS);
    addVector(scores, this.vectors(this.wordAt(s, i - 1), weights), 2 * NUM_LABELS);
    addVector(scores, this.vectors(this.wordAt(s, i + 1), weights), 3 * NUM_LABELS);
    addVector(scores, this.vectors(this.wordAt(s, i + 2), weights), 4 * NUM_LABELS);
    return this.collectContext(s, i, buf, 0);
  }

  private vectors(w: WordInfo, weights: ArrayLike<number>): Float32Array {
    if (w.vectors) return w.vectors;
    const v = new Float32Array(5 * NUM_LABELS);
    for (let slot = 0; slot < 5; slot++) {
      const to = w.bounds[slot + 1] as number;
      for (let k = w.bounds[slot] as number; k < to; k++) {
        const base = (w.ids[k] as number) * NUM_LABELS;
        const at = slot * NUM_LABELS;
        for (let l = 0; l < NUM_LABELS; l++) v[at + l] = (v[at + l] as number) + (weights[base + l] as number);
      }
    }
    w.vectors = v;
    return v;
  }

  /** Bigram, shape trigram, sentence and gazetteer feature ids of token i, written from buf[k]. */
  private collectContext(s: PreparedSentence, i: number, buf: Int32Array, k: number): number {
    const w = s.words[i] as WordInfo;
    const m1 = this.wordAt(s, i - 1);
    const p1 = this.wordAt(s, i + 1);
    const limit = buf.length - 4;
    buf[k++] = this.bigram(m1, w, 0);
    buf[k++] = this.bigram(w, p1, 1);
    buf[k++] = this.trigram(m1, w, p1);
    if (i === 0) buf[k++] = w.firstId;
    if (s.headline) buf[k++] = w.headlineId;
    const gaz = s.gaz;
    if (!gaz) return k;
    const here = gaz[i];
    if (here) {
      for (const tag of here) {
        if (k + 2 > limit) break;
        const g = this.gazFor(tag);
        buf[k++] = g.here;
        let c = g.byCaps.get(w.caps);
        if (c === undefined) {
          c = this.intern(`g=${tag}|c=${w.caps}`);
          g.byCaps.set(w.caps, c);
        }
        buf[k++] = c;
      }
    }
    const before = i >= 1 ? gaz[i - 1] : null;
    if (before) for (const tag of before) if (k < limit) buf[k++] = this.gazFor(tag).before;
    const after = gaz[i + 1];
    if (after) for (const tag of after) if (k < limit) buf[k++] = this.gazFor(tag).after;
    return k;
  }

  /** Writes the 4 history feature ids of token i into buf[at..at+3]. */
  history(s: PreparedSentence, i: number, prev1: number, prev2: number, buf: Int32Array, at: number): void {
    const w = s.words[i] as WordInfo;
    buf[at] = this.histIds[prev1] as number;
    buf[at + 1] = this.hist2Ids[prev2 * H + prev1] as number;
    let hw = w.histWord[prev1] as number;
    if (hw === -2) {
      hw = this.intern(`pt=${HIST[prev1]}|l=${w.lower}`);
      w.histWord[prev1] = hw;
    }
    let hs = w.histShape[prev1] as number;
    if (hs === -2) {
      hs = this.intern(`pt=${HIST[prev1]}|sh=${w.shape}`);
      w.histShape[prev1] = hs;
    }
    buf[at + 2] = hw;
    buf[at + 3] = hs;
  }
}

/** Offsets of the word that fills each slot, seen from the token being tagged. */
const SLOT_OFFSET = [0, -2, -1, 1, 2] as const;
/** Shared "no history-with-word feature" row for words a model has no such feature for. */
const NO_HISTORY = new Int32Array(H).fill(-1);
