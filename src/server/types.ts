import type { Article, DateEvidence, EntityType } from '../core/types.js';
import type { Discrepancy, Entity, Event, QuoteRecord, ClaimRecord } from '../corpus/types.js';
import type { CorpusFacets, CorpusStats, Store } from '../store/types.js';
import type { EvidencePart } from './titles.js';

/** What the HTTP app needs to run. */
export interface ServerOptions {
  store: Store;
  /** Token write endpoints (ingest) require; null when the server listens on loopback only. */
  token?: string | null;
  /** The address the server listens on (--host): its name is accepted in the Host header too. */
  host?: string | null;
  /** More host names (a reverse proxy's) the Host header may carry. */
  allowedHosts?: string[];
  /** Folder of the built web app (web/dist); null or missing: API only. */
  webDir?: string | null;
  /** URL ingest may fetch loopback, private and link-local addresses (SSRF guard off). Default false. */
  allowPrivateUrls?: boolean;
  /** Runs one ingest batch; defaults to the real pipeline (src/app/ingest.ts). Tests may replace it. */
  runIngest?: IngestRunner;
}

export type IngestRunner = (specs: string[], onProgress: (source: string, outcome: string) => void) => Promise<IngestResult>;

export interface IngestResult {
  inputs: number;
  documents: number;
  skipped: number;
  failed: { input: string; code: string; message: string }[];
}

/** A document as lists show it (no text). */
export interface DocumentListItem {
  id: string;
  /** The input record's own `id`, or null. */
  externalId: string | null;
  source: string;
  url: string | null;
  title: string | null;
  /** The title as shown: its own, else its first words, else outlet and date (never a path). */
  label: string;
  publisher: string | null;
  published: string | null;
  duplicateOf: string | null;
}

/** An event as the timeline shows it. */
export interface TimelineItem {
  id: string;
  type: string;
  /** The PLOVER type's plain-language name ("meeting, call, visit"). */
  typeName: string;
  kind: string;
  /** Who did what to whom, from its actors ("Russia — agreement — Pakistan"). */
  headline: string;
  /** The sentence of its best-dated report. */
  summary: string;
  /** The earliest publication date of the documents reporting it (where an undated event is drawn). */
  reportedOn: string | null;
  date: string | null;
  /** "2023-10-17" or "on or before 2023-10-18" or "undated". */
  when: string;
  /** day, month, year, ... or "none". */
  precision: string;
  /** Planned (not yet happened as of its sources) rather than happened. */
  planned: boolean;
  modality: Event['modality'];
  participants: { id: string; name: string }[];
  location: { id: string; name: string } | null;
  topics: string[];
  /** Distinct documents reporting it. */
  sourceCount: number;
  weight: number;
}

export interface Page<T> {
  total: number;
  offset: number;
  limit: number;
  items: T[];
}

/** A cited passage inside the text around it (its paragraph, cut to a window when long). */
export interface Excerpt {
  text: string;
  /** The cited passage, as offsets into `text`. */
  highlight: { start: number; end: number };
  /** The cited passage as offsets into the document text. */
  start: number;
  end: number;
}

/** One document reporting an event, with every passage of it the event cites. */
export interface EventSource {
  documentId: string;
  title: string | null;
  /** The title as shown (see DocumentListItem.label). */
  label: string;
  publisher: string | null;
  source: string;
  url: string | null;
  published: string | null;
  excerpts: Excerpt[];
}

export interface EventDetail extends TimelineItem {
  dateEvidence: DateEvidence;
  /** `dateEvidence.evidence` with the documents and events it names given by title. */
  dateEvidenceParts: EvidencePart[];
  sources: EventSource[];
  disagreements: Discrepancy[];
}

export interface EntityListItem {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  country: string | null;
  /** The role it was last reported in ("President of Russia"), or null. */
  role: string | null;
  mentions: number;
  documents: number;
}

/** One role an entity held, over all the reports that give it: first and last seen. */
export interface RoleSpan {
  title: string;
  of: string | null;
  ofName: string | null;
  /** Earliest and latest date a report gives it (null when no report dates it). */
  firstSeen: string | null;
  lastSeen: string | null;
  /** How many reports state it. */
  reports: number;
  /** The earliest report stating it. */
  source: Entity['roles'][number]['source'];
}

export interface EntityDetail extends Omit<Entity, 'documents' | 'roles'> {
  /** Roles by date; `ofName` names the entity `of` points to. */
  roles: (Entity['roles'][number] & { ofName: string | null })[];
  /** The roles deduplicated (same title and of, any case), by first seen. */
  roleSpans: RoleSpan[];
  /** A page of its documents (`offset`, `limit` of the request) and how many there are. */
  documents: DocumentListItem[];
  documentsTotal: number;
  /** A page of its timeline events, in date order, and how many there are. */
  events: TimelineItem[];
  eventsTotal: number;
  /** Its quotes and claims, as many as the page's limit. */
  quotes: QuoteRecord[];
  claims: ClaimRecord[];
  /** Entities that share events or documents with this one, most shared first. */
  coOccurring: { id: string; name: string; type: EntityType; events: number; documents: number }[];
}

/** A highlight in the document reader, offsets into the text. */
export interface Annotation {
  kind: 'entity' | 'date' | 'quote' | 'event';
  start: number;
  end: number;
  label: string;
  /** Corpus entity id or event id it links to, when known. */
  ref: string | null;
}

export type SearchKind = 'document' | 'event' | 'quote' | 'entity';

export interface SearchResult {
  kind: SearchKind;
  /** Document id, entity id, event id, or the quote's document id. */
  id: string;
  title: string;
  /** Matches wrapped in «». */
  snippet: string;
  /** Quote offsets into its document. */
  start?: number;
  end?: number;
}

export type { Article, EvidencePart };

/** Two entities' shared events: by PLOVER type, per month, and the list. */
export interface Relationship {
  a: { id: string; name: string; type: EntityType };
  b: { id: string; name: string; type: EntityType };
  total: number;
  /** Counts by PLOVER type, most first, with its plain name. */
  kinds: { type: string; name: string; count: number }[];
  /** One row per month with shared events ("YYYY-MM"; "undated" last), counts by type. */
  months: { month: string; total: number; counts: Record<string, number> }[];
  events: TimelineItem[];
}

/** GET /api/stats: the store's counts, the corpus version, and whether ingest needs the token. */
export interface Stats extends CorpusStats {
  version: number;
  writeNeedsToken: boolean;
}

/** GET /api/facets: the store's facets, PLOVER types with their plain names. */
export interface Facets extends CorpusFacets {
  types: (CorpusFacets['types'][number] & { name: string })[];
}
