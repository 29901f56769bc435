/** The run-time tagger: a trained weight table behind the `Tagger` interface. */
import { decodeGreedy } from './decode.js';
import { buildPairIndex, FeatureExtractor, lookupFeature, NUM_LABELS } from './features.js';
import { dictionaryGazetteers } from './dictionary.js';
import { worldGazetteer } from './gazetteer.js';
import { NER_LABELS, type LoadedTagger, type ModelProvenance } from './types.js';

export interface TaggerWeights {
  features: readonly string[];
  /** Feature-major weights, NUM_LABELS per feature. */
  weights: Float32Array | Float64Array;
  /** Phrase dictionaries shipped with the model ([phrase, category]); the world gazetteer is always on. */
  dictionary?: readonly (readonly [string, string])[];
  provenance: ModelProvenance;
}

export class PerceptronTagger implements LoadedTagger {
  readonly provenance: ModelProvenance;
  readonly featureCount: number;
  private readonly extractor: FeatureExtractor;
  private readonly weights: Float32Array | Float64Array;

  constructor(model: TaggerWeights) {
    if (model.weights.length !== model.features.length * NUM_LABELS) {
      throw new Error(`tagger weights: expected ${model.features.length * NUM_LABELS} weights, got ${model.weights.length}`);
    }
    this.provenance = model.provenance;
    this.featureCount = model.features.length;
    this.weights = model.weights;
    const pairs = buildPairIndex(model.features);
    const gazetteers = [worldGazetteer(), ...dictionaryGazetteers(model.dictionary ?? [])];
    this.extractor = new FeatureExtractor((name) => lookupFeature(pairs, name), gazetteers, pairs);
  }

  tag(tokens: readonly string[]): string[] {
    if (tokens.length === 0) return [];
    const labels = decodeGreedy(this.extractor, this.extractor.prepare(tokens), this.weights);
    const out: string[] = new Array<string>(labels.length);
    for (let i = 0; i < labels.length; i++) out[i] = NER_LABELS[labels[i] as number] ?? 'O';
    return out;
  }
}
