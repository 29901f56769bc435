/**
 * The built CLI on PostgreSQL against the same run on SQLite: `ingest examples`, `timeline` and
 * `export --format json` with `--db postgres://...` give the same documents, events, entities,
 * quotes and claims (ids and counts) and the same timeline text as with a SQLite file.
 * Needs DOSSIER_TEST_PG (see src/store/pg-test-env.test-util.ts).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { DossierExport } from '../src/report/export.js';
import { freshSchemas, PG_URL, pgAvailable } from '../src/store/pg-test-env.test-util.js';
import { bin, dossier, root } from './cli.test-util.js';

interface Run {
  timeline: string;
  exported: DossierExport;
}

function run(db: string): Run {
  const ingested = dossier(db, '-q', 'ingest', join(root, 'examples'));
  expect(ingested.stderr).toBe('');
  expect(ingested.status).toBe(0);
  const timeline = dossier(db, 'timeline');
  expect(timeline.status).toBe(0);
  const exported = dossier(db, 'export', '--format', 'json');
  expect(exported.status).toBe(0);
  return { timeline: timeline.stdout, exported: JSON.parse(exported.stdout) as DossierExport };
}

/** Export ids and counts, without volatile fields (generatedAt). */
function shape(e: DossierExport): unknown {
  return {
    documents: e.documents.map((d) => d.id),
    events: e.events.map((x) => x.id),
    entities: e.entities.map((x) => x.id),
    counts: [e.quotes.length, e.claims.length, e.discrepancies.length],
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Start `ingest examples` on `url`, wait until it has stored its first raw input (and not
 * all five), then do `fault` to it. Returns the exit status and how many inputs were stored
 * at the fault.
 */
async function ingestWithFault(url: string, schema: string, fault: (child: ReturnType<typeof spawn>, db: pg.Client) => Promise<void>): Promise<{ status: number | null; storedAtFault: number }> {
  const child = spawn(process.execPath, [bin, '--db', url, '-q', 'ingest', join(root, 'examples')], { cwd: root, stdio: 'ignore' });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  let done = false;
  void exited.then(() => (done = true));
  const db = new pg.Client({ connectionString: PG_URL });
  await db.connect();
  try {
    let stored = 0;
    while (!done && stored === 0) {
      await sleep(50);
      const t = await db.query('SELECT to_regclass($1) AS t', [`${schema}.raw_inputs`]);
      if (t.rows[0].t) stored = Number((await db.query(`SELECT count(*) AS n FROM ${schema}.raw_inputs`)).rows[0].n);
    }
    if (!done) await fault(child, db);
    return { status: await exited, storedAtFault: stored };
  } finally {
    await db.end();
  }
}

const ids = (items: readonly { id: string }[]): string[] => items.map((x) => x.id);

if (pgAvailable('postgres.e2e.test.ts')) {
  const schemas = freshSchemas();
  let sqlite: Run;
  let postgres: Run;
  let pgUrl: string;

  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'cli', 'run.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    sqlite = run(join(mkdtempSync(join(tmpdir(), 'dossier-pg-e2e-')), 'same.db'));
    pgUrl = schemas.next().url;
    postgres = run(pgUrl);
  }, 240_000);

  describe('dossier --db postgres:// on the example corpus', () => {
    it('stores the same documents, in the same order, as SQLite', () => {
      expect(postgres.exported.documents.length).toBeGreaterThan(0);
      expect(ids(postgres.exported.documents)).toEqual(ids(sqlite.exported.documents));
      expect(postgres.exported.documents.map((d) => d.source)).toEqual(sqlite.exported.documents.map((d) => d.source));
    });

    it('finds the same events and entities, quotes and claims', () => {
      const p = postgres.exported;
      const s = sqlite.exported;
      expect(p.events.length).toBeGreaterThan(0);
      expect(ids(p.events)).toEqual(ids(s.events));
      expect(ids(p.entities)).toEqual(ids(s.entities));
      expect([p.quotes.length, p.claims.length, p.discrepancies.length]).toEqual([s.quotes.length, s.claims.length, s.discrepancies.length]);
    });

    it('prints the same timeline', () => {
      expect(postgres.timeline.length).toBeGreaterThan(0);
      expect(postgres.timeline).toBe(sqlite.timeline);
    });

    it('ingest killed with SIGKILL mid-batch: a re-run completes and exports what an uninterrupted run does', async () => {
      const { schema, url } = schemas.next();
      const killed = await ingestWithFault(url, schema, async (child) => {
        child.kill('SIGKILL');
      });
      expect(killed.status).toBeNull();
      expect(killed.storedAtFault).toBeGreaterThan(0);
      expect(killed.storedAtFault).toBeLessThan(5);
      const rerun = run(url);
      expect(shape(rerun.exported)).toEqual(shape(sqlite.exported));
    }, 240_000);

    it('its database connection cut mid-batch: ingest fails cleanly or reconnects, a re-run completes with the same export', async () => {
      const { schema, url } = schemas.next();
      const cut = await ingestWithFault(url, schema, async (_child, db) => {
        await db.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`dossier:${schema}`]);
      });
      expect(cut.storedAtFault).toBeGreaterThan(0);
      // A connection cut while a query runs fails the ingest (exit 1, E_STORE); one cut while it
      // sits idle in the pool is replaced and the ingest goes on (exit 0). Either way: no crash.
      expect([0, 1]).toContain(cut.status);
      const rerun = run(url);
      expect(shape(rerun.exported)).toEqual(shape(sqlite.exported));
    }, 240_000);

    it('a second ingest of the same files adds nothing', () => {
      const again = dossier(pgUrl, 'ingest', join(root, 'examples'));
      expect(again.status).toBe(0);
      expect(again.stdout + again.stderr).toMatch(/ingested 0 document\(s\) from 0 input\(s\); skipped 5 already present/);
    });
  });
}
