import type { Article } from '../core/types.js';
import type { CorpusResult, Entity, Event } from '../corpus/types.js';
import { shownPublished } from '../report/documents.js';
import { buildTimeline } from '../report/timeline.js';
import { eventHeadline, ploverName } from './headline.js';
import { readableTitle } from './titles.js';
import type { Store } from '../store/types.js';
import type { DocumentListItem, TimelineItem } from './types.js';

/**
 * The corpus held in memory: loading it from the store on every request is too slow for
 * thousands of documents. `reload()` after an ingest; `version` tells clients something changed.
 */
export class CorpusState {
  corpus: CorpusResult = emptyCorpus();
  documents: DocumentListItem[] = [];
  documentsById = new Map<string, DocumentListItem>();
  entitiesById = new Map<string, Entity>();
  eventsById = new Map<string, Event>();
  /** Every timeline event (asserted or planned), in date order. */
  timeline: TimelineItem[] = [];
  timelineById = new Map<string, TimelineItem>();
  /** Entity id -> timeline events it takes part in or is the place of. */
  eventsByEntity = new Map<string, TimelineItem[]>();
  /** Document id -> ids of the timeline events it reports. */
  eventsByDocument = new Map<string, Set<string>>();
  /** Document id -> corpus entity ids it mentions. */
  entitiesByDocument = new Map<string, string[]>();
  version = 0;

  constructor(readonly store: Store) {}

  async reload(): Promise<void> {
    const corpus = await this.store.loadCorpus();
    const documents: DocumentListItem[] = [];
    for await (const a of this.store.articles()) documents.push(listItem(a, corpus));
    this.apply(corpus, documents);
  }

  /** Install a corpus and its document list (also used by benchmarks that build them directly). */
  apply(corpus: CorpusResult, documents: DocumentListItem[]): void {
    this.corpus = corpus;
    this.documents = documents;
    this.documentsById = new Map(documents.map((d) => [d.id, d]));
    this.entitiesById = new Map(corpus.entities.map((e) => [e.id, e]));
    this.eventsById = new Map(corpus.events.map((e) => [e.id, e]));
    // Undated events too (docs/api.md: `undated=true` is the default); they sort last.
    this.timeline = buildTimeline(corpus, { undated: true }).map((t) => ({
      id: t.event.id,
      type: t.event.type,
      typeName: ploverName(t.event.type),
      kind: t.event.kind,
      headline: eventHeadline(t.event, this.entitiesById),
      summary: t.event.summary,
      reportedOn: reportedOn(t.event, this.documentsById),
      date: t.event.date.value,
      when: t.when,
      precision: t.precision,
      planned: t.event.future || t.event.modality === 'planned',
      modality: t.event.modality,
      participants: t.event.participants.map((id) => ({ id, name: this.entitiesById.get(id)?.name ?? id })),
      location: t.event.location ? { id: t.event.location, name: this.entitiesById.get(t.event.location)?.name ?? t.event.location } : null,
      topics: t.event.topics,
      sourceCount: t.event.documents.length || new Set(t.event.sources.map((s) => s.documentId)).size,
      weight: t.event.weight,
    }));
    this.timelineById = new Map(this.timeline.map((t) => [t.id, t]));
    this.eventsByEntity = new Map();
    this.eventsByDocument = new Map();
    for (const t of this.timeline) {
      const ids = new Set(t.participants.map((p) => p.id));
      if (t.location) ids.add(t.location.id);
      for (const id of ids) push(this.eventsByEntity, id, t);
      const ev = this.eventsById.get(t.id);
      for (const d of ev ? [...ev.documents, ...ev.sources.map((s) => s.documentId)] : []) {
        let set = this.eventsByDocument.get(d);
        if (!set) this.eventsByDocument.set(d, (set = new Set()));
        set.add(t.id);
      }
    }
    this.entitiesByDocument = new Map();
    for (const e of corpus.entities) for (const d of e.documents) push(this.entitiesByDocument, d, e.id);
    this.version++;
  }
}

/** The earliest publication date of the documents reporting an event, or null. */
export function reportedOn(event: Event, documents: ReadonlyMap<string, DocumentListItem>): string | null {
  let first: string | null = null;
  for (const id of new Set([...event.documents, ...event.sources.map((s) => s.documentId)])) {
    const p = documents.get(id)?.published ?? null;
    if (p && (first === null || p < first)) first = p;
  }
  return first;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function listItem(a: Article, corpus: Pick<CorpusResult, 'duplicates' | 'propagatedDates'>): DocumentListItem {
  return {
    id: a.id,
    externalId: a.externalId ?? null,
    source: a.source,
    url: a.url,
    title: a.title,
    label: readableTitle({ title: a.title, text: a.text, publisher: a.publisher, published: shownPublished(a, corpus).value }),
    publisher: a.publisher,
    published: shownPublished(a, corpus).value,
    duplicateOf: corpus.duplicates[a.id] ?? null,
  };
}

export function emptyCorpus(): CorpusResult {
  return { entities: [], events: [], quotes: [], claims: [], discrepancies: [], duplicates: {}, propagatedDates: {} };
}
