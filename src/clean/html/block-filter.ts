/**
 * Drop single blocks that are page furniture by their own text and links: photo captions
 * and credits, "Updated ..." lines, bylines, one-line links to other stories, cookie and
 * copyright notices. Each rule only takes short blocks, so a paragraph of prose is kept.
 */
import type { TextBlock } from './types.js';

/** "(AP Photo/Jane Doe)", "(Image: Getty)", "Credit: Reuters", "Image copyright ..." */
const CAPTION_TEXT =
  /\((?:AP|AFP|Reuters|Getty|EPA|Image|Images|Photo|Photos|Picture|Pic|Credit|Foto|Source|Bild)\b[^)]{0,100}\)\s*$|\b(?:Image|Photo|Picture) (?:copyright|caption|credit)\b|\bCredits?:\s|\bPhoto(?:graph)?:\s|\bGetty Images\s*$|^(?:AP|AFP|Reuters|Getty Images|Shutterstock|iStock)\s*$/i;

const DATE_LINE =
  /^(?:updated|posted|published|last updated|first published|last modified|modified|created|originally published)\b\s*(?:on|at)?\s*:?/i;

const BYLINE_LINE = /^(?:by|written by|posted by|reported by)\s+\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,3}\s*(?:$|[,|•·\-–—]|\s+(?:and|&)\s|\s+(?:on|at|in)\s|\s+\d)/iu;

const NOTICE =
  /\b(?:(?:this|our) (?:web)?site uses cookies|we use cookies|all rights reserved|this (?:document|material|article) (?:is subject to copyright|may not be (?:published|reproduced))|copyright ©|© \d{4}|\(c\) \d{4})|^(?:advert(?:isement)?|sponsored|skip to (?:main )?content|this slideshow requires javascript\.?|comments?|loading\.*|tell us what you think\.*|share this(?: article| story)?|print|email|sign in|log in|back to gallery|(?:image|photo|slide|picture) \d+ of \/? ?\d+|\d+ \/ \d+|view (?:the )?(?:gallery|slideshow|comments)|enlarge this image|toggle caption|hide caption)$/i;

const FOLLOW =
  /^(?:follow|like|join|subscribe to|sign up (?:for|to)|get (?:the|our)|download (?:the|our)|click here|listen to|watch)\b.{0,160}\b(?:twitter|facebook|instagram|youtube|linkedin|tiktok|newsletter|podcast|app|inbox|channel|here)\b.{0,40}$/i;

function linkShare(el: Element, text: string): number {
  for (let a: Element | null = el; a !== null; a = a.parentElement) if (a.tagName === 'A') return 1;
  let link = 0;
  for (const a of el.querySelectorAll('a')) link += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return text.length > 0 ? Math.min(1, link / text.length) : 0;
}

export interface BlockFilterOptions {
  /** The page's byline (cleaned names); a block that is only that name is dropped. */
  byline?: string | null;
  /** The page's headline; a block that repeats it is dropped. */
  title?: string | null;
}

export function isFurniture(block: TextBlock, options: BlockFilterOptions = {}): boolean {
  const text = block.text;
  const n = text.length;
  if (n < 400 && CAPTION_TEXT.test(text)) return true;
  if (n < 140 && DATE_LINE.test(text)) return true;
  if (n < 120 && BYLINE_LINE.test(text)) return true;
  if (n < 300 && NOTICE.test(text)) return true;
  if (n < 220 && FOLLOW.test(text)) return true;
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  if (options.title && n < 300 && text === options.title) return true;
  if (options.byline && n < 80 && text.replace(/^by\s+/i, '') === options.byline) return true;
  // A short block that is all link is a teaser or a menu entry, not article prose.
  if (n < 160 && block.kind !== 'pre' && linkShare(block.element, text) > 0.85) return true;
  return false;
}

export function filterBlocks(blocks: readonly TextBlock[], options: BlockFilterOptions = {}): TextBlock[] {
  // The same short line three times or more is a widget label ("Share", "Buy now"), not prose.
  const counts = new Map<string, number>();
  for (const b of blocks) if (b.text.length < 80) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  return blocks.filter((b) => !isFurniture(b, options) && (b.text.length >= 80 || (counts.get(b.text) ?? 0) < 3));
}
