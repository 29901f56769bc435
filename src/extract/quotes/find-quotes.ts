/**
 * Direct quotes of one article with their speakers. Pure: reads `text`, `mentions`,
 * `entities` (and `roles` when present), returns new Quote objects.
 */
import type { Article, Mention, Message, Quote, Span } from '../../core/types.js';
import { attributeAfter, attributeBefore, resolveCue } from './attribute.js';
import { findCues } from './cues.js';
import { findQuotedSpans, paragraphs } from './marks.js';
import type { SpeakerContext } from './speaker.js';
import type { Attribution, QuotedSpan, QuoteResult } from './types.js';
import { maskQuotes, previousSentenceStart, sentenceEnd, sentenceStart, unwrapLines, wordCount } from './windows.js';

/** Scare quotes: at most this many words and no speech cue -> a partial quote. */
export const SCARE_QUOTE_MAX_WORDS = 3;

const NONE: Attribution = { speaker: -1, cue: null, cueSpan: null };

function containing(paras: readonly Span[], pos: number): Span {
  let lo = 0;
  let hi = paras.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const p = paras[lo - 1];
  return p && pos < p.end ? p : { start: 0, end: Number.MAX_SAFE_INTEGER };
}

/**
 * A quote is partial when it is part of the reporter's sentence rather than set off as what
 * someone said: it starts in lower case ("a “huge market” for Russia"), or it starts
 * mid-sentence without a colon, comma or speech verb before it ("the “Belt and Road” plan").
 */
function isPartial(article: Article, masked: string, q: QuotedSpan, sentenceFrom: number): boolean {
  const first = /[\p{L}\p{N}]/u.exec(article.text.slice(q.content.start, q.content.end));
  if (!first || /\p{Ll}/u.test(first[0])) return true;
  const before = masked.slice(sentenceFrom, q.start).trim();
  if (before === '' || /[:,—–]$/.test(before)) return false;
  const cues = findCues(before);
  const last = cues[cues.length - 1];
  return !(last && last.end === before.length);
}

/** The speaker of the last attribution in the last sentence of a paragraph ("... Qureshi said Pakistan had “...”."). */
function endOfParagraphSpeaker(ctx: SpeakerContext, para: Span, quotes: readonly { span: QuotedSpan; attr: Attribution }[]): number {
  const from = previousSentenceStart(ctx.masked, para.end + 1, para.start);
  const inLast = quotes.filter((q) => q.span.end > from && q.span.end <= para.end);
  const lastQuote = inLast[inLast.length - 1];
  if (lastQuote && lastQuote.attr.speaker >= 0) return lastQuote.attr.speaker;
  const cues = findCues(ctx.masked, from, para.end);
  const cue = cues[cues.length - 1];
  if (!cue) return -1;
  return resolveCue(ctx, cue, from, sentenceEnd(ctx.masked, cue.end, para.end)).speaker;
}

/**
 * Mentions sorted by start, without those nested in a longer linked mention ("Pakistani" in
 * "the Pakistani army chief" -> Bajwa): the outer one names the speaker.
 */
function outermost(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let outer: Mention | null = null;
  for (const m of sorted) {
    if (outer && m.start >= outer.start && m.end <= outer.end && m !== outer) continue;
    out.push(m);
    if (m.entity >= 0 && (!outer || m.end > outer.end)) outer = m;
  }
  return out;
}

/** The quoted spans of an article and what speaker resolution reads (text with quotes masked, mentions outside quotes). */
export function quoteContext(article: Article): { spans: QuotedSpan[]; ctx: SpeakerContext; paras: Span[] } {
  const text = unwrapLines(article.text);
  const spans = findQuotedSpans(text);
  const masked = maskQuotes(text, spans.map((s) => s.content));
  const inside = (m: Span): boolean => {
    // spans are in text order and do not overlap: binary search the last one starting before m
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.content.start <= m.start) lo = mid + 1;
      else hi = mid;
    }
    const s = spans[lo - 1];
    return s !== undefined && m.end <= s.content.end;
  };
  const ctx: SpeakerContext = { article, masked, mentions: outermost(article.mentions.filter((m) => !inside(m))) };
  return { spans, ctx, paras: paragraphs(text) };
}

/** Quotes of an article plus diagnostics (unclosed quotation marks). */
export function detectQuotes(article: Article): QuoteResult {
  const text = article.text;
  const { spans, ctx, paras } = quoteContext(article);
  const masked = ctx.masked;
  const messages: Message[] = [];
  const done: { span: QuotedSpan; attr: Attribution; partial: boolean }[] = [];

  for (let i = 0; i < spans.length; i++) {
    const q = spans[i]!;
    if (!q.closed) {
      messages.push({
        level: 'warning',
        origin: 'quotes:unclosed',
        text: `quotation mark at ${q.start} is never closed; the quote was cut at ${q.end}`,
        span: { start: q.start, end: q.end },
      });
    }
    const startPara = containing(paras, q.start);
    const endPara = containing(paras, Math.max(q.start, q.end - 1));
    const from = sentenceStart(masked, q.start, startPara.start);
    const next = spans[i + 1];
    let to = sentenceEnd(masked, q.end, endPara.end);
    if (next && next.start < to) to = next.start;
    let partial = isPartial(article, masked, q, from);

    const sentence = { start: from, end: to };
    let attr: Attribution | null = partial
      ? (attributeBefore(ctx, q, from) ?? attributeAfter(ctx, q, q.content, sentence, true))
      : (attributeAfter(ctx, q, q.content, sentence, false) ?? attributeBefore(ctx, q, from));

    const words = wordCount(text.slice(q.content.start, q.content.end));
    if (!attr && words <= SCARE_QUOTE_MAX_WORDS) partial = true;
    if (!attr && !partial) attr = inherited(ctx, q, startPara, paras, done);
    done.push({ span: q, attr: attr ?? NONE, partial });
  }

  const quotes: Quote[] = done.map(({ span, attr, partial }) => ({
    start: span.start,
    end: span.end,
    content: { ...span.content },
    speaker: attr.speaker,
    cue: attr.cue,
    cueSpan: attr.cueSpan,
    partial,
  }));
  return { quotes, messages };
}

/**
 * A full quote with no cue of its own continues the speaker before it: an earlier quote of
 * the same paragraph, or — when it opens its paragraph — the attribution at the end of the
 * previous paragraph. Never further: no cue, no speaker.
 */
function inherited(
  ctx: SpeakerContext,
  q: QuotedSpan,
  para: Span,
  paras: readonly Span[],
  done: readonly { span: QuotedSpan; attr: Attribution; partial: boolean }[],
): Attribution | null {
  const samePara = done.filter((d) => d.span.start >= para.start && d.span.end <= q.start);
  const prev = samePara[samePara.length - 1];
  if (prev) {
    if (prev.attr.speaker < 0) return null;
    const between = findCues(ctx.masked, prev.attr.cueSpan?.end ?? prev.span.end, q.start);
    return between.length === 0 ? { speaker: prev.attr.speaker, cue: null, cueSpan: null } : null;
  }
  if (ctx.masked.slice(para.start, q.start).trim() !== '') {
    // Mid-paragraph with no earlier quote: an attribution earlier in the paragraph ("Lavrov said: ...").
    const cues = findCues(ctx.masked, para.start, q.start);
    const cue = cues[cues.length - 1];
    if (!cue) return null;
    const r = resolveCue(ctx, cue, sentenceStart(ctx.masked, cue.start, para.start), q.start);
    return r.speaker >= 0 ? { speaker: r.speaker, cue: null, cueSpan: null } : null;
  }
  const k = paras.findIndex((p) => p.start === para.start);
  const prevPara = k > 0 ? paras[k - 1] : undefined;
  if (!prevPara) return null;
  const speaker = endOfParagraphSpeaker(ctx, prevPara, done.map((d) => ({ span: d.span, attr: d.attr })));
  return speaker >= 0 ? { speaker, cue: null, cueSpan: null } : null;
}

/** The direct quotes of an article, in text order. */
export function findQuotes(article: Article): Quote[] {
  return detectQuotes(article).quotes;
}
