/**
 * Generated hostile but plausible inputs for the budget tests and profiles: pages and texts
 * that are huge, made of very many tiny blocks, one endless line, or nested very deep.
 */

const PARAGRAPH = (i: number): string =>
  `<p>The harbour board of Lindenfeld met on a Tuesday (session ${i}) and its members voted to repair the old swing bridge near the fish market. ` +
  `Residents told the board that the work would take several months.</p>\n`;

/** An article page of about `bytes` bytes: a headline and as many ordinary paragraphs as fit. */
export function hugeArticlePage(bytes: number): string {
  const head = '<!doctype html><html><head><title>Bridge repairs</title></head><body><article><h1>Bridge repairs</h1>\n';
  const tail = '</article></body></html>\n';
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i++) {
    const p = PARAGRAPH(i);
    if (size + p.length > bytes) break;
    parts.push(p);
    size += p.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** A page of `count` tiny paragraphs, each a short sentence of its own. */
export function tinyParagraphsPage(count: number): string {
  const parts = ['<!doctype html><html><head><title>Notes</title></head><body>'];
  for (let i = 0; i < count; i++) parts.push(`<p>Rain fell ${i % 100}.</p>`);
  parts.push('</body></html>\n');
  return parts.join('');
}

const WORDS = ['harbour', 'board', 'members', 'voted', 'late', 'on', 'the', 'new', 'budget', 'after', 'a', 'long', 'debate', 'about', 'roads', 'and', 'schools', 'in', 'northern', 'districts'];

/** `bytes` bytes of words on one line, with no punctuation at all. */
export function endlessLine(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const w = WORDS[(i * 7 + (i >> 3)) % WORDS.length]!;
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(' ').slice(0, bytes);
}

/** An article whose text sits inside `depth` nested <div>s. */
export function deeplyNestedPage(depth: number): string {
  const body = Array.from({ length: 6 }, (_, i) => PARAGRAPH(i)).join('');
  return `<!doctype html><html><head><title>Bridge repairs</title></head><body>${'<div>'.repeat(depth)}<h1>Bridge repairs</h1>${body}${'</div>'.repeat(depth)}</body></html>\n`;
}
