/**
 * npm run bench:judged [-- --set voa|seeds] [-- --errors] [-- --sample N --seed S]
 *
 * Event precision per aspect against hand judgments: re-runs dossier (default pipeline and corpus
 * stages, in a temporary store) on the VOA news sample (../shared/corpus/voa/gmb-docs.jsonl,
 * public domain) and on the seed articles (examples/), and scores its event mentions against
 * bench/data/judged-events-voa.jsonl (50 events drawn at random, seed 11, from dossier's output at
 * the time the set was made) and bench/data/judged-events-seeds.jsonl (every dated event of the
 * seeds, and the events of 004, which takes its date from 002). Events are matched by document,
 * sentence offsets and trigger words (bench/lib/judged-score.ts). Events not judged are listed
 * with their sentences, to extend the set; `--sample N --seed S` prints N random VOA events to judge.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EventRow, runDossier } from './lib/judged-run.js';
import { type Figures, figures, loadJudged, scoreRows, type Verdict } from './lib/judged-score.js';
import { seededRandom } from '../src/core/random.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const VOA = join(root, '..', 'shared', 'corpus', 'voa', 'gmb-docs.jsonl');
const SEEDS = join(root, 'examples');

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const only = argValue('--set');
const showErrors = process.argv.includes('--errors');

function pct(k: number, n: number): string {
  return n === 0 ? '   -  ' : `${((100 * k) / n).toFixed(1).padStart(5)}%`;
}

function line(name: string, f: Figures): string {
  return (
    `${name.padEnd(6)} events ${String(f.events).padStart(3)}  real ${pct(f.real, f.events)}  not-dup ${pct(f.notDuplicate, f.events)}  ` +
    `| of ${f.judged} real: kind ${pct(f.kind, f.judged)}  source ${pct(f.source, f.judged)}  target ${pct(f.target, f.judged)}  ` +
    `date ${pct(f.date, f.judged)}  aspect ${pct(f.aspect, f.judged)}  | all-right ${pct(f.allRight, f.events)}`
  );
}

function describe(r: EventRow): string {
  const sides = `src=${JSON.stringify(r.source)} tgt=${JSON.stringify(r.target)}${r.both.length ? ` both=${JSON.stringify(r.both)}` : ''}`;
  return `"${r.trigger.text}" ${r.kind}/${r.plover} ${r.modality}${r.aspect ? ` ${r.aspect}` : ''} ${sides} date=${r.date}`;
}

function wrong(v: Verdict): string[] {
  if (!v.real) return ['not an event'];
  if (v.duplicate) return ['duplicate'];
  const out: string[] = [];
  if (!v.kind) out.push(`kind (want ${v.item.plover.join('|')})`);
  if (!v.source || !v.target) {
    out.push(
      v.item.symmetric
        ? `actors (want ${JSON.stringify(v.item.actors)})`
        : [!v.source ? `source (want ${JSON.stringify(v.item.source)})` : '', !v.target ? `target (want ${JSON.stringify(v.item.target)})` : ''].filter(Boolean).join(', '),
    );
  }
  if (!v.date) out.push(`date (want ${JSON.stringify(v.item.date)})`);
  if (!v.aspect) out.push(`aspect (want ${v.item.aspect ?? 'none'})`);
  return out;
}

async function sample(n: number, seed: number): Promise<void> {
  const rows = await runDossier([VOA]);
  const rnd = seededRandom(seed);
  const idx = rows.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  for (const i of idx.slice(0, n).sort((x, y) => x - y)) {
    const r = rows[i]!;
    console.log(`${r.doc} [${r.sentence.start}-${r.sentence.end}] ${describe(r)}\n    ${r.sentence.text}`);
  }
}

async function main(): Promise<void> {
  if (argValue('--sample')) return sample(Number(argValue('--sample')), Number(argValue('--seed') ?? 11));
  const sets = [
    { name: 'voa', inputs: [VOA], judged: join(root, 'bench', 'data', 'judged-events-voa.jsonl') },
    { name: 'seeds', inputs: [SEEDS], judged: join(root, 'bench', 'data', 'judged-events-seeds.jsonl') },
  ].filter((s) => !only || s.name === only);
  const lines: string[] = [];
  for (const set of sets) {
    if (!set.inputs.every((p) => existsSync(p))) {
      console.log(`skipped ${set.name}: ${set.inputs.join(', ')} not found`);
      continue;
    }
    const rows = await runDossier(set.inputs);
    const score = scoreRows(rows, loadJudged(set.judged));
    lines.push(line(set.name, figures(score.verdicts)));
    console.log(`\n== ${set.name}: ${rows.length} events, ${score.verdicts.length} matched to judgments, ${score.unjudged.length} unjudged in judged sentences, ${score.outside} in other sentences, ${score.unmatched.length} judged happenings with no event now`);
    if (showErrors) {
      for (const v of score.verdicts) {
        const w = wrong(v);
        if (w.length > 0) console.log(`  ✗ ${v.row.doc} ${describe(v.row)}: ${w.join('; ')}\n      ${v.item.sentence.text}`);
      }
    }
    for (const r of score.unjudged) console.log(`  unjudged ${r.doc} [${r.sentence.start}-${r.sentence.end}] ${describe(r)}\n      ${r.sentence.text}`);
    if (set.name === 'seeds') {
      // Every seed event should be judged: list the rest too (dated ones first).
      const judgedSentences = new Set(score.verdicts.map((v) => `${v.row.doc}@${v.row.sentence.start}`));
      const rest = rows.filter((r) => !judgedSentences.has(`${r.doc}@${r.sentence.start}`) && !score.unjudged.includes(r) && r.date !== null);
      for (const r of rest) console.log(`  unjudged (dated) ${r.doc} [${r.sentence.start}-${r.sentence.end}] ${describe(r)}\n      ${r.sentence.text}`);
    }
    for (const it of score.unmatched) console.log(`  no event now for judged "${it.anchors.join('/')}" (${it.real ? it.plover.join('|') : 'not an event'}) in ${it.doc} [${it.sentence.start}-${it.sentence.end}]`);
  }
  console.log('\n' + lines.join('\n'));
}

await main();
