/**
 * The web app's first screen on a large store: time from navigation to the first event list
 * on the timeline page, and the bytes transferred until then (goals: under 1 s and under
 * 400 kB on loopback). The store holds N generated documents (bench/lib/api-generate.ts, the
 * generator bench:api uses: synthetic annotated articles, not run through the pipeline) in a
 * real SqliteStore; `dossier serve`'s app listens on 127.0.0.1 with the built web app
 * (web/dist); headless Chromium (playwright-core, /usr/bin/chromium) opens it with an empty
 * cache, RUNS times, and the median is reported. Reads nothing from ../shared/bench.
 *
 *   npm run bench:web              # 10,000 documents
 *   npm run bench:web -- 100000    # more
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RawInput } from '../src/core/types.js';
import { listen } from '../src/server/listen.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { generateCorpus } from './lib/api-generate.js';

const CHROMIUM = '/usr/bin/chromium';
const GOAL_MS = 1000;
const GOAL_BYTES = 400_000;
const RUNS = 5;
const n = Number(process.argv[2] ?? 10_000);
const webDir = resolve(import.meta.dirname, '..', 'web', 'dist');

let playwright: typeof import('playwright-core') | null = null;
try {
  playwright = await import('playwright-core');
} catch {
  playwright = null;
}
const skip = !existsSync(CHROMIUM) ? `${CHROMIUM} not found` : !playwright ? 'playwright-core not installed' : !existsSync(join(webDir, 'index.html')) ? 'web/dist not built (npm run build:web)' : null;
if (skip) {
  console.log(`bench:web skipped: ${skip}`);
  process.exit(0);
}

interface Run {
  firstListMs: number;
  firstListBytes: number;
  chartMs: number;
  totalBytes: number;
  byKind: Record<string, number>;
  timings: string[];
}

/** Runs in the page before its scripts: notes when the first event row and the first chart item appear. */
const WATCH = `
  (() => {
    const bytes = () => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce((s, e) => s + e.transferSize, 0);
    new MutationObserver(() => {
      if (window.__firstList === undefined && document.querySelector('#event-list li[data-event]')) {
        window.__firstList = performance.now();
        // Entries of responses still arriving are not listed yet: count at the next frame.
        requestAnimationFrame(() => (window.__firstListBytes = bytes()));
      }
      if (window.__chart === undefined && document.querySelector('#timeline-chart .vis-item')) window.__chart = performance.now();
    }).observe(document, { childList: true, subtree: true });
  })();
`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (b: number): string => `${(b / 1000).toFixed(1)} kB`;

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-web-'));
const store = new SqliteStore(join(dir, 'bench.db'));
let close: (() => Promise<void>) | null = null;
try {
  let t = performance.now();
  const { articles, corpus } = generateCorpus(n);
  const enc = new TextEncoder();
  for (const a of articles) {
    const raw: RawInput = { source: a.source, bytes: enc.encode(a.text), contentType: 'text/plain', meta: {}, hash: a.rawHash };
    await store.addDocuments(raw, [a]);
  }
  await store.saveCorpus(corpus);
  console.log(`generated and stored ${articles.length} documents, ${corpus.events.length} events in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const server = await listen({ store, port: 0, host: '127.0.0.1', webDir });
  close = () => server.close();
  const timelineCount = (await server.dossier.state.corpusStats()).timeline;
  console.log(`server up in ${(performance.now() - t).toFixed(0)} ms; ${timelineCount} timeline events`);

  const browser = await playwright!.chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const runs: Run[] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      // A new context each time: empty cache, as a first visit.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      // As a string: tsx compiles functions with helpers (__name) that do not exist in the page.
      await page.addInitScript(WATCH);
      await page.goto(server.url);
      try {
        await page.waitForFunction(() => (window as unknown as { __chart?: number; __firstListBytes?: number }).__chart !== undefined && (window as unknown as { __firstListBytes?: number }).__firstListBytes !== undefined, undefined, { timeout: 60_000 });
      } catch (e) {
        console.log(await page.evaluate(() => JSON.stringify({ w: Object.fromEntries(Object.entries(window).filter(([k]) => k.startsWith("__"))), status: document.getElementById("timeline-status")?.textContent, items: document.querySelectorAll("#event-list li").length, vis: document.querySelectorAll(".vis-item").length, body: document.body.innerText.slice(0, 300) })));
        throw e;
      }
      const r = await page.evaluate(() => {
        const w = window as unknown as { __firstList: number; __firstListBytes: number; __chart: number };
        const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
        const byKind: Record<string, number> = {};
        for (const e of entries) {
          const kind = e.name.includes('/api/') ? `api ${new URL(e.name).pathname}` : e.name.endsWith('.js') ? 'scripts' : e.name.endsWith('.css') ? 'styles' : 'page';
          byKind[kind] = (byKind[kind] ?? 0) + e.transferSize;
        }
        const timings = entries.map((e) => `${e.name.replace(location.origin, '')} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)} ms`);
        return { firstListMs: w.__firstList, firstListBytes: w.__firstListBytes, chartMs: w.__chart, totalBytes: entries.reduce((s, e) => s + e.transferSize, 0), byKind, timings };
      });
      await context.close();
      if (process.env.BENCH_WEB_DEBUG) console.log(`run ${i}: first list ${r.firstListMs.toFixed(0)} ms\n  ${r.timings.join('\n  ')}`);
      if (i > 0) runs.push(r); // the first run warms the server (compressed copies, JIT)
    }
  } finally {
    await browser.close();
  }
  const m = {
    firstListMs: median(runs.map((r) => r.firstListMs)),
    firstListBytes: median(runs.map((r) => r.firstListBytes)),
    chartMs: median(runs.map((r) => r.chartMs)),
    totalBytes: median(runs.map((r) => r.totalBytes)),
  };
  const last = runs[runs.length - 1]!;
  const ok = (v: number, goal: number): string => (v < goal ? 'meets the goal' : 'MISSES the goal');
  console.log(`\nbench:web on ${articles.length} documents (${timelineCount} timeline events), headless Chromium on loopback, empty cache, median of ${RUNS}`);
  console.log(`  time to first event list   ${m.firstListMs.toFixed(0)} ms   (goal < ${GOAL_MS} ms: ${ok(m.firstListMs, GOAL_MS)})`);
  console.log(`  transferred by then        ${kb(m.firstListBytes)}   (goal < ${kb(GOAL_BYTES)}: ${ok(m.firstListBytes, GOAL_BYTES)})`);
  console.log(`  chart drawn at             ${m.chartMs.toFixed(0)} ms; transferred in all ${kb(m.totalBytes)}`);
  console.log(`  bytes by kind (last run):  ${Object.entries(last.byKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
} finally {
  await close?.();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
