import { createPipeline, type DocumentStage, type Pipeline } from '../core/stage.js';
import { claimStage } from '../extract/claims/index.js';
import { eventStage } from '../extract/events/index.js';
import { quoteStage } from '../extract/quotes/index.js';
import { entityStage } from '../language/entities/index.js';
import { loadTagger } from '../language/entities/tagger/index.js';
import { quantityStage } from '../language/quantity/index.js';
import { roleStage } from '../language/roles/index.js';
import { sentenceStage } from '../language/sentences/index.js';
import { syntaxStage } from '../language/syntax/index.js';
import { timeStage } from '../language/time/index.js';

let cached: Pipeline | undefined;

/** The per-document stages after cleaning: language layer, then extraction. */
export function documentStages(): DocumentStage[] {
  return [
    sentenceStage(),
    entityStage({ tagger: loadTagger() }),
    roleStage(),
    timeStage(),
    syntaxStage(),
    quantityStage(),
    quoteStage(),
    claimStage(),
    eventStage(),
  ];
}

/** The default document pipeline, built (and its stage order checked) once per process. */
export function defaultPipeline(): Pipeline {
  cached ??= createPipeline(documentStages(), { origin: { module: import.meta.url, export: 'defaultPipeline' } });
  return cached;
}
