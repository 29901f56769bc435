import type { Article, RawInput } from '../core/types.js';
import type { CorpusResult } from '../corpus/types.js';

export interface DocumentSummary {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
}

export interface SearchHit {
  documentId: string;
  title: string | null;
  /** A snippet with matches wrapped in «». */
  snippet: string;
  rank: number;
}

export interface StoreStats {
  rawInputs: number;
  documents: number;
  entities: number;
  events: number;
}

export interface AddOptions {
  /** A place from `reserveOrder()`: the articles are listed there, not at the end. */
  order?: string;
}

/**
 * Where documents and corpus results live. The embedded SQLite store is the default;
 * a server database implements the same interface without the stages knowing.
 */
export interface Store {
  /** True when this raw input (by content hash) was already ingested. */
  hasRaw(hash: string): Promise<boolean>;
  /** True when this stored raw input has articles (false for one kept raw past a budget). */
  hasDocuments?(hash: string): Promise<boolean>;
  /** Keep the raw input and its cleaned, annotated articles, all or nothing. */
  addDocuments(raw: RawInput, articles: readonly Article[], options?: AddOptions): Promise<void>;
  /**
   * A place in the ingest order, taken now for an input stored later (by a queue worker), so
   * that the order does not depend on which worker finishes first. Stores without it keep
   * the order in which inputs are stored.
   */
  reserveOrder?(): Promise<string>;
  /** Every stored article, in ingest order. */
  articles(): AsyncIterable<Article>;
  getArticle(id: string): Promise<Article | null>;
  /** Sources of stored documents whose record id (`externalId`) is this one. */
  sourcesWithExternalId?(externalId: string): Promise<string[]>;
  getRaw(hash: string): Promise<RawInput | null>;
  /** True when documents were stored after the saved corpus results were computed. */
  corpusStale?(): Promise<boolean>;
  /** Replace the corpus-stage results in one transaction. */
  saveCorpus(result: CorpusResult): Promise<void>;
  loadCorpus(): Promise<CorpusResult>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
