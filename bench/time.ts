/**
 * npm run bench:time [-- --limit N]
 *
 * Time-expression value accuracy on TempEval-3 training news (TimeBank + AQUAINT, anchor
 * = each document's CREATION_TIME) and on WikiWars (history narratives: no anchor,
 * narrative mode), for dossier and for chrono-node alone in the same run; then the speed
 * of findTimeExpressions in words/s on the VOA stream.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuantities } from '../src/language/quantity/index.js';
import { findTimeExpressions } from '../src/language/time/index.js';
import { chronoPredictions } from './lib/time-chrono.js';
import { type GoldDoc, loadTimeML, loadWikiWars } from './lib/time-gold.js';
import { type PrecisionTally, type Prediction, scoreDoc, scorePredictions, type Tally, valueMatches } from './lib/time-score.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, '../../shared');
const timeDir = join(shared, 'bench/time');

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
// --errors (DATE) or --errors=TYPE: print the gold expressions missed, with context.
const errorsArg = args.find((a) => a.startsWith('--errors'));
const verbose = errorsArg !== undefined;
const errorType = errorsArg?.split('=')[1] ?? 'DATE';

if (!existsSync(timeDir)) {
  console.log(`skipped: ${timeDir} not found`);
  process.exit(0);
}

function files(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(suffix)).sort().map((f) => join(dir, f));
}

const pct = (t: Tally | undefined): string => (t && t.gold ? (t.valueOk / t.gold).toFixed(3) : '-');

function run(name: string, docs: GoldDoc[], narrative: boolean): void {
  const ours = new Map<string, Tally>();
  const peer = new Map<string, Tally>();
  const oursP: PrecisionTally = { predicted: 0, overlapping: 0, valueOk: 0 };
  const peerP: PrecisionTally = { predicted: 0, overlapping: 0, valueOk: 0 };
  for (const doc of docs) {
    const predicted: Prediction[] = findTimeExpressions(doc.text, doc.anchor, { narrative });
    scoreDoc(doc.timexes, predicted, ours);
    scorePredictions(doc.timexes, predicted, oursP);
    const peerPredicted = chronoPredictions(doc.text, doc.anchor);
    scoreDoc(doc.timexes, peerPredicted, peer);
    scorePredictions(doc.timexes, peerPredicted, peerP);
    if (verbose) {
      for (const g of doc.timexes) {
        if (g.type !== errorType) continue;
        const over = predicted.filter((p) => p.start < g.end && g.start < p.end);
        if (!over.some((p) => valueMatches(g.value, p.value) || (p.endValue != null && valueMatches(g.value, p.endValue)))) {
          const ctx = doc.text.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\s+/g, ' ');
          console.log(`  MISS ${doc.anchor} gold=${g.value} [${g.text}] got=${over.map((p) => `${doc.text.slice(p.start, p.end)}=${p.value}`).join(',') || '-'} | ${ctx}`);
        }
      }
    }
  }
  console.log(`\n${name}: ${docs.length} documents`);
  console.log('type      gold   dossier(value)  span-found  exact   chrono(value)');
  for (const type of ['DATE', 'TIME', 'DURATION', 'SET', 'ALL']) {
    const t = ours.get(type);
    if (!t) continue;
    const line = `${type.padEnd(9)} ${String(t.gold).padStart(5)}   ${pct(t).padStart(8)}        ${(t.spanFound / t.gold).toFixed(3)}      ${(t.exact / t.gold).toFixed(3)}   ${pct(peer.get(type)).padStart(8)}`;
    console.log(line);
  }
  // Value precision counts every prediction; gold marks only some expressions, so it is a floor.
  const f1 = (p: PrecisionTally, t: Tally | undefined): string => {
    if (!t || !p.predicted) return '-';
    const precision = p.valueOk / p.predicted;
    const recall = t.valueOk / t.gold;
    return `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${((2 * precision * recall) / (precision + recall || 1)).toFixed(3)}`;
  };
  console.log(`all types, value: dossier ${f1(oursP, ours.get('ALL'))} (span precision ${(oursP.overlapping / (oursP.predicted || 1)).toFixed(3)}); ` +
    `chrono ${f1(peerP, peer.get('ALL'))} (span precision ${(peerP.overlapping / (peerP.predicted || 1)).toFixed(3)})`);
}

const tbaq = [...files(join(timeDir, 'tbaq/TimeBank'), '.tml'), ...files(join(timeDir, 'tbaq/AQUAINT'), '.tml')].slice(0, limit);
if (tbaq.length) {
  const docs = tbaq.map(loadTimeML);
  // The creation time is scored as the anchor, not as an expression of the text.
  run('TempEval-3 train (TimeBank+AQUAINT), anchor = CREATION_TIME; HeidelTime published value F1 0.776', docs, false);
} else console.log('skipped: tbaq/ not found');

const ww = files(join(timeDir, 'wikiwars'), '.key.xml').slice(0, limit);
if (ww.length) run('WikiWars (no anchor, narrative mode for dossier; chrono gets the 2009 capture date)', ww.map(loadWikiWars), true);
else console.log('skipped: wikiwars/ not found');

const voa = join(shared, 'corpus/voa/gmb-docs.jsonl');
if (existsSync(voa)) {
  const texts = readFileSync(voa, 'utf8').split('\n').filter(Boolean).map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? ''));
  const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
  for (const x of texts.slice(0, 20)) findTimeExpressions(x, '2010-01-01'); // warm-up
  let best = Infinity;
  let found = 0;
  for (let round = 0; round < 3; round++) {
    const t0 = process.hrtime.bigint();
    found = 0;
    for (const x of texts) found += findTimeExpressions(x, '2010-01-01').length;
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  let chronoBest = Infinity;
  for (let round = 0; round < 2; round++) {
    const t0 = process.hrtime.bigint();
    for (const x of texts) chronoPredictions(x, '2010-01-01');
    chronoBest = Math.min(chronoBest, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  let quantityBest = Infinity;
  let quantities = 0;
  for (let round = 0; round < 2; round++) {
    const t0 = process.hrtime.bigint();
    quantities = 0;
    for (const x of texts) quantities += findQuantities(x).length;
    quantityBest = Math.min(quantityBest, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  console.log(`\nspeed on VOA stream: ${texts.length} docs, ${words} words, ${found} time expressions: ` +
    `dossier findTimeExpressions ${Math.round(words / best)} words/s, chrono casual alone ${Math.round(words / chronoBest)} words/s; ` +
    `findQuantities ${Math.round(words / quantityBest)} words/s (${quantities} quantities) (one core; best of runs, machine load affects it)`);
} else console.log('skipped: corpus/voa/gmb-docs.jsonl not found');
