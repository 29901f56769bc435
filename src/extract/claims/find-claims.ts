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
import { firstStartFrom as firstFrom } from '../../core/sorted.js';
import { taggedWords } from './words.js';

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

  const insideAnother = nestedQuantities(article.quantities);
  const timexOrder = article.timexes.map((_, k) => k).sort((a, b) => article.timexes[a]!.start - article.timexes[b]!.start);
  for (const { q, i } of order) {
    const line = lineOf(text, q.start);
    const inside = insideAnother[i]!;
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
    const drop = timexesWithin(article.timexes, timexOrder, sentence);
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
      findTime(text, q, sentence, drop) ??
      (subject.derived ? (previous?.time ?? null) : onlyTimeBefore(q, sentence, drop));
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

/**
 * For each quantity, whether it lies inside a longer one. One sweep in start order instead of
 * comparing every pair: a span is inside a longer one exactly when some other span starting at
 * or before it ends at or after it and the two differ.
 */
function nestedQuantities(quantities: readonly Span[]): boolean[] {
  const order = quantities.map((_, k) => k).sort((a, b) => quantities[a]!.start - quantities[b]!.start || quantities[b]!.end - quantities[a]!.end);
  const out = new Array<boolean>(quantities.length).fill(false);
  let maxEndBefore = -Infinity; // over spans starting before the current start
  for (let g = 0; g < order.length; ) {
    const start = quantities[order[g]!]!.start;
    let h = g;
    while (h < order.length && quantities[order[h]!]!.start === start) h++;
    // Within a group of equal starts the first has the largest end.
    const groupMax = quantities[order[g]!]!.end;
    for (let k = g; k < h; k++) {
      const q = quantities[order[k]!]!;
      out[order[k]!] = maxEndBefore >= q.end || groupMax > q.end;
    }
    maxEndBefore = Math.max(maxEndBefore, groupMax);
    g = h;
  }
  return out;
}

/** The time expressions inside a sentence, in their original order, found by binary search over `order` (indices sorted by start). */
function timexesWithin<T extends Span>(timexes: readonly T[], order: readonly number[], sentence: Span): T[] {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timexes[order[mid]!]!.start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const picked: number[] = [];
  for (let k = lo; k < order.length && timexes[order[k]!]!.start <= sentence.end; k++) {
    if (timexes[order[k]!]!.end <= sentence.end) picked.push(order[k]!);
  }
  return picked.sort((a, b) => a - b).map((k) => timexes[k]!);
}

/** The claims of an article, in text order. */
export function findClaims(article: Article): Claim[] {
  return detectClaims(article).claims;
}
