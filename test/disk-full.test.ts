/**
 * Disk full, through the built CLI: the store is capped with SQLite's max_page_count
 * (DOSSIER_SQLITE_MAX_PAGES, read only by SqliteStore), so a write mid-batch fails with
 * SQLITE_FULL as on a full disk. The user sees one coded line, the store holds only whole
 * inputs, and once the cap is lifted a re-run ends with the export of a clean run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'dossier.js');
const examples = join(root, 'examples');
const INPUTS = readdirSync(examples).filter((f) => f.endsWith('.txt')).length;

function dossier(db: string, args: string[], env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [bin, '--db', db, ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, ...env } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** The export without its volatile field, every list in a fixed order (as in test/faults.test.ts). */
function normalizedExport(db: string): Record<string, unknown> {
  const r = dossier(db, ['export', '--format', 'json']);
  expect(r.status, r.stderr).toBe(0);
  const data = JSON.parse(r.stdout) as Record<string, unknown>;
  delete data.generatedAt;
  for (const [k, v] of Object.entries(data)) if (Array.isArray(v)) data[k] = v.map((x) => JSON.stringify(x)).sort();
  return data;
}

function withDb<T>(db: string, fn: (conn: Database.Database) => T): T {
  const conn = new Database(db, { fileMustExist: true });
  try {
    return fn(conn);
  } finally {
    conn.close();
  }
}

interface StoredDoc {
  id: string;
  text: string;
  article: string;
  bytes: Buffer;
}
const storedDocs = (conn: Database.Database): StoredDoc[] =>
  conn.prepare('SELECT d.id, d.text, d.article, r.bytes FROM documents d JOIN raw_inputs r ON r.hash = d.raw_hash ORDER BY d.id').all() as StoredDoc[];

describe('disk full (SQLITE_FULL from a capped store)', () => {
  let dir: string;
  let clean: Record<string, unknown>;
  let cleanPages: number;
  let cleanDocs: StoredDoc[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-diskfull-'));
    const db = join(dir, 'clean.db');
    const r = dossier(db, ['ingest', examples]);
    expect(r.status, r.stderr).toBe(0);
    clean = normalizedExport(db);
    ({ cleanPages, cleanDocs } = withDb(db, (c) => ({ cleanPages: Number(c.pragma('page_count', { simple: true })), cleanDocs: storedDocs(c) })));
  }, 120_000);

  it('stops with one coded line, keeps only whole inputs, and a re-run without the cap matches a clean run', () => {
    const db = join(dir, 'capped.db');
    // Half the clean store's pages: some inputs fit, the rest (and the corpus) do not.
    const cap = Math.floor(cleanPages / 2);
    const full = dossier(db, ['ingest', examples], { DOSSIER_SQLITE_MAX_PAGES: String(cap) });
    expect(full.status).toBe(1);
    const lines = full.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([`dossier: ${db}: the store is full (disk or size limit); the write in progress was undone; free some space and run the same command again [E_STORE_FULL]`]);
    expect(full.stderr).not.toMatch(/SqliteError|at .*\.js:\d+/);

    withDb(db, (c) => {
      expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(Number(c.pragma('page_count', { simple: true }))).toBeLessThanOrEqual(cap);
      const raw = Number((c.prepare('SELECT count(*) AS n FROM raw_inputs').get() as { n: number }).n);
      // The limit was hit mid-batch: at least one input stored, not all of them.
      expect(raw).toBeGreaterThanOrEqual(1);
      expect(raw).toBeLessThan(INPUTS);
      // No raw input without its documents, no document without its raw input.
      expect(c.prepare('SELECT count(*) AS n FROM raw_inputs r WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.raw_hash = r.hash)').get()).toEqual({ n: 0 });
      expect(c.prepare('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM raw_inputs r WHERE r.hash = d.raw_hash)').get()).toEqual({ n: 0 });
      // The full-text index matches the documents table exactly (FTS5 'integrity-check' with rank 1 compares it with the content).
      c.prepare(`INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)`).run();
      const docs = storedDocs(c);
      expect(docs.length).toBeGreaterThanOrEqual(1);
      for (const d of docs) {
        // Each document is found by a word of its own text through the index.
        const word = d.text.match(/\p{L}{6,}/u)![0];
        const hits = c.prepare('SELECT d.id FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH ?').all(`"${word}"`) as { id: string }[];
        expect(hits.map((h) => h.id)).toContain(d.id);
        // Stored before the limit, and the same as in the clean run: text, annotations, raw bytes.
        const want = cleanDocs.find((x) => x.id === d.id);
        expect(want, d.id).toBeDefined();
        expect(d.text).toBe(want!.text);
        expect(d.article).toBe(want!.article);
        expect(Buffer.compare(d.bytes, want!.bytes)).toBe(0);
      }
      // The corpus was not saved half-way.
      expect(c.prepare('SELECT count(*) AS n FROM corpus_events').get()).toEqual({ n: 0 });
    });

    const again = dossier(db, ['ingest', examples]);
    expect(again.status, again.stderr).toBe(0);
    expect(withDb(db, (c) => c.pragma('integrity_check', { simple: true }))).toBe('ok');
    const got = normalizedExport(db);
    const diffs = Object.keys(clean).filter((k) => JSON.stringify(got[k]) !== JSON.stringify(clean[k]));
    expect(diffs).toEqual([]);
    expect(Object.keys(got).sort()).toEqual(Object.keys(clean).sort());
  }, 180_000);
  it('fills up in the corpus stages: the documents stay, no corpus is half-saved, and a re-run builds it', () => {
    // The pages the 5 inputs need without a corpus, plus a few: every input fits, the corpus does not.
    const probe = join(dir, 'no-corpus.db');
    const r = dossier(probe, ['ingest', '--no-corpus', examples]);
    expect(r.status, r.stderr).toBe(0);
    const docPages = withDb(probe, (c) => Number(c.pragma('page_count', { simple: true })));
    expect(docPages).toBeLessThan(cleanPages);
    const db = join(dir, 'capped-corpus.db');
    const full = dossier(db, ['ingest', examples], { DOSSIER_SQLITE_MAX_PAGES: String(docPages + 2) });
    expect(full.status).toBe(1);
    expect(full.stderr.split('\n').filter((l) => l.trim() !== '')).toEqual([expect.stringMatching(/^dossier: .*capped-corpus\.db: the store is full \(disk or size limit\).*\[E_STORE_FULL\]$/)]);
    withDb(db, (c) => {
      expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(c.prepare('SELECT count(*) AS n FROM raw_inputs').get()).toEqual({ n: INPUTS });
      expect(storedDocs(c)).toEqual(cleanDocs);
      // saveCorpus is one transaction: nothing of it, and no corpus_seq claiming it was saved.
      for (const t of ['corpus_entities', 'corpus_events', 'corpus_items']) expect(c.prepare(`SELECT count(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
      expect(c.prepare(`SELECT count(*) AS n FROM store_meta WHERE key = 'corpus_seq'`).get()).toEqual({ n: 0 });
    });
    const again = dossier(db, ['ingest', examples]);
    expect(again.status, again.stderr).toBe(0);
    const got = normalizedExport(db);
    expect(Object.keys(clean).filter((k) => JSON.stringify(got[k]) !== JSON.stringify(clean[k]))).toEqual([]);
  }, 180_000);
});
