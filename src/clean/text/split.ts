/**
 * Splitting a file that holds several articles. An article starts with a header: a headline
 * followed, before any body paragraph, by a metadata line ("Updated ...", "Published ...",
 * a byline or desk line) or by the same headline again. A header that comes after body text
 * starts a new article. So does a scraper's "date 2023-10-18" field after body text.
 */
import type { Line } from './types.js';

/** How many lines after a headline may hold its metadata or repeat. */
const HEADER_REACH = 10;

/** Could this line be a headline? No final period, 2-40 words, no sentence break inside. */
export function isTitleCandidate(line: Line): boolean {
  if (line.kind !== 'heading' && line.kind !== 'body') return false;
  if (line.fieldDate || line.words < 2 || line.words > 40) return false;
  line.titleShape ??= hasTitleShape(line.text);
  return line.titleShape;
}

function hasTitleShape(t: string): boolean {
  if (t.length > 250 || /[.:;,]['"”’»)\]]*$/u.test(t)) return false;
  return !/\p{Ll}{2}[.!?]['"”’»)\]]*\s+\p{Lu}/u.test(t);
}

/** A body paragraph: the end of any header. */
function isFirmBody(line: Line): boolean {
  return (line.kind === 'body' || line.kind === 'bullet') && !isTitleCandidate(line);
}

/** Whether the headline at `i` is followed by what marks an article header. */
export function hasHeaderAfter(lines: Line[], i: number): boolean {
  const title = lines[i]!.text;
  const end = Math.min(lines.length, i + 1 + HEADER_REACH);
  // Between a headline and its repeat there is only furniture (gallery, widgets, metadata);
  // a name repeated after other headings or text is a product box or a list, not a header.
  let onlyFurniture = true;
  for (let k = i + 1; k < end; k++) {
    const l = lines[k]!;
    // A name or label shown twice ("Sarah E. Needleman") is no headline: four words at least.
    if (l.text === title) return onlyFurniture && lines[i]!.words >= 4;
    if (l.kind === 'meta' || l.kind === 'byline') return true;
    if (isFirmBody(l) || l.kind === 'end') return false;
    if (l.kind === 'heading' || l.kind === 'body' || l.kind === 'bullet') onlyFurniture = false;
  }
  return false;
}

/** Lines that may belong to the next article's header (its site header, its date line). */
function belongsAhead(line: Line): boolean {
  return line.kind === 'date' || line.kind === 'site' || line.kind === 'chrome';
}

/** Index of the first line of each article (always starts with 0 when there are lines). */
export function findArticleStarts(lines: Line[]): number[] {
  if (lines.length === 0) return [];
  const starts = [0];
  let bodySeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const newArticle =
      bodySeen && (line.fieldDate !== undefined || (isTitleCandidate(line) && hasHeaderAfter(lines, i)));
    if (newArticle) {
      let s = i;
      const floor = starts[starts.length - 1]!;
      while (s - 1 > floor && belongsAhead(lines[s - 1]!)) s--;
      starts.push(s);
      bodySeen = false;
    }
    if (isFirmBody(line) && line.words >= 8) bodySeen = true;
  }
  return starts;
}
