import type { DateEvidence, Message, SourceMapSegment } from '../core/types.js';

/**
 * One article cleaned out of a raw input (a page, a scraped text file, a record).
 * A raw input may hold several articles; each becomes one CleanedPart.
 */
export interface CleanedPart {
  /** The article text without the page around it; paragraphs separated by "\n\n". */
  text: string;
  /** Map from `text` offsets back to offsets in the decoded raw input. */
  sourceMap: SourceMapSegment[];
  title: string | null;
  byline: string | null;
  publisher: string | null;
  language: string | null;
  published: DateEvidence;
  /** The day the page was captured (e.g. a date in the site header), when recognised. */
  captured: string | null;
  messages: Message[];
}
