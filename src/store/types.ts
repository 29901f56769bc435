import type { Article, RawInput } from '../core/types.js';
import type { ClaimRecord, CorpusResult, Discrepancy, Entity, Event, QuoteRecord } from '../corpus/types.js';
import type { DateEvidence, EntityType } from '../core/types.js';
import type { DocumentListItem, EntityListItem, TimelineItem } from '../server/types.js';

export interface DocumentSummary {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
}

export interface SearchHit {
  documentId: string;
  title: string | null;
  /** A snippet with matches wrapped in «». */
  snippet: string;
  rank: number;
}

export interface StoreStats {
  rawInputs: number;
  documents: number;
  entities: number;
  events: number;
}

/** What the incremental corpus state (src/corpus/incremental.ts) covers. */
export interface CorpusStateInfo {
  /** The state's format (a state of another version is rebuilt, not read). */
  version: string;
  /** The last document (store seq) the state covers. */
  cursor: number;
  /** The last document the saved corpus results cover (saveCorpus), or null when none were saved. */
  corpusSeq: number | null;
}

/** A posting of the corpus state index: `ref` is found by `key` in `space`. */
export interface CorpusStateKey {
  space: string;
  key: string;
  ref: string;
}

/** One write of the incremental corpus state, all or nothing. */
export interface CorpusStateWrite {
  version: string;
  cursor: number;
  /** The cursor the stored state must still have (another update got there first otherwise); null: replace whatever is stored. */
  expect: number | null;
  /** Objects to put (`data` JSON-serialisable) or, with `data: null`, to delete. */
  objects: { space: string; id: string; data: unknown }[];
  /** Postings to drop before adding `keys`: every posting of these refs in the space. */
  dropRefs: { space: string; ref: string }[];
  keys: CorpusStateKey[];
}

/**
 * A change to the saved corpus results (what saveCorpus writes whole), written with a state
 * write in the same transaction: the corpus then covers documents up to `upTo`.
 */
export interface CorpusDelta {
  upTo: number;
  /** Entities and events to add or replace (by id). */
  entities: Entity[];
  events: Event[];
  /** Events that no longer exist (merged into another, or re-formed under another id). */
  deleteEvents: string[];
  /** Quotes and claims to add (those of the new documents). */
  quotes: QuoteRecord[];
  claims: ClaimRecord[];
  /** All discrepancies, duplicates and propagated dates (they replace the saved ones). */
  discrepancies: Discrepancy[];
  duplicates: CorpusResult['duplicates'];
  propagatedDates: CorpusResult['propagatedDates'];
}

/** Articles stored after a cursor, and the cursor they reach. */
export interface ArticlesAfter {
  /** The newest document seq at the time of the call: the walk stops there. */
  upTo: number;
  articles: AsyncIterable<Article>;
}

export interface AddOptions {
  /** A place from `reserveOrder()`: the articles are listed there, not at the end. */
  order?: string;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

export interface Page<T> extends PageRequest {
  total: number;
  items: T[];
}

/** The timeline's filters (docs/api.md, GET /api/timeline). */
export interface TimelineFilter extends PageRequest {
  from?: string | undefined;
  to?: string | undefined;
  /** Entity ids or names (an id, else every entity whose name or alias contains it). */
  entity?: readonly string[] | undefined;
  /** PLOVER types or kinds, any case. */
  type?: readonly string[] | undefined;
  topic?: readonly string[] | undefined;
  /** Document ids, or publisher or source names (contains). */
  source?: readonly string[] | undefined;
  planned?: boolean | undefined;
  /** Undated events too ('true', the default), not ('false') or only them ('only'). */
  undated?: 'true' | 'false' | 'only' | undefined;
  /** Events matching a search-box query (fts-query.ts) in headline, sentence or names. */
  q?: string | undefined;
  top?: number | undefined;
  dates?: number | undefined;
  perDate?: number | undefined;
}

export interface EntityFilter extends PageRequest {
  type?: EntityType | undefined;
  q?: string | undefined;
}

export interface DocumentFilter extends PageRequest {
  q?: string | undefined;
  publisher?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface QuoteFilter extends PageRequest {
  speaker?: string | undefined;
  document?: string | undefined;
  q?: string | undefined;
}

export interface ClaimFilter extends PageRequest {
  subject?: string | undefined;
  claimant?: string | undefined;
  document?: string | undefined;
}

export type QuoteItem = QuoteRecord & { speakerName: string | null };

export interface EventRecord {
  event: Event;
  item: TimelineItem;
  /** On the timeline (asserted or planned), not a denied or hypothetical event. */
  listed: boolean;
  disagreements: Discrepancy[];
}

export interface EntityRecord {
  entity: Entity;
  /** Timeline events it takes part in or is the place of, in timeline order. */
  events: Page<TimelineItem>;
  /** Stored documents mentioning it, in the entity's order. */
  documents: Page<DocumentListItem>;
  /** Its quotes and claims (as many as the page's limit). */
  quotes: QuoteRecord[];
  claims: ClaimRecord[];
  /** Entities sharing events or documents with it, strongest first (at most 30). */
  coOccurring: { id: string; name: string; type: EntityType; events: number; documents: number }[];
}

export interface DocumentRecord {
  item: DocumentListItem;
  /** The date evidence it shows (its own or a propagated one). */
  published: DateEvidence;
  /** Timeline events it reports, in timeline order. */
  events: { event: Event; item: TimelineItem }[];
  /** Corpus entities it mentions, with their names (lower case) for linking its mentions. */
  entities: { id: string; name: string; type: EntityType; names: string[] }[];
}

export interface CorpusStats {
  documents: number;
  entities: number;
  events: number;
  /** Events on the timeline (asserted or planned), and those of them without a date. */
  timeline: number;
  undated: number;
  quotes: number;
  claims: number;
  discrepancies: number;
}

export interface CorpusFacets {
  types: { value: string; count: number }[];
  topics: { value: string; count: number }[];
  publishers: { value: string; count: number }[];
  /** The 200 entities in most timeline events. */
  entities: { value: string; count: number; name: string }[];
}

export type CorpusSearchKind = 'entity' | 'event' | 'quote';

/** A corpus search hit: entity id, event id or (for a quote) its document id; `text` is what the snippet is cut from. */
export interface CorpusSearchRow {
  id: string;
  title: string;
  text: string;
  start: number | null;
  end: number | null;
}

/**
 * The corpus as the server reads it: pages and records from indexed read tables, written by
 * saveCorpus (corpus-rows.ts). Nothing here loads the whole corpus.
 */
export interface CorpusReader {
  timelinePage(q: TimelineFilter): Promise<Page<TimelineItem>>;
  eventById(id: string): Promise<EventRecord | null>;
  entityList(q: EntityFilter): Promise<Page<EntityListItem>>;
  /** An entity with a page of its events and documents. */
  entityById(id: string, page: PageRequest): Promise<EntityRecord | null>;
  /** Names of the entities with these ids (unknown ids left out). */
  entityNames(ids: readonly string[]): Promise<Map<string, string>>;
  /** The entity a value names: its id, else the most mentioned whose name or alias contains it. */
  pickEntity(value: string): Promise<Entity | null>;
  /** Timeline events both entities are involved in (participant, place, or country through its sides and its people). */
  relationshipEvents(a: Entity, b: Entity): Promise<TimelineItem[]>;
  documentPage(q: DocumentFilter): Promise<Page<DocumentListItem>>;
  documentById(id: string): Promise<DocumentRecord | null>;
  /** Document list items and timeline event headlines by id (unknown ids left out). */
  labels(documentIds: readonly string[], eventIds: readonly string[]): Promise<{ documents: Map<string, DocumentListItem>; events: Map<string, string> }>;
  quotePage(q: QuoteFilter): Promise<Page<QuoteItem>>;
  claimPage(q: ClaimFilter): Promise<Page<ClaimRecord>>;
  discrepancyPage(q: PageRequest): Promise<Page<Discrepancy>>;
  /** How many entities, timeline events and quotes match a search-box query. */
  searchCounts(query: string): Promise<Record<CorpusSearchKind, number>>;
  /** A page of one kind's matches, in corpus order (entities as stored, events in timeline order, quotes as stored). */
  searchCorpus(query: string, kind: CorpusSearchKind, offset: number, limit: number): Promise<CorpusSearchRow[]>;
  corpusStats(): Promise<CorpusStats>;
  facets(): Promise<CorpusFacets>;
}

/**
 * Where documents and corpus results live. The embedded SQLite store is the default;
 * a server database implements the same interface without the stages knowing.
 */
export interface Store extends CorpusReader {
  /** True when this raw input (by content hash) was already ingested. */
  hasRaw(hash: string): Promise<boolean>;
  /** True when this stored raw input has articles (false for one kept raw past a budget). */
  hasDocuments?(hash: string): Promise<boolean>;
  /** Keep the raw input and its cleaned, annotated articles, all or nothing. */
  addDocuments(raw: RawInput, articles: readonly Article[], options?: AddOptions): Promise<void>;
  /**
   * A place in the ingest order, taken now for an input stored later (by a queue worker), so
   * that the order does not depend on which worker finishes first. Stores without it keep
   * the order in which inputs are stored.
   */
  reserveOrder?(): Promise<string>;
  /** Every stored article, in ingest order. */
  articles(): AsyncIterable<Article>;
  getArticle(id: string): Promise<Article | null>;
  /** Sources of stored documents whose record id (`externalId`) is this one. */
  sourcesWithExternalId?(externalId: string): Promise<string[]>;
  getRaw(hash: string): Promise<RawInput | null>;
  /** True when documents were stored after the saved corpus results were computed. */
  corpusStale?(): Promise<boolean>;
  /**
   * Documents stored after `cursor` (a store seq; 0 for all), in ingest order, up to the newest
   * at the time of the call. A following saveCorpus covers up to `upTo`.
   */
  articlesAfter?(cursor: number): Promise<ArticlesAfter>;
  /** The incremental corpus state's version and cursor, or null when none is stored. */
  corpusState?(): Promise<CorpusStateInfo | null>;
  /** Stored state objects of a space by id (missing ids are absent from the map). */
  getStateObjects?(space: string, ids: readonly string[]): Promise<Map<string, unknown>>;
  /** Every object of a space (for small spaces only). */
  allStateObjects?(space: string): Promise<Map<string, unknown>>;
  /** Refs posted under each key of a space (keys without postings are absent); at most `limit` + 1 refs per key when `limit` is given. */
  lookupStateKeys?(space: string, keys: readonly string[], limit?: number): Promise<Map<string, string[]>>;
  /**
   * Apply one state write, and with `corpus` that change to the saved corpus results, in one
   * transaction; false (nothing written) when `expect` is not the stored cursor.
   */
  writeCorpusState?(write: CorpusStateWrite, corpus?: CorpusDelta): Promise<boolean>;
  /** Drop the whole incremental state (the next update recomputes everything). */
  clearCorpusState?(): Promise<void>;
  /** Replace the corpus-stage results in one transaction. */
  saveCorpus(result: CorpusResult): Promise<void>;
  loadCorpus(): Promise<CorpusResult>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
