export { findTimeExpressions } from './find.js';
export { timeStage, anchorOf } from './stage.js';
export type { TimeOptions } from './types.js';
export { tenseAround, type Tense } from './tense.js';
export { valueRange, directionOf } from './semantics.js';
