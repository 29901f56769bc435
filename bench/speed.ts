/**
 * Words per second per core of the per-document language stages owned here (sentences,
 * entities, roles) over the VOA newswire stream (../shared/corpus/voa/gmb-docs.jsonl, field
 * `text`), with gazetteers and rules only and, when the shipped model loads, with the
 * statistical tagger too. The peer measured in the same run is wink-nlp's own readDoc
 * (tokens, sentences, part of speech, wink NER) over the same texts. Target for the whole language layer:
 * 50,000 words/s/core. Runs on one thread; time is this process's CPU time
 * (process.cpuUsage), so the figure is per core even on a busy shared machine.
 *
 *   npm run bench:speed            # all documents, 3 passes, best pass reported
 *   npm run bench:speed -- 50 1    # first 50 documents, 1 pass
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createArticle } from '../src/core/article.js';
import type { DocumentStage } from '../src/core/stage.js';
import type { Article } from '../src/core/types.js';
import { entityStage, type Tagger } from '../src/language/entities/index.js';
import { roleStage } from '../src/language/roles/index.js';
import { sentenceStage } from '../src/language/sentences/index.js';
import { quantityStage } from '../src/language/quantity/index.js';
import { timeStage } from '../src/language/time/index.js';
import { documentStages } from '../src/app/pipeline.js';
import { cleanScrapedText } from '../src/clean/text/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const file = resolve(here, '../../shared/corpus/voa/gmb-docs.jsonl');
if (!existsSync(file)) {
  console.log(`skipped: ${file} not found`);
  process.exit(0);
}

const limit = Number(process.argv[2] ?? Infinity);
const passes = Number(process.argv[3] ?? 3);
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text)
  .slice(0, limit);
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);

const ctx = { now: new Date() };

/** The shipped statistical tagger (another area's model), when it can be loaded. */
async function shippedTagger(): Promise<Tagger | null> {
  try {
    const mod = (await import('../src/language/entities/tagger/index.js')) as { loadTagger?: () => Tagger };
    return mod.loadTagger ? mod.loadTagger() : null;
  } catch {
    return null;
  }
}

/** CPU milliseconds used by this process so far. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function runOurs(stages: readonly DocumentStage[], clean = false): { ms: number; mentions: number; roles: number } {
  let mentions = 0;
  let roles = 0;
  const t0 = cpuMs();
  texts.forEach((raw, i) => {
    const text = clean ? (cleanScrapedText(raw)[0]?.text ?? raw) : raw;
    const a: Article = createArticle({ id: String(i), source: 'voa', rawHash: String(i), text });
    for (const s of stages) void s.run(a, ctx);
    mentions += a.mentions.length;
    roles += a.roles.length;
  });
  return { ms: cpuMs() - t0, mentions, roles };
}

const wink = winkNLP(model);
function runWink(): number {
  const t0 = cpuMs();
  for (const text of texts) {
    const doc = wink.readDoc(text);
    doc.tokens().out();
    doc.sentences().out();
    doc.entities().out();
  }
  return cpuMs() - t0;
}

const rulesOnly = [sentenceStage(), entityStage(), roleStage()];
const tagger = await shippedTagger();
const withTagger = tagger ? [sentenceStage(), entityStage({ tagger }), roleStage()] : null;

// The whole language layer (as the default pipeline runs it), and every document stage after
// cleaning the raw text (language layer plus quotes, claims and events).
const languageLayer = tagger ? [sentenceStage(), entityStage({ tagger }), roleStage(), timeStage(), quantityStage()] : null;
const everything = documentStages();

// Warm up (JIT, model and gazetteer loading), then measure.
runOurs(rulesOnly);
if (withTagger) runOurs(withTagger);
if (languageLayer) runOurs(languageLayer);
runOurs(everything, true);
runWink();
let best = Infinity;
let bestTagged = Infinity;
let bestLayer = Infinity;
let bestAll = Infinity;
let bestWink = Infinity;
let last = { ms: 0, mentions: 0, roles: 0 };
for (let p = 0; p < passes; p++) {
  last = runOurs(rulesOnly);
  best = Math.min(best, last.ms);
  if (withTagger) bestTagged = Math.min(bestTagged, runOurs(withTagger).ms);
  if (languageLayer) bestLayer = Math.min(bestLayer, runOurs(languageLayer).ms);
  bestAll = Math.min(bestAll, runOurs(everything, true).ms);
  bestWink = Math.min(bestWink, runWink());
}
const rate = (ms: number): number => Math.round((words / ms) * 1000);
console.log(`documents: ${texts.length}, words: ${words}, passes: ${passes} (best pass reported)`);
console.log(`sentences+entities+roles (rules and gazetteers): ${rate(best).toLocaleString('en-US')} words/s/core (${best.toFixed(0)} ms CPU; ${last.mentions} mentions, ${last.roles} roles)`);
if (withTagger) console.log(`sentences+entities+roles with the shipped tagger: ${rate(bestTagged).toLocaleString('en-US')} words/s/core (${bestTagged.toFixed(0)} ms CPU)`);
else console.log('with the shipped tagger: skipped (model not loadable)');
if (languageLayer) console.log(`whole language layer (sentences, entities with tagger, roles, time, quantities): ${rate(bestLayer).toLocaleString('en-US')} words/s/core (${bestLayer.toFixed(0)} ms CPU) -> target 50,000 ${rate(bestLayer) >= 50000 ? 'met' : 'NOT met'}`);
console.log(`end to end (clean + language layer + quotes, claims, events): ${rate(bestAll).toLocaleString('en-US')} words/s/core (${bestAll.toFixed(0)} ms CPU)`);
console.log(`peer wink-nlp readDoc with its NER: ${rate(bestWink).toLocaleString('en-US')} words/s/core (${bestWink.toFixed(0)} ms CPU)`);
console.log(`ratio ours/peer: ${(bestWink / best).toFixed(2)}; target for the whole layer: 50,000 words/s/core -> ${rate(best) >= 50000 ? 'met' : 'NOT met'} by these stages`);
