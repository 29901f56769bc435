/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/*
 * The project compiles against ES2023 without the DOM library; the HTML cleaner works on
 * linkedom documents, which implement the DOM interfaces, so this area pulls in the DOM
 * type declarations (types only, nothing at run time).
 */
import type { CleanedPart } from '../types.js';

export interface ExtractHtmlOptions {
  /** The page's URL, used to resolve relative links and to read the site name. */
  url?: string;
  /** The raw HTML the document was parsed from; when given, `sourceMap` points into it. */
  html?: string;
}

/**
 * What the HTML cleaner reads from a page: the clean step's fields but the dates (found
 * separately, on the untouched page). `text` has blocks separated by "\n\n" and list items by
 * "\n"; `sourceMap` points into `options.html` per block (approximate), `node` a short
 * CSS-like path; `title` is the headline without the site name; `byline` a person's name
 * without "By" or job titles; `language` a BCP 47 tag from the page.
 */
export type HtmlExtraction = Omit<CleanedPart, 'published' | 'captured'> & {
  /** False for listing, collection and index pages with no article. */
  isArticle: boolean;
};

/** One block of extracted text: a paragraph, heading, list item, quote or table row. */
export interface TextBlock {
  text: string;
  /** The element the block came from. */
  element: Element;
  /**
   * How the block ends: a `line` (cut by <br>) is followed by "\n", an `item` (list item,
   * table row) by "\n" when the next block is an item too, anything else by "\n\n".
   */
  kind: 'paragraph' | 'heading' | 'item' | 'line' | 'pre';
}
