/**
 * The PostgreSQL store's tables, all in one schema (namespace) so that several stores can share a
 * database. Bump PG_SCHEMA_VERSION when they change; a store written by another version is refused.
 */
export const PG_SCHEMA_VERSION = 2;

/** Versions this one opens by adding what changed (2: the corpus read tables, built from the saved corpus). */
export const PG_MIGRATES_FROM = ['1'];

/** Default schema name when the URL gives none (`?schema=name`). */
export const DEFAULT_PG_SCHEMA = 'dossier';

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** True for names that need no quoting and cannot inject SQL. */
export function isSchemaName(name: string): boolean {
  return NAME.test(name);
}

/**
 * SQL for the words of `x` as the index reads them: accents on Latin letters dropped (as the
 * SQLite store's `remove_diacritics`), then every run of characters that is not a letter or
 * digit made a space before PostgreSQL's parser sees it, so "3.5" is "3" and "5" and
 * "example.com" two words, as SQLite's unicode61 tokenizer reads them. All immutable, so it
 * can feed a generated column.
 */
function searchWords(x: string): string {
  return `regexp_replace(normalize(regexp_replace(normalize(${x}, NFD), '([A-Za-z])[\\u0300-\\u036f]+', '\\1', 'g'), NFC), '[^[:alnum:]]+', ' ', 'g')`;
}

/**
 * The DDL for schema `s` (an already validated name); every statement is idempotent. The
 * 'simple' configuration lowercases and keeps every word (no stemming, no stop words), for
 * text in any language.
 */
export function pgSchema(s: string): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ${s}.raw_inputs (
  hash TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  content_type TEXT NOT NULL,
  meta TEXT NOT NULL,
  bytes BYTEA NOT NULL,
  added_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- The ingest order of raw inputs: taken when an input is stored, or earlier when it is queued.
CREATE SEQUENCE IF NOT EXISTS ${s}.input_order;
CREATE TABLE IF NOT EXISTS ${s}.documents (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ord BIGINT NOT NULL,
  id TEXT NOT NULL UNIQUE,
  raw_hash TEXT NOT NULL REFERENCES ${s}.raw_inputs(hash),
  part INTEGER NOT NULL,
  source TEXT NOT NULL,
  title TEXT,
  published TEXT,
  external_id TEXT,
  text TEXT NOT NULL,
  article TEXT NOT NULL,
  tsv TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', ${searchWords("coalesce(title, '')")}), 'A') || setweight(to_tsvector('simple', ${searchWords('text')}), 'B')
  ) STORED
);
CREATE INDEX IF NOT EXISTS documents_raw ON ${s}.documents(raw_hash);
CREATE INDEX IF NOT EXISTS documents_order ON ${s}.documents(ord, seq);
CREATE INDEX IF NOT EXISTS documents_external_id ON ${s}.documents(external_id) WHERE external_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS documents_tsv ON ${s}.documents USING GIN (tsv);
CREATE TABLE IF NOT EXISTS ${s}.corpus_entities (ord INTEGER NOT NULL, id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ${s}.corpus_events (ord INTEGER NOT NULL, id TEXT PRIMARY KEY, date TEXT, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS corpus_events_date ON ${s}.corpus_events(date);
CREATE TABLE IF NOT EXISTS ${s}.corpus_items (kind TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, seq));
${pgStateSchema(s)}
${pgReadSchema(s)}`;
}

/** The incremental corpus state's tables (src/corpus/incremental.ts); also created on first use in stores made before them. */
export function pgStateSchema(s: string): string {
  return `
CREATE TABLE IF NOT EXISTS ${s}.corpus_state_objects (space TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (space, id));
CREATE TABLE IF NOT EXISTS ${s}.corpus_state_keys (space TEXT NOT NULL, key TEXT NOT NULL, ref TEXT NOT NULL, PRIMARY KEY (space, key, ref));
CREATE INDEX IF NOT EXISTS corpus_state_keys_ref ON ${s}.corpus_state_keys(space, ref);
`;
}

/**
 * The corpus read tables (src/store/corpus-rows.ts), as on SQLite. Keys compare byte-wise
 * (COLLATE "C"): the queries compare dates as strings ("2023-10" < "2023-10~") and must not
 * depend on the database's locale.
 */
export function pgReadSchema(s: string): string {
  const k = 'TEXT COLLATE "C"';
  // Ids stay in the database's collation: they are joined with the corpus and document tables' keys,
  // and a join across collations cannot use those tables' indexes.
  return `
CREATE TABLE IF NOT EXISTS ${s}.read_documents (
  id TEXT PRIMARY KEY, ord INTEGER NOT NULL, title_key ${k} NOT NULL, source_key ${k} NOT NULL, publisher ${k}, publisher_key ${k} NOT NULL,
  published ${k}, duplicate_of TEXT, label TEXT NOT NULL, published_evidence TEXT NOT NULL, item TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS read_documents_ord ON ${s}.read_documents(ord);
CREATE INDEX IF NOT EXISTS read_documents_published ON ${s}.read_documents(published);
-- Substring filters (publisher, source, title) scan these narrow rows, not the table's.
CREATE INDEX IF NOT EXISTS read_documents_keys ON ${s}.read_documents(ord, publisher_key, source_key, title_key, published, id);
CREATE TABLE IF NOT EXISTS ${s}.read_entities (
  id TEXT PRIMARY KEY, ord INTEGER NOT NULL, rank INTEGER NOT NULL, type ${k} NOT NULL, name TEXT NOT NULL, names_key ${k} NOT NULL, country ${k},
  mentions INTEGER NOT NULL, document_count INTEGER NOT NULL, item TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS read_entities_rank ON ${s}.read_entities(rank);
CREATE INDEX IF NOT EXISTS read_entities_type ON ${s}.read_entities(type, rank);
CREATE TABLE IF NOT EXISTS ${s}.read_entity_documents (entity_id TEXT NOT NULL, document_id TEXT NOT NULL, doc_ord INTEGER);
CREATE INDEX IF NOT EXISTS read_entity_documents_entity ON ${s}.read_entity_documents(entity_id, doc_ord, document_id);
CREATE INDEX IF NOT EXISTS read_entity_documents_document ON ${s}.read_entity_documents(document_id, entity_id);
CREATE TABLE IF NOT EXISTS ${s}.read_events (
  id TEXT PRIMARY KEY, ord INTEGER NOT NULL, tl_pos INTEGER, date ${k}, date_end ${k}, type_key ${k} NOT NULL, kind_key ${k} NOT NULL, type ${k} NOT NULL,
  planned INTEGER NOT NULL, weight DOUBLE PRECISION NOT NULL, source_count INTEGER NOT NULL, news_score DOUBLE PRECISION NOT NULL, score_rank INTEGER NOT NULL,
  top_rank INTEGER NOT NULL, topics_key ${k} NOT NULL, topics ${k} NOT NULL, item TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS read_events_timeline ON ${s}.read_events(tl_pos, date, date_end, type_key, kind_key, planned, topics_key, top_rank, id);
CREATE INDEX IF NOT EXISTS read_events_date ON ${s}.read_events(date);
CREATE INDEX IF NOT EXISTS read_events_date_end ON ${s}.read_events(date_end);
CREATE INDEX IF NOT EXISTS read_events_type ON ${s}.read_events(type_key);
CREATE INDEX IF NOT EXISTS read_events_kind ON ${s}.read_events(kind_key);
CREATE INDEX IF NOT EXISTS read_events_top ON ${s}.read_events(top_rank);
CREATE TABLE IF NOT EXISTS ${s}.read_event_entities (event_id TEXT NOT NULL, entity_id TEXT NOT NULL, role ${k} NOT NULL, tl_pos INTEGER);
CREATE INDEX IF NOT EXISTS read_event_entities_entity ON ${s}.read_event_entities(entity_id, tl_pos, role, event_id);
CREATE INDEX IF NOT EXISTS read_event_entities_event ON ${s}.read_event_entities(event_id, role, entity_id);
CREATE TABLE IF NOT EXISTS ${s}.read_event_documents (event_id TEXT NOT NULL, document_id TEXT NOT NULL, tl_pos INTEGER);
CREATE INDEX IF NOT EXISTS read_event_documents_document ON ${s}.read_event_documents(document_id, tl_pos, event_id);
CREATE INDEX IF NOT EXISTS read_event_documents_event ON ${s}.read_event_documents(event_id, document_id);
CREATE TABLE IF NOT EXISTS ${s}.read_quotes (seq INTEGER PRIMARY KEY, speaker TEXT, document_id TEXT NOT NULL, text_key ${k} NOT NULL, item TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS read_quotes_speaker ON ${s}.read_quotes(speaker, seq);
CREATE INDEX IF NOT EXISTS read_quotes_document ON ${s}.read_quotes(document_id, seq);
CREATE TABLE IF NOT EXISTS ${s}.read_claims (seq INTEGER PRIMARY KEY, claimant TEXT, document_id TEXT NOT NULL, subject_key ${k} NOT NULL, item TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS read_claims_claimant ON ${s}.read_claims(claimant, seq);
CREATE INDEX IF NOT EXISTS read_claims_document ON ${s}.read_claims(document_id, seq);
CREATE TABLE IF NOT EXISTS ${s}.read_discrepancies (seq INTEGER PRIMARY KEY, ref TEXT NOT NULL, item TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS read_discrepancies_ref ON ${s}.read_discrepancies(ref, seq);
CREATE TABLE IF NOT EXISTS ${s}.read_search (
  kind ${k} NOT NULL, ref TEXT NOT NULL, ord INTEGER NOT NULL, title TEXT NOT NULL, hay TEXT NOT NULL, body TEXT NOT NULL, span_start INTEGER, span_end INTEGER,
  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', ${searchWords('body')})) STORED
);
CREATE INDEX IF NOT EXISTS read_search_kind ON ${s}.read_search(kind, ord);
CREATE INDEX IF NOT EXISTS read_search_tsv ON ${s}.read_search USING GIN (tsv);
`;
}
