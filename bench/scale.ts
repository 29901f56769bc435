/**
 * How the corpus stages (analyseCorpus: dedup, entities, stories, event merging, quotes,
 * claims, discrepancies, date propagation) grow with the corpus. The 458 VOA newswire
 * documents of ../shared/corpus/voa/gmb-docs.jsonl are annotated once by the real
 * per-document pipeline (cached under .bench-cache/), then repeated with distinct ids, varied
 * words and moved dates (bench/lib/scale-corpus.ts) up to each size. Each size runs in its own
 * child process, so peak RSS is that size's. Time is CPU time (process.cpuUsage) of
 * analyseCorpus alone; the growth exponent is the log-log slope of time against size (goal ≤ 1.1).
 *
 *   npm run bench:scale                       # 1,000, 5,000 and 20,000 documents
 *   npm run bench:scale -- --max 100000       # and 100,000
 *   npm run bench:scale -- --sizes 500,2000   # chosen sizes
 *   npm run bench:scale -- --reannotate       # rebuild the annotation cache
 *   npm run bench:scale -- --dump out.json --sizes 2000   # also write the CorpusResult (to compare versions)
 *
 * Incremental updates (src/corpus/incremental.ts), through a SQLite store in a temporary directory:
 *
 *   npm run bench:scale -- --incremental                       # stores of 10,000 (and --stores ...)
 *   npm run bench:scale -- --incremental --stores 10000,100000 --batch 10000
 *   npm run bench:scale -- --incremental --no-full            # without today's full recompute beside it
 *   npm run bench:scale -- --incremental --stores 100000 --build full   # the store made by one full run
 *
 * For each store size N, one process stores N documents in batches of --batch (default 1,000)
 * and runs the corpus stages after each (the first a full run, the others incremental: the
 * CPU per batch and in total gives the ingest cost and its growth), then a fresh process adds
 * 100 more documents and updates the corpus (CPU, wall time and peak RSS of that process), and
 * another recomputes the corpus over all N + 100 as every ingest did before (all articles
 * read, analyseCorpus, saveCorpus).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPipeline } from '../src/app/pipeline.js';
import { processInput } from '../src/app/process.js';
import type { Article, RawInput } from '../src/core/types.js';
import { analyseCorpus, runCorpusStages } from '../src/corpus/run.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { scaleCorpus, scaleCorpusRange } from './lib/scale-corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const file = resolve(here, '../../shared/corpus/voa/gmb-docs.jsonl');
const cacheDir = resolve(here, '../.bench-cache');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** CPU milliseconds used by this process so far. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The base articles, annotated by the default pipeline; cached on disk by input size and date. */
async function baseArticles(): Promise<Article[]> {
  const st = statSync(file);
  const cache = resolve(cacheDir, `scale-annotated-${st.size}-${Math.floor(st.mtimeMs)}.json`);
  if (existsSync(cache) && !args.includes('--reannotate')) return JSON.parse(readFileSync(cache, 'utf8')) as Article[];
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const pipeline = defaultPipeline();
  const now = new Date('2026-01-01T00:00:00Z');
  const out: Article[] = [];
  const t0 = cpuMs();
  for (const [i, line] of lines.entries()) {
    const rec = JSON.parse(line) as { id: string; text: string };
    // Two documents every three days from 2010 on, so relative dates resolve and events have days.
    const published = new Date(Date.UTC(2010, 0, 1 + Math.floor((i * 3) / 2))).toISOString().slice(0, 10);
    const bytes = new TextEncoder().encode(rec.text);
    const raw: RawInput = { source: `voa/${rec.id}`, bytes, contentType: 'text/plain', meta: { published }, hash: `voa-${rec.id}` };
    const articles = await processInput(raw, pipeline, now);
    articles.forEach((a, part) => {
      a.id = `voa-${rec.id}${part ? `-${part}` : ''}`;
      a.tokens = []; // not read by the corpus stages; keeps the cache small
      out.push(a);
    });
  }
  console.log(`annotated ${out.length} documents in ${((cpuMs() - t0) / 1000).toFixed(1)} s CPU; cached in ${cache}`);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

interface Run {
  n: number;
  cpuMs: number;
  stages: Record<string, number>;
  peakRssMb: number;
  events: number;
  entities: number;
  duplicates: number;
}

/** One size, in this process: build the corpus, time analyseCorpus. */
async function child(n: number): Promise<void> {
  const articles = scaleCorpus(await baseArticles(), n);
  const stages: Record<string, number> = {};
  const t0 = cpuMs();
  const result = analyseCorpus(articles, { onStage: (name, ms) => (stages[name] = ms) });
  const run: Run = {
    n,
    cpuMs: cpuMs() - t0,
    stages,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    events: result.events.length,
    entities: result.entities.length,
    duplicates: Object.keys(result.duplicates).length,
  };
  const dump = flag('--dump');
  if (dump) writeFileSync(dump, JSON.stringify(result));
  process.stdout.write(`RESULT ${JSON.stringify(run)}\n`);
}

/** Store one article as its own raw input (the bench's raw bytes are a stand-in: the corpus stages never read them). */
async function store1(store: SqliteStore, a: Article): Promise<void> {
  await store.addDocuments({ source: a.source, bytes: new TextEncoder().encode(a.id), contentType: 'text/plain', meta: {}, hash: a.rawHash || a.id }, [a]);
}

interface Batch {
  upTo: number;
  mode: string;
  cpuMs: number;
}

interface AddRun {
  mode: string;
  cpuMs: number;
  wallMs: number;
  peakRssMb: number;
  storeCpuMs: number;
}

interface StoreRun {
  n: number;
  batches: Batch[];
  storeMb: number;
  add: AddRun;
  full: AddRun | null;
}

/** Build a store of n documents in batches, the corpus updated after each; then time adding 100 in fresh processes. */
async function storeChild(n: number, batch: number): Promise<void> {
  const base = await baseArticles();
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-scale-'));
  const path = join(dir, 'store.db');
  try {
    const store = new SqliteStore(path);
    const batches: Batch[] = [];
    if (flag('--build') === 'full') {
      // One full run over all n (faster to set up a large store than updates in large batches).
      for (let from = 0; from < n; from += 10_000) for (const a of scaleCorpusRange(base, from, Math.min(n, from + 10_000))) await store1(store, a);
      const t0 = cpuMs();
      const run = await runCorpusStages(store);
      batches.push({ upTo: n, mode: run.mode, cpuMs: cpuMs() - t0 });
      process.stderr.write(`    ${n} stored: ${run.mode} ${((cpuMs() - t0) / 1000).toFixed(2)} s CPU\n`);
    }
    for (let from = batches.length ? n : 0; from < n; from += batch) {
      const docs = scaleCorpusRange(base, from, Math.min(n, from + batch));
      for (const a of docs) await store1(store, a);
      const t0 = cpuMs();
      const stages: string[] = [];
      const run = await runCorpusStages(store, { onStage: (name, ms) => stages.push(`${name} ${(ms / 1000).toFixed(2)}`) });
      batches.push({ upTo: from + docs.length, mode: run.mode, cpuMs: cpuMs() - t0 });
      process.stderr.write(`    ${from + docs.length} stored: ${run.mode} ${((cpuMs() - t0) / 1000).toFixed(2)} s CPU${stages.length ? ` (${stages.join(', ')})` : ''}\n`);
    }
    await store.close();
    writeFileSync(join(dir, 'extra.json'), JSON.stringify(scaleCorpusRange(base, n, n + 100)));
    const storeMb = (statSync(path).size + (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0)) / 2 ** 20;
    const add = addRun(dir, 'incremental');
    const full = args.includes('--no-full') ? null : addRun(dir, 'today');
    const run: StoreRun = { n, batches, storeMb, add, full };
    process.stdout.write(`RESULT ${JSON.stringify(run)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function addRun(dir: string, mode: 'incremental' | 'today'): AddRun {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--add-child', dir, '--mode', mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = out.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`${mode} add: no result from the child process`);
  return JSON.parse(line.slice(7)) as AddRun;
}

/** In a fresh process: store the extra 100 documents (unless stored) and bring the corpus up to date, incrementally or as before. */
async function addChild(dir: string, mode: string): Promise<void> {
  const store = new SqliteStore(join(dir, 'store.db'));
  const extra = JSON.parse(readFileSync(join(dir, 'extra.json'), 'utf8')) as Article[];
  const s0 = cpuMs();
  for (const a of extra) if (!(await store.hasRaw(a.rawHash || a.id))) await store1(store, a);
  const storeCpuMs = cpuMs() - s0;
  const t0 = cpuMs();
  const w0 = Date.now();
  let ran = mode;
  if (mode === 'today') {
    // What every ingest did before: every stored article read, all corpus stages, every corpus table rewritten.
    const articles: Article[] = [];
    for await (const a of store.articles()) articles.push(a);
    await store.saveCorpus(analyseCorpus(articles));
  } else {
    const stages: string[] = [];
    ran = (await runCorpusStages(store, { onStage: (name, ms) => stages.push(`${name} ${(ms / 1000).toFixed(2)}`) })).mode;
    process.stderr.write(`    add 100 (${ran}), CPU s by step: ${stages.join(', ')}\n`);
  }
  const run: AddRun = { mode: ran, cpuMs: cpuMs() - t0, wallMs: Date.now() - w0, peakRssMb: process.resourceUsage().maxRSS / 1024, storeCpuMs };
  await store.close();
  process.stdout.write(`RESULT ${JSON.stringify(run)}\n`);
}

async function incrementalMain(): Promise<void> {
  const sizes = (flag('--stores') ?? '10000').split(',').map(Number);
  const batch = Number(flag('--batch') ?? 1000);
  const runs: StoreRun[] = [];
  for (const n of sizes) {
    console.log(`store of ${n} documents, batches of ${batch}:`);
    const pass = [...(args.includes('--no-full') ? ['--no-full'] : []), ...(flag('--build') ? ['--build', flag('--build')!] : [])];
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--store-child', String(n), '--batch', String(batch), ...pass], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = out.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) throw new Error(`store ${n}: no result from the child process`);
    runs.push(JSON.parse(line.slice(7)) as StoreRun);
  }
  const s = (ms: number): string => (ms / 1000).toFixed(2);
  console.log('\nstore docs  build CPU s (batches)  store MB  add-100 incremental: CPU s, wall s, peak RSS MB  add-100 as before (full): CPU s, wall s, peak RSS MB');
  for (const r of runs) {
    const build = r.batches.reduce((t, b) => t + b.cpuMs, 0);
    const full = r.full ? `${s(r.full.cpuMs)}, ${s(r.full.wallMs)}, ${r.full.peakRssMb.toFixed(0)}` : '-';
    console.log(`${String(r.n).padStart(10)}  ${s(build).padStart(10)} (${r.batches.length})  ${r.storeMb.toFixed(0).padStart(8)}  ${r.add.mode} ${s(r.add.cpuMs)}, ${s(r.add.wallMs)}, ${r.add.peakRssMb.toFixed(0)}  ${full}`);
  }
  // Total corpus-stage CPU to reach each size, over the batches, and its growth.
  const biggest = runs[runs.length - 1]!;
  const points: [number, number][] = [];
  let total = 0;
  for (const b of biggest.batches) {
    total += b.cpuMs;
    points.push([b.upTo, total]);
  }
  console.log(`\ncorpus-stage CPU to ingest in batches of ${batch}, in total (store of ${biggest.n}):`);
  for (const [n, t] of points) if ([1_000, 5_000, 10_000, 20_000, 50_000, 100_000].includes(n) || n === biggest.n) console.log(`  ${String(n).padStart(7)} documents: ${s(t)} s`);
  const marks = points.filter(([n]) => n >= 1_000);
  if (marks.length >= 2) console.log(`  growth exponent (log-log slope of total CPU over ${marks[0]![0]}..${marks[marks.length - 1]![0]}): ${slope(marks).toFixed(2)} (goal ≤ 1.1)`);
  if (runs.length >= 2) {
    const [a, b] = [runs[0]!, runs[runs.length - 1]!];
    console.log(`add-100 incremental CPU at ${b.n} / at ${a.n}: ${(b.add.cpuMs / a.add.cpuMs).toFixed(2)}× (goal ≤ 1.5×)`);
  }
}

/** Least-squares slope of log(time) on log(size). */
function slope(points: readonly [number, number][]): number {
  const xs = points.map(([n]) => Math.log(n));
  const ys = points.map(([, t]) => Math.log(t));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

async function main(): Promise<void> {
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found`);
    return;
  }
  const only = flag('--child');
  if (only) return child(Number(only));
  const storeOnly = flag('--store-child');
  if (storeOnly) return storeChild(Number(storeOnly), Number(flag('--batch') ?? 1000));
  const addOnly = flag('--add-child');
  if (addOnly) return addChild(addOnly, flag('--mode') ?? 'incremental');
  if (args.includes('--incremental')) return incrementalMain();

  const max = Number(flag('--max') ?? 20_000);
  const sizes = flag('--sizes')?.split(',').map(Number) ?? [1_000, 5_000, 20_000, 100_000].filter((n) => n <= max);
  const base = await baseArticles();
  console.log(`base: ${base.length} annotated documents (${base.reduce((s, a) => s + a.events.length, 0)} event mentions); sizes ${sizes.join(', ')}`);
  const runs: Run[] = [];
  for (const n of sizes) {
    const extra = flag('--dump') ? ['--dump', flag('--dump')!] : [];
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(n), ...extra], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = out.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) throw new Error(`size ${n}: no result from the child process`);
    const run = JSON.parse(line.slice(7)) as Run;
    runs.push(run);
    console.log(`  ${n} documents: ${(run.cpuMs / 1000).toFixed(2)} s CPU`);
  }
  const stageNames = Object.keys(runs[0]?.stages ?? {});
  const header = ['docs', 'cpu s', 'ms/doc', 'slope', 'peak RSS MB', 'events', 'entities', 'dups', ...stageNames.map((s) => `${s} s`)];
  const rows = runs.map((r, i) => {
    const prev = runs[i - 1];
    const local = prev ? slope([[prev.n, prev.cpuMs], [r.n, r.cpuMs]]).toFixed(2) : '';
    return [String(r.n), (r.cpuMs / 1000).toFixed(2), (r.cpuMs / r.n).toFixed(3), local, r.peakRssMb.toFixed(0), String(r.events), String(r.entities), String(r.duplicates), ...stageNames.map((s) => ((r.stages[s] ?? 0) / 1000).toFixed(2))];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((x, c) => x.padStart(widths[c]!)).join('  ');
  console.log('\n' + line(header));
  for (const r of rows) console.log(line(r));
  if (runs.length >= 2) {
    console.log(`\ngrowth exponent of corpus-stage CPU time (log-log slope over ${runs.map((r) => r.n).join(', ')}): ${slope(runs.map((r) => [r.n, r.cpuMs])).toFixed(2)} (goal ≤ 1.1)`);
    for (const s of stageNames) {
      const pts = runs.filter((r) => (r.stages[s] ?? 0) > 0).map((r): [number, number] => [r.n, r.stages[s]!]);
      if (pts.length >= 2) console.log(`  ${s}: ${slope(pts).toFixed(2)}`);
    }
  }
}

await main();
