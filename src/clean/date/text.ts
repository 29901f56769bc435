/**
 * Dates read from the page's visible text: the byline next to the headline, "Published" /
 * "Veröffentlicht" / "Updated" lines, a dateline opening the article, and as a last
 * resort the dates the article text mentions most. Text in comments, sidebars, footers
 * and site chrome is left out; chrome dates are reported separately (capture dates).
 */
import type { Candidate } from './candidate.js';
import { WEEKDAY_ALTERNATION } from './months.js';
import type { PageView, TextPiece } from './page.js';
import { findDates } from './parse.js';
import type { DateMatch } from './types.js';

/** Whether a string ends with whitespace (a regex /\s$/ would scan the whole string). */
function endsWithSpace(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}

const PUBLISHED_LABEL =
  /(published|posted|publication|first published|released|veröffentlicht|erschienen|erstellt|gepostet|publiziert|publié|publie|mis en ligne|publicado|pubblicato|gepubliceerd|geplaatst)\s*(?:on|am|le|el|il|op|em|:|-|\bat\b)?\s*[:\-–]?\s*$/i;
const UPDATED_LABEL =
  /(updated|last updated|last modified|modified|aktualisiert|zuletzt aktualisiert|geändert|stand|mis à jour|actualizado|aggiornato|bijgewerkt)\s*(?:on|am|le|el|il|op|:|-)?\s*[:\-–]?\s*$/i;
/** A bare "Date:" / "Datum:" label: weaker, it may name another date (an event's). */
const DATE_LABEL = /(?:^|[\s|•·])(date|datum|fecha|data)\s*:?\s*$/i;
const COPYRIGHT = /(©|\(c\)|copyright|all rights reserved|alle rechte)/i;

/** Text of the pieces in one zone, with a map back from offsets to pieces. */
function joinPieces(pieces: TextPiece[]): { text: string; starts: number[]; list: TextPiece[] } {
  // Parts joined once at the end: reading the last character of a string grown by += flattens it each time.
  const parts: string[] = [];
  let length = 0;
  let spaced = true;
  const starts: number[] = [];
  for (const p of pieces) {
    if (length > 0 && !spaced) {
      parts.push(' ');
      length++;
      spaced = true;
    }
    starts.push(length);
    parts.push(p.text);
    length += p.text.length;
    if (p.text.length > 0) spaced = endsWithSpace(p.text);
  }
  return { text: parts.join(''), starts, list: pieces };
}

function labelBefore(text: string, m: DateMatch): 'published' | 'modified' | 'date' | null {
  const before = text.slice(Math.max(0, m.index - 40), m.index).replace(/\s+/g, ' ');
  const stripped = before.replace(new RegExp(`(?:${WEEKDAY_ALTERNATION})\\.?,?\\s*$`, 'i'), '');
  if (UPDATED_LABEL.test(stripped)) return 'modified';
  if (PUBLISHED_LABEL.test(stripped)) return 'published';
  if (DATE_LABEL.test(stripped)) return 'date';
  return null;
}

/** The piece an offset of a joined text falls in. */
function pieceAt(joined: { starts: number[]; list: TextPiece[] }, offset: number): TextPiece | undefined {
  let lo = 0;
  let hi = joined.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (joined.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return joined.list[lo];
}

const DATE_OPTIONS = { dayFirst: true, monthOnly: false } as const;

/**
 * A date next to the headline: an "Updated" label makes it a modification date, otherwise it
 * is the byline's date. `confidence` is [if modified, otherwise], less `penalty`.
 */
function bylineCandidate(text: string, match: DateMatch, confidence: readonly [number, number], penalty: number): Candidate {
  const l = labelBefore(text, match);
  const label = l === 'date' ? null : l;
  return {
    value: match.value,
    granularity: 'day',
    kind: label ?? 'unknown',
    evidence: label === 'modified' ? 'text:updated-line' : 'byline-text',
    quote: match.text,
    confidence: (label === 'modified' ? confidence[0] : confidence[1]) - penalty,
  };
}

/** Dates in the content zone around the headline, labelled lines, datelines, frequent dates. */
export function textCandidates(view: PageView): Candidate[] {
  const out: Candidate[] = [];
  const content = view.pieces.filter((p) => p.zone === 'content');

  // 1. The byline next to the headline: the first date within ~400 characters after it,
  //    or the nearest within ~200 characters before it (kicker lines "12.03.2020 | Politik").
  if (view.headingStart !== null && view.headingEnd !== null) {
    const hs = view.headingStart;
    const he = view.headingEnd;
    const after = joinPieces(content.filter((p) => p.start >= he && p.start < he + 400));
    const before = joinPieces(content.filter((p) => p.start < hs && p.start >= hs - 200));
    // A date inside the headline element itself ("Title 02.02.2022").
    const inHeading = joinPieces(content.filter((p) => p.start >= hs && p.start < he));
    const h = findDates(inHeading.text, DATE_OPTIONS)[0];
    if (h) out.push({ value: h.value, granularity: 'day', kind: 'unknown', evidence: 'byline-text', quote: h.text, confidence: 0.74 });
    const a = findDates(after.text, DATE_OPTIONS).filter((m) => m.index < 400 && !COPYRIGHT.test(after.text.slice(Math.max(0, m.index - 20), m.index)));
    const b = findDates(before.text, DATE_OPTIONS);
    const firstAfter = a[0];
    const lastBefore = b[b.length - 1];
    if (firstAfter) out.push(bylineCandidate(after.text, firstAfter, [0.55, 0.72], Math.min(firstAfter.index / 2000, 0.1)));
    if (lastBefore && before.text.length - (lastBefore.index + lastBefore.length) < 200) {
      out.push(bylineCandidate(before.text, lastBefore, [0.52, 0.66], 0));
    }
  }

  // 2. Labelled lines anywhere in the content, and "Published" lines in a footer:
  //    "Published on ...", "Veröffentlicht am ...", "Erschienen am: ...", "Datum: ...".
  const labelled = joinPieces(view.pieces.filter((p) => p.zone === 'content' || p.zone === 'footer'));
  let count = 0;
  for (const m of findDates(labelled.text, DATE_OPTIONS)) {
    const label = labelBefore(labelled.text, m);
    if (!label || count > 5) continue;
    const inFooter = pieceAt(labelled, m.index)?.zone === 'footer';
    if (inFooter && label !== 'published') continue;
    count++;
    out.push({
      value: m.value, granularity: 'day', kind: label === 'modified' ? 'modified' : label === 'date' ? 'unknown' : 'published',
      evidence: label === 'published' ? 'text:published-line' : label === 'modified' ? 'text:updated-line' : 'text:date-line',
      quote: labelled.text.slice(Math.max(0, m.index - 25), m.index + m.length).trim(),
      confidence: (label === 'published' ? 0.74 : label === 'modified' ? 0.5 : 0.6) - count * 0.01 - (inFooter ? 0.1 : 0),
    });
  }
  const all = joinPieces(content);
  const matches = findDates(all.text, DATE_OPTIONS);

  // 3. A dateline opening the article: "BERLIN, 7. April 2021 –", "WASHINGTON, April 7, 2021 (AP) -".
  const rootText = joinPieces(content.filter((p) => p.inRoot && (view.headingEnd === null || p.start >= view.headingEnd)));
  const dl = /^\s*[\p{Lu}][\p{L} .'’-]{1,40}(?:\s*\([^)]{1,30}\))?,\s*/u;
  for (const para of rootText.text.split(/\n/).slice(0, 12)) {
    const m = dl.exec(para);
    if (!m) continue;
    const rest = para.slice(m[0].length, m[0].length + 40);
    const d = findDates(rest, DATE_OPTIONS)[0];
    if (d && d.index === 0) {
      out.push({ value: d.value, granularity: 'day', kind: 'published', evidence: 'dateline', quote: para.slice(0, m[0].length + d.length), confidence: 0.6 });
      break;
    }
  }

  // 4. Last resort: the date the content mentions most (ties: the earliest mention), weak.
  const counts = new Map<string, { n: number; first: DateMatch }>();
  for (const m of matches) {
    const near = all.text.slice(Math.max(0, m.index - 20), m.index);
    if (COPYRIGHT.test(near)) continue;
    const c = counts.get(m.value);
    if (c) c.n++;
    else counts.set(m.value, { n: 1, first: m });
  }
  let best: { n: number; first: DateMatch } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  if (best) {
    out.push({
      value: best.first.value, granularity: 'day', kind: 'unknown', evidence: 'text:frequent-date',
      quote: best.first.text, confidence: best.n > 1 ? 0.4 : 0.3,
    });
  }
  return out;
}

/**
 * Dates in site chrome (header bar, navigation) before the headline: the day the page
 * was captured, not the article's date.
 */
export function chromeDates(view: PageView): Array<{ value: string; quote: string }> {
  const out: Array<{ value: string; quote: string }> = [];
  const limit = view.headingStart ?? Infinity;
  for (const p of view.pieces) {
    if (p.zone !== 'chrome' || p.start > limit) continue;
    for (const m of findDates(p.text, DATE_OPTIONS)) out.push({ value: m.value, quote: p.text.trim().slice(0, 80) });
  }
  return out;
}
