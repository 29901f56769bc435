import type { CorpusFacets, CorpusStats, Store } from '../store/types.js';

/**
 * What the server keeps between requests: the store, a version number and two small answers
 * computed once per version (the counts and the facets, a few kB each). Everything else is read
 * from the store's read tables per request (src/store/corpus-read.ts). `reload()` after an ingest.
 */
export class CorpusState {
  version = 0;
  private stats: Promise<CorpusStats> | null = null;
  private facetsBody: Promise<CorpusFacets> | null = null;

  constructor(readonly store: Store) {}

  /** The saved corpus changed: bump the version and forget the cached counts and facets. */
  async reload(): Promise<void> {
    this.stats = null;
    this.facetsBody = null;
    this.version++;
  }

  corpusStats(): Promise<CorpusStats> {
    this.stats ??= this.store.corpusStats().catch((e: unknown) => {
      this.stats = null;
      throw e;
    });
    return this.stats;
  }

  facets(): Promise<CorpusFacets> {
    this.facetsBody ??= this.store.facets().catch((e: unknown) => {
      this.facetsBody = null;
      throw e;
    });
    return this.facetsBody;
  }
}
