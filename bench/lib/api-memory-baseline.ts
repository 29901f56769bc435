/**
 * The server's in-memory corpus as it was before the read tables (src/server/state.ts and
 * queries.ts at commit 522c49a), kept for bench:api to measure today's way beside the store
 * queries in the same run. Not used by the server.
 */
import type { Article } from '../../src/core/types.js';
import type { CorpusResult, Entity, Event } from '../../src/corpus/types.js';
import { documentView, shownPublished } from '../../src/report/documents.js';
import { buildTimeline } from '../../src/report/timeline.js';
import { notFound } from '../../src/server/http.js';
import { documentAnnotations, eventSources, MAX_NEIGHBOURS, namedRoles, roleSpans, SEARCH_KINDS } from '../../src/server/queries.js';
import { queryMatcher } from '../../src/server/query-match.js';
import type { timelineQuery } from '../../src/server/schemas.js';
import { highlight } from '../../src/server/text.js';
import { evidenceParts, readableTitle } from '../../src/server/titles.js';
import type { DocumentListItem, EntityDetail, EventDetail, SearchKind, SearchResult, TimelineItem } from '../../src/server/types.js';
import { dateEnd, timelineItem } from '../../src/store/corpus-rows.js';
import { parseSearchQuery, positiveWords } from '../../src/store/fts-query.js';
import type { Store } from '../../src/store/types.js';
import type { z } from 'zod';

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
  /** Document id -> its shown publication date. */
  published = new Map<string, string | null>();
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
    this.published = new Map(documents.map((d) => [d.id, d.published]));
    this.timeline = buildTimeline(corpus, { undated: true }).map((t) => timelineItem(t.event, this.entitiesById, this.published, t));
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function listItem(a: Article, corpus: Pick<CorpusResult, 'duplicates' | 'propagatedDates'>): DocumentListItem {
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

function emptyCorpus(): CorpusResult {
  return { entities: [], events: [], quotes: [], claims: [], discrepancies: [], duplicates: {}, propagatedDates: {} };
}


type TimelineQuery = z.output<typeof timelineQuery>;

/** Entity ids a filter value stands for: an exact id, or every entity whose name or alias contains it. */
function resolveEntities(state: CorpusState, values: readonly string[]): Set<string> {
  const out = new Set<string>();
  const names: string[] = [];
  for (const v of values) (state.entitiesById.has(v) ? out.add(v) : names.push(v.toLowerCase()));
  if (names.length)
    for (const e of state.corpus.entities) if ([e.name, ...e.aliases].some((n) => names.some((q) => n.toLowerCase().includes(q)))) out.add(e.id);
  return out;
}

/** The timeline filtered as asked, in date order. */
export function timeline(state: CorpusState, q: TimelineQuery): TimelineItem[] {
  let items: readonly TimelineItem[] = state.timeline;
  if (q.entity?.length) {
    const ids = resolveEntities(state, q.entity);
    items = items.filter((t) => t.participants.some((p) => ids.has(p.id)) || (t.location !== null && ids.has(t.location.id)));
  }
  if (q.type?.length) {
    const types = new Set(q.type.map((t) => t.toUpperCase()));
    items = items.filter((t) => types.has(t.type.toUpperCase()) || types.has(t.kind.toUpperCase()));
  }
  if (q.topic?.length) {
    const topics = new Set(q.topic.map((t) => t.toLowerCase()));
    items = items.filter((t) => t.topics.some((x) => topics.has(x.toLowerCase())));
  }
  if (q.source?.length) {
    const docs = documentsMatching(state, q.source);
    items = items.filter((t) => {
      const ev = state.eventsById.get(t.id);
      return !!ev && (ev.documents.some((d) => docs.has(d)) || ev.sources.some((s) => docs.has(s.documentId)));
    });
  }
  if (q.planned) items = items.filter((t) => t.planned === (q.planned === 'true'));
  if (q.from) items = items.filter((t) => t.date !== null && dateEnd(t.date) >= q.from!);
  if (q.to) items = items.filter((t) => t.date !== null && t.date.slice(0, q.to!.length) <= q.to!);
  if (q.undated === 'false') items = items.filter((t) => t.date !== null);
  if (q.undated === 'only') items = items.filter((t) => t.date === null);
  if (q.top !== undefined && items.length > q.top) {
    const keep = new Set([...items].sort((a, b) => b.sourceCount - a.sourceCount || b.weight - a.weight || a.id.localeCompare(b.id)).slice(0, q.top).map((t) => t.id));
    items = items.filter((t) => keep.has(t.id));
  }
  if (q.dates !== undefined || q.perDate !== undefined) {
    const events = items.map((t) => state.eventsById.get(t.id)!).filter(Boolean);
    const kept = buildTimeline({ events, entities: [] }, { dates: q.dates, perDate: q.perDate });
    items = kept.map((k) => state.timelineById.get(k.event.id)!).filter(Boolean);
  }
  return [...items];
}

/** Document ids a source filter stands for: exact ids, or documents whose publisher or source contains the value. */
function documentsMatching(state: CorpusState, values: readonly string[]): Set<string> {
  const out = new Set<string>();
  const names: string[] = [];
  for (const v of values) (state.documentsById.has(v) ? out.add(v) : names.push(v.toLowerCase()));
  if (names.length)
    for (const d of state.documents)
      if (names.some((n) => (d.publisher ?? '').toLowerCase().includes(n) || d.source.toLowerCase().includes(n))) out.add(d.id);
  return out;
}

/** An event with every source's cited sentence in its paragraph, and the disagreements about it. */
export async function eventDetail(state: CorpusState, id: string): Promise<EventDetail> {
  const ev = state.eventsById.get(id);
  if (!ev) throw notFound('event', id);
  const item = state.timelineById.get(id) ?? timelineItem(ev, state.entitiesById, state.published, null);
  const sources = await eventSources(state.store, ev.sources, state.documentsById);
  return { ...item, dateEvidence: ev.date, dateEvidenceParts: evidenceParts(ev.date.evidence, refLabel(state)), sources, disagreements: state.corpus.discrepancies.filter((d) => d.ref === id) };
}

/** The label of a document or event an evidence string names, or null when the store has no such thing. */
function refLabel(state: CorpusState): (kind: 'document' | 'event', id: string) => string | null {
  return (kind, id) => (kind === 'document' ? (state.documentsById.get(id)?.label ?? null) : (state.timelineById.get(id)?.headline ?? null));
}

export function entityDetail(state: CorpusState, id: string): EntityDetail {
  const e = state.entitiesById.get(id);
  if (!e) throw notFound('entity', id);
  const events = state.eventsByEntity.get(id) ?? [];
  const co = new Map<string, { events: number; documents: number }>();
  const bump = (other: string, key: 'events' | 'documents'): void => {
    if (other === id || !state.entitiesById.has(other)) return;
    const c = co.get(other) ?? { events: 0, documents: 0 };
    c[key]++;
    co.set(other, c);
  };
  for (const t of events) for (const other of new Set([...t.participants.map((p) => p.id), ...(t.location ? [t.location.id] : [])])) bump(other, 'events');
  for (const d of e.documents) for (const other of state.entitiesByDocument.get(d) ?? []) bump(other, 'documents');
  const coOccurring = [...co.entries()]
    .map(([oid, c]) => {
      const o = state.entitiesById.get(oid)!;
      return { id: oid, name: o.name, type: o.type, ...c };
    })
    // The strongest first: a shared event counts twice a shared document.
    .sort((a, b) => 2 * b.events + b.documents - (2 * a.events + a.documents) || b.events - a.events || a.name.localeCompare(b.name))
    .slice(0, MAX_NEIGHBOURS);
  const roles = namedRoles(e.roles, (of) => state.entitiesById.get(of)?.name);
  return {
    ...e,
    roles,
    roleSpans: roleSpans(roles),
    documents: e.documents.map((d) => state.documentsById.get(d)).filter((d) => d !== undefined),
    documentsTotal: e.documents.length,
    events,
    eventsTotal: events.length,
    quotes: state.corpus.quotes.filter((q) => q.speaker === id),
    claims: state.corpus.claims.filter((c) => c.claimant === id),
    coOccurring,
  };
}

/** The document reader: cleaned text, metadata with evidence, and what to highlight. */
export async function documentDetail(state: CorpusState, id: string) {
  const a = await state.store.getArticle(id);
  if (!a) throw notFound('document', id);
  const view = documentView(a, state.corpus);
  const corpusEntity = entityLinker(state, a);
  const events = [...(state.eventsByDocument.get(id) ?? [])].map((e) => state.eventsById.get(e)!).filter(Boolean);
  const annotations = documentAnnotations(a, corpusEntity, events);
  return {
    ...view,
    label: state.documentsById.get(id)?.label ?? readableTitle({ ...a, published: view.published.value }),
    publishedParts: evidenceParts(view.published.evidence, refLabel(state)),
    meta: a.meta,
    annotations,
    events: [...(state.eventsByDocument.get(id) ?? [])].map((e) => state.timelineById.get(e)).filter((t) => t !== undefined),
    entities: (state.entitiesByDocument.get(id) ?? []).map((e) => state.entitiesById.get(e)!).map((e) => ({ id: e.id, name: e.name, type: e.type })),
  };
}

/** Doc-level entity name -> corpus entity id, among the entities the corpus places in this document. */
function entityLinker(state: CorpusState, a: Article): (name: string) => string | null {
  const candidates: Entity[] = (state.entitiesByDocument.get(a.id) ?? []).map((e) => state.entitiesById.get(e)!).filter(Boolean);
  const byName = new Map<string, string>();
  for (const e of candidates) for (const n of [e.name, ...e.aliases]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), e.id);
  return (name) => byName.get(name.toLowerCase()) ?? null;
}

/** Search entities, events, quotes (by words or speaker) in memory and documents (SQLite FTS5), with one query language (src/store/fts-query.ts); snippets mark matches with «». */
export async function search(state: CorpusState, q: string, kinds: readonly SearchKind[], offset: number, limit: number): Promise<{ total: number; counts: Record<SearchKind, number>; items: SearchResult[] }> {
  const node = parseSearchQuery(q);
  const matches = queryMatcher(node);
  const terms = [...new Set(positiveWords(node).map((w) => w.text.toLowerCase()))];
  const want = new Set(kinds.length ? kinds : SEARCH_KINDS);
  const cap = offset + limit;
  const byKind: Record<SearchKind, SearchResult[]> = { entity: [], event: [], quote: [], document: [] };
  const name = (id: string | null): string => (id ? (state.entitiesById.get(id)?.name ?? id) : 'unknown speaker');
  if (want.has('entity'))
    for (const e of state.corpus.entities) {
      const hay = [e.name, ...e.aliases].join(' · ');
      if (matches(`${hay} ${e.roles.map((r) => r.title).join(' ')}`)) byKind.entity.push({ kind: 'entity', id: e.id, title: `${e.name} (${e.type})`, snippet: highlight(hay, terms) });
    }
  if (want.has('event'))
    for (const t of state.timeline)
      if (matches(`${t.headline} ${t.summary} ${t.participants.map((p) => p.name).join(' ')} ${t.location?.name ?? ''}`))
        byKind.event.push({ kind: 'event', id: t.id, title: `${t.headline} (${t.when})`, snippet: highlight(t.summary, terms) });
  if (want.has('quote'))
    for (const qr of state.corpus.quotes) {
      // The speaker's name counts as part of the quote: "Lavrov grain" finds Lavrov's quotes about grain.
      const speaker = name(qr.speaker);
      if (matches(`${speaker} ${qr.text}`)) byKind.quote.push({ kind: 'quote', id: qr.documentId, title: speaker, snippet: highlight(qr.text, terms), start: qr.start, end: qr.end });
    }
  if (want.has('document'))
    for (const h of await state.store.search(q, Math.max(cap, 200)))
      byKind.document.push({ kind: 'document', id: h.documentId, title: state.documentsById.get(h.documentId)?.label ?? h.title ?? h.documentId, snippet: h.snippet });
  const all = SEARCH_KINDS.flatMap((k) => byKind[k]);
  const counts = Object.fromEntries(SEARCH_KINDS.map((k) => [k, byKind[k].length])) as Record<SearchKind, number>;
  return { total: all.length, counts, items: all.slice(offset, cap) };
}

