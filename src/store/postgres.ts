import pg from 'pg';
import { DossierError, isDossierError } from '../core/errors.js';
import type { Article, RawInput } from '../core/types.js';
import type { CorpusResult } from '../corpus/types.js';
import { parsePgUrl, type PgTarget } from './pg-url.js';
import { PG_MIGRATES_FROM, PG_SCHEMA_VERSION, pgSchema, pgStateSchema } from './postgres-schema.js';
import { toTsQueryText } from './tsquery.js';
import type { AddOptions, ArticlesAfter, CorpusDelta, CorpusReader, CorpusStateInfo, CorpusStateWrite, SearchHit, Store, StoreStats } from './types.js';
import { attachReader, CorpusReadSql } from './corpus-read.js';
import { corpusRows, HEAD_CHARS, headOf, READ_TABLES, type ColumnType, type DocumentHead } from './corpus-rows.js';

type Row = Record<string, unknown>;

export interface PostgresOpenOptions {
  /** Create the schema and its tables when they are missing (default true); false insists they exist. */
  create?: boolean;
  /** Connections in the pool (default 4). */
  maxConnections?: number;
  /** How long to wait for a connection, in ms (default 10 s). */
  connectTimeoutMs?: number;
}

/** Rows per statement when saving corpus results (keeps each message well under PostgreSQL's limits). */
const BATCH = 1000;
/** Articles read per query when iterating the store (bounded memory, keyset paging on seq). */
const PAGE = 500;

const HEADLINE = 'StartSel=«, StopSel=», MaxFragments=1, MaxWords=16, MinWords=6, ShortWord=0, FragmentDelimiter=" … "';

/** Rows per statement when writing the read tables. */
const READ_BATCH = 5000;

const PG_ARRAY: Record<ColumnType, string> = { text: 'text[]', int: 'int[]', real: 'float8[]' };

/** `?` placeholders as PostgreSQL's $1, $2, ... (the shared queries use no other question marks). */
function dollars(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// The corpus queries (CorpusReader) come from corpus-read.ts, attached in the constructor.
export interface PostgresStore extends CorpusReader {}

/**
 * A store in a PostgreSQL database: the same tables as the SQLite store in one schema
 * (`?schema=name` in the URL, default "dossier"), raw bytes as bytea, full-text search on a
 * generated tsvector column with a GIN index. Open it with `PostgresStore.open(url)`.
 */
export class PostgresStore implements Store {
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly target: PgTarget,
  ) {
    const schema = target.schema;
    attachReader(
      this,
      new CorpusReadSql({
        all: (sql, params) => this.query(dollars(sql), [...params], 'corpus query failed'),
        t: (name) => `${schema}.${name}`,
        contains: (col) => `strpos(${col}, ?) > 0`,
        searchFrom: () => `${schema}.read_search s`,
        searchWhere: () => `s.tsv @@ to_tsquery('simple', ?)`,
        searchParam: (query) => toTsQueryText(query),
      }),
    );
  }

  /** The URL without its password. */
  get shown(): string {
    return this.target.shown;
  }

  /** The schema holding this store's tables. */
  get schema(): string {
    return this.target.schema;
  }

  /**
   * Connect, check the schema version and (unless `create: false`) create the tables. Fails
   * with one E_STORE error naming the URL without its password when the server cannot be
   * reached, refuses the credentials or holds a store of another version; nothing is written then.
   */
  static async open(url: string, options: PostgresOpenOptions = {}): Promise<PostgresStore> {
    const target = parsePgUrl(url);
    const pool = new pg.Pool({
      connectionString: target.connectionString,
      max: options.maxConnections ?? 4,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      // Names the store, so an operator (or a test) can find its connections in pg_stat_activity.
      application_name: `dossier:${target.schema}`,
    });
    // An idle connection that breaks (server restart) must not crash the process; the next query reports it.
    pool.on('error', () => {});
    const store = new PostgresStore(pool, target);
    try {
      await store.init(options.create ?? true);
    } catch (e) {
      await pool.end().catch(() => {});
      throw e;
    }
    return store;
  }

  private t(table: string): string {
    return `${this.target.schema}.${table}`;
  }

  private fail(e: unknown, doing: string): DossierError {
    if (isDossierError(e)) return e;
    const message = e instanceof Error ? e.message || (e as NodeJS.ErrnoException).code || String(e) : String(e);
    return new DossierError('E_STORE', `${doing}: ${message}`, { input: this.target.shown, cause: e });
  }

  private async query(sql: string, params: unknown[] = [], doing = 'query failed'): Promise<Row[]> {
    try {
      return (await this.pool.query(sql, params)).rows as Row[];
    } catch (e) {
      throw this.fail(e, doing);
    }
  }

  /** Run `work` in one transaction on one connection; roll back on any error. */
  private async transaction(doing: string, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw this.fail(e, `cannot connect to PostgreSQL (${doing})`);
    }
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw this.fail(e, doing);
    } finally {
      client.release();
    }
  }

  private async init(create: boolean): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw this.fail(e, 'cannot connect to PostgreSQL');
    }
    try {
      let version = await this.readVersion(client);
      if (version === null) {
        if (!create) {
          throw new DossierError('E_NOT_FOUND', `no dossier store in schema "${this.target.schema}" here; run "dossier ingest <files>" first or point --db at one`, {
            input: this.target.shown,
          });
        }
        await client.query('BEGIN');
        try {
          // Two processes creating the same store at once: the second waits, then finds it made.
          await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dossier:${this.target.schema}`]);
          await client.query(pgSchema(this.target.schema));
          await client.query(`INSERT INTO ${this.t('store_meta')} (key, value) VALUES ('schema', $1) ON CONFLICT (key) DO NOTHING`, [String(PG_SCHEMA_VERSION)]);
          version = await this.readVersion(client);
          if (version !== String(PG_SCHEMA_VERSION)) throw this.versionError(version);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK').catch(() => {});
          throw e;
        }
      } else if (PG_MIGRATES_FROM.includes(version)) {
        await this.migrate(client);
      } else if (version !== String(PG_SCHEMA_VERSION)) {
        throw this.versionError(version);
      }
    } catch (e) {
      throw this.fail(e, 'cannot open the store');
    } finally {
      client.release();
    }
  }

  /** An older store: its tables are kept; the read tables (new in 2) are built from its saved corpus. */
  private async migrate(client: pg.PoolClient): Promise<void> {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dossier:${this.target.schema}`]);
      const version = await this.readVersion(client);
      if (version !== null && PG_MIGRATES_FROM.includes(version)) {
        await client.query(pgSchema(this.target.schema));
        await this.writeReadTables(client, await this.loadCorpusWith(client));
        await client.query(`UPDATE ${this.t('store_meta')} SET value = $1 WHERE key = 'schema'`, [String(PG_SCHEMA_VERSION)]);
      } else if (version !== String(PG_SCHEMA_VERSION)) throw this.versionError(version);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    }
  }

  /** The stored schema version, or null when this schema holds no store yet. */
  private async readVersion(client: pg.PoolClient): Promise<string | null> {
    const exists = await client.query('SELECT to_regclass($1) AS t', [this.t('store_meta')]);
    if (exists.rows[0]?.t === null) return null;
    const row = await client.query(`SELECT value FROM ${this.t('store_meta')} WHERE key = 'schema'`);
    // A meta table without a version: not a store this program wrote.
    return row.rows[0] ? String(row.rows[0].value) : 'none';
  }

  private versionError(version: string | null): DossierError {
    return new DossierError(
      'E_STORE',
      `schema "${this.target.schema}" was written by another version of dossier (schema ${String(version)}, this one reads ${PG_SCHEMA_VERSION}); use another database or ?schema=`,
      { input: this.target.shown },
    );
  }

  async hasRaw(hash: string): Promise<boolean> {
    return (await this.query(`SELECT 1 FROM ${this.t('raw_inputs')} WHERE hash = $1`, [hash])).length > 0;
  }

  /** As on SQLite: false for an input kept raw past a budget, so the next ingest tries it again. */
  async hasDocuments(hash: string): Promise<boolean> {
    return (await this.query(`SELECT 1 FROM ${this.t('documents')} WHERE raw_hash = $1 LIMIT 1`, [hash])).length > 0;
  }

  async reserveOrder(): Promise<string> {
    const rows = await this.query(`SELECT nextval('${this.t('input_order')}') AS n`);
    return String(rows[0]!.n);
  }

  async addDocuments(raw: RawInput, articles: readonly Article[], options: AddOptions = {}): Promise<void> {
    if (options.order !== undefined && !/^\d{1,18}$/.test(options.order)) {
      throw new DossierError('E_STORE', `order "${options.order}" is not a place from reserveOrder()`, { input: raw.source });
    }
    await this.transaction(`cannot store ${raw.source}`, async (c) => {
      await c.query(
        `INSERT INTO ${this.t('raw_inputs')} (hash, source, content_type, meta, bytes) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (hash) DO NOTHING`,
        [raw.hash, raw.source, raw.contentType, JSON.stringify(raw.meta), Buffer.from(raw.bytes.buffer, raw.bytes.byteOffset, raw.bytes.byteLength)],
      );
      // As on SQLite: a document id comes from the raw input's hash and its part, so a stored id
      // already holds these articles; the first copy keeps its place in ingest order (event ids
      // depend on it), and of two with one id in this call the first is kept.
      const first = new Map<string, number>();
      articles.forEach((a, i) => first.has(a.id) || first.set(a.id, i));
      const docs = articles.filter((a, i) => first.get(a.id) === i);
      if (!docs.length) return;
      const rows = docs.map((a) => {
        const { text, ...rest } = a;
        return [a.id, a.part, a.source, a.title, a.published.value, a.externalId ?? null, text, JSON.stringify(rest)] as const;
      });
      const col = (i: number): unknown[] => rows.map((r) => r[i]);
      const ord = options.order ?? String((await c.query(`SELECT nextval('${this.t('input_order')}') AS n`)).rows[0].n);
      await c.query(
        `INSERT INTO ${this.t('documents')} (ord, id, raw_hash, part, source, title, published, external_id, text, article)
         SELECT $10::bigint, u.id, $1, u.part, u.source, u.title, u.published, u.external_id, u.text, u.article
         FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
           WITH ORDINALITY AS u(id, part, source, title, published, external_id, text, article, n)
         ORDER BY u.n
         ON CONFLICT (id) DO NOTHING`,
        [raw.hash, ...[0, 1, 2, 3, 4, 5, 6, 7].map(col), ord],
      );
    });
  }

  /** In ingest order: by the input's place (`ord`), then the order the articles were stored. */
  async *articles(): AsyncIterable<Article> {
    let after: [string, string] = ['-1', '0'];
    for (;;) {
      const rows = await this.query(`SELECT ord, seq, text, article FROM ${this.t('documents')} WHERE (ord, seq) > ($1::bigint, $2::bigint) ORDER BY ord, seq LIMIT ${PAGE}`, after);
      for (const row of rows) yield toArticle(row);
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1]!;
      after = [String(last.ord), String(last.seq)];
    }
  }

  /** Stored after `cursor` by seq (the order documents reached the store), up to the newest now; yielded in ingest order. */
  async articlesAfter(cursor: number): Promise<ArticlesAfter> {
    const upTo = Number((await this.query(`SELECT coalesce(max(seq), 0) AS n FROM ${this.t('documents')}`))[0]!.n);
    const self = this;
    async function* walk(): AsyncIterable<Article> {
      let after: [string, string] = ['-1', '0'];
      for (;;) {
        const rows = await self.query(
          `SELECT ord, seq, text, article FROM ${self.t('documents')} WHERE seq > $3 AND seq <= $4 AND (ord, seq) > ($1::bigint, $2::bigint) ORDER BY ord, seq LIMIT ${PAGE}`,
          [...after, cursor, upTo],
        );
        for (const row of rows) yield toArticle(row);
        if (rows.length < PAGE) return;
        const last = rows[rows.length - 1]!;
        after = [String(last.ord), String(last.seq)];
      }
    }
    return { upTo, articles: walk() };
  }

  private stateReady = false;

  /** The state tables, created in a store made before they existed. */
  private async ensureState(): Promise<void> {
    if (this.stateReady) return;
    await this.transaction('cannot create the corpus state tables', async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dossier:${this.target.schema}`]);
      await c.query(pgStateSchema(this.target.schema));
    });
    this.stateReady = true;
  }

  async corpusState(): Promise<CorpusStateInfo | null> {
    await this.ensureState();
    const rows = await this.query(`SELECT key, value FROM ${this.t('store_meta')} WHERE key IN ('corpus_state', 'corpus_seq')`);
    const state = rows.find((r) => r.key === 'corpus_state');
    if (!state) return null;
    const seq = rows.find((r) => r.key === 'corpus_seq');
    const { version, cursor } = JSON.parse(String(state.value)) as { version: string; cursor: number };
    return { version, cursor, corpusSeq: seq ? Number(seq.value) : null };
  }

  async getStateObjects(space: string, ids: readonly string[]): Promise<Map<string, unknown>> {
    await this.ensureState();
    const out = new Map<string, unknown>();
    const list = [...new Set(ids)];
    for (let from = 0; from < list.length; from += BATCH) {
      const rows = await this.query(`SELECT id, data FROM ${this.t('corpus_state_objects')} WHERE space = $1 AND id = ANY($2::text[])`, [space, list.slice(from, from + BATCH)]);
      for (const r of rows) out.set(String(r.id), JSON.parse(String(r.data)));
    }
    return out;
  }

  async allStateObjects(space: string): Promise<Map<string, unknown>> {
    await this.ensureState();
    const rows = await this.query(`SELECT id, data FROM ${this.t('corpus_state_objects')} WHERE space = $1 ORDER BY id`, [space]);
    return new Map(rows.map((r) => [String(r.id), JSON.parse(String(r.data))]));
  }

  async lookupStateKeys(space: string, keys: readonly string[], limit?: number): Promise<Map<string, string[]>> {
    await this.ensureState();
    const out = new Map<string, string[]>();
    const list = [...new Set(keys)];
    for (let from = 0; from < list.length; from += BATCH) {
      const sql =
        limit === undefined
          ? `SELECT key, ref FROM ${this.t('corpus_state_keys')} WHERE space = $1 AND key = ANY($2::text[]) ORDER BY key, ref`
          : `SELECT k.key, r.ref FROM unnest($2::text[]) AS k(key)
             CROSS JOIN LATERAL (SELECT ref FROM ${this.t('corpus_state_keys')} WHERE space = $1 AND key = k.key ORDER BY ref LIMIT $3) r ORDER BY k.key, r.ref`;
      const rows = await this.query(sql, limit === undefined ? [space, list.slice(from, from + BATCH)] : [space, list.slice(from, from + BATCH), limit + 1]);
      for (const r of rows) {
        const key = String(r.key);
        const refs = out.get(key);
        if (refs) refs.push(String(r.ref));
        else out.set(key, [String(r.ref)]);
      }
    }
    return out;
  }

  /** As on SQLite; a write with `expect: null` follows a saveCorpus of the same documents, so the saved corpus covers up to its cursor. */
  async writeCorpusState(write: CorpusStateWrite, corpus?: CorpusDelta): Promise<boolean> {
    await this.ensureState();
    let applied = false;
    await this.transaction('cannot save the corpus state', async (c) => {
      // One state writer at a time: the cursor check and the write must see the same state.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dossier-corpus-state:${this.target.schema}`]);
      const row = (await c.query(`SELECT value FROM ${this.t('store_meta')} WHERE key = 'corpus_state'`)).rows[0] as Row | undefined;
      const stored = row ? (JSON.parse(String(row.value)) as { cursor: number }).cursor : null;
      if (write.expect === null) {
        await c.query(`TRUNCATE ${this.t('corpus_state_objects')}, ${this.t('corpus_state_keys')}`);
        await this.setMeta(c, 'corpus_seq', String(write.cursor));
      } else if (stored !== write.expect) return;
      const dels = write.objects.filter((o) => o.data === null);
      const puts = [...new Map(write.objects.filter((o) => o.data !== null).map((o) => [`${o.space}\u0000${o.id}`, o])).values()];
      for (let from = 0; from < dels.length; from += BATCH) {
        const part = dels.slice(from, from + BATCH);
        await c.query(`DELETE FROM ${this.t('corpus_state_objects')} o USING unnest($1::text[], $2::text[]) AS d(space, id) WHERE o.space = d.space AND o.id = d.id`, [part.map((o) => o.space), part.map((o) => o.id)]);
      }
      for (let from = 0; from < puts.length; from += BATCH) {
        const part = puts.slice(from, from + BATCH);
        await c.query(
          `INSERT INTO ${this.t('corpus_state_objects')} (space, id, data) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
           ON CONFLICT (space, id) DO UPDATE SET data = excluded.data`,
          [part.map((o) => o.space), part.map((o) => o.id), part.map((o) => JSON.stringify(o.data))],
        );
      }
      for (let from = 0; from < write.dropRefs.length; from += BATCH) {
        const part = write.dropRefs.slice(from, from + BATCH);
        await c.query(`DELETE FROM ${this.t('corpus_state_keys')} k USING unnest($1::text[], $2::text[]) AS d(space, ref) WHERE k.space = d.space AND k.ref = d.ref`, [part.map((r) => r.space), part.map((r) => r.ref)]);
      }
      for (let from = 0; from < write.keys.length; from += BATCH) {
        const part = write.keys.slice(from, from + BATCH);
        await c.query(`INSERT INTO ${this.t('corpus_state_keys')} (space, key, ref) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`, [
          part.map((k) => k.space),
          part.map((k) => k.key),
          part.map((k) => k.ref),
        ]);
      }
      await this.setMeta(c, 'corpus_state', JSON.stringify({ version: write.version, cursor: write.cursor }));
      if (corpus) {
        await this.applyDelta(c, corpus);
        // The read tables hold global orderings (timeline position, ranks): rebuilt from the updated corpus.
        await this.writeReadTables(c, await this.loadCorpusWith(c));
      }
      applied = true;
    });
    return applied;
  }

  async clearCorpusState(): Promise<void> {
    await this.ensureState();
    await this.transaction('cannot clear the corpus state', async (c) => {
      await c.query(`TRUNCATE ${this.t('corpus_state_objects')}, ${this.t('corpus_state_keys')}`);
      await c.query(`DELETE FROM ${this.t('store_meta')} WHERE key = 'corpus_state'`);
    });
  }

  private async setMeta(c: pg.PoolClient, key: string, value: string): Promise<void> {
    await c.query(`INSERT INTO ${this.t('store_meta')} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [key, value]);
  }

  /** The change to the saved corpus results, inside the caller's transaction (new rows go after the saved ones in `ord`). */
  private async applyDelta(c: pg.PoolClient, d: CorpusDelta): Promise<void> {
    await this.setMeta(c, 'corpus_seq', String(d.upTo));
    const nextOrd = async (table: string): Promise<number> => Number((await c.query(`SELECT coalesce(max(ord), -1) + 1 AS n FROM ${this.t(table)}`)).rows[0].n);
    for (let from = 0, ord = await nextOrd('corpus_entities'); from < d.entities.length; from += BATCH) {
      const part = d.entities.slice(from, from + BATCH);
      await c.query(
        `INSERT INTO ${this.t('corpus_entities')} (ord, id, type, name, data) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[])
         ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, data = excluded.data`,
        [part.map((_, i) => ord + from + i), part.map((e) => e.id), part.map((e) => e.type), part.map((e) => e.name), part.map((e) => JSON.stringify(e))],
      );
    }
    for (let from = 0; from < d.deleteEvents.length; from += BATCH) {
      await c.query(`DELETE FROM ${this.t('corpus_events')} WHERE id = ANY($1::text[])`, [d.deleteEvents.slice(from, from + BATCH)]);
    }
    for (let from = 0, ord = await nextOrd('corpus_events'); from < d.events.length; from += BATCH) {
      const part = d.events.slice(from, from + BATCH);
      await c.query(
        `INSERT INTO ${this.t('corpus_events')} (ord, id, date, data) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])
         ON CONFLICT (id) DO UPDATE SET date = excluded.date, data = excluded.data`,
        [part.map((_, i) => ord + from + i), part.map((e) => e.id), part.map((e) => e.date.value), part.map((e) => JSON.stringify(e))],
      );
    }
    await c.query(`DELETE FROM ${this.t('corpus_items')} WHERE kind IN ('discrepancy', 'duplicates', 'propagatedDates')`);
    const items: [string, string][] = [
      ...d.quotes.map((q): [string, string] => ['quote', JSON.stringify(q)]),
      ...d.claims.map((q): [string, string] => ['claim', JSON.stringify(q)]),
      ...d.discrepancies.map((q): [string, string] => ['discrepancy', JSON.stringify(q)]),
      ['duplicates', JSON.stringify(d.duplicates)],
      ['propagatedDates', JSON.stringify(d.propagatedDates)],
    ];
    const next = new Map<string, number>();
    for (const kind of ['quote', 'claim', 'discrepancy', 'duplicates', 'propagatedDates']) {
      next.set(kind, Number((await c.query(`SELECT coalesce(max(seq), -1) + 1 AS n FROM ${this.t('corpus_items')} WHERE kind = $1`, [kind])).rows[0].n));
    }
    const seqs = items.map(([kind]) => {
      const n = next.get(kind)!;
      next.set(kind, n + 1);
      return n;
    });
    for (let from = 0; from < items.length; from += BATCH) {
      const part = items.slice(from, from + BATCH);
      await c.query(`INSERT INTO ${this.t('corpus_items')} (kind, seq, data) SELECT * FROM unnest($1::text[], $2::int[], $3::text[])`, [
        part.map((x) => x[0]),
        seqs.slice(from, from + BATCH),
        part.map((x) => x[1]),
      ]);
    }
  }

  async getArticle(id: string): Promise<Article | null> {
    const rows = await this.query(`SELECT text, article FROM ${this.t('documents')} WHERE id = $1`, [id]);
    return rows[0] ? toArticle(rows[0]) : null;
  }

  async sourcesWithExternalId(externalId: string): Promise<string[]> {
    const rows = await this.query(`SELECT source FROM ${this.t('documents')} WHERE external_id = $1 ORDER BY ord, seq`, [externalId]);
    return rows.map((r) => String(r.source));
  }

  async getRaw(hash: string): Promise<RawInput | null> {
    const rows = await this.query(`SELECT hash, source, content_type, meta, bytes FROM ${this.t('raw_inputs')} WHERE hash = $1`, [hash]);
    const row = rows[0];
    if (!row) return null;
    const bytes = row.bytes as Buffer;
    return {
      hash: String(row.hash),
      source: String(row.source),
      contentType: String(row.content_type),
      meta: JSON.parse(String(row.meta)) as Record<string, unknown>,
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    };
  }

  async saveCorpus(result: CorpusResult): Promise<void> {
    await this.transaction('cannot save the corpus results', async (c) => {
      await c.query(`TRUNCATE ${this.t('corpus_entities')}, ${this.t('corpus_events')}, ${this.t('corpus_items')}`);
      const insert = async (sql: string, columns: unknown[][]): Promise<void> => {
        const n = columns[0]!.length;
        for (let from = 0; from < n; from += BATCH) await c.query(sql, columns.map((col) => col.slice(from, from + BATCH)));
      };
      const entities = result.entities;
      await insert(`INSERT INTO ${this.t('corpus_entities')} (ord, id, type, name, data) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[])`, [
        entities.map((_, i) => i),
        entities.map((e) => e.id),
        entities.map((e) => e.type),
        entities.map((e) => e.name),
        entities.map((e) => JSON.stringify(e)),
      ]);
      const events = result.events;
      await insert(`INSERT INTO ${this.t('corpus_events')} (ord, id, date, data) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])`, [
        events.map((_, i) => i),
        events.map((e) => e.id),
        events.map((e) => e.date.value),
        events.map((e) => JSON.stringify(e)),
      ]);
      const items: [string, number, string][] = [
        ...result.quotes.map((q, i): [string, number, string] => ['quote', i, JSON.stringify(q)]),
        ...result.claims.map((q, i): [string, number, string] => ['claim', i, JSON.stringify(q)]),
        ...result.discrepancies.map((q, i): [string, number, string] => ['discrepancy', i, JSON.stringify(q)]),
        ['duplicates', 0, JSON.stringify(result.duplicates)],
        ['propagatedDates', 0, JSON.stringify(result.propagatedDates)],
      ];
      await insert(`INSERT INTO ${this.t('corpus_items')} (kind, seq, data) SELECT * FROM unnest($1::text[], $2::int[], $3::text[])`, [
        items.map((x) => x[0]),
        items.map((x) => x[1]),
        items.map((x) => x[2]),
      ]);
      await this.writeReadTables(c, result);
    });
  }

  /** What the read tables need of every stored document, in ingest order (no annotations parsed). */
  private async documentHeads(c: pg.PoolClient): Promise<DocumentHead[]> {
    const out: DocumentHead[] = [];
    let after: [string, string] = ['-1', '0'];
    for (;;) {
      const { rows } = await c.query(
        `SELECT ord, seq, id, source, title, left(text, ${HEAD_CHARS}) AS head, article::json->>'publisher' AS publisher, article::json->>'url' AS url,
                external_id, article::json->'published' AS published
         FROM ${this.t('documents')} WHERE (ord, seq) > ($1::bigint, $2::bigint) ORDER BY ord, seq LIMIT ${PAGE * 10}`,
        after,
      );
      for (const r of rows as Row[]) out.push(headOf(r, out.length));
      if (rows.length < PAGE * 10) return out;
      const last = rows[rows.length - 1] as Row;
      after = [String(last.ord), String(last.seq)];
    }
  }

  /** Replace the read tables' rows with those of `result` (inside the caller's transaction). */
  private async writeReadTables(c: pg.PoolClient, result: CorpusResult): Promise<void> {
    const rows = corpusRows(result, await this.documentHeads(c));
    const tables = Object.values(READ_TABLES);
    await c.query(`TRUNCATE ${tables.map((t) => this.t(t.name)).join(', ')}`);
    for (const [key, t] of Object.entries(READ_TABLES) as [keyof typeof READ_TABLES, (typeof READ_TABLES)[keyof typeof READ_TABLES]][]) {
      const list = rows[key];
      const names = t.columns.map((col) => col[0]).join(', ');
      const arrays = t.columns.map((col, i) => `$${i + 1}::${PG_ARRAY[col[1]]}`).join(', ');
      const sql = `INSERT INTO ${this.t(t.name)} (${names}) SELECT * FROM unnest(${arrays})`;
      for (let from = 0; from < list.length; from += READ_BATCH) {
        const part = list.slice(from, from + READ_BATCH);
        await c.query(sql, t.columns.map((_, i) => part.map((r) => r[i])));
      }
    }
    // Fresh statistics for the planner: the tables were just emptied and filled.
    await c.query(`ANALYZE ${tables.map((t) => this.t(t.name)).join(', ')}`);
  }

  async loadCorpus(): Promise<CorpusResult> {
    return this.loadCorpusWith(null);
  }

  /** The saved corpus, read through `client` (inside its transaction) or the pool. */
  private async loadCorpusWith(client: pg.PoolClient | null): Promise<CorpusResult> {
    const data = (rows: Row[]): unknown[] => rows.map((r) => JSON.parse(String(r.data)));
    const q = async (sql: string): Promise<Row[]> => (client ? ((await client.query(sql)).rows as Row[]) : this.query(sql));
    const entities = await q(`SELECT data FROM ${this.t('corpus_entities')} ORDER BY ord`);
    const events = await q(`SELECT data FROM ${this.t('corpus_events')} ORDER BY ord`);
    const items = await q(`SELECT kind, data FROM ${this.t('corpus_items')} ORDER BY kind, seq`);
    const of = (kind: string): unknown[] => data(items.filter((r) => r.kind === kind));
    return {
      entities: data(entities) as CorpusResult['entities'],
      events: data(events) as CorpusResult['events'],
      quotes: of('quote') as CorpusResult['quotes'],
      claims: of('claim') as CorpusResult['claims'],
      discrepancies: of('discrepancy') as CorpusResult['discrepancies'],
      duplicates: (of('duplicates')[0] ?? {}) as CorpusResult['duplicates'],
      propagatedDates: (of('propagatedDates')[0] ?? {}) as CorpusResult['propagatedDates'],
    };
  }

  /**
   * Documents matching the query (fts-query.ts's language, as tsquery), best first. `rank` is the
   * negated ts_rank_cd, so that lower is better as with the SQLite store's bm25.
   */
  async search(query: string, limit = 20): Promise<SearchHit[]> {
    if (!query.trim()) return [];
    const q = toTsQueryText(query);
    const rows = await this.query(
      `WITH q AS (SELECT to_tsquery('simple', $1) AS q),
       hits AS (
         SELECT d.seq, d.id, d.title, d.text, ts_rank_cd(d.tsv, q.q) AS r
         FROM ${this.t('documents')} d, q WHERE d.tsv @@ q.q
         ORDER BY r DESC, d.seq LIMIT $2
       )
       SELECT h.id, h.title, ts_headline('simple', h.text, q.q, '${HEADLINE}') AS snippet, h.r
       FROM hits h, q ORDER BY h.r DESC, h.seq`,
      [q, limit],
      'search failed',
    );
    return rows.map((r) => ({ documentId: String(r.id), title: (r.title as string | null) ?? null, snippet: String(r.snippet), rank: -Number(r.r) }));
  }

  async stats(): Promise<StoreStats> {
    const rows = await this.query(
      `SELECT (SELECT count(*) FROM ${this.t('raw_inputs')}) AS raw, (SELECT count(*) FROM ${this.t('documents')}) AS docs,
              (SELECT count(*) FROM ${this.t('corpus_entities')}) AS entities, (SELECT count(*) FROM ${this.t('corpus_events')}) AS events`,
    );
    const r = rows[0]!;
    return { rawInputs: Number(r.raw), documents: Number(r.docs), entities: Number(r.entities), events: Number(r.events) };
  }

  /** Drop this store's schema and everything in it (tests and `--db` clean-up). */
  async drop(): Promise<void> {
    await this.query(`DROP SCHEMA IF EXISTS ${this.target.schema} CASCADE`, [], 'cannot drop the store');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

function toArticle(row: Row): Article {
  return { ...(JSON.parse(String(row.article)) as Omit<Article, 'text'>), text: String(row.text) };
}
