/**
 * The corpus read tables' rows, built from a corpus result: what the server pages through
 * instead of holding the corpus in memory (docs/storage.md, "Read tables"). Both stores write
 * these rows as they are; a store that saves part of a corpus can build the rows of that part
 * with the same functions. Everything a page shows is computed here once per save (timeline
 * items with their headlines, list items with labels, sort ranks), so a query only selects.
 */
import type { DateEvidence } from '../core/types.js';
import type { CorpusResult, Entity, Event } from '../corpus/types.js';
import { newsScore } from '../report/newsworthiness.js';
import { buildTimeline } from '../report/timeline.js';
import { eventHeadline, ploverName } from '../server/headline.js';
import { readableTitle } from '../server/titles.js';
import type { DocumentListItem, EntityListItem, TimelineItem } from '../server/types.js';

export type ColumnType = 'text' | 'int' | 'real';

/** A read table: its name and columns in row order (every row is an array in this order). */
export interface ReadTable {
  name: string;
  columns: readonly (readonly [string, ColumnType])[];
}

const table = (name: string, columns: readonly (readonly [string, ColumnType])[]): ReadTable => ({ name, columns });

/** The read tables, in the order they are written. */
export const READ_TABLES = {
  documents: table('read_documents', [
    ['id', 'text'], ['ord', 'int'], ['title_key', 'text'], ['source_key', 'text'], ['publisher', 'text'], ['publisher_key', 'text'],
    ['published', 'text'], ['duplicate_of', 'text'], ['label', 'text'], ['published_evidence', 'text'], ['item', 'text'],
  ]),
  entities: table('read_entities', [
    ['id', 'text'], ['ord', 'int'], ['rank', 'int'], ['type', 'text'], ['name', 'text'], ['names_key', 'text'], ['country', 'text'],
    ['mentions', 'int'], ['document_count', 'int'], ['item', 'text'],
  ]),
  entityDocuments: table('read_entity_documents', [['entity_id', 'text'], ['document_id', 'text'], ['doc_ord', 'int']]),
  events: table('read_events', [
    ['id', 'text'], ['ord', 'int'], ['tl_pos', 'int'], ['date', 'text'], ['date_end', 'text'], ['type_key', 'text'], ['kind_key', 'text'],
    ['type', 'text'], ['planned', 'int'], ['weight', 'real'], ['source_count', 'int'], ['news_score', 'real'], ['score_rank', 'int'],
    ['top_rank', 'int'], ['topics_key', 'text'], ['topics', 'text'], ['item', 'text'],
  ]),
  eventEntities: table('read_event_entities', [['event_id', 'text'], ['entity_id', 'text'], ['role', 'text'], ['tl_pos', 'int']]),
  eventDocuments: table('read_event_documents', [['event_id', 'text'], ['document_id', 'text'], ['tl_pos', 'int']]),
  quotes: table('read_quotes', [['seq', 'int'], ['speaker', 'text'], ['document_id', 'text'], ['text_key', 'text'], ['item', 'text']]),
  claims: table('read_claims', [['seq', 'int'], ['claimant', 'text'], ['document_id', 'text'], ['subject_key', 'text'], ['item', 'text']]),
  discrepancies: table('read_discrepancies', [['seq', 'int'], ['ref', 'text'], ['item', 'text']]),
  search: table('read_search', [['kind', 'text'], ['ref', 'text'], ['ord', 'int'], ['title', 'text'], ['hay', 'text'], ['body', 'text'], ['span_start', 'int'], ['span_end', 'int']]),
} as const;

export type ReadTableKey = keyof typeof READ_TABLES;
export type Cell = string | number | null;
export type CorpusRows = Record<ReadTableKey, Cell[][]>;

/** What the read tables need of a stored document (not its annotations). */
export interface DocumentHead {
  id: string;
  /** Its place in ingest order (any increasing number). */
  ord: number;
  source: string;
  title: string | null;
  /** Its text, or the first few thousand characters of it (enough for a label). */
  text: string;
  publisher: string | null;
  url: string | null;
  externalId: string | null;
  /** The article's own publication date. */
  published: DateEvidence;
}

/** Characters of a document's text its label is made from (its first line, at most 90, or its first 12 words). */
export const HEAD_CHARS = 400;

/** A document head from a row of id, source, title, head (text prefix), publisher, url, external_id, published (JSON). */
export function headOf(r: Record<string, unknown>, ord: number): DocumentHead {
  const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
  return {
    id: String(r.id),
    ord,
    source: String(r.source),
    title: str(r.title),
    text: String(r.head ?? ''),
    publisher: str(r.publisher),
    url: str(r.url),
    externalId: str(r.external_id),
    published: (typeof r.published === 'string' ? JSON.parse(r.published) : (r.published ?? { value: null, confidence: 0, evidence: 'none' })) as DocumentHead['published'],
  };
}

/** Lower case, as the server's substring filters compare names. */
const key = (s: string | null | undefined): string => (s ?? '').toLowerCase();

/** The date evidence a document shows: its own, or the one propagated from an event. */
function shownDate(d: DocumentHead, corpus: Pick<CorpusResult, 'propagatedDates'>): DateEvidence {
  const { value, confidence, evidence } = corpus.propagatedDates[d.id] ?? d.published;
  return { value, confidence, evidence };
}

export function documentListItem(d: DocumentHead, corpus: Pick<CorpusResult, 'duplicates' | 'propagatedDates'>): DocumentListItem {
  const published = shownDate(d, corpus).value;
  return {
    id: d.id,
    externalId: d.externalId,
    source: d.source,
    url: d.url,
    title: d.title,
    label: readableTitle({ title: d.title, text: d.text, publisher: d.publisher, published }),
    publisher: d.publisher,
    published,
    duplicateOf: corpus.duplicates[d.id] ?? null,
  };
}

export function documentRow(d: DocumentHead, corpus: Pick<CorpusResult, 'duplicates' | 'propagatedDates'>): Cell[] {
  const item = documentListItem(d, corpus);
  const evidence = shownDate(d, corpus);
  return [d.id, d.ord, key(d.title), key(d.source), d.publisher, key(d.publisher), item.published, item.duplicateOf, item.label, JSON.stringify(evidence), JSON.stringify(item)];
}

/** The role an entity was last reported in ("President of Russia"), or null. */
export function latestRole(e: Entity, entities: ReadonlyMap<string, Pick<Entity, 'name'>>): string | null {
  const r = e.roles.reduce<Entity['roles'][number] | null>((best, x) => (!best || (x.asOf ?? '') > (best.asOf ?? '') ? x : best), null);
  if (!r) return null;
  const of = r.of ? (entities.get(r.of)?.name ?? r.of) : null;
  return of ? `${r.title} of ${of}` : r.title;
}

/** Every name an entity filter matches against, lower case, one per line. */
export const namesKey = (e: Pick<Entity, 'name' | 'aliases'>): string => [e.name, ...e.aliases].map(key).join('\n');

/** A timeline item for any event; `when` and `precision` as the timeline gives them when it lists the event. */
export function timelineItem(
  ev: Event,
  entities: ReadonlyMap<string, Entity>,
  published: ReadonlyMap<string, string | null>,
  listed: { when: string; precision: string } | null,
): TimelineItem {
  const name = (x: string): string => entities.get(x)?.name ?? x;
  return {
    id: ev.id,
    type: ev.type,
    typeName: ploverName(ev.type),
    kind: ev.kind,
    headline: eventHeadline(ev, entities),
    summary: ev.summary,
    reportedOn: reportedOn(ev, published),
    date: ev.date.value,
    when: listed?.when ?? ev.date.value ?? 'undated',
    precision: listed?.precision ?? (ev.date.value ? (ev.date.granularity ?? 'other') : 'none'),
    planned: ev.future || ev.modality === 'planned',
    modality: ev.modality,
    participants: ev.participants.map((id) => ({ id, name: name(id) })),
    location: ev.location ? { id: ev.location, name: name(ev.location) } : null,
    topics: ev.topics,
    sourceCount: listed ? ev.documents.length || new Set(ev.sources.map((s) => s.documentId)).size : ev.documents.length,
    weight: ev.weight,
  };
}

/** The earliest publication date of the documents reporting an event, or null. */
export function reportedOn(event: Event, published: ReadonlyMap<string, string | null>): string | null {
  let first: string | null = null;
  for (const id of eventDocumentIds(event)) {
    const p = published.get(id) ?? null;
    if (p && (first === null || p < first)) first = p;
  }
  return first;
}

/** The documents an event cites or counts. */
export function eventDocumentIds(ev: Event): string[] {
  return [...new Set([...ev.documents, ...ev.sources.map((s) => s.documentId)])];
}

/** The last day a partial date covers, as a comparable string ("2023-10" -> "2023-10-99"). */
export function dateEnd(value: string): string {
  return value.length < 10 ? `${value}-99` : value;
}

/** String.prototype.localeCompare's order (the default locale's), without its cost per call. */
const collate = new Intl.Collator().compare;

/** Ranks (0, 1, ...) of items in the order `compare` gives. */
function ranks<T>(items: readonly T[], id: (x: T) => string, compare: (a: T, b: T) => number): Map<string, number> {
  return new Map([...items].sort(compare).map((x, i) => [id(x), i]));
}

/**
 * Every read-table row of a whole corpus result. `documents` are the stored documents the
 * result was computed from (others named by the result keep their ids as labels).
 */
export function corpusRows(result: CorpusResult, documents: Iterable<DocumentHead>): CorpusRows {
  const rows: CorpusRows = { documents: [], entities: [], entityDocuments: [], events: [], eventEntities: [], eventDocuments: [], quotes: [], claims: [], discrepancies: [], search: [] };
  const published = new Map<string, string | null>();
  for (const d of documents) {
    const row = documentRow(d, result);
    published.set(d.id, row[6] as string | null);
    rows.documents.push(row);
  }
  const entities = new Map(result.entities.map((e) => [e.id, e]));

  // Entities: list order is most mentioned first, then by name.
  const entityRank = ranks(result.entities, (e) => e.id, (a, b) => b.mentions - a.mentions || collate(a.name, b.name));
  result.entities.forEach((e, i) => {
    const item: EntityListItem = { id: e.id, type: e.type, name: e.name, aliases: e.aliases, country: e.country, role: latestRole(e, entities), mentions: e.mentions, documents: e.documents.length };
    rows.entities.push([e.id, i, entityRank.get(e.id)!, e.type, e.name, namesKey(e), e.country ? e.country.toUpperCase() : null, e.mentions, e.documents.length, JSON.stringify(item)]);
    // In the entity's own order of its documents.
    [...new Set(e.documents)].forEach((d, k) => rows.entityDocuments.push([e.id, d, k]));
    const hay = [e.name, ...e.aliases].join(' · ');
    rows.search.push(['entity', e.id, i, `${e.name} (${e.type})`, hay, `${hay} ${e.roles.map((r) => r.title).join(' ')}`, null, null]);
  });

  // Events: the timeline's order (buildTimeline, undated last), and the ranks top=N and dates/perDate sort by.
  const listed = new Map(buildTimeline({ events: result.events, entities: [] }, { undated: true }).map((t, i) => [t.event.id, { pos: i, when: t.when, precision: t.precision }]));
  const countries = new Map<string, string[]>();
  for (const e of result.entities) if (e.type === 'country' && e.country) countries.set(e.country.toUpperCase(), [...(countries.get(e.country.toUpperCase()) ?? []), e.id]);
  const items = new Map(result.events.map((ev) => [ev.id, timelineItem(ev, entities, published, listed.get(ev.id) ?? null)]));
  const score = new Map(result.events.map((e) => [e.id, newsScore(e)]));
  const scoreRank = ranks(result.events, (e) => e.id, (a, b) => score.get(b.id)! - score.get(a.id)! || b.weight - a.weight || collate(a.id, b.id));
  const topRank = ranks([...items.values()], (t) => t.id, (a, b) => b.sourceCount - a.sourceCount || b.weight - a.weight || collate(a.id, b.id));
  result.events.forEach((ev, i) => {
    const item = items.get(ev.id)!;
    const pos = listed.get(ev.id)?.pos ?? null;
    const date = ev.date.value;
    rows.events.push([
      ev.id, i, pos, date, date === null ? null : dateEnd(date), ev.type.toUpperCase(), ev.kind.toUpperCase(), ev.type, item.planned ? 1 : 0, ev.weight,
      item.sourceCount, score.get(ev.id)!, scoreRank.get(ev.id)!, topRank.get(ev.id)!, `|${ev.topics.map(key).join('|')}|`, ev.topics.join('\n'), JSON.stringify(item),
    ]);
    // Who takes part: participants and the place (the timeline's entity filter), and the
    // countries the event involves through its sides and its people (the relationship view).
    const roles = new Map<string, string>();
    for (const p of ev.participants) roles.set(p, 'participant');
    if (ev.location && !roles.has(ev.location)) roles.set(ev.location, 'location');
    const codes = new Set([...(ev.countries?.source ?? []), ...(ev.countries?.target ?? [])].map((c) => c.toUpperCase()));
    for (const p of ev.participants) {
      const c = entities.get(p)?.country;
      if (c) codes.add(c.toUpperCase());
    }
    for (const c of codes) for (const id of countries.get(c) ?? []) if (!roles.has(id)) roles.set(id, 'country');
    for (const [id, role] of roles) rows.eventEntities.push([ev.id, id, role, pos]);
    for (const d of eventDocumentIds(ev)) rows.eventDocuments.push([ev.id, d, pos]);
    if (pos !== null) {
      rows.search.push(['event', ev.id, pos, `${item.headline} (${item.when})`, item.summary, `${item.headline} ${item.summary} ${item.participants.map((p) => p.name).join(' ')} ${item.location?.name ?? ''}`, null, null]);
    }
  });

  const nameOf = (id: string | null): string => (id ? (entities.get(id)?.name ?? id) : 'unknown speaker');
  result.quotes.forEach((q, i) => {
    rows.quotes.push([i, q.speaker, q.documentId, key(q.text), JSON.stringify(q)]);
    // The speaker's name counts as part of the quote: "Lavrov grain" finds Lavrov's quotes about grain.
    rows.search.push(['quote', q.documentId, i, nameOf(q.speaker), q.text, `${nameOf(q.speaker)} ${q.text}`, q.start, q.end]);
  });
  // Search rows by kind, then in each kind's order (the SQLite index's row order is this).
  const kinds = ['entity', 'event', 'quote'];
  rows.search.sort((a, b) => kinds.indexOf(a[0] as string) - kinds.indexOf(b[0] as string) || (a[2] as number) - (b[2] as number));
  result.claims.forEach((c, i) => rows.claims.push([i, c.claimant, c.documentId, key(c.subject), JSON.stringify(c)]));
  result.discrepancies.forEach((d, i) => rows.discrepancies.push([i, d.ref, JSON.stringify(d)]));
  return rows;
}
