/**
 * Faults, through the built CLI as a user runs it: kill -9 of `dossier ingest` at three
 * moments, two ingests on one store, `serve` reading while `ingest` writes, a read-only store.
 * After each: PRAGMA integrity_check is ok, a re-run completes, and the export equals an
 * uninterrupted run's (generatedAt aside).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, dossier, examples, root } from './cli.test-util.js';

const INPUTS = readdirSync(examples).filter((f) => f.endsWith('.txt')).length;
let dir: string;
let cleanExport: string;

function start(db: string, ...args: string[]): { child: ChildProcess; stderr: () => string; done: Promise<number | null> } {
  const child = spawn(process.execPath, [bin, '--db', db, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (b) => (err += b.toString()));
  child.stdout!.resume();
  const done = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, stderr: () => err, done };
}

/** The export with its one volatile field dropped and every list in a fixed order. */
function normalizedExport(db: string): string {
  const r = dossier(db, 'export', '--format', 'json');
  expect(r.status, r.stderr).toBe(0);
  const data = JSON.parse(r.stdout) as Record<string, unknown>;
  delete data.generatedAt;
  for (const [k, v] of Object.entries(data)) if (Array.isArray(v)) data[k] = v.map((x) => JSON.stringify(x)).sort();
  return JSON.stringify(data);
}

/** Compare with the clean run section by section; a failure names the sections and counts, not 1 MB of JSON. */
function expectSameExport(db: string): void {
  const got = JSON.parse(normalizedExport(db)) as Record<string, unknown>;
  const want = JSON.parse(cleanExport) as Record<string, unknown>;
  const diffs: string[] = [];
  for (const k of Object.keys(want)) {
    const a = got[k];
    const b = want[k];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (Array.isArray(a) && Array.isArray(b)) {
      const sa = new Set(a as string[]);
      const sb = new Set(b as string[]);
      diffs.push(`${k}: ${a.length} vs ${b.length} in the clean run; ${[...sa].filter((x) => !sb.has(x)).length} not in it, ${[...sb].filter((x) => !sa.has(x)).length} missing; e.g. ${String([...sa].find((x) => !sb.has(x)) ?? '').slice(0, 300)}`);
    } else diffs.push(`${k}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
  expect(diffs).toEqual([]);
}

function integrity(db: string): string {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return String(conn.pragma('integrity_check', { simple: true }));
  } finally {
    conn.close();
  }
}

/** Counts in the store, read while another process writes it (WAL lets readers in). */
function counts(db: string): { raw: number; events: number } | null {
  if (!existsSync(db)) return null;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true, timeout: 1000 });
    try {
      const n = (sql: string): number => Number((conn.prepare(sql).get() as { n: number }).n);
      return { raw: n('SELECT count(*) AS n FROM raw_inputs'), events: n('SELECT count(*) AS n FROM corpus_events') };
    } finally {
      conn.close();
    }
  } catch {
    return null; // not created yet
  }
}

async function until(test: () => boolean, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function killedThenRerun(name: string, when: (db: string) => boolean, before?: (db: string) => void): Promise<{ atKill: { raw: number; events: number } | null; rerun: ReturnType<typeof dossier> }> {
  const db = join(dir, `${name}.db`);
  before?.(db);
  const run = start(db, '--quiet', 'ingest', examples);
  await Promise.race([until(() => when(db)), run.done]);
  run.child.kill('SIGKILL');
  const code = await run.done;
  expect(code, 'the ingest was killed, not finished').toBeNull();
  const atKill = counts(db);
  if (existsSync(db)) expect(integrity(db)).toBe('ok');
  const rerun = dossier(db, 'ingest', examples);
  expect(rerun.status, rerun.stderr).toBe(0);
  expect(integrity(db)).toBe('ok');
  expectSameExport(db);
  return { atKill, rerun };
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'run.js'))) throw new Error('build first: npx tsc -p tsconfig.build.json');
  dir = mkdtempSync(join(tmpdir(), 'dossier-faults-'));
  const db = join(dir, 'clean.db');
  const r = dossier(db, '--quiet', 'ingest', examples);
  expect(r.status, r.stderr).toBe(0);
  cleanExport = normalizedExport(db);
}, 180_000);

describe('kill -9 of dossier ingest', () => {
  it('early (before anything is stored): the re-run completes and the export equals a clean run', async () => {
    const t0 = Date.now();
    const { atKill } = await killedThenRerun('early', () => Date.now() - t0 > 300);
    expect(atKill?.raw ?? 0).toBe(0);
  }, 180_000);

  it('in the middle (some inputs stored): the re-run skips them and finishes', async () => {
    const { atKill, rerun } = await killedThenRerun('middle', (db) => (counts(db)?.raw ?? 0) >= 2);
    expect(atKill!.raw).toBeGreaterThanOrEqual(2);
    expect(atKill!.raw).toBeLessThan(INPUTS);
    expect(rerun.stderr).toMatch(new RegExp(`from ${INPUTS - atKill!.raw} input\\(s\\); skipped ${atKill!.raw} already present`));
  }, 180_000);

  it('during the corpus stages (every input stored, no corpus saved yet)', async () => {
    const { atKill } = await killedThenRerun('corpus', (db) => (counts(db)?.raw ?? 0) === INPUTS);
    expect(atKill).toEqual({ raw: INPUTS, events: 0 });
  }, 180_000);

  it('during the corpus stages of a second ingest that added inputs to a store with a corpus', async () => {
    // First two inputs ingested in full (corpus saved), then all five, killed in the corpus stages.
    const { atKill } = await killedThenRerun(
      'second',
      (db) => (counts(db)?.raw ?? 0) === INPUTS,
      (db) => {
        const part = join(dir, 'part');
        mkdirSync(part, { recursive: true });
        for (const f of readdirSync(examples).slice(0, 2)) copyFileSync(join(examples, f), join(part, f));
        const r = dossier(db, '--quiet', 'ingest', ...readdirSync(examples).slice(0, 2).map((f) => join(examples, f)));
        expect(r.status, r.stderr).toBe(0);
      },
    );
    expect(atKill!.raw).toBe(INPUTS);
  }, 240_000);
});

describe('concurrent access', () => {
  it('two ingests on one store at once: both finish, no SQLITE_BUSY, nothing lost', async () => {
    const db = join(dir, 'two.db');
    const a = start(db, 'ingest', examples);
    const b = start(db, 'ingest', examples);
    const [ca, cb] = await Promise.all([a.done, b.done]);
    for (const [code, err] of [[ca, a.stderr()], [cb, b.stderr()]] as const) {
      expect(code, err).toBe(0);
      expect(err).not.toMatch(/SQLITE_BUSY|database is locked/i);
    }
    expect(integrity(db)).toBe('ok');
    expectSameExport(db);
  }, 240_000);

  it('serve answers while ingest writes: no error reaches the reader', async () => {
    const db = join(dir, 'serve.db');
    const first = dossier(db, '--quiet', 'ingest', join(examples, readdirSync(examples)[0]!));
    expect(first.status, first.stderr).toBe(0);
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const server = start(db, 'serve', '--port', String(port));
    try {
      await until(() => server.stderr().includes('serving'), 60_000);
      const writer = start(db, 'ingest', examples);
      let writing = true;
      void writer.done.then(() => (writing = false));
      const statuses: number[] = [];
      while (writing) {
        for (const path of ['/api/stats', '/api/search?q=minister', '/api/documents']) {
          const res = await fetch(`http://127.0.0.1:${port}${path}`);
          statuses.push(res.status);
          await res.text();
        }
      }
      expect(await writer.done, writer.stderr()).toBe(0);
      expect(statuses.length).toBeGreaterThan(3);
      expect(new Set(statuses)).toEqual(new Set([200]));
      expect(server.stderr() + writer.stderr()).not.toMatch(/SQLITE_BUSY|database is locked/i);
    } finally {
      server.child.kill('SIGTERM');
      await server.done;
    }
  }, 240_000);
});

describe('a read-only store', () => {
  // root ignores file modes: as root, run the CLI as "nobody" (runuser), else as ourselves.
  const asRoot = process.getuid?.() === 0;
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => existsSync(p));
  it.skipIf(asRoot && !runuser)('one clear error, nothing half-written', () => {
    const ro = mkdtempSync(join(tmpdir(), 'dossier-ro-'));
    const db = join(ro, 'store.db');
    copyFileSync(join(dir, 'clean.db'), db);
    const before = readFileSync(db);
    chmodSync(db, 0o444);
    chmodSync(ro, 0o555);
    try {
      const cmd = [process.execPath, bin, '--db', db, 'ingest', examples];
      const r = asRoot ? spawnSync(runuser!, ['-u', 'nobody', '--', ...cmd], { encoding: 'utf8', cwd: root }) : spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', cwd: root });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([`dossier: ${db}: cannot open the store: attempt to write a readonly database [E_STORE]`]);
      expect(readFileSync(db).equals(before)).toBe(true);
    } finally {
      chmodSync(ro, 0o755);
    }
  });
});
