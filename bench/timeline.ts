/**
 * npm run bench:timeline [-- --show] [-- --dev] [-- --save-baseline]
 *
 * Top-10 date hits of the summarised timeline (`dossier timeline --dates 10 --per-date 2`)
 * against hand-made journalists' timelines of news topic clusters (bench/data/timelines/, see
 * its README). Per topic, the topic's documents (../shared/bench/time/tbaq/AQUAINT or TimeBank,
 * as plain-text records with their creation time as date) are ingested into a temporary store with the default
 * pipeline and corpus stages, as `dossier ingest` does, and the overview is built as the CLI
 * builds it. Scoring: bench/lib/timeline-score.ts. "in store" counts the reference dates that
 * some event in the store has at all (what a better ranking could reach; the rest need better
 * extraction or dating), and `--show` says where each missed date ranks. Topics are split into dev and held-out by a
 * fixed rule (the README); only dev topics' overviews are printed (`--show`), held-out ones are
 * only scored, and `--dev` leaves them out (for iterating without looking at them). `--save-baseline` writes the figures to bench/data/timelines/baseline.json, which
 * later runs print beside their own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/app/ingest.js';
import { defaultPipeline } from '../src/app/pipeline.js';
import type { Article } from '../src/core/types.js';
import { sourceOf } from '../src/corpus/boilerplate.js';
import { newsScore } from '../src/report/newsworthiness.js';
import { buildTimeline, rankDates, type TimelineEntry } from '../src/report/timeline.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { loadReferences, type Reference, tbaqDir, TIMELINES_DIR, timemlRecord } from './lib/timeline-data.js';
import { averagePrecision, scoreTimeline, type ShownEvent, sumScores, type TimelineScore } from './lib/timeline-score.js';

const OVERVIEW = { dates: 10, perDate: 2 } as const;
const BASELINE = join(TIMELINES_DIR, 'baseline.json');

interface Run {
  entries: TimelineEntry[];
  /** Every date in the store, in the summary's order (for where each reference date stands). */
  ranking: string[];
  articles: Map<string, Article>;
  outlets: Map<string, string | null>;
}

async function runTopic(ref: Reference): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-timeline-'));
  const store = new SqliteStore(join(dir, 'timeline.db'));
  try {
    const input = join(dir, `${ref.id}.jsonl`);
    writeFileSync(input, ref.documents.map((id) => JSON.stringify(timemlRecord(ref.corpus, id))).join('\n') + '\n');
    await ingest([input], { store, pipeline: defaultPipeline() });
    const corpus = await store.loadCorpus();
    const articles = new Map<string, Article>();
    for await (const a of store.articles()) articles.set(a.id, a);
    // As the CLI does: each document's outlet, so that one outlet's repeats count once.
    const outlets = new Map([...articles.values()].map((a) => [a.id, sourceOf(a)]));
    const shownKinds = corpus.events.filter((e) => e.modality === 'asserted' || e.modality === 'planned');
    const ranking = rankDates(shownKinds, { outletOf: (d) => outlets.get(d) }).map((r) => r.date);
    return { entries: buildTimeline(corpus, { ...OVERVIEW, outlets }), ranking, articles, outlets };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function shown(run: Run): ShownEvent[] {
  return run.entries.map(({ event }) => ({
    date: event.date.value!,
    texts: [event.summary, ...event.sources.map((s) => run.articles.get(s.documentId)?.text.slice(s.start, s.end) ?? '')],
  }));
}

const pct = (x: number): string => `${(100 * x).toFixed(0)}%`;

function describe(s: TimelineScore): string {
  return (
    `hits ${s.hits}/${s.reference} (±1 day ${s.hitsNearby})  dates P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}  ` +
    `events matched ${s.matchedEvents}/${s.shownEvents}`
  );
}

function printOverview(ref: Reference, run: Run): void {
  const refDates = new Set(ref.timeline.map((t) => t.date));
  for (const e of run.entries) {
    const doc = run.articles.get(e.event.sources[0]?.documentId ?? '');
    const where = doc?.externalId ?? '';
    const mark = refDates.has(e.event.date.value!) ? '*' : ' ';
    console.log(`   ${mark} ${e.when.padEnd(24)} ${newsScore(e.event, { outletOf: (d) => run.outlets.get(d) }).toFixed(2).padStart(5)} ${e.event.type.padEnd(10)} ${e.event.documents.length}d ${e.event.summary.slice(0, 90)} [${where}]`);
  }
  const missed = ref.timeline.filter((t) => !run.entries.some((e) => e.event.date.value === t.date));
  for (const t of missed) {
    const rank = run.ranking.indexOf(t.date);
    console.log(`   - missed ${t.date} (${rank < 0 ? 'no event has this date' : `ranked ${rank + 1}`}): ${t.what}`);
  }
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  if (!existsSync(tbaqDir())) {
    console.log(`skipped: ${tbaqDir()} not found (the bench data lives in ../shared/bench)`);
    return;
  }
  const show = process.argv.includes('--show');
  const refs = loadReferences();
  const baseline = existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as { commit: string; topics: Record<string, TimelineScore & { ap?: number }> }) : null;
  const scores = new Map<string, TimelineScore>();
  // Reference dates some event in the store has at all: what the ranking could reach.
  const stored = new Map<string, number>();
  // Average precision of the whole date ranking per topic (see timeline-score.ts).
  const aps = new Map<string, number>();
  console.log(`timeline --dates ${OVERVIEW.dates} --per-date ${OVERVIEW.perDate} against ${refs.length} reference timelines${baseline ? ` (baseline: ${baseline.commit})` : ''}`);
  const splits = process.argv.includes('--dev') ? (['dev'] as const) : (['dev', 'held-out'] as const);
  for (const split of splits) {
    const mine = refs.filter((r) => r.split === split);
    console.log(`\n${split}:`);
    for (const ref of mine) {
      const run = await runTopic(ref);
      const score = scoreTimeline(shown(run), ref.timeline);
      scores.set(ref.id, score);
      const inStore = ref.timeline.filter((t) => run.ranking.includes(t.date)).length;
      stored.set(ref.id, inStore);
      const ap = averagePrecision(run.ranking, ref.timeline.map((t) => t.date));
      aps.set(ref.id, ap);
      const base = baseline?.topics[ref.id];
      console.log(`  ${ref.id.padEnd(28)} ${describe(score)}  in store ${inStore}/${score.reference}  AP ${ap.toFixed(2)}${base ? `   | baseline hits ${base.hits}/${base.reference} F1 ${pct(base.f1)} events ${base.matchedEvents}${base.ap !== undefined ? ` AP ${base.ap.toFixed(2)}` : ''}` : ''}`);
      if (show && split === 'dev') printOverview(ref, run);
    }
    const total = sumScores(mine.map((r) => scores.get(r.id)!));
    const baseTotal = baseline && mine.every((r) => baseline.topics[r.id]) ? sumScores(mine.map((r) => baseline.topics[r.id]!)) : null;
    const inStore = mine.reduce((n, r) => n + stored.get(r.id)!, 0);
    const meanAp = mine.reduce((n, r) => n + aps.get(r.id)!, 0) / Math.max(1, mine.length);
    const baseAps = mine.map((r) => baseline?.topics[r.id]?.ap);
    const baseAp = baseAps.every((x) => x !== undefined) ? ` mean AP ${((baseAps as number[]).reduce((a, b) => a + b, 0) / Math.max(1, mine.length)).toFixed(2)}` : '';
    console.log(`  ${`${split} total`.padEnd(28)} ${describe(total)}  in store ${inStore}/${total.reference}  mean AP ${meanAp.toFixed(2)}${baseTotal ? `   | baseline ${describe(baseTotal)}${baseAp}` : ''}`);
  }
  if (process.argv.includes('--save-baseline')) {
    writeFileSync(BASELINE, JSON.stringify({ commit: commit(), overview: OVERVIEW, topics: Object.fromEntries([...scores].map(([id, score]) => [id, { ...score, ap: aps.get(id) }])) }, null, 2) + '\n');
    console.log(`\nbaseline written to ${BASELINE}`);
  }
}

await main();
