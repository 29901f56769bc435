/**
 * Speed half of bench:extract, run in a child process of its own so that the heap holds only
 * the pages it times (a heap full of the quality pass's pages and results makes every major
 * garbage collection dearer, most for the tool that allocates more, and the figures erratic).
 *
 *   tsx bench/lib/extract-speed.ts <scrapinghub|wcxb> <data dir> <pages> <rounds>
 *
 * After an untimed warm-up on ten pages, whole passes over the same pages, the tools taking turns (D R, R D, D R ...) so that neither
 * always runs on a warmer machine, in CPU time of this process. Each pass starts after a full
 * garbage collection and ends with one, so that no tool pays for the other's garbage (run with
 * --expose-gc; bench/extract.ts does). Prints one JSON line:
 * {pages, dossierMs: [...], readabilityMs: [...]}.
 */
import { loadScrapinghub, loadWcxb } from './extract-data.js';
import { dossierText, readabilityText } from './extract-tools.js';

const [set, dir, n, roundsArg] = process.argv.slice(2);
const pages = (set === 'scrapinghub' ? loadScrapinghub : loadWcxb)(dir ?? '', Number(n)) ?? [];
const rounds = Number(roundsArg ?? 3);

function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

const dossierMs: number[] = [];
const readabilityMs: number[] = [];
/** A full collection (the process runs with --expose-gc): each pass starts clean and pays for collecting its own garbage. */
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => {});
const passD = (): void => {
  collect();
  const t = cpuMs();
  for (const page of pages) dossierText(page);
  collect();
  dossierMs.push(cpuMs() - t);
};
const passR = (): void => {
  collect();
  const t = cpuMs();
  for (const page of pages) readabilityText(page.html);
  collect();
  readabilityMs.push(cpuMs() - t);
};
// Warm-up, not timed: both tools compiled before the first timed pass.
for (const page of pages.slice(0, 10)) {
  dossierText(page);
  readabilityText(page.html);
}
for (let i = 0; i < rounds; i++) {
  if (i % 2 === 0) {
    passD();
    passR();
  } else {
    passR();
    passD();
  }
}
console.log(JSON.stringify({ pages: pages.length, dossierMs, readabilityMs }));
