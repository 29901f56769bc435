/**
 * Dates in page elements: `<time datetime>`, `itemprop=datePublished`, `abbr.published`,
 * and elements whose class or id says they hold a date ("entry-date", "post-meta",
 * "byline", "datum"). Elements in comments, sidebars, footers and site chrome are skipped;
 * those in the article or near its headline count most.
 */
import type { Candidate, DateKind } from './candidate.js';
import { elementsOf } from './dom.js';
import type { PageView } from './page.js';
import { findDates } from './parse.js';
import { readAttributeDate } from './structured.js';
import { attr, classAndId } from '../attributes.js';

const PUBLISHED_WORDS = /publish|posted|pubdate|entry-date|post-date|created|erstellt|veroeffentlicht|veröffentlicht|article-date|story-date|date-?line|byline/i;
const MODIFIED_WORDS = /updated|modified|aktualisiert|last-?edit|revision/i;
/** Class/id/itemprop words of elements that hold the article's date (htmldate's list, roughly). */
const DATE_HOLDER =
  /date|datum|time|zeit|fecha|data-post|publish|posted|submitted|byline|dateline|subline|meta|info|entry-footer|post-details?|article-details?|fa-clock|fa-calendar|parution|creado/i;

function descr(el: Element): string {
  return `${classAndId(el)} ${attr(el, 'itemprop') ?? ''}`;
}

function kindOf(el: Element): DateKind {
  const d = descr(el) + ' ' + (el.parentElement ? descr(el.parentElement) : '');
  if (el.hasAttribute('pubdate')) return 'published';
  if (MODIFIED_WORDS.test(d) && !/published/i.test(descr(el))) return 'modified';
  if (PUBLISHED_WORDS.test(d)) return 'published';
  return 'unknown';
}

/** Document order of elements (pre-order index), computed once per page. */
function orderIndex(doc: Document): Map<Element, number> {
  const order = new Map<Element, number>();
  let i = 0;
  for (const el of elementsOf(doc)) order.set(el, i++);
  return order;
}

/** Where an element sits relative to the article: 1 inside the root or just by the headline, lower elsewhere. */
function placement(view: PageView, el: Element, order: Map<Element, number>): number {
  if (view.root && view.root.contains(el)) return 1;
  if (view.heading) {
    const h = order.get(view.heading) ?? 0;
    const e = order.get(el) ?? 0;
    const headingParent = view.heading.parentElement;
    if (headingParent && (headingParent.contains(el) || headingParent.parentElement?.contains(el))) {
      if (Math.abs(e - h) < 60) return 0.95;
    }
    return e > h ? 0.85 : 0.8;
  }
  return 0.85;
}

export function elementCandidates(view: PageView): Candidate[] {
  const doc = view.document;
  const out: Candidate[] = [];
  const order = orderIndex(doc);
  const usable = (el: Element): boolean => view.zoneOf(el) === 'content';

  // itemprop="datePublished" / "dateModified" on ordinary elements (meta tags are read elsewhere)
  const all = elementsOf(doc);
  for (const el of all) {
    if (el.tagName === 'META' || !el.hasAttribute('itemprop')) continue;
    const prop = (el.getAttribute('itemprop') ?? '').toLowerCase();
    const kind: DateKind | null = /datepublished|datecreated/.test(prop) ? 'published' : /datemodified/.test(prop) ? 'modified' : null;
    if (!kind || !usable(el)) continue;
    const raw = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '';
    const d = readAttributeDate(raw) ?? firstTextDate(raw);
    if (d) out.push({ ...d, kind, evidence: `itemprop[${prop}]`, quote: raw.trim().slice(0, 120), confidence: 0.88 * placement(view, el, order) });
  }

  // <time datetime> and <abbr title> (microformats)
  let timeRank = 0;
  for (const el of all) {
    if (el.tagName !== 'TIME' && !(el.tagName === 'ABBR' && el.hasAttribute('title'))) continue;
    if (!usable(el)) continue;
    const isTime = el.tagName === 'TIME';
    const raw = isTime ? el.getAttribute('datetime') ?? el.textContent ?? '' : el.getAttribute('title') ?? '';
    if (!isTime && !/published|updated|date/i.test(descr(el))) continue;
    const d = readAttributeDate(raw) ?? (isTime ? firstTextDate(raw) : null);
    if (!d) continue;
    const kind = kindOf(el);
    const base = kind === 'published' ? 0.86 : kind === 'modified' ? 0.7 : 0.78 - Math.min(timeRank, 5) * 0.02;
    timeRank++;
    out.push({ ...d, kind, evidence: isTime ? 'time[datetime]' : 'abbr[title]', quote: raw.trim().slice(0, 120), confidence: base * placement(view, el, order) });
  }

  // elements whose class/id says they hold a date: read their own short text
  let holderRank = 0;
  for (const el of all) {
    if (!el.hasAttribute('class') && !el.hasAttribute('id')) continue;
    if (holderRank > 40) break;
    const ci = descr(el);
    if (!DATE_HOLDER.test(ci) || /^(HTML|BODY|SCRIPT|STYLE|META|LINK|TIME)$/.test(el.tagName)) continue;
    if (!usable(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 6 || text.length > 160) continue;
    const found = findDates(text, { twoDigitYear: true, dayFirst: true, monthOnly: false });
    const first = found.find((f) => f.granularity === 'day');
    if (!first) continue;
    holderRank++;
    const kind = MODIFIED_WORDS.test(ci) || /updated|aktualisiert|geändert|modified/i.test(text.slice(0, first.index))
      ? 'modified'
      : PUBLISHED_WORDS.test(ci) || /publi|posted|veröffentlicht|erstellt|erschienen/i.test(text.slice(0, first.index))
        ? 'published'
        : 'unknown';
    const base = kind === 'published' ? 0.8 : kind === 'modified' ? 0.62 : 0.72 - Math.min(holderRank, 5) * 0.02;
    out.push({ value: first.value, granularity: first.granularity, kind, evidence: 'date-element', quote: first.text, confidence: base * placement(view, el, order) });
  }
  return out;
}

function firstTextDate(s: string): { value: string; granularity: Candidate['granularity'] } | null {
  const f = findDates(s, { dayFirst: true, twoDigitYear: true }).find((x) => x.granularity === 'day');
  return f ? { value: f.value, granularity: 'day' } : null;
}
