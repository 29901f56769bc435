import type { EntityType, Mention } from '../../core/types.js';

/**
 * A statistical named-entity tagger. `tag` receives the tokens of one sentence and returns
 * one IOB2 label per token: B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC or O.
 */
export interface Tagger {
  tag(tokens: string[]): string[];
}

export interface EntityOptions {
  /** When given, its PER/ORG/LOC/MISC spans are combined with the gazetteer and rules. */
  tagger?: Tagger;
}

/** What the gazetteer knows about a phrase. */
export type GazetteerKind = 'country' | 'demonym' | 'capital' | 'organization' | 'region';

export interface GazetteerEntry {
  kind: GazetteerKind;
  /** Canonical name: the country's common name, the capital, the region or the organisation's name. */
  name: string;
  /** ISO 3166-1 alpha-3 of the country (of a capital or demonym, or an organisation's home). */
  iso3: string | null;
}

/**
 * A mention found by the recogniser, before in-document coreference gives it an entity.
 * Token indices are into article.tokens; `key` is the name the entity will be grouped by.
 */
export interface Candidate {
  start: number;
  end: number;
  firstToken: number;
  /** Exclusive. */
  lastToken: number;
  type: EntityType;
  via: string;
  form: NonNullable<Mention['form']>;
  /** Grouping key: ISO3 for countries, canonical name for gazetteer entries, surface otherwise. */
  key: string;
  name: string;
  iso3: string | null;
}
