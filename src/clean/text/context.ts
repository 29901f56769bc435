/**
 * Classification rules that look at neighbouring lines: a line repeated right after itself
 * (gallery caption + figcaption, headline shown twice) and runs of short menu items.
 */
import { stem } from '../../corpus/stories.js';
import { STOPWORDS } from '../../corpus/stopwords.js';
import { capitalRatio } from './chrome.js';
import type { Line } from './types.js';

/** A caption's shape: short, or ending in the date the photo was taken (", April 7, 2021."). */
const ENDS_WITH_YEAR = /\b(?:1[89]|2\d)\d{2}\.?['"”’)]*$/u;

/**
 * A sentence-like line repeated immediately (blank lines aside) is a photo caption printed
 * twice by the scraper (alt text and figcaption): both go, when the line is caption-sized or
 * ends with a date. A long paragraph printed twice keeps its first copy, as does a heading.
 */
export function markRepeats(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.text !== b.text) continue;
    const captionLike = a.kind === 'caption' || a.words <= 30 || ENDS_WITH_YEAR.test(a.text);
    if ((a.kind === 'body' || a.kind === 'caption') && !a.fieldDate && captionLike) {
      a.kind = 'caption';
      b.kind = 'caption';
    } else if (a.kind === b.kind) {
      b.kind = 'chrome';
      b.label = 'repeat';
    }
  }
}

/**
 * Menus: three or more short heading lines in a row with no blank line between them
 * ("XS / SM / MD / LG", "Home / World / Business"), or four or more separated by blank lines.
 * A lone short line between paragraphs (a section subheading) is not a menu.
 */
export function markMenus(lines: Line[]): void {
  let i = 0;
  while (i < lines.length) {
    if (!isMenuItem(lines[i]!) && lines[i]!.kind !== 'chrome') {
      i++;
      continue;
    }
    let j = i;
    let blanks = 0;
    let items = 0;
    let headings = 0;
    while (j < lines.length && (isMenuItem(lines[j]!) || lines[j]!.kind === 'chrome')) {
      if (j > i && lines[j]!.blankBefore) blanks++;
      if (lines[j]!.kind === 'heading') headings++;
      items++;
      j++;
    }
    // Widget labels in the run ("Home", "Share") count as items too.
    const need = blanks === 0 ? 3 : 4;
    if (items >= need && headings >= 2) {
      for (let k = i; k < j; k++) if (lines[k]!.kind === 'heading') lines[k]!.kind = 'chrome';
    }
    i = Math.max(j, i + 1);
  }
}

function isMenuItem(line: Line): boolean {
  return line.kind === 'heading' && line.words <= 3;
}

const NOT_A_LIST_LEAD = /^(?:share|follow|tags?|topics?|related|read|more|see|watch|listen|filed|categor)/i;

/**
 * Lists: a lead-in line ending in ":" ("The tour dates:") followed by two or more short lines
 * without sentence punctuation ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL").
 * The items are content, not headings: they become list items and the lead-in body text.
 */
export function markLists(lines: Line[]): void {
  for (let i = 0; i + 2 < lines.length; i++) {
    const lead = lines[i]!;
    if ((lead.kind !== 'heading' && lead.kind !== 'body') || lead.words < 3 || !/:$/.test(lead.text)) continue;
    if (NOT_A_LIST_LEAD.test(lead.text)) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j]!.kind === 'heading' || lines[j]!.kind === 'bullet')) j++;
    if (j - i - 1 < 2) continue;
    lead.kind = 'body';
    for (let k = i + 1; k < j; k++) if (lines[k]!.kind === 'heading') lines[k]!.kind = 'bullet';
    i = j - 1;
  }
}

const ENDS_SENTENCE_OR_COLON = /[.!?…。:]['"”’»)\]]*$/u;

/**
 * Headline lists: two or more lines in a row without sentence punctuation (widgets between
 * them aside) are other stories' headlines ("Man arrested after 7 trafficking victims found
 * in car: Police"), even when they are long and in sentence case. They become headings (left
 * out of the text). A lone long line without a period between paragraphs stays prose.
 */
export function markHeadlineRuns(lines: Line[]): void {
  let run: Line[] = [];
  const close = (): void => {
    // Headlines are short: a long paragraph that lost its period stays prose.
    if (run.length >= 2) for (const l of run) if (l.kind === 'body' && l.words <= 30) l.kind = 'heading';
    run = [];
  };
  for (const l of lines) {
    if (l.kind === 'chrome') continue;
    if ((l.kind === 'body' || l.kind === 'heading') && !l.fieldDate && !ENDS_SENTENCE_OR_COLON.test(l.text)) run.push(l);
    else close();
  }
  close();
}

const SENTENCE_BREAK = /[.!?…]["”’)]*\s+["“‘(]?\p{Lu}/u;
const ENDS_SENTENCE = /[.!?…]['"”’»)\]]*$/u;

/** The content words of a line, stemmed ("arrested" and "arrests" are one). */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}'’-]+/gu) ?? []) {
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    out.add(stem(w.replace(/['’]s$/, '')));
  }
  return out;
}

function shares(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/**
 * Another story's headline standing alone between two paragraphs: a line that is not a
 * sentence (no closing punctuation, or a Title Case question or exclamation), of headline
 * length, with a paragraph that ends a sentence before it and a paragraph after it. It becomes
 * a heading (left out of the text, label `other-story`) when it shares no content word with
 * the paragraph it would introduce (nor, for a question, with the one before). A real
 * subheading introduces what follows, so it shares words with it ("Gas pipeline" over a
 * paragraph about the pipeline) and stays as it was. Title Case lines without punctuation are
 * headings already (chrome.ts); this catches the sentence-case ones and the questions.
 */
export function markStrayHeadlines(lines: Line[]): void {
  const kept = lines.filter((l) => l.kind === 'body' || l.kind === 'bullet');
  for (let i = 1; i + 1 < kept.length; i++) {
    const line = kept[i]!;
    if (/:\/\/|\bwww\./i.test(line.text)) continue; // a list of links, not a headline
    if (line.kind !== 'body' || line.fieldDate || line.words < 4 || line.words > 16 || SENTENCE_BREAK.test(line.text)) continue;
    const question = /[?!]['"”’)]*$/u.test(line.text);
    if (question ? line.words > 12 || capitalRatio(line.text) < 0.6 : ENDS_SENTENCE_OR_COLON.test(line.text) || /[,;\-–—]$/.test(line.text)) continue;
    const before = kept[i - 1]!;
    const after = kept[i + 1]!;
    if (before.kind !== 'body' || !ENDS_SENTENCE.test(before.text) || before.words < 8 || after.words < 8) continue;
    const own = contentWords(line.text);
    if (own.size < 2 || shares(own, contentWords(after.text)) || (question && shares(own, contentWords(before.text)))) continue;
    line.kind = 'heading';
    line.label = 'other-story';
  }
}
