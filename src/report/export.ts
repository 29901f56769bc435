import type { Article } from '../core/types.js';
import type { CorpusResult } from '../corpus/types.js';
import { type DocumentView, documentView } from './documents.js';

export const EXPORT_VERSION = 1;

/** The whole dossier as one JSON document (see docs/export.md). */
export interface DossierExport {
  format: 'dossier-export';
  version: number;
  generatedAt: string;
  documents: DocumentView[];
  entities: CorpusResult['entities'];
  events: CorpusResult['events'];
  quotes: CorpusResult['quotes'];
  claims: CorpusResult['claims'];
  discrepancies: CorpusResult['discrepancies'];
}

export function buildExport(articles: readonly Article[], corpus: CorpusResult, now = new Date()): DossierExport {
  return exportOf(articles.map((a) => documentView(a, corpus)), corpus, now);
}

/** The same, from the documents as the export shows them. */
export function exportOf(documents: DocumentView[], corpus: CorpusResult, now = new Date()): DossierExport {
  return {
    format: 'dossier-export',
    version: EXPORT_VERSION,
    generatedAt: now.toISOString(),
    documents,
    entities: corpus.entities,
    events: corpus.events,
    quotes: corpus.quotes,
    claims: corpus.claims,
    discrepancies: corpus.discrepancies,
  };
}
