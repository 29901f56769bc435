/**
 * Claims of one article: each figure worth reporting with what it measures (`subject`),
 * whose figure it is (`claimant`) and the time it refers to (`time`). Pure: reads text,
 * sentences/tokens, mentions, entities, quantities and timexes.
 *
 * A claim's span is its sentence (the citation); the figure itself is
 * `article.quantities[claim.quantity]`.
 */
import type { Article, Claim, Quote, Span } from '../../core/types.js';
import { findQuotes, quoteContext } from '../quotes/index.js';
import { findClaimant } from './claimant.js';
import { countedPredicate, namesOnlyUnit, repeatsUnit, verbWithoutUnit } from './predicate.js';
import { skipReason } from './filter.js';
import { findSubject } from './subject.js';
import { findTime, onlyTimeBefore } from './time.js';
import type { SkipReason } from './types.js';
import { firstFrom, taggedWords } from './words.js';

export interface ClaimResult {
  claims: Claim[];
  /** Quantities left out, by index, with the reason. */
  skipped: { quantity: number; reason: SkipReason }[];
}

function lineOf(text: string, pos: number): Span {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl < 0 ? text.length : nl };
}

export function detectClaims(article: Article): ClaimResult {
  const claims: Claim[] = [];
  const skipped: ClaimResult['skipped'] = [];
  if (article.quantities.length === 0) return { claims, skipped };
  const text = article.text;
  const { sentences, words } = taggedWords(article);
  const { ctx } = quoteContext(article);
  let quotes: readonly Quote[] | null = article.quotes.length > 0 ? article.quotes : null;
  const order = article.quantities.map((q, i) => ({ q, i })).sort((a, b) => a.q.start - b.q.start);
  let lastSentence: Span | null = null;
  let previous = null as { subject: string; time: string | null } | null;

  for (const { q, i } of order) {
    const line = lineOf(text, q.start);
    const inside = article.quantities.some((o, j) => j !== i && o.start <= q.start && q.end <= o.end && o.end - o.start > q.end - q.start);
    const reason = inside ? 'overlap' : skipReason(article, q, line);
    if (reason) {
      skipped.push({ quantity: i, reason });
      continue;
    }
    const candidate = sentences[firstFrom(sentences, q.start + 1) - 1];
    const sentence = candidate && candidate.start <= q.start && q.start < candidate.end ? candidate : line;
    if (sentence !== lastSentence) previous = null;
    lastSentence = sentence;
    const floor = firstFrom(words, sentence.start);
    const ceil = firstFrom(words, sentence.end);
    let q0 = firstFrom(words, q.start);
    if (q0 > 0 && words[q0 - 1]!.end > q.start) q0--; // a word that starts before the figure and runs into it
    let q1 = q0;
    while (words[q1 + 1] && words[q1 + 1]!.start < q.end) q1++;
    if (floor >= ceil || q0 >= words.length || words[q0]!.start >= q.end) {
      skipped.push({ quantity: i, reason: 'no-subject' });
      continue;
    }
    const drop = article.timexes.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
    const subject = findSubject(text, words, q0, q1, floor, ceil, drop, previous?.subject ?? null);
    if (!subject) {
      skipped.push({ quantity: i, reason: 'no-subject' });
      continue;
    }
    // A subject that only repeats the unit ("people" of "seven people") gives way to what is said of them ("killed").
    const figureText = text.slice(q.start, q.end);
    let said: string | null = subject.subject;
    if (!subject.derived && namesOnlyUnit(said, figureText, q.unit)) {
      let head = q1;
      if (q.unit && words[q1 + 1] && q1 + 1 < ceil && repeatsUnit(words[q1 + 1]!.text, q.unit, null)) head = q1 + 1;
      else if (/^(?:others|more)$/i.test(words[q1 + 1]?.text ?? '') && q1 + 1 < ceil) head = q1 + 1; // "13 others were hurt"
      said = countedPredicate(text, words, q0, head, floor, ceil, drop);
    } else if (!subject.derived) {
      said = verbWithoutUnit(said, figureText, q.unit) ?? said;
    }
    quotes ??= findQuotes(article);
    const time: string | null =
      findTime(text, q, sentence, article.timexes) ??
      (subject.derived ? (previous?.time ?? null) : onlyTimeBefore(q, sentence, article.timexes));
    claims.push({
      start: sentence.start,
      end: sentence.end,
      quantity: i,
      value: q.value,
      unit: q.isPercent ? (q.unit ?? '%') : q.unit,
      subject: said,
      qualifier: q.qualifier ?? null,
      ...(q.vague ? { vague: true, range: q.range ?? { min: q.value, max: null } } : {}),
      ...findClaimant(ctx, quotes, q, sentence),
      time,
    });
    if (!subject.derived) previous = said === null ? null : { subject: said, time };
    else if (previous) previous = { subject: previous.subject, time: previous.time ?? time };
  }
  return { claims, skipped };
}

/** The claims of an article, in text order. */
export function findClaims(article: Article): Claim[] {
  return detectClaims(article).claims;
}
