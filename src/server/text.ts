/** Text helpers for the API: query terms, highlighted snippets, paragraphs. */

/** The words of a query, lower-cased, without FTS operators or punctuation. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Word-start matcher for any of the terms ("lav" finds "Lavrov"). */
function termPattern(terms: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRe).join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** A test that every term starts a word of a text (compile once, test many texts). */
export function allTermsMatcher(terms: readonly string[]): (text: string) => boolean {
  if (terms.length === 0) return () => false;
  const res = terms.map((t) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(t)}`, 'iu'));
  const plain = terms.map((t) => t.toLowerCase());
  return (text) => {
    const lower = text.toLowerCase();
    // Cheap substring test first; the regex checks the word start.
    return plain.every((t) => lower.includes(t)) && res.every((re) => re.test(text));
  };
}

/** True when every term starts a word of the text. */
export function matchesAll(text: string, terms: readonly string[]): boolean {
  return allTermsMatcher(terms)(text);
}

/** A window of the text around the first match, with every match wrapped in «». */
export function highlight(text: string, terms: readonly string[], width = 160): string {
  if (terms.length === 0) return text.slice(0, width);
  const re = termPattern(terms);
  const first = re.exec(text);
  re.lastIndex = 0;
  let start = 0;
  let end = text.length;
  if (text.length > width) {
    const at = first?.index ?? 0;
    start = Math.max(0, at - Math.floor(width / 3));
    end = Math.min(text.length, start + width);
  }
  const body = text.slice(start, end).replace(re, (m) => `«${m}»`);
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/** The paragraph (text between blank lines or line breaks) holding [start, end), and its offset. */
export function paragraphAround(text: string, start: number, end: number): { text: string; offset: number } {
  const before = text.lastIndexOf('\n', Math.max(0, start - 1));
  const from = before < 0 ? 0 : before + 1;
  const after = text.indexOf('\n', Math.max(end, from));
  const to = after < 0 ? text.length : after;
  return { text: text.slice(from, to), offset: from };
}

/**
 * The passage [start, end) in its paragraph; a paragraph longer than `max` is cut to whole
 * sentences around the passage.
 */
export function excerptAround(text: string, start: number, end: number, max = 600): { text: string; offset: number } {
  const p = paragraphAround(text, start, end);
  if (p.text.length <= max) return p;
  const room = Math.max(0, Math.floor((max - (end - start)) / 2));
  // Whole sentences only: the earliest sentence start within `room` before the passage, the
  // latest sentence end within `room` after it.
  const starts: number[] = [p.offset];
  const ends: number[] = [p.offset + p.text.length];
  for (const m of p.text.matchAll(/[.!?]["”’)]?(\s+)/g)) {
    ends.push(p.offset + m.index + m[0].length - m[1]!.length);
    starts.push(p.offset + m.index + m[0].length);
  }
  const from = Math.min(start, ...starts.filter((x) => x >= start - room && x <= start));
  const to = Math.max(end, ...ends.filter((x) => x <= end + room && x >= end));
  return { text: text.slice(from, to), offset: from };
}
