/**
 * Trains the named-entity tagger on CoNLL-2003 eng.train, scores it on eng.testa and writes
 * models/ner-perceptron.json.gz.
 *
 *   npm run train:tagger -- [--epochs 12] [--seed 7] [--limit N] [--out path] [--no-dict]
 *
 * The data is read from ../shared/bench/ner/conll2003 (research use, never shipped); only the
 * trained weights and the training-data dictionaries go into the model file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { conllFile, readConll, REPO_ROOT } from '../bench/lib/ner-data.js';
import { compromiseLexiconEntries, LEXICON_SOURCE } from '../bench/lib/ner-lexicon.js';
import { evaluateTagger, summary } from '../bench/lib/ner-eval.js';
import { buildJackknifedDictionaries, dictionaryGazetteers } from '../src/language/entities/tagger/dictionary.js';
import { worldGazetteer } from '../src/language/entities/tagger/gazetteer.js';
import { encodeModel } from '../src/language/entities/tagger/model-file.js';
import { PerceptronTagger } from '../src/language/entities/tagger/tagger.js';
import { trainTagger, type TrainingSentence } from '../src/language/entities/tagger/trainer.js';
import type { ModelProvenance } from '../src/language/entities/tagger/types.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const epochs = Number(arg('epochs') ?? 12);
const seed = Number(arg('seed') ?? 7);
const limit = Number(arg('limit') ?? Infinity);
const out = arg('out') ?? join(REPO_ROOT, 'models', 'ner-perceptron.json.gz');
const useDict = !process.argv.includes('--no-dict');
const useLexicon = !process.argv.includes('--no-lexicon');
const prune = Number(arg('prune') ?? 0.05);

const trainFile = conllFile('eng.train');
const devFile = conllFile('eng.testa');
if (!trainFile || !devFile) {
  console.log('skipped: ../shared/bench/ner/conll2003/eng.train or eng.testa not found');
  process.exit(0);
}

const t0 = Date.now();
const trainDocs = readConll(trainFile).slice(0, limit);
const dev = readConll(devFile).flatMap((d) => d.sentences);
const jack = useDict ? buildJackknifedDictionaries(trainDocs, 5) : { perDocument: [], full: [] };
const lexicon = useLexicon ? compromiseLexiconEntries() : [];
const full = [...jack.full, ...lexicon];
const train: TrainingSentence[] = trainDocs.flatMap((d, di) =>
  d.sentences.map((s) => ({ ...s, gazetteers: jack.perDocument[di] ?? [] })),
);
const trainTokens = train.reduce((n, s) => n + s.tokens.length, 0);
console.log(`train: ${trainDocs.length} documents, ${train.length} sentences, ${trainTokens} tokens; dev: ${dev.length} sentences`);

const features = [
  'word as written and lowercase',
  'prefixes 1-4 (as written), suffixes 1-4 (lowercase)',
  'collapsed and short word shape, capitalisation class, length bucket, hyphen/period/digit',
  'lowercase word and shape at -2..+2, capitalisation and 3-letter suffix at -1/+1',
  'word bigrams -1|0 and 0|+1, shape trigram',
  'first token, all-caps (headline) sentence',
  'world-countries gazetteer (country, capital, demonym, region) at -1..+1',
  ...(useDict ? ['training-data entity dictionaries (PER/ORG/LOC/MISC phrases, first names; 5-fold jackknifed in training)'] : []),
  ...(useLexicon ? [`name lists from the ${LEXICON_SOURCE}: first/last names, cities, countries, regions, places, organisations, demonyms, titles, role nouns`] : []),
  'previous label, previous two labels, previous label with word and with shape',
];

const provenance = (dev: ModelProvenance['dev']): ModelProvenance => ({
  model: 'greedy averaged perceptron, IOB2 (PER, ORG, LOC, MISC)',
  dataset: 'CoNLL-2003 English eng.train (IOB1 converted to IOB2; POS/chunk columns not used)',
  licence: 'CoNLL-2003 / Reuters RCV1, research use',
  trainedAt: new Date().toISOString(),
  epochs,
  seed,
  features,
  trainSentences: train.length,
  trainTokens,
  dev,
  notes:
    'trained by scripts/train-tagger.ts; dev = eng.testa, exact span and type F1 (conlleval)' +
    (useLexicon ? `; dictionary includes name lists from the ${LEXICON_SOURCE}` : ''),
});

const world = worldGazetteer();
const lexiconGazetteers = dictionaryGazetteers(lexicon);
let last: ModelProvenance['dev'] = { f1PerOrgLoc: 0, f1All: 0, byType: {} };
const weights = trainTagger(train, {
  epochs,
  seed,
  gazetteers: [world, ...lexiconGazetteers],
  onEpoch: (epoch, stats, snapshot) => {
    const line = `epoch ${epoch}: train errors ${(100 * stats.errors / stats.tokens).toFixed(2)}%`;
    if (epoch === epochs || process.argv.includes('--eval-every')) {
      const tagger = new PerceptronTagger({ ...snapshot(), dictionary: full, provenance: provenance(last) });
      const run = evaluateTagger(tagger, dev);
      console.log(`${line}; testa ${summary(run.scorer)} (${Math.round((Date.now() - t0) / 1000)} s)`);
    } else console.log(`${line} (${Math.round((Date.now() - t0) / 1000)} s)`);
  },
});

// Score what is shipped: the pruned, quantised model read back from its own bytes.
const draft = encodeModel({ ...weights, dictionary: full, provenance: provenance(last) }, { prune });
const { decodeModel } = await import('../src/language/entities/tagger/model-file.js');
const shipped = new PerceptronTagger(decodeModel(draft));
const run = evaluateTagger(shipped, dev);
const byType: Record<string, number> = {};
for (const t of ['PER', 'ORG', 'LOC', 'MISC']) byType[t] = Number(run.scorer.type(t).f1.toFixed(4));
last = {
  f1PerOrgLoc: Number(run.scorer.overall(['PER', 'ORG', 'LOC']).f1.toFixed(4)),
  f1All: Number(run.scorer.overall().f1.toFixed(4)),
  byType,
};
const bytes = encodeModel({ ...weights, dictionary: full, provenance: provenance(last) }, { prune });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.log(`shipped model on testa: ${summary(run.scorer)}`);
console.log(`wrote ${out}: ${shipped.featureCount} of ${weights.features.length} features, ${(bytes.length / 1e6).toFixed(2)} MB, ${Math.round((Date.now() - t0) / 1000)} s total`);
