export { quoteStage } from './stage.js';
export { detectQuotes, findQuotes, quoteContext, SCARE_QUOTE_MAX_WORDS } from './find-quotes.js';
export { resolveCue } from './attribute.js';
export type { SpeakerContext } from './speaker.js';
export { findQuotedSpans } from './marks.js';
export { findCues, FINITE_CUES, NON_REPORTING_CUES, PARTICIPLE_CUES } from './cues.js';
export type { Attribution, Cue, QuotedSpan, QuoteResult } from './types.js';
