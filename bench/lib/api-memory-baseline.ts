/**
 * The server's in-memory corpus as it was before the read tables (src/server/state.ts and
 * queries.ts at commit 522c49a), kept for bench:api to measure today's way beside the store
 * queries in the same run. Not used by the server.
 */
import type { Article } from '../../src/core/types.js';
import type { CorpusResult, Entity, Event } from '../../src/corpus/types.js';
import { shownPublished } from '../../src/report/documents.js';
import { buildTimeline } from '../../src/report/timeline.js';
import { eventHeadline, ploverName } from '../../src/server/headline.js';
import type { Store } from '../../src/store/types.js';
import type { DocumentListItem } from '../../src/server/types.js';
import { documentView } from '../../src/report/documents.js';
import type { z } from 'zod';
import { HttpError, notFound } from '../../src/server/http.js';
import type { timelineQuery } from '../../src/server/schemas.js';
import { evidenceParts, readableTitle } from '../../src/server/titles.js';
import { parseSearchQuery, positiveWords } from '../../src/store/fts-query.js';
import { queryMatcher } from '../../src/server/query-match.js';
import { excerptAround, highlight } from '../../src/server/text.js';
import type { Annotation, EntityDetail, Relationship, RoleSpan, EventDetail, EventSource, SearchKind, SearchResult, TimelineItem } from '../../src/server/types.js';


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


type TimelineQuery = z.output<typeof timelineQuery>;

/** Entity ids a filter value stands for: an exact id, or every entity whose name or alias contains it. */
export function resolveEntities(state: CorpusState, values: readonly string[]): Set<string> {
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
  if (q.from) items = items.filter((t) => t.date !== null && endOf(t.date) >= q.from!);
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

function endOf(value: string): string {
  return value.length < 10 ? `${value}-99` : value;
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
  const item = state.timelineById.get(id) ?? toItem(state, id);
  const articles = new Map<string, Article>();
  const sources: EventSource[] = [];
  const byDoc = new Map<string, EventSource>();
  for (const s of [...ev.sources].sort((x, y) => x.start - y.start)) {
    let src = byDoc.get(s.documentId);
    if (!src) {
      const a = await state.store.getArticle(s.documentId);
      if (!a) continue;
      const doc = state.documentsById.get(a.id);
      src = { documentId: a.id, title: a.title, label: doc?.label ?? readableTitle({ ...a, published: a.published.value }), publisher: a.publisher, source: a.source, url: a.url, published: doc?.published ?? a.published.value, excerpts: [] };
      articles.set(a.id, a);
      byDoc.set(a.id, src);
      sources.push(src);
    }
    const a = articles.get(s.documentId)!;
    const x = excerptAround(a.text, s.start, s.end);
    src.excerpts.push({ text: x.text, highlight: { start: s.start - x.offset, end: Math.min(s.end, x.offset + x.text.length) - x.offset }, start: s.start, end: s.end });
  }
  return { ...item, dateEvidence: ev.date, dateEvidenceParts: evidenceParts(ev.date.evidence, refLabel(state)), sources, disagreements: state.corpus.discrepancies.filter((d) => d.ref === id) };
}

/** The label of a document or event an evidence string names, or null when the store has no such thing. */
export function refLabel(state: CorpusState): (kind: 'document' | 'event', id: string) => string | null {
  return (kind, id) => (kind === 'document' ? (state.documentsById.get(id)?.label ?? null) : (state.timelineById.get(id)?.headline ?? null));
}

/** A non-timeline event (denied or hypothetical) shown the same way. */
function toItem(state: CorpusState, id: string): TimelineItem {
  const ev = state.eventsById.get(id)!;
  const name = (x: string): string => state.entitiesById.get(x)?.name ?? x;
  return {
    id,
    type: ev.type,
    typeName: ploverName(ev.type),
    kind: ev.kind,
    headline: eventHeadline(ev, state.entitiesById),
    summary: ev.summary,
    reportedOn: reportedOn(ev, state.documentsById),
    date: ev.date.value,
    when: ev.date.value ?? 'undated',
    precision: ev.date.value ? (ev.date.granularity ?? 'other') : 'none',
    planned: ev.future || ev.modality === 'planned',
    modality: ev.modality,
    participants: ev.participants.map((p) => ({ id: p, name: name(p) })),
    location: ev.location ? { id: ev.location, name: name(ev.location) } : null,
    topics: ev.topics,
    sourceCount: ev.documents.length,
    weight: ev.weight,
  };
}

/** The role an entity was last reported in ("President of Russia"), or null. */
export function latestRole(state: CorpusState, e: Entity): string | null {
  const r = e.roles.reduce<Entity['roles'][number] | null>((best, x) => (!best || (x.asOf ?? '') > (best.asOf ?? '') ? x : best), null);
  if (!r) return null;
  const of = r.of ? (state.entitiesById.get(r.of)?.name ?? r.of) : null;
  return of ? `${r.title} of ${of}` : r.title;
}

/** Neighbours an entity page lists and draws, at most. */
export const MAX_NEIGHBOURS = 30;

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
  const roles = [...e.roles].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '')).map((r) => ({ ...r, ofName: r.of ? (state.entitiesById.get(r.of)?.name ?? r.of) : null }));
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

/** Roles with the same title (any case) and `of` made one, with the first and last date a report gives. */
export function roleSpans(roles: readonly (Entity['roles'][number] & { ofName: string | null })[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  for (const r of roles) {
    const key = `${r.title.toLowerCase().replace(/\s+/g, ' ').trim()}|${r.of ?? ''}`;
    const s = spans.get(key);
    if (!s) {
      spans.set(key, { title: r.title, of: r.of, ofName: r.ofName, firstSeen: r.asOf, lastSeen: r.asOf, reports: 1, source: r.source });
      continue;
    }
    s.reports++;
    if (r.asOf && (s.firstSeen === null || r.asOf < s.firstSeen)) {
      s.firstSeen = r.asOf;
      s.source = r.source;
    }
    if (r.asOf && (s.lastSeen === null || r.asOf > s.lastSeen)) s.lastSeen = r.asOf;
  }
  return [...spans.values()].sort((x, y) => (x.firstSeen ?? '\uffff').localeCompare(y.firstSeen ?? '\uffff') || x.title.localeCompare(y.title));
}

/** The entity a relationship parameter names: an id, else the most mentioned entity whose name or alias contains it. */
function pickEntity(state: CorpusState, value: string, param: string): Entity {
  const exact = state.entitiesById.get(value);
  if (exact) return exact;
  const ids = resolveEntities(state, [value]);
  const best = [...ids].map((id) => state.entitiesById.get(id)!).sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name))[0];
  if (!best) throw new HttpError(404, 'E_NOT_FOUND', `${param}: no entity with id or name "${value}"`);
  return best;
}

/**
 * Whether an event involves an entity: as a participant or the place; a country also through
 * the sides the event coder gave it and through its own people taking part.
 */
function involves(state: CorpusState, ev: Event, e: Entity): boolean {
  if (ev.participants.includes(e.id) || ev.location === e.id) return true;
  if (e.type !== 'country' || !e.country) return false;
  const c = e.country.toUpperCase();
  if (ev.countries && [...ev.countries.source, ...ev.countries.target].some((x) => x.toUpperCase() === c)) return true;
  return ev.participants.some((p) => state.entitiesById.get(p)?.country?.toUpperCase() === c);
}

/** The events two entities share, by type and month. */
export function relationship(state: CorpusState, aValue: string, bValue: string): Relationship {
  const a = pickEntity(state, aValue, 'a');
  const b = pickEntity(state, bValue, 'b');
  if (a.id === b.id) throw new HttpError(400, 'E_BAD_REQUEST', `a and b are the same entity (${a.name}); give two different entities`);
  const events = state.timeline.filter((t) => {
    const ev = state.eventsById.get(t.id);
    return !!ev && involves(state, ev, a) && involves(state, ev, b);
  });
  const kinds = new Map<string, number>();
  const months = new Map<string, { month: string; total: number; counts: Record<string, number> }>();
  for (const t of events) {
    kinds.set(t.type, (kinds.get(t.type) ?? 0) + 1);
    const month = t.date ? t.date.slice(0, 7) : 'undated';
    const row = months.get(month) ?? { month, total: 0, counts: {} };
    row.total++;
    row.counts[t.type] = (row.counts[t.type] ?? 0) + 1;
    months.set(month, row);
  }
  const short = (e: Entity) => ({ id: e.id, name: e.name, type: e.type });
  return {
    a: short(a),
    b: short(b),
    total: events.length,
    kinds: [...kinds.entries()].map(([type, count]) => ({ type, name: ploverName(type), count })).sort((x, y) => y.count - x.count || x.type.localeCompare(y.type)),
    months: [...months.values()].sort((x, y) => (x.month === 'undated' ? 1 : y.month === 'undated' ? -1 : x.month.localeCompare(y.month))),
    events,
  };
}

/** The document reader: cleaned text, metadata with evidence, and what to highlight. */
export async function documentDetail(state: CorpusState, id: string) {
  const a = await state.store.getArticle(id);
  if (!a) throw notFound('document', id);
  const view = documentView(a, state.corpus);
  const corpusEntity = entityLinker(state, a);
  const annotations: Annotation[] = [];
  for (const m of a.mentions) {
    const de = a.entities[m.entity];
    annotations.push({ kind: 'entity', start: m.start, end: m.end, label: de ? `${de.type}: ${de.name}` : m.type, ref: de ? corpusEntity(de.name) : null });
  }
  for (const t of a.timexes) annotations.push({ kind: 'date', start: t.start, end: t.end, label: t.value ?? 'unresolved date', ref: null });
  for (const q of a.quotes) {
    const sp = a.entities[q.speaker];
    annotations.push({ kind: 'quote', start: q.start, end: q.end, label: sp ? `quote: ${sp.name}` : 'quote: unknown speaker', ref: sp ? corpusEntity(sp.name) : null });
  }
  const events = [...(state.eventsByDocument.get(id) ?? [])].map((e) => state.eventsById.get(e)!).filter(Boolean);
  for (const ev of a.events) {
    const match = events.find((e) => e.sources.some((s) => s.documentId === id && s.start < ev.sentence.end && s.end > ev.sentence.start));
    annotations.push({ kind: 'event', start: ev.start, end: ev.end, label: `${ev.plover}: ${ev.trigger}`, ref: match?.id ?? null });
  }
  annotations.sort((x, y) => x.start - y.start || y.end - x.end);
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

export const SEARCH_KINDS: readonly SearchKind[] = ['entity', 'event', 'quote', 'document'];
