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
