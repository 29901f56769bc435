/**
 * The one document object every stage reads and annotates.
 *
 * An Article holds the cleaned `text` once; every annotation is a stand-off span
 * `{start, end}` (UTF-16 code unit offsets, end exclusive) into that text plus its own
 * fields, as in spaCy's Doc/Span. A citation is `(article.id, start, end)`.
 */

export interface Span {
  start: number;
  end: number;
}

/** How finely a date is known. */
export type Granularity =
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'season'
  | 'half'
  | 'year'
  | 'decade'
  | 'century';

/**
 * A date with where it came from. `value` is "YYYY-MM-DD", "YYYY-MM" or "YYYY"
 * (or null when nothing trustworthy was found). `confidence` is 0..1.
 * `evidence` says where the value came from, e.g. "meta[article:published_time]",
 * "text:updated-line", "url-path", "dateline", "event-propagation".
 */
export interface DateEvidence {
  value: string | null;
  granularity?: Granularity | null;
  confidence: number;
  evidence: string;
  /** The passage that supports the value, as a span into the article text when it is there. */
  span?: Span | null;
  /** The literal text the value was read from (also for evidence outside the cleaned text). */
  quote?: string | null;
}

export type MessageLevel = 'info' | 'warning' | 'error';

/** A diagnostic attached to an article. `origin` is "area:rule", e.g. "date:header-not-article". */
export interface Message {
  level: MessageLevel;
  origin: string;
  text: string;
  span?: Span;
}

/**
 * One contiguous piece of the cleaned text and where it came from in the raw input.
 * `rawStart/rawEnd` are offsets into the decoded raw input string; for HTML, `node`
 * can name the element (a CSS-like path) the text came from.
 */
export interface SourceMapSegment {
  start: number;
  end: number;
  rawStart: number;
  rawEnd: number;
  node?: string;
}

export type EntityType = 'person' | 'country' | 'organization' | 'place' | 'other';

/** A mention of a named thing in the text. `entity` indexes article.entities. */
export interface Mention extends Span {
  type: EntityType;
  /** Index into article.entities (the in-document entity it refers to), or -1. */
  entity: number;
  /** How it was found: "gazetteer", "tagger", "rule:title", "coref:surname", ... */
  via: string;
  /** A pronoun, a definite description ("the Russian president") or a name. */
  form?: 'name' | 'nominal' | 'pronoun' | 'demonym' | 'capital';
}

/** An entity as far as one document knows it. Corpus stages resolve these across documents. */
export interface DocEntity {
  type: EntityType;
  /** The fullest name seen in the document, e.g. "Sergey Lavrov". */
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-3 code for countries (and the country of a capital or demonym). */
  country?: string | null;
}

/** "Russian Foreign Minister Sergey Lavrov" -> {person: Lavrov, title: "Foreign Minister", of: "Russia"}. */
export interface RoleMention extends Span {
  /** Index into article.entities. */
  person: number;
  title: string;
  /** The country or organisation the role is of (name), when stated. */
  of: string | null;
  /** The date the role held (the article's date unless the text says otherwise). */
  asOf: string | null;
}

export interface Sentence extends Span {}

export interface Token extends Span {
  /** Coarse part of speech where known (wink's universal tags). */
  pos?: string;
}

export type TimexType = 'date' | 'time' | 'duration' | 'set';

/**
 * A time expression. `value` uses TIMEX3 conventions: "2023-10-17", "2023-W42", "2023-10",
 * "2023-Q4", "2023-SU", "2023-H1", "2023", "202" (the 2020s), "PAST_REF", "FUTURE_REF",
 * "PRESENT_REF", "P3D" for durations, or null when it cannot be resolved (no anchor).
 */
export interface TimeExpression extends Span {
  type: TimexType;
  value: string | null;
  granularity: Granularity | null;
  /** Whether the expression points before or after the anchor date. */
  direction: 'past' | 'future' | 'present' | null;
  /** True when resolution needed the anchor (article date); such values are as good as it. */
  relative: boolean;
  /** For ranges ("April 13-16"): the end value. */
  endValue?: string | null;
}

/** A number with its unit: "$790 million" -> {value: 790000000, unit: "USD"}. */
/** How a figure is bounded by its words: "at least 7", "more than", "about", "up to", "fewer than", "exactly". */
export type QuantityQualifier = 'at-least' | 'more-than' | 'about' | 'up-to' | 'less-than' | 'exactly';

export interface Quantity extends Span {
  /** The number; for a vague amount ("thousands") the least it can mean. */
  value: number;
  unit: string | null;
  /** The bound the text gives, when it hedges ("at least 7" -> at-least); null or absent when it states the figure plainly. */
  qualifier?: QuantityQualifier | null;
  /** The hedge as written: "nearly", "as many as", "thousands". */
  qualifierText?: string | null;
  /** A vague amount ("thousands of", "dozens", "several", "a few"): no exact value; see `range`. */
  vague?: boolean;
  /** For a vague amount, the values its word allows (`max` null: no upper bound). */
  range?: { min: number; max: number | null };
  /** True for percentages and other ratios. */
  isPercent?: boolean;
}

export interface Quote extends Span {
  /** Span of the quoted words themselves (without the marks). `start/end` cover the marks too. */
  content: Span;
  /** Index into article.entities, or -1 when the speaker is unknown. */
  speaker: number;
  /** The words that tie the quote to its speaker: "said", "told", "according to". */
  cue: string | null;
  cueSpan?: Span | null;
  partial: boolean;
}

export interface Claim extends Span {
  /** Index into article.quantities. */
  quantity: number;
  value: number;
  unit: string | null;
  /** What the figure measures or counts, e.g. "trade between Russia and Pakistan", "killed"; null when the sentence names only the unit. */
  subject: string | null;
  /** The quantity's bound ("at least 7" -> at-least), or null when stated plainly. */
  qualifier: QuantityQualifier | null;
  /** True when the figure is a vague amount ("thousands of"): `value` is only a lower bound. */
  vague?: boolean;
  range?: { min: number; max: number | null };
  /** Index into article.entities of whose figure it is, or -1 (the outlet's own). */
  claimant: number;
  /** Whose figure, in the sentence's words, when that is no entity of the article ("rights groups", "local officials"). */
  claimantText?: string | null;
  /** The time the figure refers to, when stated. */
  time: string | null;
}

export type EventModality = 'asserted' | 'planned' | 'denied' | 'hypothetical';

export interface EventParticipant {
  /** Index into article.entities. */
  entity: number;
  role: 'source' | 'target' | 'participant';
}

export interface EventMention extends Span {
  /** The trigger words, e.g. "met", "held talks". `start/end` cover the trigger. */
  trigger: string;
  /** The sentence the event was read from (the citation). */
  sentence: Span;
  kind: string;
  /** PLOVER event type, e.g. CONSULT, AGREE, AID, ACCUSE. */
  plover: string;
  participants: EventParticipant[];
  /** Index into article.entities, or -1. */
  location: number;
  date: DateEvidence;
  modality: EventModality;
  topics: string[];
  /**
   * ISO 3166-1 alpha-3 countries of the source and target sides, as event data sets code
   * actors: a participant's own country, its qualifier ("Russian President ..."), its role, or
   * fallbacks from the sentence (see extract/events/actor-country.ts). Empty when unknown.
   */
  countries?: { source: string[]; target: string[] };
  /** 'background': mentioned as context ("has long been", "had been", "for years"), not as the news; such an event has no date. */
  aspect?: 'background';
}

/** A noun phrase of the syntax layer: its words, its head word and the entity mention it names. */
export interface SyntaxPhrase extends Span {
  head: Span;
  /** Index into article.mentions of the mention covering the head (or ending the phrase), or -1. */
  mention: number;
}

/** The verbs of a clause: "has not been released" = auxiliaries ["has", "been"], negated, passive, head "released". */
export interface VerbGroup extends Span {
  head: Span;
  auxiliaries: string[];
  negated: boolean;
  voice: 'active' | 'passive';
}

/** A prepositional phrase in a clause: "in Kabul", "by the army". */
export interface SyntaxAttachment {
  preposition: string;
  object: SyntaxPhrase;
}

/** One clause of a sentence, as cut by the syntax stage (src/language/syntax). */
export interface SyntaxClause {
  /** Index into article.sentences. */
  sentence: number;
  /** Number of the clause within its sentence (0 = the first). */
  id: number;
  /** The clause's words as runs of text (a nested clause leaves a gap). */
  parts: Span[];
  /** A relative clause ("who received ...", "a ship that was seized"). */
  relative: boolean;
  /** A reduced relative opened by a past participle ("refugees forced out of the camp"); passive in meaning. */
  participial: boolean;
  /** Opened by "if", "unless", "whether". */
  conditional: boolean;
  /** Mention (index into article.mentions) a relative clause hangs on, or -1. */
  antecedent: number;
  /** Clause id (same sentence) whose subject this clause shares ("... and is credited with"), or -1. */
  sharesSubjectWith: number;
  /** Clause id (same sentence) of the reporting verb this clause is the complement of, or -1. */
  reportedBy: number;
  subject: SyntaxPhrase | null;
  verb: VerbGroup | null;
  objects: SyntaxPhrase[];
  attachments: SyntaxAttachment[];
}

/** Two or more phrases tied together in one sentence: an apposition ("X, the envoy,") or a coordination ("X and Y", "shot and killed"). */
export interface SyntaxLink {
  sentence: number;
  /** "and", "or", "but" for a coordination; null for an apposition. */
  conjunction: string | null;
  /** Noun phrases, or verbs ("shot and killed"), in order. */
  category: 'noun' | 'verb';
  items: SyntaxPhrase[];
}

/** The shared syntax of an article: clauses with subject, verb group, objects and attachments, appositions and coordinations. */
export interface SyntaxLayer {
  clauses: SyntaxClause[];
  appositions: SyntaxLink[];
  coordinations: SyntaxLink[];
}

export interface Article {
  /** Stable id: a hash of the raw input plus the part number when one input holds several articles. */
  id: string;
  /** The file path or URL as given by the user (with "#N" for the N-th article of a multi-article input). */
  source: string;
  /** Hash of the raw input bytes; the unit of idempotent ingest. */
  rawHash: string;
  /** Which article of the raw input this is (0 for the first or only one). */
  part: number;
  url: string | null;
  title: string | null;
  byline: string | null;
  publisher: string | null;
  language: string | null;
  published: DateEvidence;
  /** The day the page was captured (a site-header date), when recognised. */
  captured: string | null;
  /** The cleaned text all offsets point into. */
  text: string;
  /** Map from cleaned text back to the raw input. */
  sourceMap: SourceMapSegment[];
  sentences: Sentence[];
  tokens: Token[];
  entities: DocEntity[];
  mentions: Mention[];
  roles: RoleMention[];
  timexes: TimeExpression[];
  /** Clauses, appositions and coordinations (the syntax stage); empty before it runs. */
  syntax: SyntaxLayer;
  quantities: Quantity[];
  quotes: Quote[];
  claims: Claim[];
  events: EventMention[];
  messages: Message[];
  /** Metadata given with the input (JSON record fields, HTTP headers, feed item fields). */
  meta: Record<string, unknown>;
  /** A JSON record's own `id`, as a string; null (or absent, in older stores) otherwise. */
  externalId?: string | null;
  /** A JSON record's fields beyond text/html/title/published/url/source/id, raw. */
  metadata?: Record<string, unknown>;
}

/** The raw input one article or several came from. Kept verbatim in the store. */
export interface RawInput {
  source: string;
  bytes: Uint8Array;
  /** "text/html", "text/plain", "application/json" (a record), ... */
  contentType: string;
  /** Fields that came with the input (JSON record fields, HTTP headers). */
  meta: Record<string, unknown>;
  /** Hash of bytes plus meta; the idempotency key. */
  hash: string;
}
