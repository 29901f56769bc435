/**
 * Fallback when readability finds nothing or far too little: pick the element holding the
 * most prose (text outside links, in blocks of sentence length), scored readability-style
 * but without its class-name removals, then keep the dense blocks inside it.
 */
import { collapseSpace, isSkippedTag } from './blocks.js';
import { classAndId } from '../attributes.js';

const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU']);
/** Reader comments and their forms are not the article, however much prose they hold. */
const COMMENTS = /(?:^|[-_\s])(?:comments?|commentlist|disqus|respond|replies|reply|discussion)(?:$|[-_\s])/i;

function isChrome(el: Element): boolean {
  if (CHROME.has(el.tagName)) return true;
  const names = classAndId(el);
  return names.length > 1 && COMMENTS.test(names);
}
const CONTAINER = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'TD', 'BODY', 'BLOCKQUOTE', 'UL', 'OL']);
const PARAGRAPH = new Set(['P', 'PRE', 'LI', 'DD', 'H2', 'H3', 'H4']);

function ownText(el: Element): { text: number; link: number } {
  let text = 0;
  let link = 0;
  const visit = (node: Node, inLink: boolean): void => {
    for (let c = node.firstChild; c !== null; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const n = collapseSpace(c.nodeValue ?? '').trim().length;
        text += n;
        if (inLink) link += n;
      } else if (c.nodeType === 1) {
        const e = c as Element;
        if (isSkippedTag(e.tagName)) continue;
        visit(e, inLink || e.tagName === 'A');
      }
    }
  };
  visit(el, false);
  return { text, link };
}

/** A container with less prose than this outside links, and at least this much link text, is a link block. */
const LINK_BLOCK_PROSE = 25;
const LINK_BLOCK_LINKS = 25;

export interface DenseRoot {
  element: Element;
  /**
   * The outermost containers outside the dense root that hold links and almost no text of
   * their own (menus, link lists, tag clouds), or no text at all (ad slots, image wrappers):
   * never article text, but work for readability.
   */
  furniture: Element[];
  /** Characters of prose (text outside links) in the element when it was scored. */
  prose: number;
}

interface Totals {
  text: number;
  link: number;
  /** Text inside navigation, headers, forms and comments, which `text` leaves out. */
  chrome: number;
  score: number;
}

/** Length of a text node's content without surrounding white space (cheap; inner runs count). */
function textLength(value: string): number {
  return value.trim().length;
}

function countPunctuation(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 44 || c === 46 || c === 59) n++; // , . ;
  }
  return n;
}

/**
 * The element of `document` that most likely holds the article, or null. One walk of the
 * tree: each paragraph-like element with prose adds a score to its nearest container
 * ancestors (less for each level up, as readability does); a container's score is then
 * scaled down by its link density. Navigation, headers, footers, asides, forms and reader
 * comments are not scored.
 */
export function findDenseRoot(document: Document): DenseRoot | null {
  const body = document.body;
  if (!body) return null;
  const totals = new Map<Element, Totals>();
  const containers: Element[] = [];

  const credit = (value: number): void => {
    let weight = 1;
    for (let i = containers.length - 1, level = 0; i >= 0 && level < 4; i--, level++) {
      const t = totals.get(containers[i]!)!;
      t.score += value * weight;
      weight = level === 0 ? 0.5 : weight / 2;
    }
  };

  // Returns [text, link, punctuation, chrome text] of the subtree.
  const visit = (el: Element, inLink: boolean): [number, number, number, number] => {
    let text = 0;
    let link = 0;
    let punct = 0;
    let chrome = 0;
    let direct = 0;
    const tag = el.tagName;
    const isContainer = CONTAINER.has(tag);
    if (isContainer) {
      totals.set(el, { text: 0, link: 0, chrome: 0, score: 0 });
      containers.push(el);
    }
    for (let c = el.firstChild; c !== null; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const v = c.nodeValue ?? '';
        const n = textLength(v);
        if (n === 0) continue;
        text += n;
        direct += n;
        punct += countPunctuation(v);
        if (inLink) link += n;
      } else if (c.nodeType === 1) {
        const e = c as Element;
        if (isSkippedTag(e.tagName)) continue;
        if (isChrome(e)) {
          chrome += textLength(e.textContent ?? '');
          continue;
        }
        const [t, l, p, h] = visit(e, inLink || e.tagName === 'A');
        text += t;
        link += l;
        punct += p;
        chrome += h;
      }
    }
    if (isContainer) {
      containers.pop();
      const t = totals.get(el)!;
      t.text = text;
      t.link = link;
      t.chrome = chrome;
    }
    if (PARAGRAPH.has(tag)) {
      const prose = text - link;
      if (prose >= 25) credit(Math.min(prose, 400) / 100 + Math.min(punct, 10) / 3);
    } else if ((tag === 'DIV' || tag === 'TD') && direct >= 80) {
      // Text written straight into a div counts as a paragraph of its own (scored on itself too).
      containers.push(el);
      credit(1);
      containers.pop();
    }
    return [text, link, punct, chrome];
  };
  visit(body, false);

  let best: DenseRoot | null = null;
  let bestScore = 0;
  for (const [el, t] of totals) {
    if (t.score <= 0 || t.text === 0) continue;
    const score = t.score * (1 - t.link / t.text);
    if (score > bestScore) {
      bestScore = score;
      best = { element: el, prose: t.text - t.link, furniture: [] };
    }
  }
  if (best) best.furniture = outsideFurniture(body, best.element, totals);
  return best;
}

/**
 * The outermost containers outside `root` that are link blocks (links and under
 * LINK_BLOCK_PROSE characters of other text) or hold no text at all (ad slots, image
 * wrappers). Text in navigation, headers, forms and comments counts against both: a wrapper
 * around the page's header and its share links is neither.
 */
function outsideFurniture(body: Element, root: Element, totals: ReadonlyMap<Element, Totals>): Element[] {
  const isFurniture = (el: Element | null): boolean => {
    const t = el ? totals.get(el) : undefined;
    if (t === undefined || el === body || t.chrome >= LINK_BLOCK_PROSE) return false;
    const linkBlock = t.text - t.link < LINK_BLOCK_PROSE && t.link >= LINK_BLOCK_LINKS;
    const empty = t.text === 0 && t.chrome === 0;
    return (linkBlock || empty) && !el!.contains(root) && !root.contains(el!);
  };
  const out: Element[] = [];
  for (const el of totals.keys()) if (isFurniture(el) && !isFurniture(el.parentElement)) out.push(el);
  return out;
}

/** Characters of prose (text outside links) still inside `el`. */
export function proseLength(el: Element): number {
  const { text, link } = ownText(el);
  return text - link;
}

/** Paragraphs of a JSON-LD articleBody. */
export function splitArticleBody(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n|\n/)
    .map((p) => collapseSpace(p).trim())
    .filter((p) => p.length > 0);
}
