/**
 * The PostgreSQL test database: `DOSSIER_TEST_PG` (e.g.
 * postgres://dossier:dossier@127.0.0.1:5432/dossier_test). Unset outside CI, the PostgreSQL
 * tests skip with one line; unset in CI (`CI` set), they fail, so CI cannot skip them silently.
 * Every store a test makes lives in its own schema, dropped when the file's tests end.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';

export const PG_URL = process.env.DOSSIER_TEST_PG ?? '';

/** Call at the top of a test file; returns false (having declared the skip or the failure) when there is no database. */
export function pgAvailable(file: string): boolean {
  if (PG_URL) return true;
  if (process.env.CI) {
    describe(file, () => {
      it('needs a PostgreSQL database: set DOSSIER_TEST_PG (CI must not skip the PostgreSQL tests)', () => {
        throw new Error('DOSSIER_TEST_PG is not set in CI; .ci/run starts PostgreSQL and sets it');
      });
    });
  } else {
    console.log(`${file}: skipped, DOSSIER_TEST_PG is not set (e.g. postgres://dossier:dossier@127.0.0.1:5432/dossier_test)`);
    describe.skip(file, () => it('needs DOSSIER_TEST_PG', () => {}));
  }
  return false;
}

/** A fresh schema name for this run, and the test URL pointing at it; dropped in afterAll. */
export function freshSchemas(): { next: () => { schema: string; url: string } } {
  const made: string[] = [];
  const run = `t_${process.pid}_${randomBytes(3).toString('hex')}`;
  afterAll(async () => {
    if (!made.length) return;
    const url = new URL(PG_URL);
    url.searchParams.delete('schema');
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      // The store's schema, and the job queue's beside it (queueSchema in src/app/queue.ts).
      for (const s of made) await client.query(`DROP SCHEMA IF EXISTS ${s}, ${s.slice(0, 57)}_queue CASCADE`);
    } finally {
      await client.end();
    }
  });
  return {
    next: () => {
      const schema = `${run}_${made.length}`;
      made.push(schema);
      const url = new URL(PG_URL);
      url.searchParams.set('schema', schema);
      return { schema, url: url.toString() };
    },
  };
}
