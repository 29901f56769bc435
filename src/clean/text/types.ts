/** Types shared by the scraped-text cleaner's modules. The public result is `CleanedPart` (../types.ts). */

/** Options of `cleanScrapedText`. */
export interface CleanTextOptions {
  /** Today; no publication date later than this is accepted. Defaults to the current time. */
  now?: Date;
  /** The file path or URL the text came from (used in messages only). */
  source?: string;
}

/** One run of normalised text and the raw range it came from (same length, modulo NBSP -> space). */
export interface Piece {
  text: string;
  rawStart: number;
  rawEnd: number;
}

/**
 * What a line is. Only `body` and `bullet` lines reach the cleaned text; the others are page
 * chrome or metadata that is read (title, date, byline) and left out.
 */
export type LineKind =
  /** A sentence or paragraph of the article. */
  | 'body'
  /** A "• ..." list item with real words (standfirst bullets under a headline, lists in the body). */
  | 'bullet'
  /** A short line without sentence punctuation: headline, kicker, section subheading, menu item. */
  | 'heading'
  /** "Updated 18 October 2023", "Published: ...", "date 2023-10-18", "Updated 12 sec ago". */
  | 'meta'
  /** A line that is only a date ("Tuesday, April 16, 2024"). */
  | 'date'
  /** "By John Smith", "News Desk:", "Staff Report". */
  | 'byline'
  /** A photo caption or credit line. */
  | 'caption'
  /** "Read More: ..." and similar links to other stories. */
  | 'teaser'
  /** "Via APP with additional inputs from ...", "Reporting by ...". */
  | 'credit'
  /** "| Welcome to Site", copyright lines: tell the publisher. */
  | 'site'
  /** "Related Articles", "Leave a Reply": the article is over; what follows is not part of it. */
  | 'end'
  /** Menus, widgets, counters, share buttons, separators. */
  | 'chrome';

/** A date read from a line, before it is weighed against other evidence. */
export interface DateHit {
  value: string;
  granularity: 'day' | 'month';
  /** The literal text the date was read from. */
  quote: string;
  /** True when the line is relative to an unknown time ("Updated 12 sec ago"): no date. */
  relative?: boolean;
}

/** A logical line: one or more physical lines of the raw text (hard-wrapped lines are joined). */
export interface Line {
  /** Normalised pieces, joined with one space to give `text`. */
  pieces: Piece[];
  text: string;
  /** Number of words (space-separated tokens with a letter or digit). */
  words: number;
  /** A blank line (or the start of the input) comes before this line. */
  blankBefore: boolean;
  kind: LineKind;
  /** For `meta`: which field ("updated", "published", "date"); "repeat" on the second copy of a line. */
  label?: string;
  /** Date read from a `meta`, `date`, `byline` or `caption` line, or a leading "date ..." field. */
  date?: DateHit | null;
  /** For `byline` and `site` lines: the name read (author, desk, publisher). */
  name?: string;
  /** Cache: the text looks like a headline (no final period, no sentence break inside). */
  titleShape?: boolean;
  /** A leading "date 2023-10-18" field was cut off this line (the rest is body text). */
  fieldDate?: DateHit;
}
