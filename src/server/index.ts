export { createApp, createDossierApp, type DossierApp } from './app.js';
export { CorpusState } from './state.js';
export { IngestQueue, type IngestJob } from './ingest-jobs.js';
export type * from './types.js';
