/** The embedded store's tables. Bump SCHEMA_VERSION when they change. */
export const SCHEMA_VERSION = 1;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS raw_inputs (
  hash TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  content_type TEXT NOT NULL,
  meta TEXT NOT NULL,
  bytes BLOB NOT NULL,
  added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  raw_hash TEXT NOT NULL REFERENCES raw_inputs(hash),
  part INTEGER NOT NULL,
  source TEXT NOT NULL,
  title TEXT,
  published TEXT,
  text TEXT NOT NULL,
  article TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_raw ON documents(raw_hash);
CREATE INDEX IF NOT EXISTS documents_external_id ON documents(json_extract(article, '$.externalId'));
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS corpus_entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS corpus_events (id TEXT PRIMARY KEY, date TEXT, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS corpus_events_date ON corpus_events(date);
CREATE TABLE IF NOT EXISTS corpus_items (kind TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, seq));
-- The incremental corpus state (src/corpus/incremental.ts): objects by space and id, and postings (key -> ref) to find them.
CREATE TABLE IF NOT EXISTS corpus_state_objects (space TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (space, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS corpus_state_keys (space TEXT NOT NULL, key TEXT NOT NULL, ref TEXT NOT NULL, PRIMARY KEY (space, key, ref)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS corpus_state_keys_ref ON corpus_state_keys(space, ref);
CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;
