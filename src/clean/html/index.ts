/**
 * Article text from HTML pages.
 *
 *   extractHtmlString(html, { url? })      parse with linkedom, then extractHtml
 *   extractHtml(document, { url?, html? }) the document is pruned in place
 *
 * Steps (extract.ts): repair the body (normalize.ts), read JSON-LD and meta (jsonld.ts,
 * metadata.ts), drop never-article elements (prune.ts), score our own densest prose
 * container (fallback.ts), run @mozilla/readability, remove furniture inside its result
 * (boilerplate.ts), cut it into blocks (blocks.ts), then recover when readability took too
 * little (a second readability pass without its conditional cleaning, the densest
 * container, or JSON-LD articleBody), drop furniture blocks (block-filter.ts), decide
 * article vs listing (listing.ts) and map blocks back to the raw HTML (source-map.ts).
 */
export { extractHtml, extractHtmlString } from './extract.js';
export { cleanByline, cleanTitle, looksLikePersonName } from './metadata.js';
export type { ExtractHtmlOptions, HtmlExtraction, TextBlock } from './types.js';
