/** Closed word lists of the event rules (titles, actor heads, pair nouns); the shared syntax lists are in src/language/syntax/lexicon.ts. */

/** Words inside a person's title ("Foreign Minister", "the Russian president"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'defence', 'defense', 'interior', 'finance',
  'secretary', 'general', 'chief', 'army', 'military', 'premier', 'caretaker', 'interim', 'deputy',
  'king', 'queen', 'prince', 'sheikh', 'emir', 'chancellor', 'ambassador', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'leader', 'head', 'commander', 'senator', 'governor', 'mayor',
  'state', 'of', 'former', 'new', 'top', 'senior', 'acting', 'chairman', 'chairwoman', 'chair',
  'director', 'official', 'officials', 'diplomat', 'counterpart', 'colonel', 'lieutenant', 'major',
  'captain', 'sergeant', 'admiral', 'marshal', 'mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.',
  'gen.', 'lt.', 'col.', 'sen.', 'gov.', 'federal', 'national', 'energy', 'trade', 'economy',
  'information', 'cabinet', 'pm', 'fm', 'his', 'her', 'their', 'its', 'the', 'a', 'an', 'chief',
  'opposition', 'party', 'supreme', 'grand', 'imam', 'ayatollah', 'pope', 'cardinal', 'bishop',
  'justice', 'judge', 'attorney', 'police', 'intelligence', 'security', 'ruling', 'presidential',
]);

/** Heads that make "<head> of <Country>" the country's actor ("the President of Russia"). */
export const ACTOR_HEADS = new Set([
  'president', 'minister', 'leader', 'government', 'governments', 'officials', 'official', 'ministry',
  'king', 'army', 'forces', 'troops', 'police', 'people', 'citizens', 'spokesman', 'spokesperson',
  'envoy', 'ambassador', 'delegation', 'head', 'chief', 'members', 'authorities', 'parliament',
  'embassy', 'navy', 'military', 'regime', 'administration', 'foreign', 'emir', 'prime', 'secretary',
  'federation', 'republic', 'kingdom', 'state', 'prince', 'premier', 'chancellor', 'militants',
  'group', 'team', 'number', 'contingent', 'batch', 'unit', 'units', 'delegations', 'representatives',
  'soldiers', 'diplomats', 'leaders', 'supporters', 'residents', 'nationals', 'presidents', 'ministers',
  'kings', 'heads', 'envoys', 'ambassadors', 'parliaments', 'ministries', 'governors',
  'thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens', 'some', 'many', 'most', 'all', 'several',
]);

/** "the two leaders", "both sides": a reference back to the two participants of a previous event. */
export const PAIR_NOUNS = new Set([
  'leaders', 'sides', 'countries', 'nations', 'ministers', 'governments', 'presidents', 'premiers',
  'states', 'neighbours', 'neighbors', 'delegations', 'parties', 'allies', 'capitals', 'officials',
]);
