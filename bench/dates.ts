/**
 * npm run bench:dates [-- --limit N] [-- --failures] [-- --no-peer] [-- --latest]
 *
 * Exact YYYY-MM-DD accuracy of the page publication date (no date = miss) on the htmldate
 * evaluation set (../shared/bench/dates/htmldate), for dossier's findPublishedDate and for
 * readability.js's publishedTime measured in the same run, with pages per second.
 */
import { parseHTML } from 'linkedom';
import { decodeHtmlBytes } from '../src/clean/charset/index.js';
import { findPublishedDate } from '../src/clean/date/index.js';
import { htmldateDir, loadGold, readPage } from './lib/dates-data.js';
import { readabilityDate } from './lib/dates-readability.js';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dir = htmldateDir();
const gold = loadGold(dir);
if (!gold) {
  console.log(`skipped: ${dir}/gold.json not found`);
  process.exit(0);
}
const limit = Number(argValue('--limit') ?? gold.length);
const showFailures = process.argv.includes('--failures');
const withPeer = !process.argv.includes('--no-peer');
const now = new Date();

let n = 0;
let missing = 0;
let ours = 0;
let oursNone = 0;
let goldIsModified = 0;
let oursLatest = 0;
const withLatest = process.argv.includes('--latest');
let peer = 0;
let oursMs = 0;
let peerMs = 0;
const byEvidence = new Map<string, { n: number; ok: number }>();
const failures: string[] = [];
/** Accuracy by confidence band: does the confidence mean something? */
const bands = [0.9, 0.8, 0.7, 0.5, 0];
const byBand = new Map<number, { n: number; ok: number }>();

for (const page of gold.slice(0, limit)) {
  const bytes = readPage(dir, page);
  if (!bytes) {
    missing++;
    continue;
  }
  n++;
  const t0 = performance.now();
  const { text } = decodeHtmlBytes(bytes);
  const { document } = parseHTML(text);
  const finding = findPublishedDate(document as unknown as Document, { url: page.url, now });
  const t1 = performance.now();
  oursMs += t1 - t0;
  const got = finding.published.value;
  if (withLatest && findPublishedDate(document as unknown as Document, { url: page.url, now, prefer: 'latest' }).published.value === page.date) oursLatest++;
  const ok = got === page.date;
  if (ok) ours++;
  if (!got) oursNone++;
  if (!ok && finding.modified === page.date) goldIsModified++;
  const ev = finding.published.evidence || 'none';
  const stat = byEvidence.get(ev) ?? { n: 0, ok: 0 };
  stat.n++;
  if (ok) stat.ok++;
  byEvidence.set(ev, stat);
  if (got) {
    const band = bands.find((b) => finding.published.confidence >= b) ?? 0;
    const bs = byBand.get(band) ?? { n: 0, ok: 0 };
    bs.n++;
    if (ok) bs.ok++;
    byBand.set(band, bs);
  }
  if (!ok && showFailures) {
    failures.push(
      `${page.date} got=${got ?? '-'} mod=${finding.modified ?? '-'} ${ev} c=${finding.published.confidence.toFixed(2)} q=${JSON.stringify((finding.published.quote ?? '').slice(0, 60))} ${page.file} ${page.url}`,
    );
  }
  if (withPeer) {
    const p0 = performance.now();
    const r = readabilityDate(decodeHtmlBytes(bytes).text);
    peerMs += performance.now() - p0;
    if (r === page.date) peer++;
  }
}

const pct = (x: number): string => (n === 0 ? '-' : (x / n).toFixed(3));
if (showFailures) for (const f of failures) console.log(f);
console.log(`\nhtmldate evaluation set: ${n} pages${missing ? ` (${missing} listed in gold.json but absent)` : ''}`);
console.log('evidence used        pages  correct');
for (const [ev, s] of [...byEvidence].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`  ${ev.padEnd(28)} ${String(s.n).padStart(4)}  ${(s.ok / s.n).toFixed(2)}`);
}
console.log('confidence   pages  correct');
for (const b of bands) {
  const s = byBand.get(b);
  if (s) console.log(`  >= ${b.toFixed(1)}     ${String(s.n).padStart(4)}  ${(s.ok / s.n).toFixed(2)}`);
}
console.log(`\nexact YYYY-MM-DD accuracy (no date = miss)`);
console.log(`  dossier findPublishedDate     ${pct(ours)}  (no date on ${oursNone} pages)  ${(n / (oursMs / 1000)).toFixed(1)} pages/s incl. decode+parse`);
if (withLatest) console.log(`  dossier with prefer: 'latest'  ${pct(oursLatest)}  (returns the modification date when later; htmldate's default)`);
console.log(`  misses where the gold date is the page's modification date (we return the original publication date by design): ${goldIsModified}`);
if (withPeer) {
  console.log(`  readability.js publishedTime  ${pct(peer)}  (same run, linkedom)  ${(n / (peerMs / 1000)).toFixed(1)} pages/s incl. decode+parse`);
}
console.log('  published: htmldate (extensive) 0.903, htmldate (fast) 0.861, newspaper4k 0.680, news-please 0.680, goose3 0.545');
if (withPeer && n > 0) {
  const diff = (ours - peer) / n;
  console.log(`  dossier vs readability.js: ${diff >= 0 ? '+' : ''}${diff.toFixed(3)}`);
}
