/**
 * PostgreSQL faults: an unreachable server, wrong credentials, a store of another version,
 * a missing store when one must exist. Each is one E_STORE (or E_NOT_FOUND) error naming the
 * URL without its password, and nothing is written.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../core/errors.js';
import { openStore } from './open.js';
import { freshSchemas, PG_URL, pgAvailable } from './pg-test-env.test-util.js';
import { parsePgUrl, redactUrl } from './pg-url.js';
import { PostgresStore } from './postgres.js';
import { PG_SCHEMA_VERSION } from './postgres-schema.js';
import { READ_TABLES } from './corpus-rows.js';
import { createArticle } from '../core/article.js';
import type { Event } from '../corpus/types.js';

async function failure(p: Promise<unknown>): Promise<DossierError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DossierError);
    return e as DossierError;
  }
  throw new Error('expected a failure');
}

describe('PostgreSQL URLs', () => {
  it('leaves the password out of what is shown', () => {
    expect(redactUrl('postgres://ann:s3cret@db.example:5433/news?schema=x')).toBe('postgres://ann@db.example:5433/news?schema=x');
    expect(redactUrl('postgresql://ann@db.example/news')).toBe('postgresql://ann@db.example/news');
    expect(redactUrl('postgres://ann:s3cret@[bad')).not.toContain('s3cret');
  });

  it('reads the schema parameter and keeps it away from the driver', () => {
    const t = parsePgUrl('postgres://ann:pw@h/db?schema=news_2024&sslmode=disable');
    expect(t.schema).toBe('news_2024');
    expect(t.connectionString).toBe('postgres://ann:pw@h/db?sslmode=disable');
    expect(parsePgUrl('postgres://h/db').schema).toBe('dossier');
  });

  it('refuses a schema name that is not a plain identifier', () => {
    for (const bad of ['Name', '1abc', 'a;drop', 'a-b', 'x'.repeat(64)]) {
      expect(() => parsePgUrl(`postgres://h/db?schema=${encodeURIComponent(bad)}`)).toThrow(/not a plain name/);
    }
  });
});

describe('PostgresStore faults without a server', () => {
  it('an unreachable server: one E_STORE error naming the URL without the password', async () => {
    // Port 9 on loopback: nothing listens there, so the connection is refused at once.
    const err = await failure(PostgresStore.open('postgres://ann:s3cret@127.0.0.1:9/nowhere', { connectTimeoutMs: 3000 }));
    expect(err.code).toBe('E_STORE');
    expect(err.input).toBe('postgres://ann@127.0.0.1:9/nowhere');
    expect(`${err.input} ${err.message}`).not.toContain('s3cret');
    expect(err.message).toMatch(/cannot connect to PostgreSQL/);
  });
});

if (pgAvailable('postgres.test.ts')) {
  const schemas = freshSchemas();
  const schemaExists = async (schema: string): Promise<boolean> => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      return (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount === 1;
    } finally {
      await client.end();
    }
  };

  describe('PostgresStore faults with a server', () => {
    it('wrong credentials: one E_STORE error without the password, and no schema made', async () => {
      const { schema, url } = schemas.next();
      const wrong = new URL(url);
      wrong.password = 'not-the-password';
      const err = await failure(PostgresStore.open(wrong.toString()));
      expect(err.code).toBe('E_STORE');
      expect(err.message).toMatch(/authentication failed/);
      expect(`${err.input} ${err.message}`).not.toContain('not-the-password');
      expect(err.input).toContain(`schema=${schema}`);
      expect(await schemaExists(schema)).toBe(false);
    });

    it('a store that must exist and does not: E_NOT_FOUND, nothing created', async () => {
      const { schema, url } = schemas.next();
      const err = await failure(openStore(url, { mustExist: true }));
      expect(err.code).toBe('E_NOT_FOUND');
      expect(await schemaExists(schema)).toBe(false);
    });

    it('creates the store once; opening it again (also at the same time) keeps what it holds', async () => {
      const { url } = schemas.next();
      const [a, b] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
      await a.addDocuments({ source: 's', bytes: Uint8Array.from([1, 2, 3]), contentType: 'text/plain', meta: {}, hash: 'h1' }, []);
      await a.close();
      await b.close();
      const c = await openStore(url, { mustExist: true });
      expect(await c.hasRaw('h1')).toBe(true);
      await c.close();
    });

    it('a store of schema 1 (no read tables) is opened: its read tables are built from its saved corpus', async () => {
      const { schema, url } = schemas.next();
      const store = await PostgresStore.open(url);
      await store.addDocuments({ source: 's', bytes: Uint8Array.from([1]), contentType: 'text/plain', meta: {}, hash: 'h1' }, [createArticle({ id: 'a1', source: 's', rawHash: 'h1', text: 'The old bridge reopened.', title: 'Bridge news' })]);
      const ev: Event = {
        id: 'ev-1', type: 'CONSULT', kind: 'meet', date: { value: '2022-05-01', confidence: 0.9, evidence: 'explicit' } as Event['date'], future: false, modality: 'asserted',
        participants: [], location: null, topics: [], summary: 'The bridge reopened.', sources: [{ documentId: 'a1', start: 0, end: 10 }], documents: ['a1'], weight: 1,
      };
      await store.saveCorpus({ entities: [], events: [ev], quotes: [], claims: [], discrepancies: [], duplicates: {}, propagatedDates: {} });
      await store.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        // What schema 1 was: the same tables without the read tables.
        await client.query(`DROP TABLE ${Object.values(READ_TABLES).map((t) => `${schema}.${t.name}`).join(', ')}`);
        await client.query(`UPDATE ${schema}.store_meta SET value = '1' WHERE key = 'schema'`);
        const again = await PostgresStore.open(url);
        expect((await again.timelinePage({ offset: 0, limit: 10 })).items.map((t) => t.id)).toEqual(['ev-1']);
        expect((await again.documentPage({ offset: 0, limit: 10 })).items.map((d) => d.label)).toEqual(['Bridge news']);
        await again.close();
        expect((await client.query(`SELECT value FROM ${schema}.store_meta WHERE key = 'schema'`)).rows[0].value).toBe(String(PG_SCHEMA_VERSION));
      } finally {
        await client.end();
      }
    });

    it('a store written by another schema version: E_STORE naming both versions, nothing changed', async () => {
      const { schema, url } = schemas.next();
      const store = await PostgresStore.open(url);
      await store.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`UPDATE ${schema}.store_meta SET value = '999' WHERE key = 'schema'`);
      const err = await failure(PostgresStore.open(url));
      expect(err.code).toBe('E_STORE');
      expect(err.message).toContain(`another version of dossier (schema 999, this one reads ${PG_SCHEMA_VERSION})`);
      expect((await client.query(`SELECT value FROM ${schema}.store_meta WHERE key = 'schema'`)).rows[0].value).toBe('999');
      await client.end();
    });
  });
}
