/**
 * Title and publication date of one article from its classified lines.
 *
 * Title: among the headline candidates before the first body paragraph, the one repeated
 * (headline shown above the gallery and again above the body), else the one followed by
 * metadata (date, byline, standfirst bullets), else the first.
 *
 * Date: each kind of evidence has a fixed confidence; the strongest that is not in the future
 * wins. A date alone above the headline (a site header's clock) is the capture date, never the
 * publication date. A photo caption's date is the weakest evidence (usually the event day).
 */
import type { DateEvidence, Message, Span } from '../../core/types.js';
import { isoDay } from './dates.js';
import { isTitleCandidate } from './split.js';
import type { DateHit, Line } from './types.js';

/** A date found for an article, before the choice. */
export interface DateCandidate {
  hit: DateHit;
  evidence: string;
  confidence: number;
  span?: Span | null;
}

/** Confidence by kind of evidence. */
export const EVIDENCE_CONFIDENCE = {
  'text:date-field': 0.9,
  'text:published-line': 0.9,
  'text:updated-line': 0.8,
  'text:byline-date': 0.8,
  dateline: 0.75,
  'text:date-line': 0.7,
  /** A date line after the body has begun, when the header has none. */
  'text:late-date-line': 0.5,
  'caption-date': 0.5,
} as const;

export type EvidenceKind = keyof typeof EVIDENCE_CONFIDENCE;

export function candidate(hit: DateHit, evidence: EvidenceKind, span: Span | null = null): DateCandidate {
  return { hit, evidence, confidence: EVIDENCE_CONFIDENCE[evidence], span };
}

/** Index of the headline among `lines[0, zoneEnd)`, or null. */
export function chooseTitle(lines: Line[], zoneEnd: number): number | null {
  let best: number | null = null;
  let bestScore = -1;
  for (let i = 0; i < zoneEnd; i++) {
    const line = lines[i]!;
    if (!isTitleCandidate(line)) continue;
    let score = 0;
    // Look for the repeat a bounded distance ahead, so a long header stays linear.
    for (let k = i + 1, end = Math.min(zoneEnd, i + 40); k < end; k++) {
      if (lines[k]!.text === line.text) {
        score += 3;
        break;
      }
    }
    for (let k = i + 1, seen = 0; k < lines.length && seen < 3; k++) {
      const next = lines[k]!;
      if (next.kind === 'chrome' || next.kind === 'caption') continue;
      seen++;
      if (next.kind === 'meta' || next.kind === 'byline' || next.kind === 'date' || next.kind === 'bullet') {
        score += 2;
        break;
      }
    }
    const words = line.words;
    // A long line with nothing around it that marks a header is a sentence that lost its period.
    if (score === 0 && words > 20) continue;
    if (words >= 3) score += 1;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The publication date from the candidates: the most confident one not later than `now`.
 * Writes the decision (and rejected future dates) to `messages`.
 */
export function choosePublished(cands: DateCandidate[], now: Date, messages: Message[]): DateEvidence {
  const today = isoDay(now);
  let best: DateCandidate | null = null;
  for (const c of cands) {
    if (c.hit.value > today.slice(0, c.hit.value.length)) {
      messages.push({
        level: 'warning',
        origin: 'date:future',
        text: `"${c.hit.quote}" (${c.evidence}) reads as ${c.hit.value}, after ${today}; not used as the publication date`,
      });
      continue;
    }
    if (!best || c.confidence > best.confidence) best = c;
  }
  if (!best) {
    messages.push({ level: 'info', origin: 'date:none', text: 'no publication date found in the text' });
    return { value: null, granularity: null, confidence: 0, evidence: 'none', span: null, quote: null };
  }
  const others = cands.filter((c) => c !== best && c.hit.value !== best.hit.value);
  messages.push({
    level: 'info',
    origin: 'date:published',
    text:
      `published ${best.hit.value} from "${best.hit.quote}" (${best.evidence}, confidence ${best.confidence})` +
      (others.length > 0 ? `; other dates seen: ${others.map((c) => `${c.hit.value} (${c.evidence})`).join(', ')}` : ''),
  });
  return {
    value: best.hit.value,
    granularity: best.hit.granularity,
    confidence: best.confidence,
    evidence: best.evidence,
    span: best.span ?? null,
    quote: best.hit.quote,
  };
}
