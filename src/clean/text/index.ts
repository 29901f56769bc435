/**
 * Cleaning scraped plain text: page chrome out, articles split, title/date/byline read.
 *
 *   raw ─► physical lines ─► logical lines (hard wraps joined) ─► classify each line
 *       ─► context rules (repeats, menus) ─► split into articles ─► one CleanedPart each
 *
 * Decisions:
 * - The headline becomes `title` and is not repeated in `text`.
 * - Standfirst bullets ("• ...") under a headline are kept as text, one paragraph each, with
 *   the bullet cut off: they are the outlet's own sentences.
 * - Section subheadings inside an article ("Gas pipeline") are left out of the text: they are
 *   not sentences, and kept as paragraphs they would reach sentence-level stages as fragments.
 * - Every kept line is one paragraph; paragraphs are separated by "\n\n".
 */
import type { CleanedPart } from '../types.js';
import { classifyLine, wordCount } from './chrome.js';
import { commentsNote, markCommentThreads } from './comments.js';
import { markHeadlineRuns, markLists, markMenus, markRepeats, markStrayHeadlines } from './context.js';
import { readDateField } from './dates.js';
import { dropPrefix, joinLines, physicalLines, piecesText } from './lines.js';
import { markOutletLines } from './outlet.js';
import { buildPart } from './part.js';
import { findArticleStarts } from './split.js';
import type { CleanTextOptions, Line } from './types.js';

export type { CleanTextOptions } from './types.js';

/** Logical lines of `raw`, each classified, with the context rules applied. */
export function readLines(raw: string): Line[] {
  const lines: Line[] = [];
  for (const j of joinLines(physicalLines(raw))) {
    let pieces = j.pieces;
    let text = j.text;
    const field = j.bullet ? null : readDateField(text);
    if (field && field.length >= text.length) {
      const words = wordCount(text);
      lines.push({ pieces, text, words, blankBefore: j.blankBefore, kind: 'meta', label: 'date', date: field.date, fieldDate: field.date });
      continue;
    }
    if (field) {
      pieces = dropPrefix(pieces, field.length);
      text = piecesText(pieces);
    }
    const words = wordCount(text);
    const c = classifyLine(text, j.bullet, words);
    const line: Line = { pieces, text, words, blankBefore: j.blankBefore, kind: c.kind };
    if (c.label !== undefined) line.label = c.label;
    if (c.date !== undefined) line.date = c.date;
    if (c.name !== undefined) line.name = c.name;
    if (field) line.fieldDate = field.date;
    lines.push(line);
  }
  markRepeats(lines);
  markCommentThreads(lines);
  markOutletLines(lines);
  markMenus(lines);
  markHeadlineRuns(lines);
  markLists(lines);
  markStrayHeadlines(lines);
  return lines;
}

/**
 * Clean scraped plain text into the articles it holds (usually one). Returns [] when nothing
 * is left after cleaning; the caller turns that into an error.
 */
export function cleanScrapedText(raw: string, options: CleanTextOptions = {}): CleanedPart[] {
  const now = options.now ?? new Date();
  const lines = readLines(raw);
  const starts = findArticleStarts(lines);
  const parts: CleanedPart[] = [];
  for (let p = 0; p < starts.length; p++) {
    const slice = lines.slice(starts[p], starts[p + 1] ?? lines.length);
    const part = buildPart(slice, now);
    if (part) parts.push(withCommentsNote(part, slice));
  }
  if (parts.length > 1) {
    const where = options.source ? `${options.source} ` : 'the input ';
    parts.forEach((part, i) => {
      part.messages.unshift({
        level: 'info',
        origin: 'clean:split',
        text: `${where}holds ${parts.length} articles; this is article ${i + 1}${part.title ? ` ("${part.title}")` : ''}`,
      });
    });
  }
  return parts;
}

/** The reader comments cut from an article, kept in its meta (`comments`) with a message. */
function withCommentsNote(part: CleanedPart, lines: Line[]): CleanedPart {
  const note = commentsNote(lines);
  if (!note) return part;
  part.messages.push({
    level: 'info',
    origin: 'text:comments-cut',
    text: `a reader comment thread (${note.lines} lines, ${note.words} words) was cut; its text is in meta.comments`,
  });
  return { ...part, meta: { ...(part.meta ?? {}), comments: note } };
}
