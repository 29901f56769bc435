export { roleStage } from './stage.js';
export { extractRoles } from './extract.js';
export { titleKey, isTitleWord, isTitleHead, isHonorific, expandTitle } from './titles.js';
export type { RoleInput } from './types.js';
