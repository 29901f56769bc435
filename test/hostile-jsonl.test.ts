/**
 * Big JSONL inputs through the built CLI, as a user runs it, with the process's peak RSS
 * (getrusage maxRSS, read by a preload script at exit).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'dossier.js');
let dir: string;
let preload: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'run.js'))) throw new Error('build first: npx tsc -p tsconfig.build.json');
  dir = mkdtempSync(join(tmpdir(), 'dossier-jsonl-'));
  preload = join(dir, 'rss.cjs');
  writeFileSync(preload, 'process.on("exit", () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n');
});

function run(db: string, ...args: string[]): { stderr: string; status: number | null; peakMb: number; seconds: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, bin, '--db', db, ...args], { encoding: 'utf8', cwd: root });
  const kb = Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { stderr: r.stderr, status: r.status, peakMb: kb / 1024, seconds: (performance.now() - t0) / 1000 };
}

const record = (i: number) =>
  JSON.stringify({ id: `vote-${i}`, title: `Council vote ${i}`, text: `The city council voted on Thursday to extend the night bus service to district ${i}, after a petition signed by residents. `.repeat(12) });

async function writeLines(path: string, lines: Iterable<string>): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (const l of lines) {
    bytes += Buffer.byteLength(l) + 1;
    if (!out.write(l + '\n')) await new Promise((r) => out.once('drain', r));
  }
  await new Promise<void>((r) => out.end(r));
  return bytes;
}

describe('JSONL at scale', () => {
  it('a 200 MB JSONL file is streamed: peak RSS less than 100 MB above a 50 MB file\'s, under 350 MB', async () => {
    // Three distinct records, then the first repeated: the reader streams and hashes every
    // line and the repeats are skipped as already present, so the figures are the reading
    // path's memory, not 200 MB of language analysis.
    const sized = async (name: string, mb: number): Promise<string> => {
      const path = join(dir, name);
      const target = mb * 1024 * 1024;
      const bytes = await writeLines(
        path,
        (function* () {
          let size = 0;
          for (let i = 0; i < 3; i++) {
            const l = record(i);
            size += l.length + 1;
            yield l;
          }
          const again = record(0);
          while (size < target) {
            size += again.length + 1;
            yield again;
          }
        })(),
      );
      expect(bytes).toBeGreaterThanOrEqual(target);
      return path;
    };
    const quarter = run(join(dir, 'q.db'), 'ingest', await sized('q.jsonl', 50), '--no-corpus', '--jobs', '1');
    const r = run(join(dir, 'big.db'), 'ingest', await sized('big.jsonl', 200), '--no-corpus', '--jobs', '1');
    console.log(`200 MB JSONL: ${r.seconds.toFixed(1)} s, peak RSS ${r.peakMb.toFixed(0)} MB; 50 MB: ${quarter.seconds.toFixed(1)} s, ${quarter.peakMb.toFixed(0)} MB`);
    for (const x of [quarter, r]) {
      expect(x.status, x.stderr).toBe(0);
      expect(x.stderr).toMatch(/ingested 3 document\(s\) from 3 input\(s\); skipped \d+ already present; failed 0/);
    }
    // Four times the input, not four times the memory: what grows is garbage awaiting GC.
    expect(r.peakMb - quarter.peakMb).toBeLessThan(100); // holding the extra 150 MB would add more than 150 MB
    expect(r.peakMb).toBeLessThan(350);
  }, 300_000);

  it('one 60 MB line is skipped with one line naming it; the records around it are stored', async () => {
    const path = join(dir, 'one-long-line.jsonl');
    const long = JSON.stringify({ id: 'long', text: 'A very long record. '.repeat(3 * 1024 * 1024) });
    expect(long.length).toBeGreaterThan(60 * 1024 * 1024);
    await writeLines(path, [record(10), long, record(11)]);
    const r = run(join(dir, 'long.db'), 'ingest', path, '--no-corpus', '--jobs', '1');
    console.log(`60 MB line: ${r.seconds.toFixed(1)} s, peak RSS ${r.peakMb.toFixed(0)} MB`);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes('[E_'));
    expect(lines).toEqual([`${path}:2: is a record of 60 MB, over the 50 MB limit for one record; it was skipped [E_INPUT_TOO_LARGE]`]);
    expect(r.stderr).toContain('ingested 2 document(s) from 2 input(s)');
    expect(r.peakMb).toBeLessThan(300);
  }, 300_000);
});
