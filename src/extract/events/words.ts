/** Closed word lists shared by the clause, role and modality rules. */

export const PREPOSITIONS = new Set([
  'in', 'at', 'on', 'from', 'to', 'with', 'of', 'for', 'by', 'during', 'near', 'into', 'against',
  'between', 'since', 'after', 'before', 'under', 'over', 'through', 'across', 'about', 'like',
  'including', 'among', 'amid', 'amongst', 'toward', 'towards', 'upon', 'without', 'within',
  'outside', 'inside', 'via', 'per', 'than', 'despite', 'behind', 'beyond', 'around', 'along',
  'throughout', 'alongside', 'regarding', 'concerning', 'besides', 'except', 'unlike', 'onto',
]);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these',
  'those', 'both', 'all', 'some', 'several', 'other', 'another', 'each', 'every',
]);

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re"]);

export const AUXILIARIES = new Set([
  ...BE_FORMS, 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should',
  'can', 'could', 'may', 'might', 'must', "'ll", "'d", "'ve",
]);

/** Adverbs that may sit between an auxiliary and its verb ("has also met", "was reportedly"). */
export const ADVERBS = new Set([
  'also', 'still', 'yet', 'already', 'reportedly', 'then', 'further', 'again', 'long', 'recently',
  'just', 'now', 'later', 'earlier', 'previously', 'once', 'repeatedly', 'frequently', 'often',
  'always', 'jointly', 'formally', 'officially', 'publicly', 'strongly', 'firmly', 'finally',
  'subsequently', 'immediately', 'reportedly', 'allegedly', 'apparently', 'both', 'all', 'even',
  'only', 'soon', 'last', 'first', 'initially', 'eventually', 'quickly', 'swiftly', 'openly',
  'sharply', 'bitterly', 'vehemently', 'traditionally', 'ultimately', 'actually', 'personally',
  'separately', 'together', 'briefly', 'directly', 'unilaterally', 'effectively', 'largely',
]);

export const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/** Verbs that introduce reported speech; the words after them are another clause. */
export const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes',
  'announced', 'announces', 'reported', 'reports', 'claimed', 'claims', 'stressed', 'stresses',
  'emphasised', 'emphasized', 'underscored', 'underlined', 'believes', 'believed', 'thinks',
  'thought', 'hopes', 'hoped', 'insisted', 'argued', 'argues', 'confirmed', 'confirms', 'explained',
  'acknowledged', 'asserted', 'maintained', 'recalled', 'revealed', 'wrote', 'indicated', 'suggested',
  'reiterated', 'reaffirmed', 'feel', 'feels', 'know', 'knows', 'knew', 'expects', 'expected',
  'predicted', 'estimated', 'quoted', 'declared', 'observed', 'pointed', 'understood', 'learned',
  'saying', 'adding', 'noting', 'stressing',
]);

/** Reporting verbs that take a bare clause ("said the two countries agreed", "said it will"). */
export const BARE_COMPLEMENT = new Set([
  'said', 'says', 'say', 'added', 'adds', 'believes', 'believed', 'thinks', 'thought', 'feels', 'feel',
  'hopes', 'hoped', 'knows', 'knew', 'insisted', 'argued', 'argues', 'claimed', 'claims', 'reaffirmed',
  'confirmed', 'stated', 'saying', 'adding', 'expects', 'reported', 'announced',
]);

/** Words that open a subordinate clause. */
export const SUBORDINATORS = new Set([
  'while', 'whereas', 'although', 'though', 'because', 'if', 'unless', 'whether', 'once', 'until',
  'as', 'since',
]);

export const RELATIVES = new Set(['who', 'which', 'whom', 'whose', 'where', 'that']);

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

export const isPunct = (w: string): boolean => /^[^\p{L}\p{N}]+$/u.test(w);
export const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);
