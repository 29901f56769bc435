/**
 * Named-entity benchmark: CoNLL-2003 eng.testa (exact span and type F1, conlleval semantics)
 * for the shipped perceptron tagger and for compromise in the same run, plus an
 * out-of-domain check on GMB (Voice of America) sentences with geo/gpe -> LOC, per -> PER,
 * org -> ORG. Data: ../shared/bench/ner (skipped cleanly when absent).
 *
 *   npm run bench:ner -- [--gmb-limit N] [--compromise-limit N] [--model path/to/model.json.gz]
 */
import { conllFile, readConll, readGmb } from './lib/ner-data.js';
import { compromiseTagger } from './lib/ner-compromise.js';
import { evaluateTagger, type TaggerRun } from './lib/ner-eval.js';
import { loadTagger } from '../src/language/entities/tagger/load.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const TYPES = ['PER', 'ORG', 'LOC'];

function table(title: string, runs: [string, TaggerRun][], withMisc: boolean, lenient = false): void {
  console.log(`\n${title}`);
  const head = `${TYPES.map((t) => `${t} P/R/F1`.padEnd(20)).join('')}PER/ORG/LOC F1${withMisc ? '  +MISC F1' : ''}`;
  console.log(`${'tagger'.padEnd(12)} ${head}  tokens/s (cpu)`);
  const rows: [string, TaggerRun, 'scorer' | 'overlap'][] = [];
  for (const [name, r] of runs) {
    rows.push([name, r, 'scorer']);
    if (lenient) rows.push([`  overlap`, r, 'overlap']);
  }
  for (const [name, run, which] of rows) {
    const scorer = run[which];
    const cells = TYPES.map((t) => {
      const s = scorer.type(t);
      return `${pct(s.precision)}/${pct(s.recall)}/${pct(s.f1)}`.padEnd(20);
    });
    const overall = scorer.overall(TYPES).f1;
    const misc = withMisc ? `  ${pct(scorer.overall().f1).padStart(8)}` : '';
    const speed = which === 'scorer' ? String(Math.round(run.tokens / run.cpuSeconds)).padStart(8) : '';
    console.log(`${name.padEnd(12)} ${cells.join('')}${pct(overall).padStart(14)}${misc}  ${speed}`);
  }
}

const run = evaluateTagger;

const testa = conllFile('eng.testa');
if (!testa) {
  console.log('skipped: ../shared/bench/ner/conll2003/eng.testa not found');
  process.exit(0);
}
const dev = readConll(testa).flatMap((d) => d.sentences);
const modelAt = process.argv.indexOf('--model');
const ours = loadTagger(modelAt >= 0 ? process.argv[modelAt + 1] : undefined);
const compromiseLimit = arg('compromise-limit', Infinity);

const oursCold = run(ours, dev); // first pass: word caches are built while tagging
const oursWarm = run(ours, dev);
const comp = run(compromiseTagger, dev.slice(0, compromiseLimit));
const tokens = dev.reduce((n, s) => n + s.tokens.length, 0);
table(`CoNLL-2003 eng.testa: ${dev.length} sentences, ${tokens} tokens (exact span+type F1, %)`, [
  ['perceptron', oursCold],
  ['compromise', comp],
], true);
const rate = (r: TaggerRun, cpu: boolean): number => Math.round(r.tokens / (cpu ? r.cpuSeconds : r.seconds));
console.log(
  `perceptron speed (one core): first pass ${rate(oursCold, true)} tokens/s CPU time (${rate(oursCold, false)} wall), ` +
    `warm word cache ${rate(oursWarm, true)} tokens/s CPU time (${rate(oursWarm, false)} wall); target >= 200000`,
);
const ourF1 = oursCold.scorer.overall(TYPES).f1;
const compF1 = comp.scorer.overall(TYPES).f1;
console.log(
  `PER/ORG/LOC F1: perceptron ${pct(ourF1).trim()} vs compromise ${pct(compF1).trim()} ` +
    `(${ourF1 - compF1 >= 0 ? '+' : ''}${(100 * (ourF1 - compF1)).toFixed(1)} points; target >= 86.0: ${ourF1 >= 0.86 ? 'met' : 'NOT met'})` +
    (compromiseLimit < dev.length ? ` [compromise on first ${compromiseLimit} sentences]` : ''),
);
console.log(`model: ${ours.provenance.dataset}; trained ${ours.provenance.trainedAt}; ${ours.featureCount} features`);

const gmb = readGmb(arg('gmb-limit', Infinity));
if (!gmb) {
  console.log('\nGMB: skipped: ../shared/bench/ner/gmb/ner_dataset_partial_KarteeKReddy9597.csv not found');
} else {
  const gmbTokens = gmb.reduce((n, s) => n + s.tokens.length, 0);
  const gmbComp = gmb.slice(0, compromiseLimit);
  table(
    `GMB / Voice of America (out of domain): ${gmb.length} sentences, ${gmbTokens} tokens; geo+gpe->LOC, per->PER, org->ORG`,
    [
      ['perceptron', run(ours, gmb)],
      ['compromise', run(compromiseTagger, gmbComp)],
    ],
    false,
    true,
  );
  console.log('overlap rows: a predicted span counts when it overlaps a gold span of its type (GMB puts titles such as "President" inside per spans; CoNLL does not).');
  console.log('note: GMB tags demonyms ("British") as gpe (-> LOC) where CoNLL tags them MISC; both taggers lose recall there.');
}
