/**
 * Latency of the HTTP API (timeline, entity, event, document, search) and the server's memory,
 * on stores of generated documents (bench/lib/api-generate.ts: synthetic Article objects with
 * annotations and a CorpusResult, not run through the pipeline), on SQLite and on PostgreSQL.
 * Goal: p95 < 50 ms at 100,000 documents on both stores.
 *
 * Each store is served by a server in its own process (bench/lib/api-server.ts), called over
 * loopback HTTP with the JSON body read in full, in two ways measured in the same run:
 *   - store:  the server as it is: every answer read from the store's read tables;
 *   - memory: the server of before (the whole corpus and every document's list item loaded
 *             into memory at start and after each ingest; bench/lib/api-memory-baseline.ts).
 * RSS is the server process's after start (after a GC when node runs with --expose-gc).
 * Reads nothing from ../shared/bench: the data are generated.
 *
 *   npm run bench:api                                   # 10,000 and 100,000 documents, SQLite
 *   npm run bench:api -- 2000                           # one size, to iterate
 *   npm run bench:api -- 10000 100000 --store postgres  # PostgreSQL (URL: DOSSIER_BENCH_PG or DOSSIER_TEST_PG)
 *   npm run bench:api -- --store both
 *   npm run bench:api -- 100000 --only store            # one of the two servers (store or memory)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RawInput } from '../src/core/types.js';
import type { Article } from '../src/core/types.js';
import { PostgresStore } from '../src/store/postgres.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/types.js';
import { generateCorpus, type Generated } from './lib/api-generate.js';
import { fmt, measure, type Latency } from './lib/api-latency.js';
import { loadavg } from 'node:os';

const TARGET_MS = 50;
const args = process.argv.slice(2);
const storeArg = args.includes('--store') ? args[args.indexOf('--store') + 1] : 'sqlite';
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--store' && args[i - 1] !== '--only').map(Number);
if (!sizes.length) sizes.push(10_000, 100_000);
const kinds = storeArg === 'both' ? ['sqlite', 'postgres'] : [storeArg!];
const PG = process.env.DOSSIER_BENCH_PG ?? process.env.DOSSIER_TEST_PG ?? '';
if (kinds.some((k) => k !== 'sqlite' && k !== 'postgres')) {
  console.error(`--store takes sqlite, postgres or both, not "${storeArg}"`);
  process.exit(2);
}
if (kinds.includes('postgres') && !PG) {
  console.log('bench:api --store postgres: skipped, set DOSSIER_BENCH_PG (or DOSSIER_TEST_PG) to a PostgreSQL URL');
  kinds.splice(kinds.indexOf('postgres'), 1);
}

/** Articles per addDocuments call: the bench stores them in batches (one raw input each) to load 100k quickly. */
const BATCH = 500;

async function fill(store: Store, g: Generated): Promise<void> {
  const enc = new TextEncoder();
  for (let i = 0; i < g.articles.length; i += BATCH) {
    const part: Article[] = g.articles.slice(i, i + BATCH);
    const raw: RawInput = { source: `synthetic/batch-${i}`, bytes: enc.encode(part.map((a) => a.text).join('\n')), contentType: 'text/plain', meta: {}, hash: `batch-${i}` };
    await store.addDocuments(raw, part.map((a, k) => ({ ...a, rawHash: raw.hash, part: k })));
  }
  // The corpus result was built from these articles: walk them as an ingest does before saving.
  for await (const _ of store.articles()) void _;
}

interface Running {
  child: ChildProcess;
  port: number;
  rssMB: number;
  heapMB: number;
  startMs: number;
}

async function startServer(mode: 'store' | 'memory', db: string): Promise<Running> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'lib', 'api-server.ts'), mode, db], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`api-server ${mode} exited with ${code}`)));
  });
  return { child, ...(JSON.parse(line) as Omit<Running, 'child'>) };
}

async function stop(r: Running): Promise<void> {
  const done = new Promise((resolve) => r.child.once('exit', resolve));
  r.child.kill('SIGTERM');
  await done;
}

interface Paths {
  timeline: string[];
  entity: string[];
  event: string[];
  document: string[];
  search: string[];
}

function paths(g: Generated): Paths {
  const { articles, corpus } = g;
  const people = corpus.entities.filter((e) => e.type === 'person');
  const places = corpus.entities.filter((e) => e.type === 'place');
  const publishers = [...new Set(articles.map((a) => a.publisher ?? ''))];
  const timeline: string[] = [];
  for (let i = 0; i < 20; i++) {
    const y = 2015 + (i % 11);
    timeline.push(
      '/api/timeline',
      `/api/timeline?entity=${encodeURIComponent(people[(i * 7) % people.length]!.name)}`,
      `/api/timeline?from=${y}-03&to=${y}-06`,
      `/api/timeline?type=CONSULT&topic=${['trade', 'energy', 'security', 'health'][i % 4]}&limit=200`,
      `/api/timeline?source=${encodeURIComponent(publishers[i % publishers.length]!)}&planned=false&offset=${i * 10}&limit=100`,
      `/api/timeline?dates=20&perDate=3&entity=${encodeURIComponent(places[i % places.length]!.name)}`,
    );
  }
  // Entity pages: mostly people (400 of them), some countries, organisations and places (each in thousands of documents at 100k).
  const others = corpus.entities.filter((e) => e.type !== 'person');
  const entity = Array.from({ length: 60 }, (_, i) => `/api/entities/${encodeURIComponent((i % 4 === 3 ? others[i % others.length] : people[(i * 11) % people.length])!.id)}`);
  const event = Array.from({ length: 100 }, (_, i) => `/api/events/${encodeURIComponent(corpus.events[(i * 7919) % corpus.events.length]!.id)}`);
  const document: string[] = [];
  for (let i = 0; i < 50; i++) {
    document.push(`/api/documents/${encodeURIComponent(articles[(i * 104729) % articles.length]!.id)}`);
    document.push(i % 2 ? `/api/documents?offset=${(i * 997) % Math.max(1, articles.length - 50)}&limit=50` : `/api/documents?limit=50`);
  }
  const words = ['energy', 'cooperation', 'Beijing', 'agreement', 'regional stability', 'talks', 'interference', 'Geneva officials', 'trade double'];
  const search: string[] = [];
  for (let i = 0; i < 90; i++) {
    const q = i % 3 === 0 ? people[(i * 13) % people.length]!.name.split(' ')[1]! : i % 3 === 1 ? words[i % words.length]! : `${people[i % people.length]!.name.split(' ')[0]} ${words[(i * 5) % words.length]}`;
    search.push(`/api/search?q=${encodeURIComponent(q)}`);
  }
  return { timeline, entity, event, document, search };
}

type Results = Record<keyof Paths, Latency>;

async function measureServer(port: number, p: Paths): Promise<Results> {
  const get = async (path: string): Promise<void> => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
    await res.arrayBuffer();
  };
  // Warm up (JIT, page cache), then measure.
  for (const k of Object.keys(p) as (keyof Paths)[]) for (const x of p[k].slice(0, 10)) await get(x);
  const out = {} as Results;
  for (const k of Object.keys(p) as (keyof Paths)[]) out[k] = await measure(p[k], get);
  return out;
}

const verdict = (l: Latency): string => (l.p95 < TARGET_MS ? 'ok' : 'OVER');

console.log(`bench:api: load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on this machine at start (latencies include waiting for a core)`);
for (const n of sizes) {
  let t = performance.now();
  const g = generateCorpus(n);
  console.log(`\n== ${n} documents: generated ${g.articles.length} documents, ${g.corpus.events.length} events, ${g.corpus.entities.length} entities, ${g.corpus.quotes.length} quotes in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const p = paths(g);
  for (const kind of kinds) {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-api-'));
    let db = join(dir, 'bench.db');
    let store: Store;
    if (kind === 'postgres') {
      const url = new URL(PG);
      url.searchParams.set('schema', `bench_api_${process.pid}_${n}`);
      db = url.toString();
      store = await PostgresStore.open(db);
    } else store = new SqliteStore(db);
    try {
      t = performance.now();
      await fill(store, g);
      const stored = (performance.now() - t) / 1000;
      t = performance.now();
      await store.saveCorpus(g.corpus);
      const saved = (performance.now() - t) / 1000;
      const size = kind === 'sqlite' ? `, file ${(statSync(db).size / 2 ** 20).toFixed(0)} MB` : '';
      console.log(`${kind}: stored in ${stored.toFixed(1)} s; saveCorpus (corpus + read tables) ${saved.toFixed(1)} s${size}`);
      for (const mode of (['store', 'memory'] as const).filter((m) => only === null || m === only)) {
        const server = await startServer(mode, db);
        try {
          console.log(`  ${kind} ${mode === 'store' ? 'read tables (now)' : 'in memory (before)'}: start ${server.startMs.toFixed(0)} ms, RSS after start ${server.rssMB.toFixed(0)} MB (heap ${server.heapMB.toFixed(0)} MB)`);
          const r = await measureServer(server.port, p);
          for (const k of Object.keys(r) as (keyof Results)[]) console.log(`    ${k.padEnd(9)} ${fmt(r[k])}  ${verdict(r[k])}`);
        } finally {
          await stop(server);
        }
      }
    } finally {
      if (store instanceof PostgresStore) await store.drop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
