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
import { findTimeExpressions } from '../src/language/time/index.js';
import { chronoPredictions } from './lib/time-chrono.js';
import { type GoldDoc, loadTimeML, loadWikiWars } from './lib/time-gold.js';
import { type Prediction, scoreDoc, type Tally, valueMatches } from './lib/time-score.js';

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
  for (const doc of docs) {
    const predicted: Prediction[] = findTimeExpressions(doc.text, doc.anchor, { narrative });
    scoreDoc(doc.timexes, predicted, ours);
    scoreDoc(doc.timexes, chronoPredictions(doc.text, doc.anchor), peer);
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
  console.log(`\nspeed on VOA stream: ${texts.length} docs, ${words} words, ${found} expressions: ` +
    `dossier ${Math.round(words / best)} words/s, chrono casual ${Math.round(words / chronoBest)} words/s (one core)`);
} else console.log('skipped: corpus/voa/gmb-docs.jsonl not found');
