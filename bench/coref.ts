/**
 * npm run bench:coref [-- --limit-topics N] [-- --links]
 *
 * Cross-document event coreference on ECB+ 1.0 (../shared/bench/events/ecbplus/ECB+_LREC2014):
 * gold event mentions (ACTION_* and NEG_ACTION_*) in the coreference-annotated sentences
 * (ECBplus_coreference_sentences.csv), clustered within each topic, scored with MUC, B³,
 * CEAF-e and CoNLL F1 on the usual test topics (36–45) and on all topics. Compared in the same
 * run: the same-lemma baseline (published ≈ 76 CoNLL F1 on the test topics) and dossier's method
 * as corpus merging does it: documents grouped into stories (src/corpus/stories.ts, each topic
 * taken as one corpus), then mentions in one story whose triggers name the same kind of
 * happening (src/corpus/event-words.ts), or have the same event kind and a shared participant
 * (see lib/coref-cluster.ts). Variants show what each part adds. `--limit-topics N` runs only
 * the first N topics (test topics first); `--links` prints the links dossier adds and removes.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listTopics, loadSelected, loadTopic } from './lib/coref-data.js';
import { buildCorefPipeline, mentionFeatures, type MentionFeatures } from './lib/coref-dossier.js';
import { dossierClusters, dossierLink, goldClusters, lemmaOrKindClusters, sameLemmaClusters } from './lib/coref-cluster.js';
import { groupStories, storyMap } from '../src/corpus/stories.js';
import type { StoryInput } from '../src/corpus/stories.js';
import { scoreCoref, type CorefScores, type PRF } from './lib/coref-metrics.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/bench/events/ecbplus/ECB+_LREC2014');
const TEST_TOPICS = new Set([36, 37, 38, 39, 40, 41, 42, 43, 44, 45]);

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (!existsSync(join(ROOT, 'ECB+')) || !existsSync(join(ROOT, 'ECBplus_coreference_sentences.csv'))) {
  console.log(`skipped: ECB+ data not found (${ROOT}/ECB+ and ECBplus_coreference_sentences.csv)`);
  process.exit(0);
}

const started = Date.now();
const selected = loadSelected(ROOT);
const allTopics = listTopics(ROOT);
const ordered = [...allTopics.filter((t) => TEST_TOPICS.has(t)), ...allTopics.filter((t) => !TEST_TOPICS.has(t))];
const limitArg = argValue('--limit-topics');
const topics = limitArg ? ordered.slice(0, Math.max(1, Number(limitArg))) : ordered;
const { pipeline, notes } = await buildCorefPipeline();
for (const n of notes) console.log(`note: ${n}`);

const features: MentionFeatures[] = [];
let docCount = 0;
// Story quality against the gold sub-topics (ECB vs ECB+ documents of a topic), over document pairs.
const storyPairs = { same: 0, right: 0, gold: 0 };
let storyCount = 0;
for (const topic of topics) {
  const stories: StoryInput[] = [];
  const topicMentions: MentionFeatures[] = [];
  for (const doc of loadTopic(ROOT, topic, selected)) {
    docCount++;
    const f = await mentionFeatures(doc, pipeline);
    topicMentions.push(...f.mentions);
    stories.push(f.story);
  }
  // Each topic is one corpus, as a dossier user would collect it.
  const groups = groupStories(stories);
  storyCount += groups.length;
  const story = storyMap(groups);
  for (const m of topicMentions) m.story = story.get(m.doc) ?? null;
  features.push(...topicMentions);
  const names = stories.map((d) => d.id);
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const gold = names[i]!.endsWith('plus') === names[j]!.endsWith('plus');
      const same = story.get(names[i]!) === story.get(names[j]!);
      if (same) storyPairs.same++;
      if (gold) storyPairs.gold++;
      if (same && gold) storyPairs.right++;
    }
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const fmt = (s: PRF) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;

function report(label: string, mentions: MentionFeatures[]): { base: CorefScores; dossier: CorefScores } | null {
  if (mentions.length === 0) return null;
  const gold = goldClusters(mentions);
  const base = scoreCoref(gold, sameLemmaClusters(mentions));
  const dossier = scoreCoref(gold, dossierClusters(mentions));
  // Variants, for diagnosis: without stories (a topic is one story); the previous method (same
  // lemma or same kind with a shared sentence name); and the gold sub-topic split (the ECB and
  // the ECB+ documents of a topic report two different seminal events) in place of stories.
  const noStories = scoreCoref(gold, dossierClusters(mentions.map((m) => ({ ...m, story: null }))));
  const previous = scoreCoref(gold, lemmaOrKindClusters(mentions));
  const sub = mentions.map((m) => ({ ...m, topic: m.topic * 2 + (m.doc.endsWith('plus') ? 1 : 0) }));
  const baseSub = scoreCoref(gold, sameLemmaClusters(sub));
  const dossierSub = scoreCoref(gold, dossierClusters(sub.map((m) => ({ ...m, story: null }))));
  const topicCount = new Set(mentions.map((m) => m.topic)).size;
  const docs = new Set(mentions.map((m) => m.doc)).size;
  console.log(`\n${label}: ${topicCount} topics, ${docs} documents, ${mentions.length} gold event mentions, ${gold.length} gold clusters`);
  console.log('                                      MUC P     R     F |  B³ P     R     F | CEAF-e P  R     F |  CoNLL F1');
  for (const [name, s] of [
    ['same-lemma baseline (within topic)  ', base],
    ['dossier (stories, event words, kind)', dossier],
    ['  variant: no stories               ', noStories],
    ['  variant: previous (lemma or kind) ', previous],
    ['same-lemma, gold sub-topics (oracle)', baseSub],
    ['dossier, gold sub-topics (oracle)   ', dossierSub],
  ] as const) {
    console.log(`${name} ${fmt(s.muc)} | ${fmt(s.b3)} | ${fmt(s.ceafe)} | ${pct(s.conll)}`);
  }
  console.log(
    `dossier / baseline CoNLL F1 = ${(dossier.conll / base.conll).toFixed(3)} (${dossier.conll >= base.conll ? '+' : ''}${(100 * (dossier.conll - base.conll)).toFixed(1)} points)`,
  );
  return { base, dossier };
}

/**
 * Pairwise view of dossier against the baseline: links dossier adds (pairs of different lemmas it
 * joins directly), links it drops (same-lemma pairs in different stories or with disjoint
 * participants), and how many of each are right by the gold clusters.
 */
function linkReport(mentions: MentionFeatures[], show: boolean): void {
  const byTopic = new Map<number, MentionFeatures[]>();
  for (const m of mentions) {
    let list = byTopic.get(m.topic);
    if (!list) byTopic.set(m.topic, (list = []));
    list.push(m);
  }
  const added = { 'story-words': [0, 0], 'story-kind': [0, 0] };
  const dropped = [0, 0];
  const shown: string[] = [];
  for (const list of byTopic.values()) {
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        const reason = dossierLink(a, b);
        const ok = a.cluster === b.cluster;
        if (a.lemma === b.lemma) {
          if (reason === null) {
            dropped[ok ? 1 : 0]!++;
            if (show && shown.length < 60 && ok) shown.push(`  dropped, WRONG: "${a.text}" (${a.doc}) ~ "${b.text}" (${b.doc})`);
          }
          continue;
        }
        if (reason === null) continue;
        added[reason][ok ? 0 : 1]!++;
        if (show && shown.length < 60) shown.push(`  ${reason} ${ok ? 'right' : 'WRONG'}: "${a.text}" (${a.doc}) ~ "${b.text}" (${b.doc})`);
      }
    }
  }
  const rate = ([r, w]: number[]) => `${r! + w!} pairs, ${r} right (${r! + w! > 0 ? pct(r! / (r! + w!)).trim() : '-'}%)`;
  const withKind = mentions.filter((m) => m.kind !== null).length;
  console.log(`dossier evidence: ${withKind}/${mentions.length} mentions (${pct(withKind / mentions.length).trim()}%) get an event kind from the trigger lexicon`);
  console.log(`  links between different lemmas: story + event words ${rate(added['story-words'])}; story + kind + participant ${rate(added['story-kind'])}`);
  console.log(`  same-lemma links dropped (other story, disjoint participants): ${rate(dropped)} — "right" = the drop was right`);
  for (const line of shown) console.log(line);
}

const showLinks = process.argv.includes('--links');
const test = features.filter((m) => TEST_TOPICS.has(m.topic));
console.log(`ECB+ 1.0 cross-document event coreference, gold mentions, clustering within topics (${docCount} documents read)`);
const pairPct = (x: number, n: number) => (n > 0 ? pct(x / n).trim() : '-');
console.log(
  `stories: ${storyCount} over ${topics.length} topics; document pairs against the gold sub-topics: precision ${pairPct(storyPairs.right, storyPairs.same)}%, recall ${pairPct(storyPairs.right, storyPairs.gold)}%`,
);
if (report('Test topics 36–45 (published same-lemma baseline ≈ 76 CoNLL F1)', test)) linkReport(test, showLinks);
if (test.length !== features.length && report('All topics', features)) linkReport(features, false);
console.log(`\ntime: ${((Date.now() - started) / 1000).toFixed(1)} s`);
