/**
 * The job queue end to end through the built CLI: `ingest --queue`, then `worker` processes,
 * against a plain SQLite ingest of the same files. Two workers at once, and a worker killed
 * with SIGKILL mid-job (its job expires and another worker retries it), end with the same
 * documents, events and entities. Needs DOSSIER_TEST_PG.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { queueSchema } from '../src/app/queue.js';
import type { DossierExport } from '../src/report/export.js';
import { freshSchemas, PG_URL, pgAvailable } from '../src/store/pg-test-env.test-util.js';
import { bin, dossier, examples, root } from './cli.test-util.js';

function worker(db: string): { exited: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, [bin, '--db', db, '-q', 'worker', '--until-idle'], { cwd: root, stdio: 'ignore' });
  return { exited: new Promise((r) => child.on('exit', (code) => r(code))), kill: () => child.kill('SIGKILL') };
}

/**
 * Ids in order, and counts. Workers finish inputs in any order, but each input keeps the place
 * it was queued at, so the order (and what the corpus stages make of it) is the one-process one.
 */
function shape(e: DossierExport): unknown {
  const ids = (xs: { id: string }[]): string[] => xs.map((x) => x.id);
  return { documents: ids(e.documents), events: ids(e.events), entities: ids(e.entities), counts: [e.quotes.length, e.claims.length, e.discrepancies.length] };
}

const exportOf = (db: string): DossierExport => {
  const r = dossier(db, 'export', '--format', 'json');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as DossierExport;
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

if (pgAvailable('postgres-queue.e2e.test.ts')) {
  const schemas = freshSchemas();
  let reference: DossierExport;

  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'cli', 'run.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    const db = join(mkdtempSync(join(tmpdir(), 'dossier-queue-e2e-')), 'ref.db');
    expect(dossier(db, '-q', 'ingest', examples).status).toBe(0);
    reference = exportOf(db);
  }, 240_000);

  describe('dossier worker on PostgreSQL', () => {
    it('two workers over queued inputs store what one process does', async () => {
      const { url } = schemas.next();
      const queued = dossier(url, 'ingest', '--queue', examples);
      expect(queued.status).toBe(0);
      expect(queued.stderr).toMatch(/queued 5 input\(s\); skipped 0 already stored; failed 0/);
      const [a, b] = [worker(url), worker(url)];
      expect(await a.exited).toBe(0);
      expect(await b.exited).toBe(0);
      expect(shape(exportOf(url))).toEqual(shape(reference));
      // Queueing the same files again finds them stored.
      expect(dossier(url, 'ingest', '--queue', examples).stderr).toMatch(/queued 0 input\(s\); skipped 5 already stored/);
    }, 300_000);

    it('a worker killed mid-job loses nothing: the job expires and another worker retries it', async () => {
      const { schema, url } = schemas.next();
      expect(dossier(url, 'ingest', '--queue', '--job-timeout', '4', examples).status).toBe(0);
      const first = worker(url);
      const db = new pg.Client({ connectionString: PG_URL });
      await db.connect();
      let active = 0;
      try {
        for (let i = 0; i < 1200 && active === 0; i++) {
          await sleep(50);
          const r = await db.query(`SELECT count(*) AS n FROM ${queueSchema(schema)}.job WHERE name = 'dossier-document' AND state = 'active'`);
          active = Number(r.rows[0].n);
        }
      } finally {
        await db.end();
      }
      expect(active).toBe(1);
      first.kill();
      expect(await first.exited).toBeNull();
      const second = worker(url);
      expect(await second.exited).toBe(0);
      expect(shape(exportOf(url))).toEqual(shape(reference));
    }, 300_000);
  });
}
