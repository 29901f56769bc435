import type { Article } from '../../core/types.js';
import type { CorpusResult, Entity, Event, SourceRef } from '../../corpus/types.js';
import { type DocumentView, documentView } from '../documents.js';
import { type EventRoles, eventRoles } from './roles.js';

/** Everything an export format reads: the documents as the export shows them, the corpus, who did what in each event. */
export interface ExportData {
  documents: DocumentView[];
  corpus: CorpusResult;
  /** Event id -> entity id -> its part in the event (see roles.ts). */
  roles: EventRoles;
}

export function exportData(articles: readonly Article[], corpus: CorpusResult): ExportData {
  return { documents: articles.map((a) => documentView(a, corpus)), corpus, roles: eventRoles(articles, corpus) };
}

/** Lookups the formats share. */
export class ExportIndex {
  readonly entities: Map<string, Entity>;
  readonly documents: Map<string, DocumentView>;

  constructor(readonly data: ExportData) {
    this.entities = new Map(data.corpus.entities.map((e) => [e.id, e]));
    this.documents = new Map(data.documents.map((d) => [d.id, d]));
  }

  /** An entity's name, or its id when the entity is not in the corpus. */
  name(id: string | null): string | null {
    return id === null ? null : (this.entities.get(id)?.name ?? id);
  }

  /** The cited passage, whitespace folded; '' when the document is not in the export. */
  cited(s: SourceRef): string {
    const d = this.documents.get(s.documentId);
    return d ? d.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim() : '';
  }

  roleOf(event: Event, entity: string): 'source' | 'target' | 'participant' {
    return this.data.roles.get(event.id)?.get(entity) ?? 'participant';
  }
}
