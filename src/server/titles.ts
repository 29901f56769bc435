/**
 * Readable names for things the store names by id or path: a document without a title, and
 * the document and event ids inside date evidence.
 */

/** Words a derived title keeps at most. */
const TITLE_WORDS = 12;

/**
 * A document's title as shown: its own title; else its first line when that reads as a
 * headline (short, no final full stop); else the first words of its text; else the outlet and
 * date; never its file path.
 */
export function readableTitle(d: { title: string | null; text?: string | null; publisher: string | null; published: string | null }): string {
  const own = d.title?.trim();
  if (own) return own;
  const text = (d.text ?? '').trim();
  if (text) {
    const first = text.split('\n', 1)[0]!.trim();
    if (first.length > 0 && first.length <= 90 && !/[.:;,]$/.test(first)) return first;
    const words = text.replace(/\s+/g, ' ').split(' ');
    return words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(' ')}…` : words.join(' ');
  }
  const outlet = [d.publisher, d.published].filter(Boolean).join(', ');
  return outlet ? `Untitled report (${outlet})` : 'Untitled report';
}

/** A piece of evidence text: plain, or a reference to a document or an event with its label. */
export type EvidencePart = { text: string } | { document: string; label: string } | { event: string; label: string };

/** "document <id>" and "event <id>" in an evidence string (ids the label function does not know stay text). */
const REF = /\b(document|event) ([\w:#~-]*\w)/g;

/** The document and event ids an evidence string names (to look up their labels first). */
export function evidenceRefs(evidence: string): { documents: string[]; events: string[] } {
  const documents: string[] = [];
  const events: string[] = [];
  for (const m of evidence.matchAll(REF)) (m[1] === 'document' ? documents : events).push(m[2]!);
  return { documents, events };
}

/** The evidence string with its document and event ids replaced by labels (the id kept for the link). */
export function evidenceParts(evidence: string, label: (kind: 'document' | 'event', id: string) => string | null): EvidencePart[] {
  const parts: EvidencePart[] = [];
  let at = 0;
  for (const m of evidence.matchAll(REF)) {
    const kind = m[1] as 'document' | 'event';
    const id = m[2]!;
    const name = label(kind, id);
    if (name === null) continue;
    if (m.index > at) parts.push({ text: evidence.slice(at, m.index) });
    parts.push(kind === 'document' ? { document: id, label: name } : { event: id, label: name });
    at = m.index + m[0].length;
  }
  if (at < evidence.length) parts.push({ text: evidence.slice(at) });
  return parts;
}
