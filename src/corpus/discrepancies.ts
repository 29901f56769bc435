import { figuresConflict } from '../extract/claims/bounds.js';
import { eventFamily } from './event-words.js';
import { nameTokens } from './names.js';
import type { ClaimRecord, Discrepancy, SourceRef } from './types.js';

/**
 * Figures that disagree: claims about the same subject, in the same unit and for the same
 * time, whose values differ by more than 1% between documents. A subject that only names a
 * kind of happening ("killed", "were wounded") with no time is no one subject: every attack
 * of a corpus has its own toll. Such figures are compared per merged event instead (merge.ts
 * lists sources that give one event different amounts).
 */
export function claimDiscrepancies(claims: readonly ClaimRecord[], duplicates: Record<string, string>): Discrepancy[] {
  const groups = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    if (duplicates[c.documentId]) continue;
    const subject = nameTokens(c.subject ?? '').join(' ');
    if (!subject) continue;
    if (!c.time && happeningOnly(c.subject!)) continue;
    const key = `${subject}|${c.unit ?? ''}|${c.time ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const out: Discrepancy[] = [];
  for (const group of groups.values()) {
    const byValue = new Map<number, { value: number; sources: SourceRef[]; docs: Set<string> }>();
    for (const c of group) {
      const near = [...byValue.values()].find((v) => Math.abs(v.value - c.value) <= Math.abs(v.value) * 0.01);
      const entry = near ?? { value: c.value, sources: [], docs: new Set<string>() };
      entry.sources.push({ documentId: c.documentId, start: c.start, end: c.end });
      entry.docs.add(c.documentId);
      if (!near) byValue.set(c.value, entry);
    }
    const docs = new Set(group.map((c) => c.documentId));
    if (byValue.size < 2 || docs.size < 2) continue;
    // "at least 7" and "9", or "thousands" and "2,500", do not disagree: some pair from two documents must exclude each other.
    if (!group.some((a) => group.some((b) => a.documentId !== b.documentId && figuresConflict(a, b)))) continue;
    const first = group[0]!;
    out.push({
      kind: 'figure',
      about: `${first.subject}${first.time ? ` (${first.time})` : ''}`,
      ref: first.subject ?? '',
      values: [...byValue.values()].map((v) => ({ value: `${v.value}${first.unit ? ' ' + first.unit : ''}`, sources: v.sources })),
    });
  }
  return out;
}

/** A subject of at most three words that names a kind of happening ("killed", "left people dead"). */
function happeningOnly(subject: string): boolean {
  return subject.trim().split(/\s+/).length <= 3 && eventFamily(subject) !== null;
}
