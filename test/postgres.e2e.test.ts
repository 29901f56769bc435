/**
 * The built CLI on PostgreSQL against the same run on SQLite: `ingest examples`, `timeline` and
 * `export --format json` with `--db postgres://...` give the same documents, events, entities,
 * quotes and claims (ids and counts) and the same timeline text as with a SQLite file.
 * Needs DOSSIER_TEST_PG (see src/store/pg-test-env.test-util.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DossierExport } from '../src/report/export.js';
import { freshSchemas, pgAvailable } from '../src/store/pg-test-env.test-util.js';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'dossier.js');

function dossier(db: string, ...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [bin, '--db', db, ...args], { encoding: 'utf8', cwd: root });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

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

    it('a second ingest of the same files adds nothing', () => {
      const again = dossier(pgUrl, 'ingest', join(root, 'examples'));
      expect(again.status).toBe(0);
      expect(again.stdout + again.stderr).toMatch(/ingested 0 document\(s\) from 0 input\(s\); skipped 5 already present/);
    });
  });
}
