/**
 * Per-source recurring lines: the outlet's own boilerplate learnt from the corpus.
 *
 * A paragraph or sentence whose normalised text recurs in many documents of one source (the
 * same outlet: the article's URL host, else the record's `source`, else its publisher) is page
 * chrome, not news: "We welcome comments on our articles", a standards note, a newsletter
 * prompt, a standing background paragraph. It is chrome when it is in at least
 * `minDocuments` documents and at least `minShare` of that source's documents, and those
 * documents are at least `minDocuments` different stories: versions of one story (documents
 * sharing most of their lines) count once, since they share their lead because it is news.
 * Near-duplicate documents count once. The corpus's story clusters are not used for this: the
 * boilerplate itself makes an outlet's short documents look alike.
 *
 * `dropBoilerplate` returns the articles with the events, quotes and claims that stand inside
 * such a line removed, so the corpus stages never see them; everything else is unchanged.
 */
import type { Article, Span } from '../core/types.js';

export interface BoilerplateOptions {
  /** Documents of one source a line must recur in (default 3). */
  minDocuments?: number;
  /** Share of the source's documents it must recur in (default 0.3). */
  minShare?: number;
  /** Lines shorter than this many words are never boilerplate (default 4). */
  minWords?: number;
}

export interface BoilerplateLine {
  source: string;
  /** The line as it stands in the first document holding it. */
  text: string;
  documents: number;
}

export interface Boilerplate {
  /** documentId -> the spans of its text that are source boilerplate. */
  spans: Map<string, Span[]>;
  lines: BoilerplateLine[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, digits as 0, punctuation and spacing dropped: the key a recurring line is counted by. */
export function lineKey(text: string): string {
  return (text.normalize('NFKC').toLowerCase().match(WORD) ?? []).join(' ').replace(/\d/g, '0');
}

/** The outlet an article comes from, or null when nothing says. */
export function sourceOf(article: Pick<Article, 'url' | 'meta' | 'publisher'>): string | null {
  const url = article.url ?? (typeof article.meta?.url === 'string' ? article.meta.url : null);
  if (url) {
    try {
      return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    } catch {
      // Not a URL: fall through to the record's source.
    }
  }
  const source = article.meta?.source;
  if (typeof source === 'string' && source.trim() && !/^https?:/i.test(source)) return source.trim().toLowerCase();
  return article.publisher?.trim().toLowerCase() || null;
}

/** The raw input an article came from (articles split from one input share it). */
function inputOf(a: Article): string {
  return a.rawHash || a.id;
}

/** Paragraphs ("\n\n"-separated) and sentences of an article, as spans of its text. */
export function unitsOf(article: Pick<Article, 'text' | 'sentences'>): Span[] {
  const out: Span[] = [];
  const text = article.text;
  let start = 0;
  while (start <= text.length) {
    const next = text.indexOf('\n\n', start);
    const end = next < 0 ? text.length : next;
    if (end > start) out.push({ start, end });
    if (next < 0) break;
    start = next + 2;
  }
  for (const s of article.sentences) out.push({ start: s.start, end: s.end });
  return out;
}

interface Seen {
  /** Raw inputs holding the line. */
  docs: Set<string>;
  text: string;
  spans: Array<{ doc: string; span: Span }>;
}

interface SourceLines {
  /** The source's raw inputs (one per document, or per file that held several articles). */
  docs: string[];
  /** input -> the line keys of its articles. */
  keys: Map<string, Set<string>>;
  lines: Map<string, Seen>;
}

/** Lines in more documents than this are not counted when versions of a story are looked for. */
const MAX_PAIR_KEY_DOCS = 50;

/** Share of the shorter document's lines two versions of one story have in common. */
const VERSION_OVERLAP = 0.6;

/**
 * Versions of one story: documents of a source joined when they share at least two lines and
 * at least 60% of the shorter one's lines. Returns documentId -> group id. Versions of a story
 * share most of their text; two different stories share only the boilerplate (and now and
 * then a background sentence), a small part of each. Lines in more than 50 documents are left
 * out of the count (no story has that many versions), which bounds the work.
 */
function storyGroups(entry: SourceLines): Map<string, string> {
  const parent = new Map<string, string>(entry.docs.map((d) => [d, d]));
  const find = (d: string): string => {
    let r = d;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(d, r);
    return r;
  };
  const pairs = new Map<string, number>();
  for (const [key, seen] of entry.lines) {
    if (seen.docs.size < 2 || seen.docs.size > MAX_PAIR_KEY_DOCS) continue;
    const docs = [...seen.docs].sort();
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        const pair = `${docs[i]}\u0000${docs[j]}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      }
    }
  }
  for (const [pair, shared] of pairs) {
    const [a, b] = pair.split('\u0000') as [string, string];
    const smaller = Math.min(entry.keys.get(a)!.size, entry.keys.get(b)!.size);
    if (shared >= 2 && shared >= VERSION_OVERLAP * smaller) parent.set(find(a), find(b));
  }
  const out = new Map<string, string>();
  for (const d of entry.docs) out.set(d, find(d));
  return out;
}

/**
 * The boilerplate spans of every document, learnt per source. `duplicates` (documentId ->
 * the document it duplicates) makes a near-duplicate count once; it carries its original's
 * boilerplate.
 */
export function findBoilerplate(
  articles: readonly Article[],
  duplicates: Readonly<Record<string, string>> = {},
  options: BoilerplateOptions = {},
): Boilerplate {
  const minDocuments = options.minDocuments ?? 3;
  const minShare = options.minShare ?? 0.3;
  const minWords = options.minWords ?? 4;
  const bySource = new Map<string, SourceLines>();
  for (const a of articles) {
    if (duplicates[a.id] !== undefined) continue;
    const source = sourceOf(a);
    if (source === null) continue;
    let entry = bySource.get(source);
    if (!entry) bySource.set(source, (entry = { docs: [], keys: new Map(), lines: new Map() }));
    // The articles of one input (a page or file that held several) count as one document:
    // a line repeated under each of them is not thereby the outlet's.
    const unit = inputOf(a);
    let own = entry.keys.get(unit);
    if (!own) {
      entry.docs.push(unit);
      entry.keys.set(unit, (own = new Set<string>()));
    }
    for (const span of unitsOf(a)) {
      const text = a.text.slice(span.start, span.end);
      const key = lineKey(text);
      if (key.split(' ').length < minWords) continue;
      own.add(key);
      let seen = entry.lines.get(key);
      if (!seen) entry.lines.set(key, (seen = { docs: new Set(), text: text.trim(), spans: [] }));
      seen.docs.add(unit);
      seen.spans.push({ doc: a.id, span });
    }
  }
  const spans = new Map<string, Span[]>();
  const lines: BoilerplateLine[] = [];
  for (const [source, entry] of bySource) {
    const need = Math.max(minDocuments, minShare * entry.docs.length);
    const frequent = new Set<string>();
    for (const [key, seen] of entry.lines) if (seen.docs.size >= need) frequent.add(key);
    if (frequent.size === 0) continue;
    const groups = storyGroups(entry);
    for (const key of frequent) {
      const seen = entry.lines.get(key)!;
      // In documents of at least `minDocuments` different stories.
      const stories = new Set([...seen.docs].map((d) => groups.get(d)!));
      if (stories.size < minDocuments) continue;
      lines.push({ source, text: seen.text, documents: seen.docs.size });
      for (const { doc, span } of seen.spans) {
        let list = spans.get(doc);
        if (!list) spans.set(doc, (list = []));
        list.push(span);
      }
    }
  }
  // Duplicates carry their original's boilerplate.
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const a of articles) {
    const original = duplicates[a.id];
    if (original === undefined || spans.has(a.id)) continue;
    const own = findOwnCopies(a, byId.get(original), spans.get(original));
    if (own.length > 0) spans.set(a.id, own);
  }
  return { spans, lines };
}

/** The spans of `dup` whose text is one of the original's boilerplate lines. */
function findOwnCopies(dup: Article, original: Article | undefined, originalSpans: Span[] | undefined): Span[] {
  if (!original || !originalSpans) return [];
  const keys = new Set(originalSpans.map((s) => lineKey(original.text.slice(s.start, s.end))));
  return unitsOf(dup).filter((s) => keys.has(lineKey(dup.text.slice(s.start, s.end))));
}

function inside(span: Span, chrome: readonly Span[]): boolean {
  return chrome.some((c) => span.start >= c.start && span.end <= c.end);
}

/**
 * The articles with every event, quote and claim that stands inside a source-boilerplate line
 * removed (an event by its sentence, a quote and a claim by their own span). Articles without
 * boilerplate are returned as they are; the others are shallow copies.
 */
export function dropBoilerplate(
  articles: readonly Article[],
  duplicates: Readonly<Record<string, string>> = {},
  options: BoilerplateOptions = {},
): Article[] {
  return withoutBoilerplate(articles, findBoilerplate(articles, duplicates, options).spans);
}

/** The articles with the events, quotes and claims inside their boilerplate spans removed (as dropBoilerplate). */
export function withoutBoilerplate(articles: readonly Article[], spans: Boilerplate['spans']): Article[] {
  return articles.map((a) => {
    const chrome = spans.get(a.id);
    if (!chrome) return a;
    return {
      ...a,
      events: a.events.filter((e) => !inside(e.sentence, chrome)),
      quotes: a.quotes.filter((q) => !inside(q, chrome)),
      claims: a.claims.filter((c) => !inside(c, chrome)),
    };
  });
}
