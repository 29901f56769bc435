export { splitSentences } from './split.js';
export { sentenceStage } from './stage.js';
export { getNlp } from './wink.js';
export type { SplitResult } from './types.js';
