export { findPublishedDate } from './find.js';
export { parseDateText, findDates } from './parse.js';
export { readAttributeDate } from './structured.js';
export { urlDate } from './url.js';
export { monthNumber } from './months.js';
export type { DateFinding, FindDateOptions, ParseDateOptions, DateMatch } from './types.js';
