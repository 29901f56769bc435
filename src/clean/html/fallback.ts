/**
 * Fallback when readability finds nothing or far too little: pick the element holding the
 * most prose (text outside links, in blocks of sentence length), scored readability-style
 * but without its class-name removals, then keep the dense blocks inside it.
 */
import { collapseSpace, isSkippedTag } from './blocks.js';

const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU']);
/** Reader comments and their forms are not the article, however much prose they hold. */
const COMMENTS = /(?:^|[-_\s])(?:comments?|commentlist|disqus|respond|replies|reply|discussion)(?:$|[-_\s])/i;

function isChrome(el: Element): boolean {
  if (CHROME.has(el.tagName)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.length > 1 && COMMENTS.test(names);
}
const CONTAINER = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'TD', 'BODY', 'BLOCKQUOTE', 'UL', 'OL']);
const PARAGRAPH = new Set(['P', 'PRE', 'LI', 'DD', 'H2', 'H3', 'H4']);

interface Score {
  prose: number;
}

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

/** The element of `document` that most likely holds the article, or null. */
export function findDenseRoot(document: Document): Element | null {
  const body = document.body;
  if (!body) return null;
  const scores = new Map<Element, Score>();
  for (const el of body.querySelectorAll('p, pre, li, dd, div, td, h2, h3, h4')) {
    const tag = el.tagName;
    if (tag === 'DIV' || tag === 'TD') {
      // A div with text directly inside it (no <p>) counts as a paragraph of its own.
      let direct = 0;
      for (let c = el.firstChild; c !== null; c = c.nextSibling) {
        if (c.nodeType === 3) direct += collapseSpace(c.nodeValue ?? '').trim().length;
      }
      if (direct < 80) continue;
    } else if (!PARAGRAPH.has(tag)) continue;
    let inChrome = false;
    for (let a = el.parentElement; a !== null; a = a.parentElement) {
      if (isChrome(a)) {
        inChrome = true;
        break;
      }
    }
    if (inChrome) continue;
    const { text, link } = tag === 'DIV' || tag === 'TD' ? { text: 0, link: 0 } : ownText(el);
    const prose = tag === 'DIV' || tag === 'TD' ? 100 : text - link;
    if (prose < 25) continue;
    const commas = tag === 'DIV' || tag === 'TD' ? 0 : ((el.textContent ?? '').match(/[,.;]/g) ?? []).length;
    const value = Math.min(prose, 400) / 100 + Math.min(commas, 10) / 3;
    let weight = 1;
    let level = 0;
    for (let a = tag === 'DIV' || tag === 'TD' ? el : el.parentElement; a !== null && level < 4; a = a.parentElement, level++) {
      if (!CONTAINER.has(a.tagName)) continue;
      const s = scores.get(a) ?? { prose: 0 };
      s.prose += value * weight;
      scores.set(a, s);
      weight = level === 0 ? 0.5 : weight / 2;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  // Link density is costly (a walk of the subtree): only for the strongest candidates.
  const top = [...scores].sort((a, b) => b[1].prose - a[1].prose).slice(0, 8);
  for (const [el, s] of top) {
    const { text, link } = ownText(el);
    const density = text > 0 ? link / text : 1;
    const score = s.prose * (1 - density);
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  return best;
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
