/**
 * Is this page an article, or a listing / collection / index page (a front page, a section,
 * a tag page, search results)? Listing pages are lists of teasers: many links to other
 * pages with short text, headings that are links, and little prose outside links.
 */
import type { TextBlock } from './types.js';
import type { JsonLdSummary } from './jsonld.js';

export interface ListingSignals {
  blocks: readonly TextBlock[];
  jsonLd: JsonLdSummary;
  ogType: string | null;
  url?: string;
}

const LISTING_TYPES = /^(CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/;
const ARTICLE_TYPES = /Article$|^(BlogPosting|LiveBlogPosting|Report|Recipe|HowTo|Review)$/;

function insideLink(el: Element): boolean {
  for (let a: Element | null = el; a !== null; a = a.parentElement) if (a.tagName === 'A') return true;
  return false;
}

function linkShare(block: TextBlock): number {
  let link = 0;
  for (const a of block.element.querySelectorAll('a')) link += (a.textContent ?? '').trim().length;
  if (insideLink(block.element)) return 1;
  return block.text.length > 0 ? Math.min(1, link / block.text.length) : 0;
}

/** How the extracted blocks look: prose (long, few links) versus teasers (short, linked). */
export function proseStats(blocks: readonly TextBlock[]): { prose: number; linked: number; longParagraphs: number } {
  let prose = 0;
  let linked = 0;
  let longParagraphs = 0;
  for (const b of blocks) {
    const share = linkShare(b);
    linked += b.text.length * share;
    prose += b.text.length * (1 - share);
    if (b.text.length >= 150 && share < 0.3 && /[.!?…"”'»)]$/.test(b.text)) longParagraphs++;
  }
  return { prose, linked, longParagraphs };
}

/** True when the page looks like an article rather than a list of links to articles. */
export function looksLikeArticle(signals: ListingSignals): boolean {
  const { blocks, jsonLd, ogType } = signals;
  const declaredArticle =
    ogType === 'article' || jsonLd.article !== null || jsonLd.types.some((t) => ARTICLE_TYPES.test(t));
  const declaredListing = jsonLd.types.some((t) => LISTING_TYPES.test(t)) && jsonLd.article === null;
  const { prose, linked, longParagraphs } = proseStats(blocks);
  if (longParagraphs >= 3 && prose > linked) return true;
  if (declaredListing) return longParagraphs >= 3;
  if (declaredArticle) return prose > 200 || longParagraphs >= 1;
  if (longParagraphs >= 2 || (prose > 400 && prose > 2 * linked)) return true;
  // A short text with hardly any links (a brief, a short post) is an article too.
  return prose >= 150 && linked < 0.25 * prose;
}
