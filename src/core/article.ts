import type { Article, DateEvidence, SourceMapSegment } from './types.js';

export const NO_DATE: DateEvidence = Object.freeze({ value: null, confidence: 0, evidence: 'none' }) as DateEvidence;

export interface NewArticle {
  id: string;
  source: string;
  rawHash: string;
  part?: number;
  text: string;
  sourceMap?: SourceMapSegment[];
  url?: string | null;
  title?: string | null;
  byline?: string | null;
  publisher?: string | null;
  language?: string | null;
  published?: DateEvidence;
  captured?: string | null;
  meta?: Record<string, unknown>;
  externalId?: string | null;
  metadata?: Record<string, unknown>;
}

/** An article with all annotation layers empty. */
export function createArticle(init: NewArticle): Article {
  return {
    id: init.id,
    source: init.source,
    rawHash: init.rawHash,
    part: init.part ?? 0,
    url: init.url ?? null,
    title: init.title ?? null,
    byline: init.byline ?? null,
    publisher: init.publisher ?? null,
    language: init.language ?? null,
    published: init.published ?? { ...NO_DATE },
    captured: init.captured ?? null,
    text: init.text,
    sourceMap: init.sourceMap ?? [{ start: 0, end: init.text.length, rawStart: 0, rawEnd: init.text.length }],
    sentences: [],
    tokens: [],
    entities: [],
    mentions: [],
    roles: [],
    timexes: [],
    syntax: { clauses: [], appositions: [], coordinations: [] },
    quantities: [],
    quotes: [],
    claims: [],
    events: [],
    messages: [],
    meta: init.meta ?? {},
    externalId: init.externalId ?? null,
    metadata: init.metadata ?? {},
  };
}

/** The text a span covers. */
export function spanText(article: Pick<Article, 'text'>, span: { start: number; end: number }): string {
  return article.text.slice(span.start, span.end);
}
