import Database from 'better-sqlite3';
import { DossierError } from '../core/errors.js';
import type { Article, RawInput } from '../core/types.js';
import type { CorpusResult } from '../corpus/types.js';
import { MIGRATES_FROM, READ_SCHEMA, SCHEMA, SCHEMA_VERSION } from './schema.js';
import type { ArticlesAfter, CorpusDelta, CorpusReader, CorpusStateInfo, CorpusStateWrite, SearchHit, Store, StoreStats } from './types.js';
import { toFts5Query } from './fts-query.js';
import { attachReader, CorpusReadSql } from './corpus-read.js';
import { corpusRows, HEAD_CHARS, headOf, READ_TABLES, type DocumentHead } from './corpus-rows.js';

type Row = Record<string, unknown>;

// The corpus queries (CorpusReader) come from corpus-read.ts, attached in the constructor.
export interface SqliteStore extends CorpusReader {}

/** The embedded store: one SQLite file, WAL journal, one transaction per raw input. */
export class SqliteStore implements Store {
  readonly path: string;
  private readonly db: Database.Database;

  constructor(path: string) {
    this.path = path;
    try {
      this.db = new Database(path);
      this.db.pragma('busy_timeout = 60000'); // another ingest or serve may hold the write lock: wait, don't fail with SQLITE_BUSY
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      // Tests only: cap the file at N pages so SQLite reports SQLITE_FULL, as on a full disk (test/disk-full.test.ts).
      const maxPages = Number(process.env.DOSSIER_SQLITE_MAX_PAGES);
      if (maxPages > 0) this.db.pragma(`max_page_count = ${Math.floor(maxPages)}`);
      this.db.exec(SCHEMA);
    } catch (e) {
      if (isFull(e)) throw storeFull(path, e);
      throw new DossierError('E_STORE', `cannot open the store: ${(e as Error).message}`, { input: path, cause: e });
    }
    const version = this.db.prepare(`SELECT value FROM store_meta WHERE key = 'schema'`).get() as Row | undefined;
    if (!version) this.db.prepare(`INSERT INTO store_meta (key, value) VALUES ('schema', ?)`).run(String(SCHEMA_VERSION));
    else if (MIGRATES_FROM.includes(Number(version.value))) this.migrate(Number(version.value));
    else if (Number(version.value) !== SCHEMA_VERSION) {
      throw new DossierError('E_STORE', `was written by another version of dossier (schema ${String(version.value)}, this one reads ${SCHEMA_VERSION}); use a new --db`, { input: path });
    }
    const db = this.db;
    attachReader(
      this,
      new CorpusReadSql({
        all: async (sql, params) => db.prepare(sql).all(...(params as unknown[])) as Row[],
        t: (name) => name,
        contains: (col) => `instr(${col}, ?) > 0`,
        searchFrom: () => 'read_search_fts JOIN read_search s ON s.rid = read_search_fts.rowid',
        searchWhere: () => 'read_search_fts MATCH ?',
        searchParam: (query) => toFts5Query(query),
        timelineScan: (table) => `${table} e INDEXED BY read_events_timeline`,
        // Search rows are written in (kind, order) order, so the full-text index's own order is theirs.
        searchOrder: () => 's.rid',
      }),
    );
  }

  /** An older store: its tables are kept; the read tables (new in 2) are built from its saved corpus. */
  private migrate(from: number): void {
    this.write(() => {
      if (from < 2) this.writeReadTables(this.loadCorpusNow());
      this.db.prepare(`UPDATE store_meta SET value = ? WHERE key = 'schema'`).run(String(SCHEMA_VERSION));
    });
  }

  async hasRaw(hash: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM raw_inputs WHERE hash = ?').get(hash) !== undefined;
  }

  async hasDocuments(hash: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM documents WHERE raw_hash = ? LIMIT 1').get(hash) !== undefined;
  }

  async addDocuments(raw: RawInput, articles: readonly Article[]): Promise<void> {
    const insertRaw = this.db.prepare(
      'INSERT OR IGNORE INTO raw_inputs (hash, source, content_type, meta, bytes, added_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertDoc = this.db.prepare(
      // A document id comes from the raw input's hash and its part, so a stored id already holds
      // these articles: keep the first copy and its place in ingest order (event ids and the
      // corpus stages depend on that order; two ingests of one file at once must not reorder it).
      'INSERT INTO documents (id, raw_hash, part, source, title, published, text, article) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING',
    );
    const insertFts = this.db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)');
    this.write(() => {
      insertRaw.run(raw.hash, raw.source, raw.contentType, JSON.stringify(raw.meta), Buffer.from(raw.bytes), new Date().toISOString());
      for (const a of articles) {
        const { text, ...rest } = a;
        const info = insertDoc.run(a.id, raw.hash, a.part, a.source, a.title, a.published.value, text, JSON.stringify(rest));
        if (info.changes > 0) insertFts.run(info.lastInsertRowid, a.title ?? '', text);
      }
    });
  }

  /**
   * Runs fn in one transaction (rolled back whole on error); a full disk or size limit becomes
   * E_STORE_FULL. BEGIN IMMEDIATE: the write lock is taken (waiting for another process's
   * write) before fn reads anything, so a read inside fn is never of a snapshot another
   * process's commit made stale, which SQLite refuses at the first write ("database is locked",
   * without waiting). saveCorpus reads and then writes for seconds at 100k documents.
   */
  private write(fn: () => void): void {
    try {
      this.db.transaction(fn).immediate();
    } catch (e) {
      if (isFull(e)) throw storeFull(this.path, e);
      throw e;
    }
  }

  /** The newest document seq the last articles() walk could see: what a corpus computed from it covers. */
  private seenSeq = 0;

  async *articles(): AsyncIterable<Article> {
    this.seenSeq = this.maxSeq();
    for (const row of this.db.prepare('SELECT text, article FROM documents ORDER BY seq').iterate() as Iterable<Row>) {
      yield toArticle(row);
    }
  }

  async articlesAfter(cursor: number): Promise<ArticlesAfter> {
    const upTo = this.maxSeq();
    this.seenSeq = upTo;
    const db = this.db;
    async function* walk(): AsyncIterable<Article> {
      for (const row of db.prepare('SELECT text, article FROM documents WHERE seq > ? AND seq <= ? ORDER BY seq').iterate(cursor, upTo) as Iterable<Row>) yield toArticle(row);
    }
    return { upTo, articles: walk() };
  }

  async corpusState(): Promise<CorpusStateInfo | null> {
    const row = this.db.prepare(`SELECT value FROM store_meta WHERE key = 'corpus_state'`).get() as Row | undefined;
    if (!row) return null;
    const { version, cursor } = JSON.parse(String(row.value)) as { version: string; cursor: number };
    return { version, cursor, corpusSeq: this.corpusSeq() };
  }

  async getStateObjects(space: string, ids: readonly string[]): Promise<Map<string, unknown>> {
    const get = this.db.prepare('SELECT data FROM corpus_state_objects WHERE space = ? AND id = ?');
    const out = new Map<string, unknown>();
    for (const id of new Set(ids)) {
      const row = get.get(space, id) as Row | undefined;
      if (row) out.set(id, JSON.parse(String(row.data)));
    }
    return out;
  }

  async allStateObjects(space: string): Promise<Map<string, unknown>> {
    const out = new Map<string, unknown>();
    for (const row of this.db.prepare('SELECT id, data FROM corpus_state_objects WHERE space = ? ORDER BY id').iterate(space) as Iterable<Row>) {
      out.set(String(row.id), JSON.parse(String(row.data)));
    }
    return out;
  }

  async lookupStateKeys(space: string, keys: readonly string[], limit?: number): Promise<Map<string, string[]>> {
    const get = this.db.prepare(`SELECT ref FROM corpus_state_keys WHERE space = ? AND key = ? ORDER BY ref${limit === undefined ? '' : ' LIMIT ?'}`).pluck();
    const out = new Map<string, string[]>();
    for (const key of new Set(keys)) {
      const refs = (limit === undefined ? get.all(space, key) : get.all(space, key, limit + 1)) as string[];
      if (refs.length > 0) out.set(key, refs);
    }
    return out;
  }

  async writeCorpusState(write: CorpusStateWrite, corpus?: CorpusDelta): Promise<boolean> {
    const db = this.db;
    let applied = false;
    this.write(() => {
      const stored = this.stateCursor();
      if (write.expect === null) db.exec('DELETE FROM corpus_state_objects; DELETE FROM corpus_state_keys;');
      else if (stored !== write.expect) return;
      const put = db.prepare('INSERT OR REPLACE INTO corpus_state_objects (space, id, data) VALUES (?, ?, ?)');
      const del = db.prepare('DELETE FROM corpus_state_objects WHERE space = ? AND id = ?');
      for (const o of write.objects) {
        if (o.data === null) del.run(o.space, o.id);
        else put.run(o.space, o.id, JSON.stringify(o.data));
      }
      const drop = db.prepare('DELETE FROM corpus_state_keys WHERE space = ? AND ref = ?');
      for (const r of write.dropRefs) drop.run(r.space, r.ref);
      const post = db.prepare('INSERT OR IGNORE INTO corpus_state_keys (space, key, ref) VALUES (?, ?, ?)');
      for (const k of write.keys) post.run(k.space, k.key, k.ref);
      db.prepare(`INSERT OR REPLACE INTO store_meta (key, value) VALUES ('corpus_state', ?)`).run(JSON.stringify({ version: write.version, cursor: write.cursor }));
      if (corpus) {
        this.applyDelta(corpus);
        // The read tables hold global orderings (timeline position, ranks): rebuilt from the updated corpus.
        this.writeReadTables(this.loadCorpusNow());
      }
      applied = true;
    });
    return applied;
  }

  async clearCorpusState(): Promise<void> {
    this.write(() => {
      this.db.exec(`DELETE FROM corpus_state_objects; DELETE FROM corpus_state_keys; DELETE FROM store_meta WHERE key = 'corpus_state';`);
    });
  }

  private stateCursor(): number | null {
    const row = this.db.prepare(`SELECT value FROM store_meta WHERE key = 'corpus_state'`).get() as Row | undefined;
    return row ? (JSON.parse(String(row.value)) as { cursor: number }).cursor : null;
  }

  /** The change to the saved corpus results, inside the caller's transaction. */
  private applyDelta(d: CorpusDelta): void {
    const db = this.db;
    db.prepare(`INSERT OR REPLACE INTO store_meta (key, value) VALUES ('corpus_seq', ?)`).run(String(d.upTo));
    const ent = db.prepare('INSERT INTO corpus_entities (id, type, name, data) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET type = excluded.type, name = excluded.name, data = excluded.data');
    for (const e of d.entities) ent.run(e.id, e.type, e.name, JSON.stringify(e));
    const delEvent = db.prepare('DELETE FROM corpus_events WHERE id = ?');
    for (const id of d.deleteEvents) delEvent.run(id);
    const ev = db.prepare('INSERT INTO corpus_events (id, date, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET date = excluded.date, data = excluded.data');
    for (const e of d.events) ev.run(e.id, e.date.value, JSON.stringify(e));
    const next = (kind: string): number => Number((db.prepare('SELECT coalesce(max(seq), -1) + 1 AS n FROM corpus_items WHERE kind = ?').get(kind) as Row).n);
    const item = db.prepare('INSERT OR REPLACE INTO corpus_items (kind, seq, data) VALUES (?, ?, ?)');
    const append = (kind: string, rows: readonly unknown[]): void => {
      const from = next(kind);
      rows.forEach((r, i) => item.run(kind, from + i, JSON.stringify(r)));
    };
    append('quote', d.quotes);
    append('claim', d.claims);
    db.prepare(`DELETE FROM corpus_items WHERE kind = 'discrepancy'`).run();
    append('discrepancy', d.discrepancies);
    item.run('duplicates', 0, JSON.stringify(d.duplicates));
    item.run('propagatedDates', 0, JSON.stringify(d.propagatedDates));
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.db.prepare('SELECT text, article FROM documents WHERE id = ?').get(id) as Row | undefined;
    return row ? toArticle(row) : null;
  }

  async sourcesWithExternalId(externalId: string): Promise<string[]> {
    const rows = this.db.prepare(`SELECT source FROM documents WHERE json_extract(article, '$.externalId') = ? ORDER BY seq`).all(externalId) as Row[];
    return rows.map((r) => String(r.source));
  }

  async getRaw(hash: string): Promise<RawInput | null> {
    const row = this.db.prepare('SELECT * FROM raw_inputs WHERE hash = ?').get(hash) as Row | undefined;
    if (!row) return null;
    return {
      hash: String(row.hash),
      source: String(row.source),
      contentType: String(row.content_type),
      meta: JSON.parse(String(row.meta)) as Record<string, unknown>,
      bytes: new Uint8Array(row.bytes as Buffer),
    };
  }

  private maxSeq(): number {
    return Number((this.db.prepare('SELECT coalesce(max(seq), 0) AS n FROM documents').get() as Row).n);
  }

  private corpusSeq(): number | null {
    const row = this.db.prepare(`SELECT value FROM store_meta WHERE key = 'corpus_seq'`).get() as Row | undefined;
    return row ? Number(row.value) : null;
  }

  /** True when documents were stored after the saved corpus was computed (or none was saved). */
  async corpusStale(): Promise<boolean> {
    const saved = this.corpusSeq();
    return saved === null ? this.maxSeq() > 0 : this.maxSeq() > saved;
  }

  /**
   * Saves the corpus computed from the last articles() walk, unless another process already
   * saved one computed from more documents (two ingests at once: the later view wins).
   */
  async saveCorpus(result: CorpusResult): Promise<void> {
    const db = this.db;
    this.write(() => {
      const saved = this.corpusSeq();
      if (saved !== null && saved > this.seenSeq) return;
      db.prepare(`INSERT OR REPLACE INTO store_meta (key, value) VALUES ('corpus_seq', ?)`).run(String(this.seenSeq));
      db.exec('DELETE FROM corpus_entities; DELETE FROM corpus_events; DELETE FROM corpus_items;');
      const ent = db.prepare('INSERT INTO corpus_entities (id, type, name, data) VALUES (?, ?, ?, ?)');
      for (const e of result.entities) ent.run(e.id, e.type, e.name, JSON.stringify(e));
      const ev = db.prepare('INSERT INTO corpus_events (id, date, data) VALUES (?, ?, ?)');
      for (const e of result.events) ev.run(e.id, e.date.value, JSON.stringify(e));
      const item = db.prepare('INSERT INTO corpus_items (kind, seq, data) VALUES (?, ?, ?)');
      result.quotes.forEach((q, i) => item.run('quote', i, JSON.stringify(q)));
      result.claims.forEach((c, i) => item.run('claim', i, JSON.stringify(c)));
      result.discrepancies.forEach((d, i) => item.run('discrepancy', i, JSON.stringify(d)));
      item.run('duplicates', 0, JSON.stringify(result.duplicates));
      item.run('propagatedDates', 0, JSON.stringify(result.propagatedDates));
      this.writeReadTables(result);
    });
  }

  /** What the read tables need of every stored document, in ingest order (no annotations parsed). */
  private *documentHeads(): Iterable<DocumentHead> {
    const rows = this.db
      .prepare(
        `SELECT id, source, title, substr(text, 1, ${HEAD_CHARS}) AS head, json_extract(article, '$.publisher') AS publisher, json_extract(article, '$.url') AS url,
                json_extract(article, '$.externalId') AS external_id, json_extract(article, '$.published') AS published
         FROM documents ORDER BY seq`,
      )
      .iterate() as Iterable<Row>;
    let ord = 0;
    for (const r of rows) yield headOf(r, ord++);
  }

  /** Replace the read tables' rows with those of `result` (inside the caller's transaction). */
  private writeReadTables(result: CorpusResult): void {
    const rows = corpusRows(result, this.documentHeads());
    // Indexes are dropped and built again after the rows are in: sorting once is faster than
    // keeping each index in order row by row (READ_SCHEMA creates what is missing).
    const indexes = this.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name LIKE 'read\\_%' ESCAPE '\\' AND sql IS NOT NULL`).all() as Row[];
    for (const i of indexes) this.db.exec(`DROP INDEX ${String(i.name)}`);
    for (const [key, t] of Object.entries(READ_TABLES) as [keyof typeof READ_TABLES, (typeof READ_TABLES)[keyof typeof READ_TABLES]][]) {
      this.db.exec(`DELETE FROM ${t.name}`);
      const insert = this.db.prepare(`INSERT INTO ${t.name} (${t.columns.map((c) => c[0]).join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`);
      for (const row of rows[key]) insert.run(...row);
    }
    this.db.exec(READ_SCHEMA);
    this.db.exec(`INSERT INTO read_search_fts(read_search_fts) VALUES ('rebuild')`);
  }

  private loadCorpusNow(): CorpusResult {
    const all = (sql: string): unknown[] => (this.db.prepare(sql).all() as Row[]).map((r) => JSON.parse(String(r.data)));
    const items = (kind: string): unknown[] =>
      (this.db.prepare('SELECT data FROM corpus_items WHERE kind = ? ORDER BY seq').all(kind) as Row[]).map((r) => JSON.parse(String(r.data)));
    return {
      entities: all('SELECT data FROM corpus_entities ORDER BY rowid') as CorpusResult['entities'],
      events: all('SELECT data FROM corpus_events ORDER BY rowid') as CorpusResult['events'],
      quotes: items('quote') as CorpusResult['quotes'],
      claims: items('claim') as CorpusResult['claims'],
      discrepancies: items('discrepancy') as CorpusResult['discrepancies'],
      duplicates: (items('duplicates')[0] ?? {}) as CorpusResult['duplicates'],
      propagatedDates: (items('propagatedDates')[0] ?? {}) as CorpusResult['propagatedDates'],
    };
  }

  async loadCorpus(): Promise<CorpusResult> {
    return this.loadCorpusNow();
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    if (!query.trim()) return [];
    const match = toFtsQuery(query);
    if (!match) return [];
    // Ranked first, snippets after for the best only: snippet() in the ranked query runs for every match.
    const top = this.db.prepare('SELECT rowid AS rid, bm25(documents_fts) AS rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?').all(match, limit) as Row[];
    if (!top.length) return [];
    const rows = this.db
      .prepare(
        `SELECT documents_fts.rowid AS rid, d.id, d.title, snippet(documents_fts, 1, '«', '»', '…', 16) AS snippet
         FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
         WHERE documents_fts MATCH ? AND documents_fts.rowid IN (${top.map(() => '?').join(', ')})`,
      )
      .all(match, ...top.map((r) => r.rid)) as Row[];
    const byRid = new Map(rows.map((r) => [Number(r.rid), r]));
    return top.flatMap((t) => {
      const r = byRid.get(Number(t.rid));
      return r ? [{ documentId: String(r.id), title: (r.title as string | null) ?? null, snippet: String(r.snippet), rank: Number(t.rank) }] : [];
    });
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string): number => Number((this.db.prepare(sql).get() as Row).n);
    return {
      rawInputs: count('SELECT count(*) AS n FROM raw_inputs'),
      documents: count('SELECT count(*) AS n FROM documents'),
      entities: count('SELECT count(*) AS n FROM corpus_entities'),
      events: count('SELECT count(*) AS n FROM corpus_events'),
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** SQLITE_FULL: the disk is full, or the file reached its size limit (max_page_count). */
function isFull(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'SQLITE_FULL';
}

function storeFull(path: string, cause: unknown): DossierError {
  return new DossierError('E_STORE_FULL', 'the store is full (disk or size limit); the write in progress was undone; free some space and run the same command again', { input: path, cause });
}

function toArticle(row: Row): Article {
  return { ...(JSON.parse(String(row.article)) as Omit<Article, 'text'>), text: String(row.text) };
}

/** A search-box query to FTS5 (fts-query.ts: AND/OR/NOT, phrases, prefix*); a bad query is a DossierError. */
export function toFtsQuery(query: string): string {
  return toFts5Query(query);
}
