/** The embedded store's tables. Bump SCHEMA_VERSION when they change. */
export const SCHEMA_VERSION = 2;

/** Versions this one opens by adding what changed (2: the corpus read tables, built from the saved corpus). */
export const MIGRATES_FROM = [1];

/**
 * The corpus read tables (src/store/corpus-rows.ts): what the server pages through, rewritten
 * with the corpus results. Text keys compare byte-wise (SQLite's default), as the queries expect.
 */
export const READ_SCHEMA = `
CREATE TABLE IF NOT EXISTS read_documents (
  id TEXT PRIMARY KEY, ord INTEGER NOT NULL, title_key TEXT NOT NULL, source_key TEXT NOT NULL, publisher TEXT, publisher_key TEXT NOT NULL,
  published TEXT, duplicate_of TEXT, label TEXT NOT NULL, published_evidence TEXT NOT NULL, item TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS read_documents_ord ON read_documents(ord);
CREATE INDEX IF NOT EXISTS read_documents_published ON read_documents(published);
-- Substring filters (publisher, source, title) scan these narrow rows, not the table's.
CREATE INDEX IF NOT EXISTS read_documents_keys ON read_documents(ord, publisher_key, source_key, title_key, published, id);
CREATE TABLE IF NOT EXISTS read_entities (
  id TEXT PRIMARY KEY, ord INTEGER NOT NULL, rank INTEGER NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, names_key TEXT NOT NULL, country TEXT,
  mentions INTEGER NOT NULL, document_count INTEGER NOT NULL, item TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS read_entities_rank ON read_entities(rank);
CREATE INDEX IF NOT EXISTS read_entities_type ON read_entities(type, rank);
-- Postings: every index covers what its queries select, so a lookup reads the index alone.
CREATE TABLE IF NOT EXISTS read_entity_documents (entity_id TEXT NOT NULL, document_id TEXT NOT NULL, doc_ord INTEGER);
CREATE INDEX IF NOT EXISTS read_entity_documents_entity ON read_entity_documents(entity_id, doc_ord, document_id);
CREATE INDEX IF NOT EXISTS read_entity_documents_document ON read_entity_documents(document_id, entity_id);
CREATE TABLE IF NOT EXISTS read_events (
  id TEXT PRIMARY KEY, ord INTEGER NOT NULL, tl_pos INTEGER, date TEXT, date_end TEXT, type_key TEXT NOT NULL, kind_key TEXT NOT NULL, type TEXT NOT NULL,
  planned INTEGER NOT NULL, weight REAL NOT NULL, source_count INTEGER NOT NULL, news_score REAL NOT NULL, score_rank INTEGER NOT NULL,
  top_rank INTEGER NOT NULL, topics_key TEXT NOT NULL, topics TEXT NOT NULL, item TEXT NOT NULL
);
-- The timeline's filters are read from this index in timeline order; the item only for the rows of a page.
CREATE INDEX IF NOT EXISTS read_events_timeline ON read_events(tl_pos, date, date_end, type_key, kind_key, planned, topics_key, top_rank, id);
CREATE INDEX IF NOT EXISTS read_events_date ON read_events(date);
CREATE INDEX IF NOT EXISTS read_events_date_end ON read_events(date_end);
CREATE INDEX IF NOT EXISTS read_events_type ON read_events(type_key);
CREATE INDEX IF NOT EXISTS read_events_kind ON read_events(kind_key);
CREATE INDEX IF NOT EXISTS read_events_top ON read_events(top_rank);
CREATE TABLE IF NOT EXISTS read_event_entities (event_id TEXT NOT NULL, entity_id TEXT NOT NULL, role TEXT NOT NULL, tl_pos INTEGER);
CREATE INDEX IF NOT EXISTS read_event_entities_entity ON read_event_entities(entity_id, tl_pos, role, event_id);
CREATE INDEX IF NOT EXISTS read_event_entities_event ON read_event_entities(event_id, role, entity_id);
CREATE TABLE IF NOT EXISTS read_event_documents (event_id TEXT NOT NULL, document_id TEXT NOT NULL, tl_pos INTEGER);
CREATE INDEX IF NOT EXISTS read_event_documents_document ON read_event_documents(document_id, tl_pos, event_id);
CREATE INDEX IF NOT EXISTS read_event_documents_event ON read_event_documents(event_id, document_id);
CREATE TABLE IF NOT EXISTS read_quotes (seq INTEGER PRIMARY KEY, speaker TEXT, document_id TEXT NOT NULL, text_key TEXT NOT NULL, item TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS read_quotes_speaker ON read_quotes(speaker, seq);
CREATE INDEX IF NOT EXISTS read_quotes_document ON read_quotes(document_id, seq);
CREATE TABLE IF NOT EXISTS read_claims (seq INTEGER PRIMARY KEY, claimant TEXT, document_id TEXT NOT NULL, subject_key TEXT NOT NULL, item TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS read_claims_claimant ON read_claims(claimant, seq);
CREATE INDEX IF NOT EXISTS read_claims_document ON read_claims(document_id, seq);
CREATE TABLE IF NOT EXISTS read_discrepancies (seq INTEGER PRIMARY KEY, ref TEXT NOT NULL, item TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS read_discrepancies_ref ON read_discrepancies(ref, seq);
CREATE TABLE IF NOT EXISTS read_search (
  rid INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL, ord INTEGER NOT NULL, title TEXT NOT NULL, hay TEXT NOT NULL, body TEXT NOT NULL,
  span_start INTEGER, span_end INTEGER
);
CREATE INDEX IF NOT EXISTS read_search_kind ON read_search(kind, ord);
CREATE VIRTUAL TABLE IF NOT EXISTS read_search_fts USING fts5(body, content='read_search', content_rowid='rid', tokenize='unicode61 remove_diacritics 2');
`;

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
${READ_SCHEMA}`;
