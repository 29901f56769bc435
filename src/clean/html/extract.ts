/**
 * Article text from an HTML page: @mozilla/readability finds the article container, then
 * this module removes the furniture readability keeps (captions, share widgets, teasers,
 * related lists, newsletter boxes), cuts the text into blocks with line breaks, and falls
 * back to JSON-LD articleBody or its own prose-density scoring when readability returns
 * nothing or far too little.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Message } from '../../core/types.js';
import { joinBlocks, toBlocks } from './blocks.js';
import { filterBlocks } from './block-filter.js';
import { removeBoilerplate } from './boilerplate.js';
import { findDenseRoot, proseLength, splitArticleBody } from './fallback.js';
import { readJsonLd } from './jsonld.js';
import { looksLikeArticle, proseStats } from './listing.js';
import { readMetadata } from './metadata.js';
import { mapBlocks } from './source-map.js';
import { prune, pruneHead } from './prune.js';
import { asDocumentHtml, normalizeBody } from './normalize.js';
import type { ExtractHtmlOptions, HtmlExtraction, TextBlock } from './types.js';

/** Below this many characters the readability result is checked against the fallbacks. */
const SHORT_TEXT = 600;
/** Prose left outside readability's pick that makes us look at the wider container. */
const WIDER_MIN = 400;
const WIDER_RATIO = 0.5;
/** Readability output below this share of the dense container's prose counts as over-cleaned. */
const DENSE_RATIO = 0.7;

function inDocument(el: Element, document: Document): boolean {
  let top: Element = el;
  while (top.parentElement !== null) top = top.parentElement;
  return top === document.documentElement;
}

function textLength(blocks: readonly TextBlock[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

/** Readability's flag for removing low-scoring blocks inside the article (private API, pinned version). */
const FLAG_CLEAN_CONDITIONALLY = 0x4;

function readabilityBlocks(document: Document, cleanConditionally = true): { blocks: TextBlock[]; byline: string | null } {
  const reader = new Readability<Element>(document, {
    keepClasses: true,
    disableJSONLD: true,
    serializer: (node: Node) => node as Element,
  });
  if (!cleanConditionally) {
    const internals = reader as unknown as { _flags?: number };
    if (typeof internals._flags === 'number') internals._flags &= ~FLAG_CLEAN_CONDITIONALLY;
  }
  let result: ReturnType<typeof reader.parse>;
  try {
    result = reader.parse();
  } catch {
    return { blocks: [], byline: null };
  }
  const root = result?.content;
  if (!root) return { blocks: [], byline: result?.byline ?? null };
  removeBoilerplate(root);
  return { blocks: toBlocks(root), byline: result?.byline ?? null };
}

/** The densest prose container of a fresh parse of `html`, cleaned, as blocks. */
function fallbackBlocks(html: string): TextBlock[] {
  const { document } = parseHTML(asDocumentHtml(html));
  const doc = document as unknown as Document;
  normalizeBody(doc);
  if (doc.body) prune(doc.body);
  const root = findDenseRoot(doc)?.element;
  if (!root) return [];
  removeBoilerplate(root);
  return toBlocks(root);
}

function articleBodyBlocks(body: string, owner: Element): TextBlock[] {
  return splitArticleBody(body).map((text) => ({ text, element: owner, kind: 'paragraph' as const }));
}

/** Extract the article of a parsed page. The document is modified (readability prunes it). */
export function extractHtml(document: Document, options: ExtractHtmlOptions = {}): HtmlExtraction {
  const messages: Message[] = [];
  normalizeBody(document);
  const jsonLd = readJsonLd(document);
  const metadata = readMetadata(document, jsonLd, options.url);
  // The fallbacks re-read the page as it was: readability is about to prune this document.
  const snapshot = options.html ?? document.documentElement?.outerHTML ?? null;
  const bodyElement = document.body ?? document.documentElement;

  if (document.body) prune(document.body);
  pruneHead(document);
  // The densest prose container by our own scoring, found before readability moves nodes out.
  const denseRoot = findDenseRoot(document);
  const dense = denseRoot?.element ?? null;
  const densePros = denseRoot?.prose ?? 0;
  // Menus, link lists and empty wrappers are never the article; without them readability has less to walk.
  for (const el of denseRoot?.furniture ?? []) el.parentNode?.removeChild(el);
  let { blocks } = readabilityBlocks(document);
  let via = 'readability';
  let length = textLength(blocks);
  // Prose readability left behind in the dense container: it took one section of several.
  // (When readability took the dense container itself, it moved it out of the document.)
  const leftBehind = dense !== null && length >= SHORT_TEXT && inDocument(dense, document) ? proseLength(dense) : 0;
  if (leftBehind > Math.max(WIDER_MIN, WIDER_RATIO * length) && snapshot !== null) {
    const alt = fallbackBlocks(snapshot);
    const first = blocks[0]?.text ?? '';
    const altText = alt.map((b) => b.text);
    if (textLength(alt) > length * 1.3 && altText.some((t) => t === first)) {
      blocks = alt;
      via = 'fallback:wider-container';
      length = textLength(blocks);
      messages.push({ level: 'info', origin: 'html:wider-container', text: 'readability took one section of the article; used the container of all sections' });
    }
  }
  // Readability took the dense container but its block cleaning threw much of it away
  // (sections with images, lists or links): run it again without that cleaning.
  if (
    via === 'readability' && dense !== null && snapshot !== null && length >= SHORT_TEXT &&
    !inDocument(dense, document) && length < DENSE_RATIO * densePros
  ) {
    const fresh = parseHTML(asDocumentHtml(snapshot)).document as unknown as Document;
    normalizeBody(fresh);
    if (fresh.body) prune(fresh.body);
    const alt = readabilityBlocks(fresh, false).blocks;
    if (textLength(alt) > length * 1.3) {
      blocks = alt;
      via = 'readability:no-clean-conditionally';
      length = textLength(blocks);
      messages.push({ level: 'info', origin: 'html:kept-sections', text: 'readability dropped sections of the article; kept them' });
    }
  }
  if (length < SHORT_TEXT) {
    const body = jsonLd.article?.articleBody ?? null;
    if (body !== null && body.length > Math.max(length * 1.5, 200)) {
      blocks = articleBodyBlocks(body, bodyElement);
      via = 'json-ld:articleBody';
      length = textLength(blocks);
    } else if (snapshot !== null) {
      const alt = fallbackBlocks(snapshot);
      const altProse = proseStats(alt).prose;
      if (altProse > Math.max(length * 2, 200)) {
        blocks = alt;
        via = 'fallback:prose-density';
        length = textLength(blocks);
      }
    }
    if (via === 'json-ld:articleBody' || via === 'fallback:prose-density') {
      messages.push({ level: 'info', origin: `html:${via}`, text: `readability found too little text; used ${via}` });
    }
  }

  // Judged before the furniture filter, which removes the linked headlines a listing is made of.
  const isArticle = blocks.length > 0 && looksLikeArticle({ blocks, jsonLd, ogType: metadata.ogType, url: options.url });
  blocks = filterBlocks(blocks, { byline: metadata.byline, title: metadata.title });
  if (!isArticle) {
    // Keep only real prose (an introduction), not the teasers of the stories listed.
    blocks = blocks.filter((b) => b.text.length >= 200 && proseStats([b]).prose > 0.8 * b.text.length);
    messages.push({ level: 'warning', origin: 'html:not-article', text: 'the page looks like a listing or index page, not an article' });
  }
  if (blocks.length === 0) {
    messages.push({ level: 'warning', origin: 'html:no-text', text: 'no article text found in the page' });
  }
  const { text, starts } = joinBlocks(blocks);
  const sourceMap = mapBlocks(blocks, starts, options.html);
  return {
    text,
    sourceMap,
    title: metadata.title,
    byline: metadata.byline,
    publisher: metadata.publisher,
    language: metadata.language,
    isArticle,
    messages,
  };
}

/** Parse `html` with linkedom and extract its article. */
export function extractHtmlString(html: string, options: Omit<ExtractHtmlOptions, 'html'> = {}): HtmlExtraction {
  const { document } = parseHTML(asDocumentHtml(html));
  return extractHtml(document as unknown as Document, { ...options, html });
}
