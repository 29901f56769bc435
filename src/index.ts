/** dossier's library API: what the CLI, the HTTP server and workers call. */
export type * from './core/types.js';
export { DossierError, describeError, type ErrorCode } from './core/errors.js';
export { createArticle, spanText } from './core/article.js';
export { CLEANING_STAGE, createPipeline, defineStage, type DocumentStage, type Layer, type Pipeline, type PipelineOrigin, type StageContext } from './core/stage.js';
export { readInputs } from './ingest/read.js';
export { cleanInput } from './clean/clean.js';
export { defaultPipeline, documentStages } from './app/pipeline.js';
export { ingest, type IngestSummary, type IngestOptions } from './app/ingest.js';
export { analyseCorpus, runCorpusStages } from './corpus/run.js';
export type * from './corpus/types.js';
export type { Store, SearchHit, StoreStats } from './store/types.js';
export { SqliteStore } from './store/sqlite.js';
export { PostgresStore } from './store/postgres.js';
export { openStore } from './store/open.js';
export { buildTimeline, type TimelineOptions, type TimelineEntry } from './report/timeline.js';
export { buildExport, type DossierExport } from './report/export.js';
