/**
 * A read-only view of a page for the date finder: the main heading, the article root,
 * and the page's visible text cut into pieces, each tagged with the zone it sits in
 * (article, site chrome such as a header or top bar, or a part to ignore such as
 * comments, sidebars and footers). The document is never modified.
 */

/**
 * content: the article and neutral page parts; chrome: site header, top bar, navigation;
 * footer: a footer outside the article (only labelled "Published ..." lines count there);
 * excluded: comments, related lists, sidebars, ads.
 */
export type Zone = 'content' | 'chrome' | 'footer' | 'excluded';

export interface TextPiece {
  text: string;
  /** The element the text node sits in. */
  el: Element;
  zone: Zone;
  /** Offset of the piece in PageView.flat. */
  start: number;
  /** True when the piece lies inside the article root. */
  inRoot: boolean;
}

export interface PageView {
  document: Document;
  heading: Element | null;
  root: Element | null;
  pieces: TextPiece[];
  /** The visible text of the body, pieces joined (block boundaries become "\n"). */
  flat: string;
  /** Offsets of the main heading's text in `flat`, when found. */
  headingStart: number | null;
  headingEnd: number | null;
  zoneOf(el: Element): Zone;
}

import { elementsOf } from './dom.js';
import { classAndId } from '../attributes.js';

/** Whether a character code is whitespace. */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'OPTION', 'BUTTON', 'FORM', 'TEXTAREA', 'OBJECT', 'CANVAS']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'TABLE', 'BLOCKQUOTE', 'DL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'HR', 'PRE']);

/** Class/id words of parts whose dates are not the article's, wherever they are. */
const EXCLUDED_WORDS =
  /(?:^|[\s_-])(comments?|commentlist|kommentare?|discussion|disqus|replies|reply|respond|related|recommend(?:ed|ations)?|popular|trending|most-?read|more-?stories|read-?more|newsletter|outbrain|taboola|advert(?:isement)?|ads?|similar|recent-?posts?|cookie|consent|leserbrief(?:e)?)(?:$|[\s_-])/i;
/** Words that mark a part to skip only outside the article root (inside, they are often its own meta line). */
const WEAK_EXCLUDED_WORDS = /(?:^|[\s_-])(sidebar|teasers?|promo|tagcloud|tag-cloud|pagination|pager|archive-?list)(?:$|[\s_-])/i;
/** Class/id words of site chrome (header bars, navigation). */
const CHROME_WORDS =
  /(?:^|[\s_-])(masthead|top-?bar|navbar|nav|navigation|menu|toolbar|site-?header|main-?header|header-?top|top-?header|global-?header|header-?bar|top-?nav|topnav|utility-?bar|breaking-?news|today|todays?-?date|current-?date|date-?today|datum-?heute)(?:$|[\s_-])/i;
const FOOTER_WORDS = /(?:^|[\s_-])(footer|site-?footer)(?:$|[\s_-])/i;

const ROOT_SELECTOR =
  'article, [itemtype*="Article"], [itemtype*="BlogPosting"], [itemprop~="articleBody"], .hentry, .h-entry, .post, .entry, main, [role="main"]';

/** document.body, or null (linkedom throws on .body when the document has no root element). */
function bodyOf(doc: Document): HTMLElement | null {
  if (!doc.documentElement) return null;
  try {
    return doc.body ?? null;
  } catch {
    return null;
  }
}


function words(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
}

/** How much of the heading's words appear in the page title (0..1). */
function titleOverlap(heading: string, titles: Set<string>[]): number {
  const h = words(heading);
  if (h.size === 0) return 0;
  let best = 0;
  for (const t of titles) {
    let shared = 0;
    for (const w of h) if (t.has(w)) shared++;
    best = Math.max(best, shared / h.size);
  }
  return best;
}

/** The article's headline element: the h1 most like the page title, else the first h1. */
export function findHeading(doc: Document): Element | null {
  return rankHeadings(doc).best;
}

/** The headline element and every h1 that looks like the page title. */
function rankHeadings(doc: Document): { best: Element | null; headlines: Set<Element> } {
  const headlines = new Set<Element>();
  const titles: Set<string>[] = [];
  const og = doc.querySelector('meta[property="og:title"], meta[name="twitter:title"]')?.getAttribute('content');
  if (og) titles.push(words(og));
  const title = doc.querySelector('title')?.textContent;
  if (title) titles.push(words(title));
  const candidates = elementsOf(doc).filter(
    (el) =>
      el.tagName === 'H1' ||
      el.tagName === 'H2' ||
      /(?:^|\s)headline(?:\s|$)/.test(el.getAttribute('itemprop') ?? '') ||
      /(?:^|\s)(?:entry|post|article)-title(?:\s|$)/.test(el.getAttribute('class') ?? ''),
  );
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of candidates) {
    const text = el.textContent ?? '';
    if (text.trim().length < 3 || text.length > 400) continue;
    let score = titleOverlap(text, titles);
    if (el.tagName === 'H1') score += 0.15;
    if (el.tagName === 'H2') score -= 0.1;
    if (el.tagName === 'H1' && score >= 0.5) headlines.add(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (best && bestScore >= 0.5) return { best, headlines };
  return { best: doc.querySelector('h1'), headlines };
}

/** The same test as ROOT_SELECTOR, without running a selector over the whole tree. */
function isRootLike(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'ARTICLE' || tag === 'MAIN' || el.getAttribute('role') === 'main') return true;
  const type = el.getAttribute('itemtype') ?? '';
  if (type.includes('Article') || type.includes('BlogPosting')) return true;
  if (/(?:^|\s)articleBody(?:\s|$)/.test(el.getAttribute('itemprop') ?? '')) return true;
  return /(?:^|\s)(?:hentry|h-entry|post|entry)(?:\s|$)/.test(el.getAttribute('class') ?? '');
}

function findRoot(doc: Document, heading: Element | null): Element | null {
  const fromHeading = heading?.closest(ROOT_SELECTOR) ?? null;
  if (fromHeading) return fromHeading;
  const all = elementsOf(doc).filter(isRootLike);
  if (all.length === 1) return all[0] ?? null;
  // No marked-up article: the smallest block around the headline that holds real text.
  let cur = heading?.parentElement ?? null;
  const headingLength = (heading?.textContent ?? '').length;
  while (cur && cur.tagName !== 'BODY' && cur.tagName !== 'HTML') {
    if ((cur.textContent ?? '').length - headingLength > 600) return cur;
    cur = cur.parentElement;
  }
  return null;
}

/** Build the read-only view of a page. */
export function viewPage(doc: Document): PageView {
  const { best: heading, headlines } = rankHeadings(doc);
  const root = findRoot(doc, heading);
  const memo = new Map<Element, { zone: Zone; inRoot: boolean }>();
  const anchor = heading ?? root;
  const holdsAnchor = new Set<Element>();
  for (let e: Element | null = anchor; e; e = e.parentElement) holdsAnchor.add(e);
  let bodyLength = -1;
  // A part holding most of the page's text is a layout wrapper ("has-sidebar"), not a sidebar.
  const isWrapper = (el: Element): boolean => {
    if (bodyLength < 0) bodyLength = ((bodyOf(doc) ?? doc.documentElement)?.textContent ?? '').length;
    return (el.textContent ?? '').length > bodyLength * 0.5;
  };

  const ownZone = (el: Element, inRoot: boolean): Zone | null => {
    if (holdsAnchor.has(el)) return null;
    const tag = el.tagName;
    const ci = classAndId(el);
    let zone: Zone | null = null;
    if (ci && EXCLUDED_WORDS.test(ci)) zone = 'excluded';
    else if (inRoot) zone = null;
    else if (tag === 'ASIDE' || (ci && WEAK_EXCLUDED_WORDS.test(ci))) zone = 'excluded';
    else if (tag === 'FOOTER' || (ci && FOOTER_WORDS.test(ci))) zone = 'footer';
    else if (tag === 'NAV' || tag === 'HEADER' || (ci && (CHROME_WORDS.test(ci) || /^(header|head|top)$/i.test(ci)))) {
      // An article's own header (inside <article>/<main>, or holding a headline) is not chrome.
      const headlineInside = [...el.querySelectorAll('h1')].some((h) => headlines.has(h));
      zone = headlineInside || el.closest('article, main, [role="main"]') ? null : 'chrome';
    }
    if (zone !== null && isWrapper(el)) return null;
    return zone;
  };

  const zoneOf = (el: Element): Zone => {
    const known = memo.get(el);
    if (known) return known.zone;
    const chain: Element[] = [];
    let cur: Element | null = el;
    let zone: Zone = 'content';
    let inRoot = false;
    while (cur && cur.tagName !== 'BODY' && cur.tagName !== 'HTML') {
      const m = memo.get(cur);
      if (m) {
        zone = m.zone;
        inRoot = m.inRoot;
        break;
      }
      chain.push(cur);
      cur = cur.parentElement;
    }
    // Down from the outermost: inside an excluded part everything is excluded; otherwise
    // the nearest marked ancestor decides.
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      if (node === root) inRoot = true;
      if (zone !== 'excluded') zone = ownZone(node, inRoot) ?? zone;
      memo.set(node, { zone, inRoot });
    }
    return zone;
  };

  const pieces: TextPiece[] = [];
  // flat is built from parts joined once: reading the end of a string grown by += flattens it each time.
  const parts: string[] = [];
  let flatLength = 0;
  let lastChar = -1;
  const append = (s: string): void => {
    parts.push(s);
    flatLength += s.length;
    lastChar = s.charCodeAt(s.length - 1);
  };
  let headingStart: number | null = null;
  let headingEnd: number | null = null;
  const body: Node | null = bodyOf(doc) ?? doc.documentElement ?? doc;

  // Iterative (an explicit stack), so deeply nested markup cannot overflow the call stack.
  type Frame = { node: Node; inRoot: boolean; child: ChildNode | null; block: boolean };
  const stack: Frame[] = body ? [{ node: body, inRoot: false, child: body.firstChild, block: false }] : [];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.child;
    if (!child) {
      stack.pop();
      const el = frame.node;
      if (stack.length === 0) break;
      if (el === heading) headingEnd = flatLength;
      if (frame.block && lastChar !== 10) append('\n');
      continue;
    }
    frame.child = child.nextSibling;
    const node = frame.node;
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      if (!text.trim() || node.nodeType !== 1) continue;
      const el = node as Element;
      if (flatLength > 0 && !isSpaceCode(lastChar) && !/^\s/.test(text)) append(' ');
      pieces.push({ text, el, zone: zoneOf(el), start: flatLength, inRoot: frame.inRoot });
      append(text);
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block && lastChar !== 10) append('\n');
      if (el === heading) headingStart = flatLength;
      stack.push({ node: el, inRoot: frame.inRoot || el === root, child: el.firstChild, block });
    }
  }
  const flat = parts.join('');

  return { document: doc, heading, root, pieces, flat, headingStart, headingEnd, zoneOf };
}
