/**
 * Feature extraction for the perceptron tagger. Features are strings (readable, stable
 * across training and run time) mapped to integer ids once; everything that depends only on
 * a word is computed once per word type and cached, so tagging does a few map look-ups per
 * token.
 *
 * Per token i (offsets are token positions, "<s>"/"</s>" pad the sentence):
 *   word:    w (as written), l (lowercase), p1-p4 (prefixes as written), s1-s4 (suffixes,
 *            lowercase), sh (collapsed shape), ss (short shape), c (capitalisation class),
 *            len (length bucket), hyphen/period/digit flags
 *   context: l and sh of the words at -2, -1, +1, +2; c of -1 and +1; bigrams l-1|l0,
 *            l0|l+1; shape trigram sh-1|sh0|sh+1
 *   sentence: first token (with c), headline (all-caps sentence, with c)
 *   gazetteer: "g=<category>:B|I" for every gazetteer match covering the token, with c;
 *            the same for the neighbours at -1 and +1
 *   history: pt (previous label), pt2 (previous two labels), previous label with l and with sh
 */
import type { Gazetteer } from './gazetteer.js';
import { capsClass, collapsedShape, lengthBucket, shortShape } from './word-shape.js';

/** Maps a feature name to its id, or -1 when the model does not know it. */
export type InternFn = (name: string) => number;

/** Number of labels; label index NUM_LABELS stands for "sentence start" in history features. */
export const NUM_LABELS = 9;
export const START = NUM_LABELS;

/** Short names of the labels for history features (index order of NER_LABELS, then start). */
const HIST = ['O', 'BP', 'IP', 'BO', 'IO', 'BL', 'IL', 'BM', 'IM', 'S'];

/** Everything about one word type, computed once. */
export interface WordInfo {
  word: string;
  lower: string;
  shape: string;
  caps: string;
  /** Intrinsic features (offset 0). */
  self: number[];
  /** Features this word contributes to a token at offset -2, -1, +1, +2 from it. */
  around: [number[], number[], number[], number[]];
  /** "pt=T|l=word" per history label T (10 entries). */
  histWord: Int32Array;
  /** "pt=T|sh=shape" per history label T. */
  histShape: Int32Array;
}

/** The features of one sentence. */
export interface SentenceFeatures {
  /** Static feature ids per token (everything except history features). */
  staticIds: Int32Array[];
  words: WordInfo[];
}

/** Names of the intrinsic features of a word. */
export function wordFeatureNames(word: string): string[] {
  const lower = word.toLowerCase();
  const chars = [...word];
  const lchars = [...lower];
  const f = ['bias', `w=${word}`, `l=${lower}`, `sh=${collapsedShape(word)}`, `ss=${shortShape(word)}`];
  f.push(`c=${capsClass(word)}`, `len=${lengthBucket(word)}`);
  for (let k = 1; k <= 4 && k <= chars.length; k++) f.push(`p${k}=${chars.slice(0, k).join('')}`);
  for (let k = 1; k <= 4 && k <= lchars.length; k++) f.push(`s${k}=${lchars.slice(-k).join('')}`);
  if (word.includes('-') && word.length > 1) f.push('hyphen');
  if (word.includes('.') && word.length > 1) f.push('period');
  if (/\d/.test(word)) f.push('digit');
  return f;
}

const OFFSET_NAMES = ['-2', '-1', '+1', '+2'] as const;

/** Names of the features a word gives to the token at a distance from it. */
export function neighbourFeatureNames(word: string, slot: 0 | 1 | 2 | 3): string[] {
  const o = OFFSET_NAMES[slot];
  const f = [`l${o}=${word.toLowerCase()}`, `sh${o}=${collapsedShape(word)}`];
  if (slot === 1 || slot === 2) f.push(`c${o}=${capsClass(word)}`, `s3${o}=${[...word.toLowerCase()].slice(-3).join('')}`);
  return f;
}

const BOS = '<s>';
const EOS = '</s>';

/** True when every token with letters is upper case and there are at least two such tokens. */
export function isHeadline(tokens: readonly string[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    if (!/\p{L}/u.test(t)) continue;
    if (t !== t.toUpperCase()) return false;
    letters++;
  }
  return letters >= 2;
}

/** Names of the sentence and gazetteer features of token i. */
export function contextFeatureNames(
  words: readonly { lower: string; shape: string; caps: string }[],
  i: number,
  headline: boolean,
  gaz: readonly (string[] | null)[],
): string[] {
  const w = words[i];
  if (!w) return [];
  const prev = words[i - 1];
  const next = words[i + 1];
  const f = [
    `l-1|l=${prev ? prev.lower : BOS}|${w.lower}`,
    `l|l+1=${w.lower}|${next ? next.lower : EOS}`,
    `sh-1|sh|sh+1=${prev ? prev.shape : BOS}|${w.shape}|${next ? next.shape : EOS}`,
  ];
  if (i === 0) f.push(`first|c=${w.caps}`);
  if (headline) f.push(`hl|c=${w.caps}`);
  for (const g of gaz[i] ?? []) f.push(`g=${g}`, `g=${g}|c=${w.caps}`);
  for (const g of gaz[i - 1] ?? []) f.push(`g-1=${g}`);
  for (const g of gaz[i + 1] ?? []) f.push(`g+1=${g}`);
  return f;
}

/** Names of the history features for token i given the two previous labels (indices). */
export function historyFeatureNames(word: string, prev1: number, prev2: number): string[] {
  const t1 = HIST[prev1] ?? 'S';
  const t2 = HIST[prev2] ?? 'S';
  return [`pt=${t1}`, `pt2=${t2}|${t1}`, `pt=${t1}|l=${word.toLowerCase()}`, `pt=${t1}|sh=${collapsedShape(word)}`];
}

/**
 * All feature names of token i, history included: the readable reference for what the
 * extractor computes (used by tests; the extractor below computes the same set with ids).
 */
export function tokenFeatureNames(
  tokens: readonly string[],
  i: number,
  prevLabels: readonly number[],
  gazetteers: readonly Gazetteer[] = [],
): string[] {
  const token = tokens[i];
  if (token === undefined) return [];
  const words = tokens.map((t) => ({ lower: t.toLowerCase(), shape: collapsedShape(t), caps: capsClass(t) }));
  const f = wordFeatureNames(token);
  const at = (j: number): string => tokens[j] ?? (j < 0 ? BOS : EOS);
  f.push(...neighbourFeatureNames(at(i - 2), 0), ...neighbourFeatureNames(at(i - 1), 1));
  f.push(...neighbourFeatureNames(at(i + 1), 2), ...neighbourFeatureNames(at(i + 2), 3));
  f.push(...contextFeatureNames(words, i, isHeadline(tokens), mergeGazetteers(gazetteers, words.map((w) => w.lower))));
  const p1 = prevLabels[i - 1] ?? START;
  const p2 = prevLabels[i - 2] ?? START;
  f.push(...historyFeatureNames(token, i >= 1 ? p1 : START, i >= 2 ? p2 : START));
  return f;
}

/** Runs each gazetteer; per token the union of their matches. */
export function mergeGazetteers(gazetteers: readonly Gazetteer[], lower: readonly string[]): (string[] | null)[] {
  if (gazetteers.length === 1) return (gazetteers[0] as Gazetteer).match(lower);
  const out: (string[] | null)[] = new Array<string[] | null>(lower.length).fill(null);
  for (const g of gazetteers) {
    g.match(lower).forEach((m, i) => {
      if (m) out[i] = [...(out[i] ?? []), ...m];
    });
  }
  return out;
}

function ids(intern: InternFn, names: readonly string[]): number[] {
  const out: number[] = [];
  for (const n of names) {
    const id = intern(n);
    if (id >= 0) out.push(id);
  }
  return out;
}

/** Computes feature ids of sentences, caching per-word work. */
export class FeatureExtractor {
  private cache = new Map<string, WordInfo>();
  private readonly bos: WordInfo;
  private readonly eos: WordInfo;
  /** History ids: "pt=T" (index T) and "pt2=T2|T1" (index T2 * 10 + T1). */
  readonly histIds: Int32Array;
  readonly hist2Ids: Int32Array;

  constructor(
    private readonly intern: InternFn,
    private readonly gazetteers: readonly Gazetteer[],
    private readonly maxCache = 200_000,
  ) {
    this.bos = this.info(BOS);
    this.eos = this.info(EOS);
    this.histIds = new Int32Array(HIST.length);
    this.hist2Ids = new Int32Array(HIST.length * HIST.length);
    HIST.forEach((t1, a) => {
      this.histIds[a] = intern(`pt=${t1}`);
      HIST.forEach((t2, b) => {
        this.hist2Ids[b * HIST.length + a] = intern(`pt2=${t2}|${t1}`);
      });
    });
  }

  /** Cached information about one word type. */
  info(word: string): WordInfo {
    let w = this.cache.get(word);
    if (w) return w;
    if (this.cache.size >= this.maxCache) this.cache = new Map();
    const lower = word.toLowerCase();
    const shape = collapsedShape(word);
    const histWord = new Int32Array(HIST.length);
    const histShape = new Int32Array(HIST.length);
    HIST.forEach((t, k) => {
      histWord[k] = this.intern(`pt=${t}|l=${lower}`);
      histShape[k] = this.intern(`pt=${t}|sh=${shape}`);
    });
    w = {
      word,
      lower,
      shape,
      caps: capsClass(word),
      self: ids(this.intern, wordFeatureNames(word)),
      around: [
        ids(this.intern, neighbourFeatureNames(word, 0)),
        ids(this.intern, neighbourFeatureNames(word, 1)),
        ids(this.intern, neighbourFeatureNames(word, 2)),
        ids(this.intern, neighbourFeatureNames(word, 3)),
      ],
      histWord,
      histShape,
    };
    this.cache.set(word, w);
    return w;
  }

  /** Static feature ids of every token of a sentence. */
  sentence(tokens: readonly string[], extraGazetteers: readonly Gazetteer[] = []): SentenceFeatures {
    const n = tokens.length;
    const words = tokens.map((t) => this.info(t));
    const headline = isHeadline(tokens);
    const gazetteers = extraGazetteers.length ? [...this.gazetteers, ...extraGazetteers] : this.gazetteers;
    const gaz = gazetteers.length ? mergeGazetteers(gazetteers, words.map((w) => w.lower)) : [];
    const staticIds: Int32Array[] = [];
    for (let i = 0; i < n; i++) {
      const w = words[i] as WordInfo;
      const m2 = i >= 2 ? (words[i - 2] as WordInfo) : this.bos;
      const m1 = i >= 1 ? (words[i - 1] as WordInfo) : this.bos;
      const p1 = i + 1 < n ? (words[i + 1] as WordInfo) : this.eos;
      const p2 = i + 2 < n ? (words[i + 2] as WordInfo) : this.eos;
      const ctx = ids(this.intern, contextFeatureNames(words, i, headline, gaz));
      const total = w.self.length + m2.around[0].length + m1.around[1].length + p1.around[2].length + p2.around[3].length + ctx.length;
      const out = new Int32Array(total);
      let k = 0;
      for (const arr of [w.self, m2.around[0], m1.around[1], p1.around[2], p2.around[3], ctx]) {
        out.set(arr, k);
        k += arr.length;
      }
      staticIds.push(out);
    }
    return { staticIds, words };
  }
}
