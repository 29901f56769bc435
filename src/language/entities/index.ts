export { entityStage } from './stage.js';
export { annotateEntities, type EntityResult } from './annotate.js';
export { getGazetteer, normalizePhrase, type Gazetteer } from './gazetteer.js';
export type { Tagger, EntityOptions, GazetteerEntry, GazetteerKind, Candidate } from './types.js';
