import type { Article, DateEvidence } from '../core/types.js';
import type { CorpusResult } from '../corpus/types.js';

/** A document as the export and the API show it. */
export interface DocumentView {
  id: string;
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
export function documentView(a: Article, corpus: Pick<CorpusResult, 'duplicates' | 'propagatedDates'>): DocumentView {
  const { value, confidence, evidence } = a.published;
  const published = corpus.propagatedDates[a.id] ?? { value, confidence, evidence };
  return {
    id: a.id,
    source: a.source,
    url: a.url,
    title: a.title,
    publisher: a.publisher,
    byline: a.byline,
    language: a.language,
    published: { value: published.value, confidence: published.confidence, evidence: published.evidence },
    captured: a.captured,
    text: a.text,
    duplicateOf: corpus.duplicates[a.id] ?? null,
    messages: a.messages,
  };
}
