/**
 * Attaching a speaker to a quoted span: the cue after it ("“...,” Putin told Kakar"), the cue
 * before it in its sentence ("Qureshi said Pakistan had “looked at ...”"), or, for a full
 * quote with no cue of its own, the speaker of the quote or attribution just before it in
 * the same paragraph or at the end of the previous paragraph.
 */
import type { Span } from '../../core/types.js';
import { findCues } from './cues.js';
import { type SpeakerContext, clauseSubject, sentenceSubject, subjectAfter, subjectBefore } from './speaker.js';
import type { Attribution, Cue } from './types.js';
import { wordCount } from './windows.js';

/** Resolve the speaker of one cue inside the clause window [start, end). */
export function resolveCue(
  ctx: SpeakerContext,
  cue: Cue,
  start: number,
  end: number,
  options: { inversion?: boolean; depth?: number } = {},
): Attribution {
  const depth = options.depth ?? 0;
  const found = (speaker: number | null, c: Span & { text: string } = cue): Attribution => ({
    speaker: speaker ?? -1,
    cue: c.text.replace(/\s+/g, ' ').toLowerCase(),
    cueSpan: { start: c.start, end: c.end },
  });
  const m = ctx.masked;
  if (cue.kind === 'according') return found(subjectAfter(ctx, cue.end, end, 6));
  if (cue.kind === 'quoted') {
    const right = /^\s+([^,;:“”"]{1,80}?)\s+as\s+(saying|telling|stating|describing|calling|having\s+said)\b/iu.exec(
      m.slice(cue.end, end),
    );
    if (/\b(?:was|were|is|are|been|being)\s+$/iu.test(m.slice(start, cue.start))) {
      return found(subjectBefore(ctx, start, cue.start)); // "Bajwa was quoted as saying"
    }
    if (right) {
      const verbStart = cue.end + right[0].length - right[2]!.length;
      const verb = { start: verbStart, end: verbStart + right[2]!.length, text: right[2]! };
      return found(subjectAfter(ctx, cue.end, cue.end + right[0].length, 8), verb);
    }
    return found(null);
  }
  if (cue.kind === 'participle') {
    // ", adding that ...": the subject is the clause's, i.e. that of the finite verb before it.
    const earlier = findCues(m, start, cue.start).filter((c) => c.kind === 'finite');
    const main = earlier[earlier.length - 1];
    if (main && depth === 0) {
      const r = resolveCue(ctx, main, start, cue.start, { depth: depth + 1 });
      return { ...r, cue: cue.text, cueSpan: { start: cue.start, end: cue.end } };
    }
    const subject = sentenceSubject(ctx, start, cue.start);
    return found(subject ?? subjectBefore(ctx, start, cue.start));
  }
  // The subject the shared syntax layer gives the cue's clause, else the nearest name before it.
  const before = clauseSubject(ctx, start, cue.start) ?? subjectBefore(ctx, start, cue.start);
  if (before !== null) return found(before);
  return found(options.inversion ? subjectAfter(ctx, cue.end, end) : null); // "“...,” said Putin"
}

/**
 * The cue after a quote that attributes it: "“...,” he said" (the quote set off by a comma
 * or ending in ?!), or for a partial quote the reporting clause closing its sentence
 * ("... was “much higher, much bigger” than at present ..., Putin said") and a participle
 * whose subject is the sentence's ("Zardari paid tribute ... “despite rising insecurity”
 * ..., while reiterating calls ...").
 */
export function attributeAfter(
  ctx: SpeakerContext,
  quote: Span,
  content: Span,
  sentence: Span,
  partial: boolean,
): Attribution | null {
  const text = ctx.article.text;
  const windowEnd = sentence.end;
  const after = text.slice(quote.end, windowEnd);
  const lastInside = text.slice(content.start, content.end).trimEnd().slice(-1);
  const setOff = /^\s*[,—–]/.test(after) || /[,?!—–…-]/.test(lastInside) || /^\s+\p{Ll}/u.test(after);
  if (!setOff) return null;
  const cue = findCues(ctx.masked, quote.end, windowEnd)[0];
  if (!cue) return null;
  const close = wordCount(ctx.masked.slice(quote.end, cue.start)) <= 10;
  if (cue.kind === 'participle') {
    return partial ? resolveCue(ctx, cue, sentence.start, windowEnd) : null;
  }
  if (close) return resolveCue(ctx, cue, quote.end, windowEnd, { inversion: true });
  if (!partial) return null;
  const comma = ctx.masked.lastIndexOf(',', cue.start);
  if (comma < quote.end) return null;
  const r = resolveCue(ctx, cue, comma + 1, windowEnd);
  return r.speaker >= 0 ? r : null;
}

/** The nearest cue before the quote in its sentence: "Kakar told Putin Pakistan was a “huge market”". */
export function attributeBefore(ctx: SpeakerContext, quote: Span, windowStart: number): Attribution | null {
  const cues = findCues(ctx.masked, windowStart, quote.start);
  const cue = cues[cues.length - 1];
  if (!cue) return null;
  return resolveCue(ctx, cue, windowStart, quote.start);
}
