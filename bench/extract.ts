/**
 * Article-text benchmark: dossier's extractHtml against plain readability.js (linkedom +
 * Readability, textContent), measured in the same run on
 *   ../shared/bench/extract/scrapinghub  (ScrapingHub shingle P/R/F1 and accuracy)
 *   ../shared/bench/extract/wcxb-dev     (WCXB word F1, articles and listing/collection pages apart)
 * plus pages/second of each: CPU time over whole passes in a child process of its own
 * (lib/extract-speed.ts; parse + extraction only, gunzip and file reading excluded), so other
 * jobs on the machine do not count against either. Speed uses every ScrapingHub page and 150
 * WCXB pages spread over the set.
 *
 *   npm run bench:extract -- [--limit N] [--only scrapinghub|wcxb] [--dump file.json]
 *                            [--rounds N (default 3)] [--speed-pages N]
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { loadScrapinghub, loadWcxb, type BenchPage } from './lib/extract-data.js';
import { dossierText, readabilityText } from './lib/extract-tools.js';
import { meanWordScores, shingleScores, wordScores, shingleMatch, type PagePair } from './lib/extract-metrics.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '../../shared/bench/extract');

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}
const limitArg = arg('--limit');
const limit = limitArg !== null ? Number(limitArg) : null;
const only = arg('--only');
const dumpPath = arg('--dump');

interface Run {
  page: BenchPage;
  dossier: string;
  readability: string;
  isArticle: boolean;
}

function runAll(pages: BenchPage[]): Run[] {
  return pages.map((page) => {
    const d = dossierText(page);
    return { page, dossier: d.text, readability: readabilityText(page.html), isArticle: d.isArticle };
  });
}

/**
 * Pages per second of CPU time for each tool, measured in a child process that loads only the
 * timed pages (see lib/extract-speed.ts); the median pass of each tool is reported.
 */
function speed(set: 'scrapinghub' | 'wcxb', dir: string, pages: number, rounds: number): string {
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', resolve(here, 'lib/extract-speed.ts'), set, dir, String(pages), String(rounds)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  let r: { pages: number; dossierMs: number[]; readabilityMs: number[] };
  try {
    r = JSON.parse(line) as typeof r;
  } catch {
    return `  speed: the timing process failed (${(child.stderr || line).trim().split('\n').at(-1) ?? 'no output'})`;
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const dps = (r.pages * 1000) / median(r.dossierMs);
  const rps = (r.pages * 1000) / median(r.readabilityMs);
  const perRound = r.dossierMs.map((x, i) => (r.readabilityMs[i]! / x).toFixed(2)).join(' ');
  return (
    `  speed (pages/s of CPU time, ${r.pages} pages, median of ${rounds} passes each, own process)  dossier ${dps.toFixed(1)}  readability ${rps.toFixed(1)}  ratio ${(dps / rps).toFixed(2)}` +
    `  (per round: ${perRound})`
  );
}

const f = (x: number): string => x.toFixed(3);
const pad = (s: string, n: number): string => s.padEnd(n);
const rounds = Number(arg('--rounds') ?? 3);
const speedPages = (n: number): number => Number(arg('--speed-pages') ?? n);

const dump: Record<string, unknown>[] = [];
let ran = false;

if (only === null || only === 'scrapinghub') {
  const pages = loadScrapinghub(resolve(dataDir, 'scrapinghub'), limit);
  if (pages === null) {
    console.log(`skipped: ${resolve(dataDir, 'scrapinghub')} not found`);
  } else {
    ran = true;
    const runs = runAll(pages);
    const d = shingleScores(runs.map((r) => ({ truth: r.page.truth, pred: r.dossier })));
    const b = shingleScores(runs.map((r) => ({ truth: r.page.truth, pred: r.readability })));
    console.log(`ScrapingHub (${pages.length} pages): 4-token shingle metric`);
    console.log(`  ${pad('tool', 12)} ${pad('P', 6)} ${pad('R', 6)} ${pad('F1', 6)} accuracy`);
    console.log(`  ${pad('dossier', 12)} ${f(d.precision)}  ${f(d.recall)}  ${f(d.f1)}  ${f(d.accuracy)}`);
    console.log(`  ${pad('readability', 12)} ${f(b.precision)}  ${f(b.recall)}  ${f(b.f1)}  ${f(b.accuracy)}`);
    console.log(`  F1 ratio dossier/readability ${(d.f1 / b.f1).toFixed(3)}  (target >= 0.965; published readability.js 0.947)`);
    console.log(speed('scrapinghub', resolve(dataDir, 'scrapinghub'), speedPages(limit ?? pages.length), rounds));
    for (const r of runs) {
      const m = shingleMatch(r.page.truth, r.dossier);
      const mb = shingleMatch(r.page.truth, r.readability);
      const score = (x: { tp: number; fp: number; fn: number }): number => (2 * x.tp) / (2 * x.tp + x.fp + x.fn || 1);
      dump.push({ set: 'scrapinghub', id: r.page.id, type: r.page.type, dossier: score(m), readability: score(mb), fp: m.fp, fn: m.fn, isArticle: r.isArticle });
    }
  }
}

if (only === null || only === 'wcxb') {
  const pages = loadWcxb(resolve(dataDir, 'wcxb-dev'), limit);
  if (pages === null) {
    console.log(`skipped: ${resolve(dataDir, 'wcxb-dev')} not found`);
  } else {
    ran = true;
    const runs = runAll(pages);
    console.log(`WCXB dev (${pages.length} pages): lowercase bag-of-words, mean per-page F1`);
    console.log(`  ${pad('page type', 22)} ${pad('n', 5)} ${pad('dossier P/R/F1', 22)} readability P/R/F1`);
    const groups: [string, (t: string) => boolean][] = [
      ['article', (t) => t === 'article'],
      ['listing + collection', (t) => t === 'listing' || t === 'collection'],
      ['all', () => true],
    ];
    for (const [name, test] of groups) {
      const sel = runs.filter((r) => test(r.page.type));
      if (sel.length === 0) continue;
      const pairs = (k: 'dossier' | 'readability'): PagePair[] => sel.map((r) => ({ truth: r.page.truth, pred: r[k] }));
      const d = meanWordScores(pairs('dossier'));
      const b = meanWordScores(pairs('readability'));
      console.log(
        `  ${pad(name, 22)} ${pad(String(sel.length), 5)} ${pad(`${f(d.precision)} ${f(d.recall)} ${f(d.f1)}`, 22)} ${f(b.precision)} ${f(b.recall)} ${f(b.f1)}   ratio ${(d.f1 / b.f1).toFixed(3)}`,
      );
    }
    const articles = runs.filter((r) => r.page.type === 'article');
    const others = runs.filter((r) => r.page.type !== 'article');
    const artOk = articles.filter((r) => r.isArticle).length;
    const othOk = others.filter((r) => !r.isArticle).length;
    console.log(`  isArticle: articles kept ${artOk}/${articles.length}, listing/collection flagged ${othOk}/${others.length}`);
    console.log(`  (targets: articles F1 >= 0.94; readability.js published 0.923 articles, ~0.5 listings)`);
    console.log(speed('wcxb', resolve(dataDir, 'wcxb-dev'), speedPages(Math.min(limit ?? 150, 150)), rounds));
    for (const r of runs) {
      dump.push({
        set: 'wcxb', id: r.page.id, type: r.page.type, isArticle: r.isArticle,
        dossier: wordScores(r.page.truth, r.dossier).f1, readability: wordScores(r.page.truth, r.readability).f1,
        dp: wordScores(r.page.truth, r.dossier).precision, dr: wordScores(r.page.truth, r.dossier).recall,
      });
    }
  }
}

if (dumpPath !== null && ran) writeFileSync(dumpPath, JSON.stringify(dump, null, 1));
