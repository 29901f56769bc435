/**
 * Whose figure it is: the speaker of the quote the figure sits in; else the subject of
 * "according to X" in its sentence; else of the nearest speech verb before it in the
 * sentence ("Qureshi said Islamabad intends to buy about 5 million doses"); else of a verb
 * set off after it (", X said."). -1 means the outlet states it itself. Verbs that do not
 * report a proposition ("condemned a blast killing seven", "pledged $60 billion") are not cues here.
 */
import type { Quote, Span } from '../../core/types.js';
import { findCues, NON_REPORTING_CUES, resolveCue, type SpeakerContext } from '../quotes/index.js';

export function findClaimant(ctx: SpeakerContext, quotes: readonly Quote[], q: Span, sentence: Span): number {
  const quote = quotes.find((x) => x.content.start <= q.start && q.end <= x.content.end);
  if (quote) return quote.speaker;
  const cues = findCues(ctx.masked, sentence.start, sentence.end).filter(
    (c) => !NON_REPORTING_CUES.has(c.text.toLowerCase().replace(/\s+/g, ' ')),
  );
  const according = cues.find((c) => c.kind === 'according');
  if (according) return resolveCue(ctx, according, sentence.start, sentence.end).speaker;
  const before = cues.filter((c) => c.end <= q.start);
  const last = before[before.length - 1];
  if (last) return resolveCue(ctx, last, sentence.start, q.start).speaker;
  const after = cues.find((c) => c.start >= q.end && ctx.masked.slice(q.end, c.start).includes(','));
  if (after) {
    const from = ctx.masked.lastIndexOf(',', after.start);
    return resolveCue(ctx, after, Math.max(from, q.end), sentence.end).speaker;
  }
  return -1;
}
