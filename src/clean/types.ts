import type { Article } from '../core/types.js';

/**
 * One article cleaned out of a raw input (a page, a scraped text file, a record): the
 * Article fields the clean step fills. A raw input may hold several articles; each becomes
 * one CleanedPart. `text` has paragraphs separated by "\n\n"; `sourceMap` points back into
 * the decoded raw input; `captured` is a date seen in the page's header (the capture day).
 */
export type CleanedPart = Pick<Article, 'text' | 'sourceMap' | 'title' | 'byline' | 'publisher' | 'language' | 'published' | 'captured' | 'messages'> & {
  /** Fields read from the text for the article's meta (e.g. `dateline`: place, agency, timestamp). */
  meta?: Record<string, unknown>;
};
