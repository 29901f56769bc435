import type { Article, DateEvidence } from '../core/types.js';
import type { CorpusResult } from '../corpus/types.js';

/** A document as the export and the API show it. */
export interface DocumentView {
  id: string;
  /** The input record's own `id` (JSON/JSONL records), as a string; null otherwise. */
  externalId: string | null;
  /** The record's fields dossier does not read, as given; {} when none. */
  metadata: Record<string, unknown>;
  source: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  byline: string | null;
  language: string | null;
  published: DateEvidence;
  captured: string | null;
  text: string;
  duplicateOf: string | null;
  messages: Article['messages'];
}

/** The article's own date, or the date propagated from an event when it had none. */
export function shownPublished(a: Article, corpus: Pick<CorpusResult, 'propagatedDates'>): DateEvidence {
  const { value, confidence, evidence } = corpus.propagatedDates[a.id] ?? a.published;
  return { value, confidence, evidence };
}

/** A stored article as the export and the API show it, with its duplicate and shown date. */
export function documentView(a: Article, corpus: Pick<CorpusResult, 'duplicates' | 'propagatedDates'>): DocumentView {
  return {
    id: a.id,
    externalId: a.externalId ?? null,
    metadata: a.metadata ?? {},
    source: a.source,
    url: a.url,
    title: a.title,
    publisher: a.publisher,
    byline: a.byline,
    language: a.language,
    published: shownPublished(a, corpus),
    captured: a.captured,
    text: a.text,
    duplicateOf: corpus.duplicates[a.id] ?? null,
    messages: a.messages,
  };
}
