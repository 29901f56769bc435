/**
 * Words that make up a person's title in news text ("Caretaker Prime Minister", "army chief",
 * "political deputy", "Foreign Minister"). Matched case-insensitively on single tokens.
 */

/** Words that can end a title: the office itself. */
const HEADS = new Set([
  'president', 'premier', 'minister', 'secretary', 'secretary-general', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'emir', 'sheikh', 'sultan', 'chief', 'head', 'leader', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'diplomat', 'governor', 'mayor', 'senator',
  'general', 'commander', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'deputy',
  'counterpart', 'adviser', 'advisor', 'representative', 'judge', 'pope', 'cardinal',
  'archbishop', 'bishop', 'ayatollah', 'speaker', 'lawmaker', 'legislator', 'ceo', 'founder',
  'colonel', 'captain', 'lieutenant', 'admiral', 'marshal', 'commissioner', 'prosecutor',
  'negotiator', 'vice-president', 'cleric', 'imam', 'mufti', 'rapporteur', 'coordinator',
  'administrator', 'pm', 'fm', 'mp', 'sen.', 'rep.', 'gov.', 'gen.', 'col.', 'lt.', 'capt.',
  'adm.', 'brig.', 'maj.', 'sgt.', 'sergeant', 'brigadier', 'commander-in-chief', 'attorney',
  'officer', 'official', 'minister-designate', 'president-elect', 'premier-designate', 'monarch',
  'crown', 'justice', 'general-secretary', 'secretary-general',
]);

/** Words that can precede a head inside a title. */
const MODIFIERS = new Set([
  'prime', 'foreign', 'defense', 'defence', 'interior', 'finance', 'trade', 'commerce', 'energy',
  'health', 'education', 'information', 'caretaker', 'interim', 'acting', 'deputy', 'vice',
  'former', 'top', 'senior', 'chief', 'army', 'military', 'political', 'federal', 'state',
  'national', 'security', 'intelligence', 'special', 'executive', 'supreme', 'crown', 'grand',
  'first', 'assistant', 'associate', 'junior', 'economic', 'petroleum', 'oil', 'railways', 'water',
  'power', 'climate', 'agriculture', 'planning', 'law', 'home', 'external', 'lieutenant', 'major',
  'brigadier', 'air', 'naval', 'navy', 'police', 'opposition', 'party', 'union', 'cabinet',
  'presidential', 'government', 'ministry', 'foreign-affairs', 'general', 'attorney', 'then',
  'outgoing', 'incoming', 'new', 'current', 'elected', 'provincial', 'regional', 'religious',
  'spiritual', 'rebel', 'militant', 'chief-of-staff', 'joint', 'staff',
  'secretary', 'privatisation', 'privatization', 'industry', 'industries', 'culture', 'labour',
  'labor', 'transport', 'communications', 'science', 'technology', 'justice', 'environment',
  'housing', 'tourism', 'sports', 'youth', 'women', 'human', 'rights', 'affairs', 'diplomatic',
]);

/** Honorifics: mark a following name as a person but are not a role. */
const HONORIFICS = new Set([
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'mullah', 'maulana', 'sir', 'dame', 'haji',
  'hazrat', 'madam', 'mme', 'mme.', 'prof.', 'professor', 'rev.', 'reverend', 'father', 'sheikh',
]);

/** Short forms of titles, for the title text a role reports. */
const EXPANSIONS: Record<string, string> = {
  pm: 'Prime Minister',
  fm: 'Foreign Minister',
  'gen.': 'General',
  'col.': 'Colonel',
  'lt.': 'Lieutenant',
  'sen.': 'Senator',
  'rep.': 'Representative',
  'gov.': 'Governor',
  'capt.': 'Captain',
  'adm.': 'Admiral',
  'brig.': 'Brigadier',
  'maj.': 'Major',
  'sgt.': 'Sergeant',
};

/** Offices written with "General" after them ("Attorney General", "Secretary General"): there it is no rank. */
const GENERAL_OFFICES = new Set(['attorney', 'secretary', 'solicitor', 'inspector', 'surgeon', 'governor', 'director', 'consul', 'procurator', 'postmaster']);

/** "General" after `word` is part of one office ("Attorney General"), not a rank of its own. */
export function takesGeneral(word: string): boolean {
  return GENERAL_OFFICES.has(lower(word));
}

/** Heads that are ranks: a role only when nothing more telling is said. */
const RANKS = new Set([
  'general', 'gen.', 'colonel', 'col.', 'lieutenant', 'lt.', 'captain', 'capt.', 'admiral', 'adm.',
  'marshal', 'brigadier', 'brig.', 'maj.', 'sergeant', 'sgt.',
]);

export function lower(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

export function isTitleHead(word: string): boolean {
  return HEADS.has(lower(word));
}

export function isTitleModifier(word: string): boolean {
  return MODIFIERS.has(lower(word));
}

export function isTitleWord(word: string): boolean {
  const w = lower(word);
  return HEADS.has(w) || MODIFIERS.has(w);
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(lower(word));
}

export function isRank(word: string): boolean {
  return RANKS.has(lower(word));
}

/** "PM" -> "Prime Minister"; other titles are returned as written. */
export function expandTitle(title: string): string {
  return EXPANSIONS[lower(title)] ?? title;
}

/** Equivalent offices, so that "the prime minister" finds the person given "Prime Minister". */
const SYNONYMS: Record<string, string> = {
  premier: 'prime minister',
  pm: 'prime minister',
  fm: 'foreign minister',
  'military chief': 'army chief',
  'army commander': 'army chief',
  'chief of army staff': 'army chief',
  'top diplomat': 'foreign minister',
  'chief diplomat': 'foreign minister',
  'head of state': 'president',
};

const DROP_FROM_KEY = new Set(['caretaker', 'interim', 'acting', 'then', 'current', 'new', 'incoming', 'outgoing']);

/**
 * A comparable key for a title: lower case, without words that do not change the office
 * ("caretaker", "interim"), synonyms folded: "Caretaker Prime Minister" -> "prime minister".
 */
export function titleKey(title: string): string {
  const words = lower(expandTitle(title))
    .replace(/\b(vice|secretary|director|attorney|governor|commander|minister|prime|president|premier)-(?=\p{L})/gu, '$1 ')
    .replace(/\bdefence\b/g, 'defense')
    .split(/\s+/)
    .filter((w) => w !== '' && !DROP_FROM_KEY.has(w));
  let key = words.join(' ');
  // "Secretary of Defense" is the "defense secretary", "Minister of Foreign Affairs" the "foreign affairs minister".
  const office = /^(secretary|minister) (?:of|for) (?:the )?(.+)$/.exec(key);
  if (office && office[2] !== 'state') key = `${office[2]} ${office[1]}`;
  key = key.replace(/^foreign affairs minister$/, 'foreign minister');
  return SYNONYMS[key] ?? key;
}
