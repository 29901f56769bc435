/**
 * Classification rules that look at neighbouring lines: a line repeated right after itself
 * (gallery caption + figcaption, headline shown twice) and runs of short menu items.
 */
import type { Line } from './types.js';

/**
 * A sentence-like line repeated immediately (blank lines aside) is a photo caption printed
 * twice by the scraper (alt text and figcaption): both go. A repeated heading keeps its first
 * copy.
 */
export function markRepeats(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.text !== b.text) continue;
    if ((a.kind === 'body' || a.kind === 'caption') && !a.fieldDate) {
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
    if (!isMenuItem(lines[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let blanks = 0;
    let items = 0;
    while (j < lines.length && (isMenuItem(lines[j]!) || lines[j]!.kind === 'chrome')) {
      if (j > i && lines[j]!.blankBefore) blanks++;
      if (lines[j]!.kind === 'heading') items++;
      j++;
    }
    const need = blanks === 0 ? 3 : 4;
    if (items >= need) {
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
