export { findQuantities } from './find.js';
export { quantityStage } from './stage.js';
export type { QuantityOptions } from './types.js';
