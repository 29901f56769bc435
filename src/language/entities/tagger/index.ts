/** Statistical named-entity tagger (greedy averaged perceptron trained on CoNLL-2003). */
export * from './types.js';
export { loadTagger, defaultModelPath, DEFAULT_MODEL_FILE } from './load.js';
export { PerceptronTagger, type TaggerWeights } from './tagger.js';
export { iob1ToIob2, spansFromTags, tagsFromSpans } from './labels.js';
export { SpanScorer, prf } from './metrics.js';
export { parseConll, type LabelledDocument, type LabelledSentence } from './conll.js';
export { Gazetteer, worldGazetteer } from './gazetteer.js';
export { trainTagger, type TrainOptions, type TrainedWeights, type TrainingSentence } from './trainer.js';
export { encodeModel, decodeModel, MODEL_FORMAT } from './model-file.js';
