/** A pipeline other than the default one, for the worker pool's tests: sentences only. */
import { createPipeline, type Pipeline } from '../core/stage.js';
import { sentenceStage } from '../language/sentences/index.js';

export function sentencesOnlyPipeline(): Pipeline {
  return createPipeline([sentenceStage()], { origin: { module: import.meta.url, export: 'sentencesOnlyPipeline' } });
}

/** Says it is built here but builds another pipeline: a worker must refuse it. */
export function mislabelledPipeline(): Pipeline {
  return createPipeline([], { origin: { module: import.meta.url, export: 'sentencesOnlyPipeline' } });
}
