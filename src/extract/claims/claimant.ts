/**
 * Whose figure it is: the speaker of the quote the figure sits in; else the subject of
 * "according to X" in its sentence; else of the nearest speech verb before it in the
 * sentence ("Qureshi said Islamabad intends to buy about 5 million doses"); else of a verb
 * set off after it (", X said."). -1 means the outlet states it itself. Verbs that do not
 * report a proposition ("condemned a blast killing seven", "pledged $60 billion") are not cues here.
 *
 * When the source is no entity the article knows ("rights groups say", "according to local
 * officials", ", police said"), `claimantText` keeps its words; a bare pronoun is not kept.
 */
import type { Quote, Span } from '../../core/types.js';
import { findCues, NON_REPORTING_CUES, resolveCue, type SpeakerContext } from '../quotes/index.js';

export interface Claimant {
  claimant: number;
  claimantText: string | null;
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|these|those|who|which|some|others|both|one)$/i;
const LEADING = /^(?:and|but|while|whereas|however|meanwhile|also|now|then|earlier|later|because|as|so|although|though|since|when|if)\s+/i;

/** The source phrase as written: at most eight words, no pronoun, no clause before it. */
function cleanPhrase(raw: string): string | null {
  // "A state newspaper, the Daily Star, says": the name set off before the verb.
  let s = raw.replace(/\s+/g, ' ').trim().replace(/,$/, '').trim();
  // The clause before: cut at the last boundary.
  const cut = Math.max(s.search(/,(?!\d)[^,]*$/), s.lastIndexOf(';'), s.lastIndexOf(':'), s.lastIndexOf('"'), s.lastIndexOf('“'), s.lastIndexOf('”'));
  if (cut >= 0) s = s.slice(cut + 1).trim();
  const that = /\b(?:that|who|which)\s+(?!.*\b(?:that|who|which)\s)/i.exec(s);
  if (that) s = s.slice(that.index + that[0].length).trim();
  for (let m = LEADING.exec(s); m; m = LEADING.exec(s)) s = s.slice(m[0].length);
  s = s.replace(/[.!?]+$/, '').trim();
  const words = s.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 8) return null;
  if (/^(?:the|a|an|of|by|in|on|at|to|for|from|with|and|or|only)$/i.test(words[words.length - 1]!)) return null; // a cut phrase
  if (words.length === 1 && PRONOUN.test(words[0]!)) return null;
  if (!/\p{L}/u.test(s) || /\d/.test(s)) return null;
  // A clause ("X is wanted in Y for his [alleged]") is no source.
  if (/\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|not)\b/i.test(s)) return null;
  return s;
}

export function findClaimant(ctx: SpeakerContext, quotes: readonly Quote[], q: Span, sentence: Span): Claimant {
  const text = ctx.article.text;
  const quote = quotes.find((x) => x.content.start <= q.start && q.end <= x.content.end);
  if (quote) return { claimant: quote.speaker, claimantText: null };
  const cues = findCues(ctx.masked, sentence.start, sentence.end).filter(
    (c) => !NON_REPORTING_CUES.has(c.text.toLowerCase().replace(/\s+/g, ' ')),
  );
  const according = cues.find((c) => c.kind === 'according');
  if (according) {
    const speaker = resolveCue(ctx, according, sentence.start, sentence.end).speaker;
    const tail = /^[^,;.!?()]*/.exec(text.slice(according.end, sentence.end))![0];
    return { claimant: speaker, claimantText: speaker >= 0 ? null : cleanPhrase(tail) };
  }
  const before = cues.filter((c) => c.end <= q.start);
  const last = before[before.length - 1];
  if (last) {
    const speaker = resolveCue(ctx, last, sentence.start, q.start).speaker;
    return { claimant: speaker, claimantText: speaker >= 0 || last.kind !== 'finite' ? null : cleanPhrase(text.slice(sentence.start, last.start)) };
  }
  const after = cues.find((c) => c.start >= q.end && ctx.masked.slice(q.end, c.start).includes(','));
  if (after) {
    const from = ctx.masked.lastIndexOf(',', after.start);
    const speaker = resolveCue(ctx, after, Math.max(from, q.end), sentence.end).speaker;
    if (speaker >= 0 || after.kind !== 'finite') return { claimant: speaker, claimantText: null };
    // ", X said." or ", said X."
    const between = text.slice(Math.max(from, q.end) + 1, after.start);
    const inverted = /^[^,;.!?]*/.exec(text.slice(after.end, sentence.end))![0];
    return { claimant: speaker, claimantText: cleanPhrase(between) ?? cleanPhrase(inverted) };
  }
  return { claimant: -1, claimantText: null };
}
