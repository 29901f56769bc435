export { extractHtml, extractHtmlString } from './extract.js';
export { cleanByline, cleanTitle, looksLikePersonName } from './metadata.js';
export type { ExtractHtmlOptions, HtmlExtraction, TextBlock } from './types.js';
