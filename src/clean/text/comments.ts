/**
 * Reader comment threads in scraped plain text.
 *
 * A thread is recognised as a class, not by one site's wording: comment furniture lines
 * ("Reply", "Report abuse", "3 replies", "2 hours ago", "March 3, 2021 at 4:15 pm", vote
 * counts) that recur in two or more blocks close to each other, each block being a commenter's
 * name, a time, the comment and its buttons. The thread starts at a comments header ("12
 * Comments", "Discussion about this post", "Join the conversation") shortly before the first
 * block, else at the first block's name line. Its lines become chrome (label `comments`); its
 * first line is an article end (label `comments`), so what follows the thread (the rest of the
 * page) goes too when the article came before it. The removed text is kept by `commentsNote`.
 * Forums that print a comment's title, score, author and time on one line (see
 * `isCommentHeaderLine`) count that line as a block's buttons.
 */
import type { Line } from './types.js';

/** Buttons under a comment. */
const BUTTON =
  /^(?:reply|reply to \S.{0,60}|replies|report|report (?:abuse|comment|this comment|this|as (?:abusive|inappropriate|spam))|flag(?: as (?:inappropriate|abusive|spam))?|permalink|expand full comment|collapse(?: thread)?|hide replies|show (?:all )?replies|view (?:all )?replies|load more (?:comments|replies)|show more (?:comments|replies)|(?:log|sign) in to (?:reply|comment)|view (?:\d+ )?(?:more )?repl(?:y|ies))$/i;
/** "3 replies", "12 likes", "+4", "0": counts under a comment. Weak on their own. */
const COUNT = /^(?:[+\-−–]?\d{1,5}(?:\s+(?:likes?|replies|reply|points?|votes?|upvotes?|recommends?|reactions?))?|(?:like|likes|dislike|upvote|downvote|vote up|vote down|share|recommend|edited|liked by \S.{0,40}))$/i;
/** "6 months ago", "2h", "6d", "6dEdited", "a year ago": when a comment was posted. */
const AGO =
  /^(?:about |over |almost )?(?:\d{1,3}|a|an|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)(?:\s+ago)?(?:\s*(?:·\s*)?edited)?$/i;
/** "March 3, 2021 at 4:15 pm", "3 March 2021 at 16:15", "03/03/2021 4:15 PM". */
const STAMP =
  /^(?:(?:on )?(?:\p{L}{3,9},? )?(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9}\.? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}))\s*(?:at|@|,|-|·)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:\p{Lu}{2,4}|GMT[+-]?\d*))?$/iu;
/** "jdoe77 wrote:", "Jane says:": a commenter's name over the comment. Weak on its own (a quote's lead-in). */
const WROTE = /^\S{1,30}(?: \S{1,30}){0,2} (?:wrote|says|said|commented|replied)\s*:$/i;
/** "147 more comments...", "Load 20 more". */
const MORE = /^(?:\d+\s+more\s+(?:comments|replies)|load\s+\d+\s+more|show\s+\d+\s+more)\b.{0,20}$/i;
/** A comments header. */
const HEADER =
  /^(?:discussion about this post|comments?|(?:\d+|no)\s+comments?|comments?\s*[(:]\s*\d+\s*\)?|join the (?:conversation|discussion)|leave a (?:comment|reply)|add (?:a|your) comment|post a comment|write a comment|readers?['’]? comments|view (?:all )?(?:\d+ )?comments|show comments|(?:\d+|one)\s+(?:responses|thoughts|replies)\b.{0,120}|(?:\d+|one)\s+(?:response|thought|reply) (?:to|on)\b.{0,120}|have your say|conversation|sort by\b.{0,30}|comment policy\b.{0,60}|top comments|all comments|newest first|oldest first)\s*:?$/i;

/**
 * A one-line comment header: the comment's title or "Re: ..." with its score and author, or
 * with its author and time, as forums print them on one line ("Nice idea (Score:2, Funny) by
 * jdoe ( 4711 )", "Re: the ferry by Marta on Tuesday March 4, 2025 @09:12AM"). Strong on its
 * own, as a button is: two of them near each other make a thread.
 */
const SCORE = /\((?:score|points?|votes?|rating|karma)\s*:\s*[+\-−]?\d{1,5}(?:\s*,\s*[\p{L} ]{1,20})?\)\s+by\s+\S/iu;
/** "by NAME on <date or time>", "by NAME @ 09:12", "by NAME, 3 hours ago" closing the line. */
const BY_WHEN =
  /\sby\s+\S{1,30}(?:\s\S{1,30}){0,2}?\s*(?:\(\s*\d+\s*\)\s*)?(?:\s(?:on|at|@)\s+(?:\p{L}{3,9},?\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:\s*(?:@|at)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?|,?\s+(?:\d{1,3}|an?)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)\b/iu;
const REPLY_TITLE = /^re(?:\[\d+\])?\s*:\s*\S/i;

/** The article's own byline ("By ...", "Written by ... on ..."): never a comment header. */
const OWN_BYLINE = /^(?:(?:written|posted|story|words|text|photos?|reporting|edited)\s+)?by\s/i;

/**
 * "Jane Doe says: March 3, 2021 at 4:15 pm", "Jane on March 3, 2021 at 4:15 pm said:": a name (up
 * to four words, not a page's "Updated"/"Published" label), then a comment's time stamp with a
 * clock time. ("Jane Doe | March 3, 2021 16:15" is left out: it is also how bylines look.)
 */
const NAME_STAMP =
  /^(\S{1,30}(?: \S{1,30}){0,3}?)\s+(?:says|said|writes|wrote|commented|replied)\s*:\s+(.{8,60}?)$|^(\S{1,30}(?: \S{1,30}){0,3}?)\s+on\s+(.{8,60}?)\s+(?:said|says|wrote)\s*:$/iu;
const PAGE_LABEL = /^(?:published|updated|posted|modified|last|date|time|first|created|edited|on)\b/i;

function nameAndStamp(text: string): boolean {
  const m = NAME_STAMP.exec(text);
  if (!m) return false;
  const name = (m[1] ?? m[3])!;
  const stamp = (m[2] ?? m[4])!.trim();
  return !PAGE_LABEL.test(name) && !/[.!?,;:]$/.test(name) && STAMP.test(stamp);
}

export function isCommentHeaderLine(text: string): boolean {
  if (text.length > 220 || OWN_BYLINE.test(text)) return false;
  if (SCORE.test(text)) return true;
  if (nameAndStamp(text)) return true;
  // Without a score: no sentence end, an author and a time ("on <date> @ 09:12", "3 hours ago"),
  // and a reply's "Re:" or a clock time, which a story's own "by X on <date>" line lacks.
  if (/[.!?]["”’)]*$/.test(text) || !BY_WHEN.test(text)) return false;
  return REPLY_TITLE.test(text) || /\s(?:on|at|@)\s.*\d{1,2}[:.]\d{2}/i.test(text) || /\sago\b/i.test(text);
}

type Furniture = 'button' | 'count' | 'time' | 'more';

export function commentFurniture(text: string): Furniture | null {
  if (text.length > 80) return null;
  if (BUTTON.test(text)) return 'button';
  if (AGO.test(text) || STAMP.test(text)) return 'time';
  if (MORE.test(text)) return 'more';
  if (COUNT.test(text) || WROTE.test(text)) return 'count';
  return null;
}

export function isCommentsHeader(text: string): boolean {
  return text.length <= 160 && HEADER.test(text);
}

/** How far apart two furniture lines of one thread may be (a long comment has several paragraphs). */
const GAP = 14;
/** How far before the first block a comments header may stand. */
const HEADER_REACH = 12;

/** A commenter's name: a short line without sentence punctuation. */
function nameLike(line: Line): boolean {
  return line.words >= 1 && line.words <= 4 && line.text.length <= 40 && !/[.!?:;,]$/.test(line.text);
}

interface Run {
  start: number;
  end: number;
  /** Holds a button, a time or a "more comments" line (not only counts). */
  strong: boolean;
  /** Holds a button ("Reply", "Report"): a live blog's times alone make no thread. */
  button: boolean;
}

/** Mark the comment threads of `lines`; returns the [start, end] line ranges marked. */
export function markCommentThreads(lines: Line[]): Array<[number, number]> {
  const kinds: Array<Furniture | null> = lines.map((l) =>
    l.words <= 12 && commentFurniture(l.text)
      ? commentFurniture(l.text)
      : // The article's own byline or date line ("Jane Doe | March 3, 2021 16:15") is no comment's header.
        l.kind !== 'byline' && l.kind !== 'meta' && l.kind !== 'date' && isCommentHeaderLine(l.text)
        ? 'button'
        : null,
  );
  // Runs of adjacent furniture lines: one block's buttons and counts, or its name-time header.
  const runs: Run[] = [];
  for (let i = 0; i < lines.length; i++) {
    const k = kinds[i];
    if (!k) continue;
    const strong = k === 'button' || k === 'time' || k === 'more';
    const last = runs[runs.length - 1];
    // A name line between a time and a button ("Jane / 2h / Reply") keeps the run together.
    if (last && last.end >= i - 2 && (last.end === i - 1 || nameLike(lines[i - 1]!))) {
      last.end = i;
      last.strong ||= strong;
      last.button ||= k === 'button';
    } else {
      runs.push({ start: i, end: i, strong, button: k === 'button' });
    }
  }
  const threads: Array<[number, number]> = [];
  let r = 0;
  while (r < runs.length) {
    // A cluster: runs no further apart than GAP lines.
    let e = r;
    while (e + 1 < runs.length && runs[e + 1]!.start - runs[e]!.end <= GAP) e++;
    const all = runs.slice(r, e + 1);
    r = e + 1;
    // Counts before the first button or time are not comments (numbered footnotes, a list).
    const cluster = all.slice(Math.max(0, all.findIndex((x) => x.strong)));
    const strongRuns = cluster.filter((x) => x.strong).length;
    const buttonRuns = cluster.filter((x) => x.button).length;
    const first = cluster[0]!;
    const header = findHeader(lines, first.start);
    // Two blocks with buttons, or blocks after a comments header (one with a button, or two
    // with times). Times alone (a live blog's entries) make no thread.
    if (buttonRuns < 2 && !(header !== null && (buttonRuns >= 1 || strongRuns >= 2))) continue;
    let start = header ?? first.start;
    if (header === null) {
      // The first comment's name: the nearest short name-like line before the first run,
      // past at most a few lines of its text.
      for (let k = first.start - 1; k >= Math.max(0, first.start - 6); k--) {
        const l = lines[k]!;
        if (l.kind === 'heading' && nameLike(l)) {
          start = k;
          break;
        }
        if (l.kind !== 'body' && l.kind !== 'bullet') break;
      }
    }
    let end = cluster[cluster.length - 1]!.end;
    while (end + 1 < lines.length && (kinds[end + 1] || isCommentsHeader(lines[end + 1]!.text))) end++;
    for (let k = start; k <= end; k++) {
      lines[k]!.kind = 'chrome';
      lines[k]!.label = 'comments';
    }
    lines[start]!.kind = 'end';
    threads.push([start, end]);
  }
  return threads;
}

/** The nearest comments header within reach before line `i`, or null. */
function findHeader(lines: Line[], i: number): number | null {
  for (let k = i - 1; k >= Math.max(0, i - HEADER_REACH); k--) {
    const l = lines[k]!;
    if (l.label === 'comments') return null;
    if (isCommentsHeader(l.text)) return k;
  }
  return null;
}

/** The text of the comment lines among `lines` (for the article's meta), or null. */
export function commentsNote(lines: readonly Line[]): { lines: number; words: number; text: string } | null {
  const kept = lines.filter((l) => l.label === 'comments');
  if (kept.length === 0) return null;
  return { lines: kept.length, words: kept.reduce((n, l) => n + l.words, 0), text: kept.map((l) => l.text).join('\n') };
}
