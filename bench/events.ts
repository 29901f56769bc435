/**
 * npm run bench:events [-- --limit N] [-- --part K/N] [-- --errors] [-- --actor-errors]
 *
 * PLOVER event type and actor country accuracy on the 322 gold sentences recoded from the CAMEO
 * manual (../shared/bench/events/plover/PLOVER_GSR_CAMEO.txt). Each sentence runs through the
 * real document pipeline as a one-sentence article; its main event is the first asserted event
 * (else the first event) outside relative clauses (see mainEvent). Reported beside it, measured in the same run: the majority-class
 * baseline for types, and for actors the majority code and a positional baseline (first country
 * named in the sentence is the source, the second the target). Actor countries come from
 * eventCountries() (the participants' countries with its documented fallbacks).
 * `--part K/N` runs every N-th sentence starting at the K-th (1-based), for quick iterations on a
 * subset (e.g. 1/2 while developing, 2/2 to check on sentences not looked at).
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { actorCountry, eventCountries } from '../src/extract/events/actor-country.js';
import { clauseMapOf } from '../src/language/syntax/layer.js';
import { sentenceViews } from '../src/language/syntax/sentence-view.js';
import type { Article, EventMention } from '../src/core/types.js';
import { loadPloverGold, ploverDir } from './lib/events-gold.js';
import { scoreCodeSets, scoreTypes } from './lib/events-metrics.js';
import { buildBenchPipeline, sentenceArticle } from './lib/events-pipeline.js';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const gold = loadPloverGold();
if (!gold) {
  console.log(`skipped: ${ploverDir()}/PLOVER_GSR_CAMEO.txt not found`);
  process.exit(0);
}
const limit = Number(argValue('--limit') ?? gold.length);
const [partK, partN] = (argValue('--part') ?? '1/1').split('/').map(Number) as [number, number];
const showErrors = process.argv.includes('--errors');
const showActorErrors = process.argv.includes('--actor-errors');
const ISO3 = new Set((createRequire(import.meta.url)('world-countries') as Country[]).map((c) => c.cca3));

/**
 * The event the sentence reports: the first asserted one, else the first, among the events
 * outside relative clauses ("a helicopter that was captured", "inspectors who were sent" are
 * background), falling back to all events when every one is in a relative clause.
 */
function mainEvent(article: Article, events: readonly EventMention[]): EventMention | null {
  const views = sentenceViews(article);
  const inRelative = (e: EventMention): boolean => {
    const view = views.find((v) => v.span.start === e.sentence.start);
    if (!view) return false;
    const clauses = clauseMapOf(article, view);
    const i = view.words.findIndex((w) => w.start >= e.start);
    return i >= 0 && clauses.clauses[clauses.of[i] ?? 0]?.relative === true;
  };
  const main = events.filter((e) => !inRelative(e));
  const pool = main.length > 0 ? main : events;
  return pool.find((e) => e.modality === 'asserted') ?? pool[0] ?? null;
}

function countriesOf(article: Article, e: EventMention | null, side: 'source' | 'target'): Set<string> {
  // What the event stage coded (eventCountries); recomputed only for events made without it.
  return new Set(e ? (e.countries ?? eventCountries(article, e))[side] : []);
}

/** Countries named in the sentence, in order of first mention (for the positional baseline). */
function countriesInOrder(article: Article): string[] {
  const out: string[] = [];
  for (const m of [...article.mentions].sort((a, b) => a.start - b.start)) {
    const c = article.entities[m.entity]?.country;
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

const goldCodes = (actors: readonly { code: string }[]): Set<string> => new Set(actors.map((a) => a.code).filter((c) => ISO3.has(c)));

const { pipeline, missing } = await buildBenchPipeline();
if (missing.length > 0) console.log(`note: stages not available, run without them: ${missing.join('; ')}`);

const goldTypes: string[] = [];
const predTypes: (string | null)[] = [];
const firstTypes: (string | null)[] = [];
const src: { gold: Set<string>; predicted: Set<string> }[] = [];
const tgt: { gold: Set<string>; predicted: Set<string> }[] = [];
const srcBase: { gold: Set<string>; predicted: Set<string> }[] = [];
const tgtBase: { gold: Set<string>; predicted: Set<string> }[] = [];
const errors: string[] = [];
let withEvents = 0;
const t0 = performance.now();

for (const g of gold.slice(0, limit).filter((_, i) => i % partN === partK - 1)) {
  const article = sentenceArticle(g.id, g.text, g.date);
  await pipeline.run(article, { now: new Date('2001-01-01') });
  const e = mainEvent(article, article.events);
  if (article.events.length > 0) withEvents++;
  goldTypes.push(g.event);
  predTypes.push(e?.plover ?? null);
  firstTypes.push(article.events[0]?.plover ?? null);
  const order = countriesInOrder(article);
  // Reciprocal actors (SRC/TAR) are listed as sources with no target in the gold.
  const gs = goldCodes(g.source);
  const gt = goldCodes(g.target);
  if (gs.size > 0) {
    const predicted = countriesOf(article, e, 'source');
    src.push({ gold: gs, predicted });
    if (showActorErrors && ![...predicted].some((c) => gs.has(c))) {
      const parts = e ? e.participants.map((p) => `${article.entities[p.entity]?.name}:${p.role}:${actorCountry(article, p.entity, e.sentence) ?? '-'}`).join(', ') : 'no event';
      const ents = article.entities.map((x) => `${x.name}/${x.type}/${x.country ?? '-'}`).join(', ');
      errors.push(`SRC ${g.id}	gold ${[...gs].join(',')}	got ${[...predicted].join(',') || '-'} [${e?.trigger ?? ''}: ${parts}] ents{${ents}}	${g.text}`);
    }
    srcBase.push({ gold: gs, predicted: new Set(order.slice(0, 1)) });
  }
  if (gt.size > 0) {
    const predicted = countriesOf(article, e, 'target');
    tgt.push({ gold: gt, predicted });
    if (showActorErrors && ![...predicted].some((c) => gt.has(c))) {
      const parts = e ? e.participants.map((p) => `${article.entities[p.entity]?.name}:${p.role}:${actorCountry(article, p.entity, e.sentence) ?? '-'}`).join(', ') : 'no event';
      errors.push(`TGT ${g.id}\tgold ${[...gt].join(',')}\tgot ${[...predicted].join(',') || '-'} [${e?.trigger ?? ''}: ${parts}]\t${g.text}`);
    }
    tgtBase.push({ gold: gt, predicted: new Set(order.slice(1, 2)) });
  }
  if (showErrors && e?.plover !== g.event) {
    errors.push(`${g.id}\tgold ${g.event}\tgot ${e ? `${e.plover} "${e.trigger}" (${e.modality})` : 'none'}\t${g.text}`);
  }
}
const ms = performance.now() - t0;

const types = scoreTypes(goldTypes, predTypes);
const firstScores = scoreTypes(goldTypes, firstTypes);
const counts = new Map<string, number>();
for (const t of goldTypes) counts.set(t, (counts.get(t) ?? 0) + 1);
const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
const base = scoreTypes(goldTypes, goldTypes.map(() => majority));

const codeCounts = (items: readonly { gold: Set<string> }[]): string => {
  const c = new Map<string, number>();
  for (const it of items) for (const x of it.gold) c.set(x, (c.get(x) ?? 0) + 1);
  return [...c.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
};
const majSrc = codeCounts(src);
const majTgt = codeCounts(tgt);
const sScore = scoreCodeSets(src);
const tScore = scoreCodeSets(tgt);
const sMaj = scoreCodeSets(src.map((x) => ({ gold: x.gold, predicted: new Set([majSrc]) })));
const tMaj = scoreCodeSets(tgt.map((x) => ({ gold: x.gold, predicted: new Set([majTgt]) })));
const sPos = scoreCodeSets(srcBase);
const tPos = scoreCodeSets(tgtBase);

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
console.log(`PLOVER gold sentences: ${types.n} (${withEvents} with at least one event found), ${(ms / types.n).toFixed(1)} ms/sentence`);
console.log(`event type   dossier: accuracy ${pct(types.accuracy)}, macro F1 ${types.macroF1.toFixed(3)}`);
console.log(`             (variant: first event whatever its modality: accuracy ${pct(firstScores.accuracy)}, macro F1 ${firstScores.macroF1.toFixed(3)})`);
console.log(`             majority class (${majority}): accuracy ${pct(base.accuracy)}, macro F1 ${base.macroF1.toFixed(3)}`);
console.log(`source country (${sScore.n} gold sentences with an ISO3 source): dossier overlap ${pct(sScore.overlap)}, exact ${pct(sScore.exact)}`);
console.log(`             majority code (${majSrc}): ${pct(sMaj.overlap)}; first country named: ${pct(sPos.overlap)}`);
console.log(`target country (${tScore.n} gold sentences with an ISO3 target): dossier overlap ${pct(tScore.overlap)}, exact ${pct(tScore.exact)}`);
console.log(`             majority code (${majTgt}): ${pct(tMaj.overlap)}; second country named: ${pct(tPos.overlap)}`);
console.log('per type (gold n, P, R, F1):');
for (const [t, s] of types.perType) {
  console.log(`  ${t.padEnd(12)} ${String(s.gold).padStart(3)}  P ${s.p.toFixed(2)}  R ${s.r.toFixed(2)}  F1 ${s.f1.toFixed(2)}`);
}
if (showErrors || showActorErrors) for (const line of errors) console.log(line);
