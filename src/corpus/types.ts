import type { DateEvidence, EntityType, EventModality } from '../core/types.js';

/** A citation: a passage of a stored document. */
export interface SourceRef {
  documentId: string;
  start: number;
  end: number;
}

/**
 * One office a person is reported in: one per title (spellings, case and short forms folded:
 * "Foreign Minister", "foreign minister", "FM") and country or organisation.
 */
export interface Role {
  /** As most reports write it. */
  title: string;
  /** Entity id of the country or organisation, or its name when it is not an entity. */
  of: string | null;
  /** The first date a report gives the role (the report's date). */
  asOf: string | null;
  /** The last date a report gives it; absent on roles made before roles were gathered once. */
  lastSeen?: string | null;
  /** How many passages give it. */
  reports?: number;
  /** The first passage that gives it. */
  source: SourceRef;
}

/** An entity resolved across all documents. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  country: string | null;
  roles: Role[];
  /** How many mentions across documents. */
  mentions: number;
  documents: string[];
}

/** One real-world happening, however many articles report it. */
export interface Event {
  id: string;
  /** PLOVER event type. */
  type: string;
  kind: string;
  date: DateEvidence;
  /** Planned, not yet happened (as of its sources). */
  future: boolean;
  modality: EventModality;
  participants: string[];
  /** Countries (ISO3) of the source and target sides, most often coded first, over all reports (absent in stores written before it existed). */
  countries?: { source: string[]; target: string[] };
  location: string | null;
  topics: string[];
  summary: string;
  sources: SourceRef[];
  /** Distinct non-duplicate documents reporting it. */
  documents: string[];
  /** Importance for timeline summarisation: independent sources and mentions. */
  weight: number;
  /** 'background' when every report mentions it only as context (see EventMention.aspect). */
  aspect?: 'background';
}

export interface QuoteRecord {
  speaker: string | null;
  text: string;
  documentId: string;
  start: number;
  end: number;
  partial: boolean;
}

export interface ClaimRecord {
  value: number;
  unit: string | null;
  text: string;
  subject: string | null;
  claimant: string | null;
  /** Whose figure in the text's words when it is no known entity ("rights groups"). */
  claimantText?: string | null;
  time: string | null;
  /** The figure's bound ("at least 7"), and whether it is a vague amount ("thousands") with the range its word allows. */
  qualifier?: import('../core/types.js').QuantityQualifier | null;
  vague?: boolean;
  range?: { min: number; max: number | null } | null;
  /** The figure itself in the document's text. */
  figure?: { start: number; end: number } | null;
  documentId: string;
  start: number;
  end: number;
}

/** Sources disagree: different dates, places or figures for one event or claim. */
export interface Discrepancy {
  kind: 'date' | 'place' | 'figure';
  about: string;
  /** Event id or claim subject the disagreement is about. */
  ref: string;
  values: { value: string; sources: SourceRef[] }[];
}

/** Everything the corpus stages derive from the stored documents. */
export interface CorpusResult {
  entities: Entity[];
  events: Event[];
  quotes: QuoteRecord[];
  claims: ClaimRecord[];
  discrepancies: Discrepancy[];
  /** documentId -> the id of the document it duplicates. */
  duplicates: Record<string, string>;
  /** documentId -> publication date filled in from an event reported by dated articles. */
  propagatedDates: Record<string, import('../core/types.js').DateEvidence>;
}
