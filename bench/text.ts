/**
 * Plain-text cleaning benchmark. Each WCXB article page (../shared/bench/extract/wcxb-dev) is
 * turned into the text a scraper would save (lib/text-scrape.ts: the whole body's visible
 * text, block elements on their own lines), then cleaned by dossier's plain-text cleaner
 * (cleanScrapedText). Scores, before (the scraped text as it is) and after cleaning:
 *   - WCXB word F1 (lowercase bag of words, per-page P/R/F1, mean) against `main_content`;
 *   - the share of `without[]` strings (text that must not be in an extraction) that survive,
 *     counted over the strings of three words or more that are in the scraped text at all
 *     (a one-word string such as "Share" is found inside any prose that uses the word).
 * Even-numbered files are the development half; odd-numbered ones are held out (report only).
 * Then the same word F1 on the ScrapingHub news pages (../shared/bench/extract/scrapinghub,
 * no without[] there), halved alike by the position of the page id in sorted order.
 *
 *   npm run bench:text -- [--half dev|held-out|both (default both)] [--dump file.json]
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanScrapedText } from '../src/clean/text/index.js';
import { loadScrapinghub } from './lib/extract-data.js';
import { wordScores } from './lib/extract-metrics.js';
import { loadTextBench, squash, type Half, type TextBenchPage } from './lib/text-data.js';
import { scrapedText } from './lib/text-scrape.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '../../shared/bench/extract/wcxb-dev');

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}
const halfArg = arg('--half') ?? 'both';
const dumpPath = arg('--dump');
const halves: Half[] = halfArg === 'both' ? ['dev', 'held-out'] : [halfArg as Half];

interface Score {
  p: number;
  r: number;
  f1: number;
  survive: number;
  present: number;
}

function score(page: TextBenchPage, raw: string, out: string): Score {
  const s = wordScores(page.truth, out);
  const rawSq = squash(raw);
  const outSq = squash(out);
  let present = 0;
  let survive = 0;
  for (const w of page.without) {
    const k = squash(w);
    if (k.split(' ').length < 3 || !rawSq.includes(k)) continue;
    present++;
    if (outSq.includes(k)) survive++;
  }
  return { p: s.precision, r: s.recall, f1: s.f1, survive, present };
}

function summary(scores: Score[]): string {
  const mean = (f: (s: Score) => number): number => scores.reduce((a, s) => a + f(s), 0) / Math.max(1, scores.length);
  const present = scores.reduce((a, s) => a + s.present, 0);
  const survive = scores.reduce((a, s) => a + s.survive, 0);
  return `P ${mean((s) => s.p).toFixed(3)}  R ${mean((s) => s.r).toFixed(3)}  F1 ${mean((s) => s.f1).toFixed(3)}  without[] surviving ${survive}/${present} (${((100 * survive) / Math.max(1, present)).toFixed(1)}%)`;
}

const dump: Record<string, unknown>[] = [];
for (const half of halves) {
  const pages = loadTextBench(dataDir, half);
  if (!pages) {
    console.log(`bench:text: ${dataDir} is absent; skipped`);
    process.exit(0);
  }
  const before: Score[] = [];
  const after: Score[] = [];
  let empty = 0;
  const t0 = performance.now();
  for (const page of pages) {
    const raw = scrapedText(page.html);
    const parts = cleanScrapedText(raw, { now: new Date('2030-01-01T00:00:00Z'), source: page.id });
    if (parts.length === 0) empty++;
    const out = parts.map((p) => p.text).join('\n\n');
    before.push(score(page, raw, raw));
    after.push(score(page, raw, out));
    if (dumpPath && half === 'dev') {
      dump.push({ id: page.id, url: page.url, f1: after.at(-1)!.f1, raw, out, truth: page.truth, without: page.without });
    }
  }
  const ms = performance.now() - t0;
  console.log(`WCXB article pages, ${half} half (${half === 'dev' ? 'even' : 'odd'}-numbered files): ${pages.length} pages, ${empty} with no article left, ${(ms / 1000).toFixed(1)} s`);
  console.log(`  before (scraped text as is)  ${summary(before)}`);
  console.log(`  after  (cleanScrapedText)    ${summary(after)}`);
}
const news = loadScrapinghub(resolve(here, '../../shared/bench/extract/scrapinghub'), null);
if (!news) console.log('bench:text: ../shared/bench/extract/scrapinghub is absent; news pages skipped');
for (const half of news ? halves : []) {
  const pages = news!.filter((_, i) => (i % 2 === 0) === (half === 'dev'));
  const before: Score[] = [];
  const after: Score[] = [];
  for (const page of pages) {
    const raw = scrapedText(page.html);
    const out = cleanScrapedText(raw, { now: new Date('2030-01-01T00:00:00Z'), source: page.id }).map((p) => p.text).join('\n\n');
    const item = { id: page.id, url: page.url ?? null, html: '', truth: page.truth, without: [] };
    before.push(score(item, raw, raw));
    after.push(score(item, raw, out));
  }
  console.log(`ScrapingHub news pages, ${half} half (${half === 'dev' ? 'even' : 'odd'} positions): ${pages.length} pages`);
  console.log(`  before (scraped text as is)  ${summary(before).replace(/\s+without.*$/, '')}`);
  console.log(`  after  (cleanScrapedText)    ${summary(after).replace(/\s+without.*$/, '')}`);
}
if (dumpPath) {
  writeFileSync(dumpPath, JSON.stringify(dump, null, 1));
  console.log(`dev-half pages written to ${dumpPath}`);
}
