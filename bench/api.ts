/**
 * Latency of the HTTP API's timeline and search endpoints on a store of 10,000 generated
 * documents (target: p95 under 50 ms). The documents are synthetic Article objects with
 * annotations built directly (bench/lib/api-generate.ts), not run through the pipeline; they
 * are stored in a real SqliteStore (temp file, FTS5) and served by the real Hono app, called
 * in-process with app.request() (no sockets) and the JSON body read in full.
 * Peers measured in the same run: the naive way the server avoids (loadCorpus + buildTimeline
 * on every request) and the store's own document-only FTS search.
 * Reads nothing from ../shared/bench: the data are generated.
 *
 *   npm run bench:api            # 10,000 documents
 *   npm run bench:api -- 2000    # fewer, to iterate
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawInput } from '../src/core/types.js';
import { buildTimeline } from '../src/report/timeline.js';
import { createDossierApp } from '../src/server/app.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { generateCorpus } from './lib/api-generate.js';
import { fmt, measure } from './lib/api-latency.js';

const n = Number(process.argv[2] ?? 10_000);
const TARGET_MS = 50;
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-api-'));
const store = new SqliteStore(join(dir, 'bench.db'));

try {
  let t = performance.now();
  const { articles, corpus } = generateCorpus(n);
  console.log(`generated ${articles.length} documents, ${corpus.events.length} events, ${corpus.entities.length} entities, ${corpus.quotes.length} quotes in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const enc = new TextEncoder();
  for (const a of articles) {
    const raw: RawInput = { source: a.source, bytes: enc.encode(a.text), contentType: 'text/plain', meta: {}, hash: a.rawHash };
    await store.addDocuments(raw, [a]);
  }
  await store.saveCorpus(corpus);
  console.log(`stored in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  t = performance.now();
  const { app } = await createDossierApp({ store, runIngest: async () => ({ inputs: 0, documents: 0, skipped: 0, failed: [] }) });
  console.log(`server loaded the corpus into memory in ${(performance.now() - t).toFixed(0)} ms (once at start and after each ingest)`);

  const get = async (path: string): Promise<void> => {
    const res = await app.request(path);
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
    await res.text();
  };

  const people = corpus.entities.filter((e) => e.type === 'person');
  const places = corpus.entities.filter((e) => e.type === 'place');
  const publishers = [...new Set(articles.map((a) => a.publisher ?? ''))];
  const timelinePaths: string[] = [];
  for (let i = 0; i < 40; i++) {
    const y = 2015 + (i % 11);
    timelinePaths.push(
      '/api/timeline',
      `/api/timeline?entity=${encodeURIComponent(people[(i * 7) % people.length]!.name)}`,
      `/api/timeline?from=${y}-03&to=${y}-06`,
      `/api/timeline?type=CONSULT&topic=${['trade', 'energy', 'security', 'health'][i % 4]}&limit=200`,
      `/api/timeline?source=${encodeURIComponent(publishers[i % publishers.length]!)}&planned=false&offset=${i * 10}&limit=100`,
      `/api/timeline?dates=20&perDate=3&entity=${encodeURIComponent(places[i % places.length]!.name)}`,
    );
  }
  const words = ['energy', 'cooperation', 'Beijing', 'agreement', 'regional stability', 'talks', 'interference', 'Geneva officials', 'trade double'];
  const searchQueries: string[] = [];
  for (let i = 0; i < 240; i++) searchQueries.push(i % 3 === 0 ? people[(i * 13) % people.length]!.name.split(' ')[1]! : i % 3 === 1 ? words[i % words.length]! : `${people[i % people.length]!.name.split(' ')[0]} ${words[(i * 5) % words.length]}`);

  // Warm up (JIT, SQLite page cache), then measure.
  for (const p of timelinePaths.slice(0, 12)) await get(p);
  for (const q of searchQueries.slice(0, 12)) await get(`/api/search?q=${encodeURIComponent(q)}`);

  const tl = await measure(timelinePaths, get);
  const se = await measure(searchQueries, (q) => get(`/api/search?q=${encodeURIComponent(q)}`));
  const seDocs = await measure(searchQueries, (q) => get(`/api/search?q=${encodeURIComponent(q)}&kind=document`));
  const peerTimeline = await measure([1, 2, 3, 4, 5], async () => buildTimeline(await store.loadCorpus()));
  const peerSearch = await measure(searchQueries, (q) => store.search(q, 20));

  const verdict = (p95: number): string => (p95 < TARGET_MS ? `under the ${TARGET_MS} ms target` : `OVER the ${TARGET_MS} ms target`);
  console.log(`\nbench:api on ${articles.length} documents (in-process app.request, JSON body read)`);
  console.log(`  GET /api/timeline (6 filter mixes)        ${fmt(tl)}  -> ${verdict(tl.p95)}`);
  console.log(`  GET /api/search (documents+quotes+entities) ${fmt(se)}  -> ${verdict(se.p95)}`);
  console.log(`  GET /api/search?kind=document              ${fmt(seDocs)}`);
  console.log('peers, same run:');
  console.log(`  loadCorpus + buildTimeline per request     ${fmt(peerTimeline)}  (what the in-memory corpus avoids: ${(peerTimeline.p50 / tl.p50).toFixed(0)}x the timeline p50)`);
  console.log(`  Store.search (FTS5 documents only, no HTTP) ${fmt(peerSearch)}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
