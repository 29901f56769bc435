/** Trains the greedy averaged-perceptron tagger on IOB2-labelled sentences. */
import type { LabelledSentence } from './conll.js';
import { allowedAfter, addScores, bestAllowed } from './decode.js';
import { FeatureExtractor, MAX_FEATURES, NUM_LABELS, START } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { AveragedPerceptron } from './perceptron.js';
import { NER_LABELS } from './types.js';
import { seededRandom } from '../../../core/random.js';

export interface TrainingSentence extends LabelledSentence {
  /** Gazetteers for this sentence only (e.g. dictionaries built without its own document). */
  gazetteers?: readonly Gazetteer[];
}

/** Feature names and their averaged weights (feature-major, NUM_LABELS per feature). */
export interface TrainedWeights {
  features: string[];
  weights: Float64Array;
}

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  /** Gazetteers used for every sentence (and shipped with the tagger). */
  gazetteers?: readonly Gazetteer[];
  /** Called after each epoch, e.g. to score a development set. */
  onEpoch?: (epoch: number, stats: { errors: number; tokens: number }, weights: () => TrainedWeights) => void;
}

export function shuffleInPlace<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
}

const LABEL_INDEX = new Map<string, number>(NER_LABELS.map((l, i) => [l, i]));

/** Trains with predicted (not gold) history, so the model learns to recover from its own errors. */
export function trainTagger(sentences: readonly TrainingSentence[], options: TrainOptions = {}): TrainedWeights {
  const epochs = options.epochs ?? 10;
  const random = seededRandom(options.seed ?? 1);
  const names: string[] = [];
  const index = new Map<string, number>();
  const intern = (name: string): number => {
    let id = index.get(name);
    if (id === undefined) {
      id = names.length;
      names.push(name);
      index.set(name, id);
    }
    return id;
  };
  const ex = new FeatureExtractor(intern, options.gazetteers ?? [], null, Number.MAX_SAFE_INTEGER);
  const buf = new Int32Array(MAX_FEATURES + 4);
  const prepared = sentences.map((s) => {
    const ps = ex.prepare(s.tokens, s.gazetteers ?? []);
    const staticIds = s.tokens.map((_, i) => buf.slice(0, ex.collect(ps, i, buf)));
    return { ps, staticIds, gold: s.tags.map((t) => LABEL_INDEX.get(t) ?? 0) };
  });
  const hist = new Int32Array(4);
  const model = new AveragedPerceptron();
  model.ensure(names.length + 1024);
  const order = prepared.map((_, i) => i);
  const scores = new Float64Array(NUM_LABELS);
  const snapshot = (): TrainedWeights => ({ features: names.slice(), weights: model.averaged(names.length) });
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    let errors = 0;
    let tokens = 0;
    for (const si of order) {
      const { ps, staticIds, gold } = prepared[si] as (typeof prepared)[number];
      let p1 = START;
      let p2 = START;
      for (let i = 0; i < gold.length; i++) {
        const ids = staticIds[i] as Int32Array;
        ex.history(ps, i, p1, p2, hist, 0);
        model.ensure(names.length);
        scores.fill(0);
        addScores(scores, model.weights, ids, ids.length);
        addScores(scores, model.weights, hist, 4);
        const guess = bestAllowed(scores, p1);
        let truth = gold[i] as number;
        // After a wrong history an I-X may be impossible; the best reachable label is then B-X.
        if (!allowedAfter(p1, truth)) truth -= 1;
        model.instances++;
        if (guess !== truth) {
          model.update(ids, truth, guess);
          model.update(hist, truth, guess);
        }
        if (guess !== gold[i]) errors++;
        tokens++;
        p2 = p1;
        p1 = guess;
      }
    }
    options.onEpoch?.(epoch, { errors, tokens }, snapshot);
  }
  return snapshot();
}
