export { findEvents } from './find.js';
export { eventStage } from './stage.js';
export { actorCountry, eventCountries, type EventCountries } from './actor-country.js';
export { PLOVER, PLOVER_TYPES, ploverInfo, type PloverInfo } from './plover.js';
export { TRIGGER_RULES } from './triggers.js';
export { TOPIC_LEXICON, findTopics } from './topics.js';
export type { EventKind, FindEventsOptions, PloverType, TriggerRule, TriggerRefinement, RoleFrame } from './types.js';
