/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/*
 * The project compiles against ES2023 without the DOM library; the HTML cleaner works on
 * linkedom documents, which implement the DOM interfaces, so this area pulls in the DOM
 * type declarations (types only, nothing at run time).
 */
import type { Message, SourceMapSegment } from '../../core/types.js';

export interface ExtractHtmlOptions {
  /** The page's URL, used to resolve relative links and to read the site name. */
  url?: string;
  /** The raw HTML the document was parsed from; when given, `sourceMap` points into it. */
  html?: string;
}

export interface HtmlExtraction {
  /** Article text: blocks separated by "\n\n", list items by "\n". */
  text: string;
  /** From text offsets to offsets in `options.html` (per block, approximate); `node` is a short CSS-like path. */
  sourceMap: SourceMapSegment[];
  /** The headline, without the site name or section prefixes. */
  title: string | null;
  /** A person's name (or names), without "By" and without job titles. */
  byline: string | null;
  /** The site or publication name. */
  publisher: string | null;
  /** BCP 47 language tag from the page (`<html lang>`, meta), or null. */
  language: string | null;
  /** False for listing, collection and index pages with no article. */
  isArticle: boolean;
  messages: Message[];
}

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
