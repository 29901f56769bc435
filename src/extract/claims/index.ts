export { claimStage } from './stage.js';
export { detectClaims, findClaims, type ClaimResult } from './find-claims.js';
export { skipReason } from './filter.js';
export type { SkipReason, Word } from './types.js';
