/**
 * The PostgreSQL store's tables, all in one schema (namespace) so that several stores can share a
 * database. Bump PG_SCHEMA_VERSION when they change; a store written by another version is refused.
 */
export const PG_SCHEMA_VERSION = 1;

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
${pgStateSchema(s)}`;
}

/** The incremental corpus state's tables (src/corpus/incremental.ts); also created on first use in stores made before them. */
export function pgStateSchema(s: string): string {
  return `
CREATE TABLE IF NOT EXISTS ${s}.corpus_state_objects (space TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (space, id));
CREATE TABLE IF NOT EXISTS ${s}.corpus_state_keys (space TEXT NOT NULL, key TEXT NOT NULL, ref TEXT NOT NULL, PRIMARY KEY (space, key, ref));
CREATE INDEX IF NOT EXISTS corpus_state_keys_ref ON ${s}.corpus_state_keys(space, ref);
`;
}
