/**
 * One article from its classified lines: which lines make the text, the headline, byline,
 * publisher, dates, and the cleaned text with its source map.
 */
import type { Message, SourceMapSegment } from '../../core/types.js';
import type { CleanedPart } from '../types.js';
import { looksLikeNames } from './chrome.js';
import { findDate, isoDay, readDateline, readWireDateline, type Dateline } from './dates.js';
import { candidate, chooseTitle, choosePublished, type DateCandidate } from './metadata.js';
import { isTitleCandidate } from './split.js';
import type { DateHit, Line, Piece } from './types.js';

/** Where the header (headline, metadata, standfirst) ends: the first body paragraph. */
function headerEnd(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if ((l.kind === 'body' && !isTitleCandidate(l)) || l.kind === 'bullet' || l.fieldDate) return i;
  }
  return lines.length;
}

/**
 * Where the article ends: at a marker such as "Related Articles" or "Leave a Reply", or at a
 * wire credit ("Reporting by ...; Editing by ..."), after the body, when less body text
 * follows it than came before it (a list of other stories, the comments, the outlet's
 * boilerplate). A marker with most of the body after it is a sidebar above the article.
 */
function endOfArticle(lines: Line[], zoneEnd: number): number {
  let total = 0;
  for (const l of lines) if (l.kind === 'body' || l.kind === 'bullet') total += l.words;
  let before = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const wire = l.kind === 'credit' && l.label === 'wire';
    if ((l.kind === 'end' || wire) && i >= zoneEnd && before > total - before) return wire ? i + 1 : i;
    if (l.kind === 'body' || l.kind === 'bullet') before += l.words;
  }
  return lines.length;
}

/** Cleaned text and source map from the kept lines, one paragraph per line. */
function assemble(kept: Line[]): { text: string; sourceMap: SourceMapSegment[]; offsets: number[] } {
  let text = '';
  const sourceMap: SourceMapSegment[] = [];
  const offsets: number[] = [];
  const add = (p: Piece): void => {
    const start = text.length;
    text += p.text;
    const last = sourceMap[sourceMap.length - 1];
    if (last && last.end === start && last.rawEnd === p.rawStart) {
      last.end = text.length;
      last.rawEnd = p.rawEnd;
    } else {
      sourceMap.push({ start, end: text.length, rawStart: p.rawStart, rawEnd: p.rawEnd });
    }
  };
  for (const line of kept) {
    if (text.length > 0) text += '\n\n';
    offsets.push(text.length);
    for (const p of line.pieces) add(p);
  }
  return { text, sourceMap, offsets };
}

/** `line` without its first `n` characters (of `line.text`), pieces and raw offsets trimmed alike. */
function cutStart(line: Line, n: number): Line {
  const pieces: Piece[] = [];
  let at = 0;
  for (const p of line.pieces) {
    const end = at + p.text.length;
    if (end <= n) {
      at = end + 1;
      continue;
    }
    const skip = Math.max(0, n - at);
    pieces.push({ text: p.text.slice(skip), rawStart: p.rawStart + skip, rawEnd: p.rawEnd });
    at = end + 1;
  }
  const text = pieces.map((p) => p.text).join(' ');
  const words = text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { ...line, pieces, text, words };
}

/** A date read from a metadata line, quoted with its whole line ("Updated 18 October 2023"). */
function withLine(hit: DateHit, line: Line): DateHit {
  return line.text.length <= 160 ? { ...hit, quote: line.text } : hit;
}

/** Build one CleanedPart from the lines of one article (null when no text is left). */
export function buildPart(lines: Line[], now: Date): CleanedPart | null {
  const messages: Message[] = [];
  const zoneEnd = headerEnd(lines);
  const titleIndex = chooseTitle(lines, zoneEnd);
  const title = titleIndex === null ? null : lines[titleIndex]!.text;
  const hasSiteHeader = lines.slice(0, titleIndex ?? zoneEnd).some((l) => l.kind === 'site');

  const kept: Line[] = [];
  const dates: DateCandidate[] = [];
  const captions: Line[] = [];
  let lateDate: DateHit | null = null;
  let byline: string | null = null;
  let publisher: string | null = null;
  let captured: string | null = null;

  const stop = endOfArticle(lines, zoneEnd);
  for (let i = 0; i < stop; i++) {
    const line = lines[i]!;
    if (i === titleIndex || (title !== null && line.text === title)) continue;
    const beforeTitle = titleIndex !== null ? i < titleIndex : hasSiteHeader && i < zoneEnd;
    if (line.fieldDate) dates.push(candidate(line.fieldDate, 'text:date-field'));
    switch (line.kind) {
      case 'body':
        // Prose before the headline is page furniture (tickers, teasers), not the article.
        if (!beforeTitle) kept.push(line);
        break;
      case 'bullet':
        kept.push(line);
        break;
      case 'meta':
        if (line.date?.relative) {
          messages.push({
            level: 'info',
            origin: 'date:relative-no-anchor',
            text: `"${line.text}" is relative to the unknown time the page was captured; no date read from it`,
          });
        } else if (line.date && !line.fieldDate) {
          const kind = line.label === 'updated' ? 'text:updated-line' : line.label === 'date' ? 'text:date-field' : 'text:published-line';
          dates.push(candidate(withLine(line.date, line), kind));
        }
        break;
      case 'date':
        if (!line.date) break;
        if (beforeTitle) {
          captured ??= line.date.granularity === 'day' ? line.date.value : null;
          messages.push({
            level: 'info',
            origin: 'date:header-not-article',
            text: `"${line.text}" stands in the page header above the headline: taken as the capture date, not the publication date`,
          });
        } else if (i < zoneEnd) {
          dates.push(candidate(withLine(line.date, line), 'text:date-line'));
        } else {
          lateDate ??= withLine(line.date, line);
        }
        break;
      case 'heading':
        // An author's name on its own line between the headline and the date line.
        if (!beforeTitle && i < zoneEnd && byline === null && line.words >= 2 && line.words <= 4 && looksLikeNames(line.text)) {
          const next = lines[i + 1];
          if (next && (next.kind === 'meta' || next.kind === 'date')) byline = line.text;
        }
        break;
      case 'byline':
        byline ??= line.name ?? null;
        if (line.date) dates.push(candidate(withLine(line.date, line), 'text:byline-date'));
        break;
      case 'site':
        publisher ??= line.name ?? null;
        break;
      case 'caption':
        // "FILE - ..." photos are from the archive: their dates say nothing about the article.
        if (!/^FILE\b/.test(line.text)) captions.push(line);
        break;
      default:
        break;
    }
  }
  if (kept.length === 0) return null;

  // A wire dateline opening the lead: its place, agency and timestamp go to meta; a page
  // header's timestamp glued before it ("CITY | <timestamp> CITY, Region (Agency) - ") is cut
  // off so that the text starts at the first sentence.
  let dateline: Dateline | null = null;
  const wire = readWireDateline(kept[0]!.text);
  if (wire) {
    dateline = wire.dateline;
    if (wire.cut > 0) {
      const rest = cutStart(kept[0]!, wire.cut);
      if (rest.text.trim() === '') kept.shift();
      else kept[0] = rest;
      messages.push({
        level: 'info',
        origin: 'text:dateline-cut',
        text: `dateline "${wire.dateline.place}" (${wire.dateline.agency ?? 'no agency'}, ${wire.dateline.timestamp ?? 'no time'}) cut from the start of the text`,
      });
    }
  }
  if (kept.length === 0) return null;

  const { text, sourceMap, offsets } = assemble(kept);
  const first = kept[0]!;
  const dl = readDateline(first.text);
  if (dl) {
    const start = offsets[0]! + dl.start;
    dates.push(candidate(dl, 'dateline', { start, end: start + dl.quote.length }));
  } else if (wire?.date) {
    // The timestamp is cut from the text (no span) or stands in the kept dateline.
    const span = wire.cut === 0 && wire.dateStart !== null ? { start: offsets[0]! + wire.dateStart, end: offsets[0]! + wire.dateStart + wire.date.quote.length } : null;
    dates.push(candidate(wire.date, 'dateline', span));
  }
  if (dates.length === 0 && lateDate) dates.push(candidate(lateDate, 'text:late-date-line'));
  if (dates.length === 0) {
    // The caption's day is usually the event day, the article's day or the day before:
    // the latest caption date that is not in the future, when nothing better exists.
    const today = isoDay(now);
    let latest: DateHit | null = null;
    for (const c of captions) {
      const hit = findDate(c.text);
      if (hit && hit.value <= today.slice(0, hit.value.length) && (!latest || hit.value > latest.value)) latest = hit;
    }
    if (latest) dates.push(candidate({ value: latest.value, granularity: latest.granularity, quote: latest.quote }, 'caption-date'));
  }
  const published = choosePublished(dates, now, messages);

  return {
    text,
    sourceMap,
    title,
    byline,
    publisher,
    language: null,
    published,
    captured,
    messages,
    ...(dateline ? { meta: { dateline } } : {}),
  };
}
