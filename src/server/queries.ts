/**
 * The API's answers, read from the store's corpus read tables (src/store/corpus-read.ts):
 * each request reads one page or one record through an index, so the server's memory does
 * not grow with the corpus.
 */
import type { Article } from '../core/types.js';
import type { Entity, Event, SourceRef } from '../corpus/types.js';
import { documentView } from '../report/documents.js';
import type { z } from 'zod';
import { HttpError, notFound } from './http.js';
import type { timelineQuery } from './schemas.js';
import type { CorpusState } from './state.js';
import { evidenceParts, evidenceRefs, readableTitle } from './titles.js';
import { parseSearchQuery, positiveWords } from '../store/fts-query.js';
import type { CorpusSearchKind, Page, PageRequest, Store } from '../store/types.js';
import { excerptAround, highlight } from './text.js';
import { ploverName } from './headline.js';
import type { Annotation, DocumentListItem, EntityDetail, EvidencePart, Relationship, RoleSpan, EventDetail, EventSource, SearchKind, SearchResult, TimelineItem } from './types.js';

type TimelineQuery = z.output<typeof timelineQuery>;

export { MAX_NEIGHBOURS } from '../store/corpus-read.js';

/** The timeline filtered as asked, in date order, one page. */
export async function timeline(state: CorpusState, q: TimelineQuery): Promise<Page<TimelineItem>> {
  return state.store.timelinePage({ ...q, planned: q.planned === undefined ? undefined : q.planned === 'true' });
}

/** Evidence text split into parts, the documents and events it names given by title. */
async function evidence(state: CorpusState, text: string): Promise<EvidencePart[]> {
  const refs = evidenceRefs(text);
  if (!refs.documents.length && !refs.events.length) return evidenceParts(text, () => null);
  const { documents, events } = await state.store.labels(refs.documents, refs.events);
  return evidenceParts(text, (kind, id) => (kind === 'document' ? (documents.get(id)?.label ?? null) : (events.get(id) ?? null)));
}

/** An event with every source's cited sentence in its paragraph, and the disagreements about it. */
export async function eventDetail(state: CorpusState, id: string): Promise<EventDetail> {
  const rec = await state.store.eventById(id);
  if (!rec) throw notFound('event', id);
  const ev = rec.event;
  const { documents } = await state.store.labels(ev.sources.map((s) => s.documentId), []);
  const sources = await eventSources(state.store, ev.sources, documents);
  return { ...rec.item, dateEvidence: ev.date, dateEvidenceParts: await evidence(state, ev.date.evidence), sources, disagreements: rec.disagreements };
}

/**
 * Each document an event cites, once, with every cited sentence in its paragraph (in text
 * order); `documents` gives the label and shown date of those it has.
 */
export async function eventSources(store: Pick<Store, 'getArticle'>, refs: readonly SourceRef[], documents: ReadonlyMap<string, Pick<DocumentListItem, 'label' | 'published'>>): Promise<EventSource[]> {
  const articles = new Map<string, Article>();
  const sources: EventSource[] = [];
  const byDoc = new Map<string, EventSource>();
  for (const s of [...refs].sort((x, y) => x.start - y.start)) {
    let src = byDoc.get(s.documentId);
    if (!src) {
      const a = await store.getArticle(s.documentId);
      if (!a) continue;
      const doc = documents.get(a.id);
      src = { documentId: a.id, title: a.title, label: doc?.label ?? readableTitle({ ...a, published: a.published.value }), publisher: a.publisher, source: a.source, url: a.url, published: doc?.published ?? a.published.value, excerpts: [] };
      articles.set(a.id, a);
      byDoc.set(a.id, src);
      sources.push(src);
    }
    const a = articles.get(s.documentId)!;
    const x = excerptAround(a.text, s.start, s.end);
    src.excerpts.push({ text: x.text, highlight: { start: s.start - x.offset, end: Math.min(s.end, x.offset + x.text.length) - x.offset }, start: s.start, end: s.end });
  }
  return sources;
}

export async function entityDetail(state: CorpusState, id: string, page: PageRequest): Promise<EntityDetail> {
  const rec = await state.store.entityById(id, page);
  if (!rec) throw notFound('entity', id);
  const { documents: _documents, ...e } = rec.entity;
  const names = await state.store.entityNames(e.roles.map((r) => r.of).filter((x): x is string => x !== null));
  const roles = namedRoles(e.roles, (of) => names.get(of));
  return {
    ...e,
    roles,
    roleSpans: roleSpans(roles),
    documents: rec.documents.items,
    documentsTotal: rec.documents.total,
    events: rec.events.items,
    eventsTotal: rec.events.total,
    quotes: rec.quotes,
    claims: rec.claims,
    coOccurring: rec.coOccurring,
  };
}

/** An entity's roles by first date, each with the name (`nameOf`, else the id) of the entity it is held at. */
export function namedRoles(roles: readonly Entity['roles'][number][], nameOf: (id: string) => string | undefined): (Entity['roles'][number] & { ofName: string | null })[] {
  return [...roles].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '')).map((r) => ({ ...r, ofName: r.of ? (nameOf(r.of) ?? r.of) : null }));
}

/** Roles with the same title (any case) and `of` made one, with the first and last date a report gives. */
export function roleSpans(roles: readonly (Entity['roles'][number] & { ofName: string | null })[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  for (const r of roles) {
    const key = `${r.title.toLowerCase().replace(/\s+/g, ' ').trim()}|${r.of ?? ''}`;
    const s = spans.get(key);
    if (!s) {
      spans.set(key, { title: r.title, of: r.of, ofName: r.ofName, firstSeen: r.asOf, lastSeen: r.lastSeen ?? r.asOf, reports: r.reports ?? 1, source: r.source });
      continue;
    }
    s.reports += r.reports ?? 1;
    if (r.asOf && (s.firstSeen === null || r.asOf < s.firstSeen)) {
      s.firstSeen = r.asOf;
      s.source = r.source;
    }
    const last = r.lastSeen ?? r.asOf;
    if (last && (s.lastSeen === null || last > s.lastSeen)) s.lastSeen = last;
  }
  return [...spans.values()].sort((x, y) => (x.firstSeen ?? '\uffff').localeCompare(y.firstSeen ?? '\uffff') || x.title.localeCompare(y.title));
}

/** The entity a relationship parameter names: an id, else the most mentioned entity whose name or alias contains it. */
async function pickEntity(state: CorpusState, value: string, param: string): Promise<Entity> {
  const e = await state.store.pickEntity(value);
  if (!e) throw new HttpError(404, 'E_NOT_FOUND', `${param}: no entity with id or name "${value}"`);
  return e;
}

/** The events two entities share, by type and month. */
export async function relationship(state: CorpusState, aValue: string, bValue: string): Promise<Relationship> {
  const a = await pickEntity(state, aValue, 'a');
  const b = await pickEntity(state, bValue, 'b');
  if (a.id === b.id) throw new HttpError(400, 'E_BAD_REQUEST', `a and b are the same entity (${a.name}); give two different entities`);
  const events = await state.store.relationshipEvents(a, b);
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
  // A document stored after the corpus was last saved has no read rows yet: shown as it is.
  const rec = await state.store.documentById(id);
  const view = documentView(a, { duplicates: rec?.item.duplicateOf ? { [id]: rec.item.duplicateOf } : {}, propagatedDates: rec ? { [id]: rec.published } : {} });
  const byName = new Map<string, string>();
  for (const e of rec?.entities ?? []) for (const n of e.names) if (!byName.has(n)) byName.set(n, e.id);
  const corpusEntity = (name: string): string | null => byName.get(name.toLowerCase()) ?? null;
  const events = rec?.events ?? [];
  const annotations = documentAnnotations(a, corpusEntity, events.map((e) => e.event));
  return {
    ...view,
    label: rec?.item.label ?? readableTitle({ ...a, published: view.published.value }),
    publishedParts: await evidence(state, view.published.evidence),
    meta: a.meta,
    annotations,
    events: events.map((e) => e.item),
    entities: (rec?.entities ?? []).map((e) => ({ id: e.id, name: e.name, type: e.type })),
  };
}

/**
 * What the document reader highlights, in text order: entity mentions and quotes (linked to
 * the corpus entity `corpusEntity` names), dates, and event triggers (linked to the corpus
 * event among `events` that cites the trigger's sentence).
 */
export function documentAnnotations(a: Article, corpusEntity: (name: string) => string | null, events: readonly Event[]): Annotation[] {
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
  for (const ev of a.events) {
    const match = events.find((e) => e.sources.some((s) => s.documentId === a.id && s.start < ev.sentence.end && s.end > ev.sentence.start));
    annotations.push({ kind: 'event', start: ev.start, end: ev.end, label: `${ev.plover}: ${ev.trigger}`, ref: match?.id ?? null });
  }
  return annotations.sort((x, y) => x.start - y.start || y.end - x.end);
}

/**
 * Search entities, events, quotes (the store's corpus search) and documents (its document
 * search), with one query language (src/store/fts-query.ts); snippets mark matches with «».
 */
export async function search(state: CorpusState, q: string, kinds: readonly SearchKind[], offset: number, limit: number): Promise<{ total: number; counts: Record<SearchKind, number>; items: SearchResult[] }> {
  const node = parseSearchQuery(q);
  const terms = [...new Set(positiveWords(node).map((w) => w.text.toLowerCase()))];
  const want = new Set(kinds.length ? kinds : SEARCH_KINDS);
  const cap = offset + limit;
  const corpusKinds: CorpusSearchKind[] = ['entity', 'event', 'quote'];
  const counts: Record<SearchKind, number> = { entity: 0, event: 0, quote: 0, document: 0 };
  if (corpusKinds.some((k) => want.has(k))) {
    const found = await state.store.searchCounts(q);
    for (const k of corpusKinds) if (want.has(k)) counts[k] = found[k];
  }
  let documents: SearchResult[] = [];
  if (want.has('document')) {
    const hits = await state.store.search(q, Math.max(cap, 200));
    const { documents: items } = await state.store.labels(hits.map((h) => h.documentId), []);
    documents = hits.map((h) => ({ kind: 'document', id: h.documentId, title: items.get(h.documentId)?.label ?? h.title ?? h.documentId, snippet: h.snippet }));
    counts.document = documents.length;
  }
  // Entities first, then events, quotes, documents: read only the part of each kind the page covers.
  const items: SearchResult[] = [];
  let at = 0;
  for (const kind of SEARCH_KINDS) {
    const from = Math.max(offset, at);
    const to = Math.min(cap, at + counts[kind]);
    if (to > from) {
      if (kind === 'document') items.push(...documents.slice(from - at, to - at));
      else
        for (const r of await state.store.searchCorpus(q, kind, from - at, to - from)) {
          items.push(kind === 'quote' ? { kind, id: r.id, title: r.title, snippet: highlight(r.text, terms), start: r.start ?? 0, end: r.end ?? 0 } : { kind, id: r.id, title: r.title, snippet: highlight(r.text, terms) });
        }
    }
    at += counts[kind];
  }
  return { total: at, counts, items };
}

export const SEARCH_KINDS: readonly SearchKind[] = ['entity', 'event', 'quote', 'document'];
