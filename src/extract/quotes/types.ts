import type { Message, Quote, Span } from '../../core/types.js';

/** A stretch of text between quotation marks, before any speaker is attached. */
export interface QuotedSpan extends Span {
  /** The quoted words without the marks (for a quote run over paragraphs: up to the last mark). */
  content: Span;
  /** False when the opening mark was never closed (the span then ends where the quote plausibly ends). */
  closed: boolean;
  /** True when the quote ran over a paragraph break ("“...\n“...”"). */
  continued: boolean;
  /** "double" for “ ” and ", "single" for ‘ ’ and '. */
  marks: 'double' | 'single';
}

/** A speech cue found in the text: "said", "told", "according to", "adding", ... */
export interface Cue extends Span {
  text: string;
  /**
   * finite: "X said"; participle: ", adding that" (its subject is the clause's);
   * according: "according to X"; quoted: "quoted X as saying".
   */
  kind: 'finite' | 'participle' | 'according' | 'quoted';
}

/** Who said it and the words that say so. */
export interface Attribution {
  speaker: number;
  cue: string | null;
  cueSpan: Span | null;
}

/** What `detectQuotes` returns: the quotes plus diagnostics (unclosed marks). */
export interface QuoteResult {
  quotes: Quote[];
  messages: Message[];
}
