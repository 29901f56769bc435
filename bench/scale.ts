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
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPipeline } from '../src/app/pipeline.js';
import { processInput } from '../src/app/process.js';
import type { Article, RawInput } from '../src/core/types.js';
import { analyseCorpus } from '../src/corpus/run.js';
import { scaleCorpus } from './lib/scale-corpus.js';

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
