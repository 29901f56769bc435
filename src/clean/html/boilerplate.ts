/**
 * Remove page furniture that sits inside article bodies: captions and credits, share and
 * follow widgets, "Read more" teasers, related-article lists, newsletter and promo boxes.
 * Rules look at class/id names, ARIA roles and the element's own short text; an element
 * with a long run of prose is never removed by a class-name rule.
 */
import { collapseSpace } from './blocks.js';
import { attr, classAndId } from '../attributes.js';

const CAPTION = /caption|credit|copyright|photographer|image-?source|getty/i;
const WIDGET =
  /(?:^|[-_\s])(?:share|sharing|social|sociable|follow|print|toolbar|tools|bookmark|save-?article|comments?-?(?:count|link|button)|reactions?|rating|tags?|tag-?list|topics|breadcrumbs?|pagination|pager|subscribe|newsletter|signup|sign-up|promo|cta|paywall|registration|donate|related|recommend(?:ed|ations)?|more-?(?:stories|articles|news|from|on)|read-?(?:more|next|also)|also-?read|see-?also|outbrain|taboola|trending|popular|most-?(?:read|viewed|popular)|ad|ads|advert|advertisement|sponsor(?:ed)?|byline|author-?(?:bio|info|box|card)|timestamp|dateline|meta|disclaimer|skip|jump|audio-?player|video-?player|podcast)(?:$|[-_\s])/i;

/** Reader comments: threads, counts, forms. */
const COMMENTS = /(?:^|[-_\s])(?:comments?|commentlist|comment-?list|disqus|respond|replies|discussion|comment-?form)(?:$|[-_\s])/i;

/** Whole-text teasers and widget labels. */
const TEASER_TEXT =
  /^(?:read more|read next|read also|also read|more from|more on|related(?: articles?| stories| content| coverage| posts| news| reading| links)?|recommended(?: for you| stories| articles)?|you may also like|you might also like|see also|most popular|most read|trending(?: now| stories)?|sign up|subscribe|follow us|share(?: this(?: article| story| post)?| on| via)?|advertisement|sponsored(?: content)?|click here|continue reading|listen to (?:this|the) (?:article|story)|skip to|jump to|back to top|print this|email this)\b/i;

/** A short line that introduces a link to another story: "READ MORE: ...", "Related: ...". */
const TEASER_PREFIX = /^(?:read more|read also|also read|related|see also|more|watch|listen|recommended|read next|opinion|analysis|live|video|photos?)\s*[:|»>›]/i;


/** Characters of text and of link text in an element. */
export function linkDensity(el: Element): { text: number; link: number } {
  const text = collapseSpace(el.textContent ?? '').trim().length;
  let link = 0;
  for (const a of el.querySelectorAll('a')) link += collapseSpace(a.textContent ?? '').trim().length;
  return { text, link: Math.min(link, text) };
}

function longestParagraph(el: Element): number {
  let best = 0;
  for (const p of el.querySelectorAll('p')) {
    const n = (p.textContent ?? '').length;
    if (n > best) best = n;
  }
  return best;
}

/** Still inside `root` (the root may be detached from its document, so isConnected does not tell). */
function within(el: Element, root: Element): boolean {
  for (let a: Element | null = el; a !== null; a = a.parentElement) if (a === root) return true;
  return false;
}

function remove(el: Element): void {
  el.parentNode?.removeChild(el);
}

const LIST_TAGS = new Set(['UL', 'OL']);

/** Remove the furniture inside `root` (in place). Returns how many elements went. */
export function removeBoilerplate(root: Element): number {
  let removed = 0;
  for (const el of Array.from(root.querySelectorAll('figcaption, figure, [role="button"], [aria-hidden="true"], nav, aside, form, footer, ul, ol'))) {
    if (el === root || !within(el, root)) continue;
    if (el.tagName === 'UL' || el.tagName === 'OL') {
      // A list that is all links is a menu or a related-stories list.
      const { text, link } = linkDensity(el);
      if (text > 0 && link > 0.7 * text) {
        remove(el);
        removed++;
      }
      continue;
    }
    if (el.tagName === 'FIGURE') {
      // A figure is media and its caption, unless it holds a quote, a table or prose.
      if (el.querySelector('blockquote, table, pre') !== null || longestParagraph(el) >= 300) continue;
    }
    if (el.tagName === 'FORM' || el.tagName === 'FOOTER' || el.tagName === 'ASIDE') {
      // Some sites wrap everything in a form; only small ones are widgets.
      if ((el.textContent ?? '').length > 1500 && longestParagraph(el) > 200) continue;
    }
    remove(el);
    removed++;
  }
  const firstParagraph = root.querySelector('p');
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (el === root || !within(el, root)) continue;
    const names = classAndId(el);
    if (names.length === 0) continue;
    if (COMMENTS.test(names) && !(firstParagraph !== null && within(firstParagraph, el))) {
      remove(el);
      removed++;
      continue;
    }
    const isCaption = CAPTION.test(names);
    const isWidget = !isCaption && WIDGET.test(names);
    if (!isCaption && !isWidget) continue;
    const len = (el.textContent ?? '').length;
    if (isCaption) {
      if (len < 600 && longestParagraph(el) < 300) {
        remove(el);
        removed++;
      }
      continue;
    }
    // A widget class on the article body itself ("article-meta-content") must not cost the article.
    if (longestParagraph(el) >= 250 && len > 400) continue;
    const { text, link } = linkDensity(el);
    if (len < 300 || link > 0.4 * text) {
      remove(el);
      removed++;
    }
  }
  removed += removeTeasers(root);
  removed += removeCardLists(root);
  return removed;
}

/**
 * A run of three or more sibling "cards" with the same class, each short and each holding
 * a link, is a grid of teasers (related stories, a rail), even when the link is an empty
 * overlay and the headline text sits outside it.
 */
function removeCardLists(root: Element): number {
  let removed = 0;
  const parents = new Set<Element>();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const card = a.parentElement;
    const list = card?.parentElement;
    if (card && list && within(list, root)) parents.add(list);
    const outer = list?.parentElement;
    if (list && outer && within(outer, root)) parents.add(outer);
  }
  for (const list of parents) {
    if (list === root || !within(list, root)) continue;
    const byClass = new Map<string, Element[]>();
    for (let c = list.firstElementChild; c !== null; c = c.nextElementSibling) {
      const cls = attr(c, 'class');
      if (!cls) continue;
      const group = byClass.get(cls) ?? [];
      group.push(c);
      byClass.set(cls, group);
    }
    for (const group of byClass.values()) {
      if (group.length < 3) continue;
      const teasers = group.filter((c) => {
        const len = collapseSpace(c.textContent ?? '').trim().length;
        return len > 0 && len < 250 && c.querySelector('a[href]') !== null;
      });
      if (teasers.length < 3 || teasers.length < group.length * 0.8) continue;
      for (const c of group) {
        remove(c);
        removed++;
      }
    }
  }
  return removed;
}

/** Headings and short paragraphs that label or are links to other stories, and what they introduce. */
function removeTeasers(root: Element): number {
  let removed = 0;
  for (const el of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, p, div, strong, span, li'))) {
    if (!within(el, root)) continue;
    const text = collapseSpace(el.textContent ?? '').trim();
    if (text.length === 0 || text.length > 200) continue;
    const isLabel = TEASER_TEXT.test(text) && text.length < 60;
    const isTeaserLink = TEASER_PREFIX.test(text) && el.querySelector('a') !== null;
    if (!isLabel && !isTeaserLink) continue;
    if (el.tagName === 'DIV' && el.querySelector('p, h2, h3, ul, ol') !== null && !isLabel) continue;
    // The list a "Related" heading introduces goes with it.
    if (isLabel) {
      const next = el.nextElementSibling;
      if (next && (LIST_TAGS.has(next.tagName) || next.querySelector('ul, ol'))) {
        const { text: t, link } = linkDensity(next);
        if (link > 0.5 * t) {
          remove(next);
          removed++;
        }
      }
    }
    // Remove the block that holds the label (the paragraph, not only the <strong>).
    let target: Element = el;
    const parent = el.parentElement;
    if (parent && parent !== root && collapseSpace(parent.textContent ?? '').trim() === text) target = parent;
    remove(target);
    removed++;
  }
  return removed;
}
