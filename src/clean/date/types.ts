import type { DateEvidence, Granularity, Message } from '../../core/types.js';

/** What findPublishedDate returns for one page. */
export interface DateFinding {
  /** The publication date with where it came from; value null when nothing trustworthy was found. */
  published: DateEvidence;
  /** The day the page was captured (a date in the site's header or top bar), when recognised. */
  captured: string | null;
  /** The last-modified / updated date the page states, when it states one. */
  modified: string | null;
  messages: Message[];
}

export interface FindDateOptions {
  /** The page's URL, for dates in its path (/2021/04/07/, /20210407/). */
  url?: string | null;
  /** Dates after this instant are rejected (default: the current time). */
  now?: Date;
  /**
   * "original" (default): the first publication date. "latest": the last-modified date when
   * the page states a later one (htmldate's default behaviour), e.g. to date a page's content.
   */
  prefer?: 'original' | 'latest';
}

export interface ParseDateOptions {
  /** Numeric dates with "/" whose order is ambiguous (04/07/2021): read day first. Default false (US order); "." and "-" are always read day first. */
  dayFirst?: boolean;
  /** Accept two-digit years ("07.04.21"). Default false: in running text they are too often version numbers. */
  twoDigitYear?: boolean;
  /** Accept compact YYYYMMDD ("20210407"). Default false. */
  compact?: boolean;
  /** Accept month-and-year only ("October 2023" -> "2023-10"). Default true. */
  monthOnly?: boolean;
  /** Earliest year accepted (default 1000). */
  minYear?: number;
  /** Latest year accepted (default 2999). */
  maxYear?: number;
  /** Reference for two-digit years (default now). */
  now?: Date;
}

/** A date found in a string. */
export interface DateMatch {
  /** "YYYY-MM-DD", or "YYYY-MM" for month granularity. */
  value: string;
  granularity: Extract<Granularity, 'day' | 'month' | 'year'>;
  /** Offset of the match in the string and its length. */
  index: number;
  length: number;
  /** The literal text matched. */
  text: string;
  /** How the date was written. */
  format: 'iso' | 'numeric' | 'textual' | 'compact';
}
