import type { Granularity } from '../../core/types.js';

/** What a date claims to be. */
export type DateKind = 'published' | 'modified' | 'unknown';

/** One date the finder read from the page, before the choice. */
export interface Candidate {
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  value: string;
  granularity: Extract<Granularity, 'day' | 'month' | 'year'>;
  kind: DateKind;
  /** Where it came from, e.g. "json-ld:datePublished", "meta[article:published_time]". */
  evidence: string;
  /** The literal string it was read from. */
  quote: string;
  confidence: number;
}
