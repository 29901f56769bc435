/** Word lists the entity rules use. Lower-case keys unless said otherwise. */

/** Capitalised words that head an organisation's name ("... Commission", "Ministry of ..."). */
export const ORG_HEADS = new Set([
  'ministry', 'agency', 'army', 'forces', 'force', 'party', 'bank', 'council', 'commission',
  'organization', 'organisation', 'forum', 'initiative', 'committee', 'union', 'association',
  'university', 'institute', 'center', 'centre', 'company', 'corporation', 'corp', 'corp.', 'inc',
  'inc.', 'ltd', 'ltd.', 'group', 'front', 'movement', 'league', 'office', 'department', 'court',
  'parliament', 'assembly', 'senate', 'congress', 'police', 'navy', 'airlines', 'airways',
  'authority', 'board', 'bureau', 'service', 'services', 'network', 'foundation', 'fund', 'club',
  'church', 'times', 'post', 'news', 'television', 'radio', 'programme', 'program', 'alliance',
  'coalition', 'cabinet', 'secretariat', 'directorate', 'guard', 'guards', 'brigade', 'brigades',
  'battalion', 'command', 'co.', 'school', 'college', 'embassy', 'consulate', 'federation',
  'society', 'tribunal', 'academy', 'exchange', 'industries', 'holdings', 'media', 'press',
  'telegraph', 'herald', 'journal', 'tribune', 'gazette', 'daily', 'monitor', 'observer',
  'commissariat', 'jirga', 'shura', 'assembly', 'mission', 'delegation', 'administration',
  'government', 'regime', 'bloc', 'cartel', 'militia', 'army', 'legion', 'taliban',
]);

/** Capitalised words that head a place name. */
export const PLACE_HEADS = new Set([
  'sea', 'ocean', 'river', 'lake', 'mountain', 'mountains', 'valley', 'province', 'region',
  'district', 'city', 'county', 'island', 'islands', 'strait', 'gulf', 'bay', 'desert',
  'peninsula', 'street', 'square', 'airport', 'station', 'port', 'bridge', 'hall', 'palace',
  'avenue', 'road', 'highway', 'corridor', 'border', 'pass', 'canal', 'coast', 'plateau', 'basin',
  'territory', 'territories', 'state', 'oblast', 'governorate', 'village', 'town', 'camp',
  'base', 'park', 'stadium', 'hotel', 'hospital', 'prison', 'mosque', 'temple', 'cathedral',
  'heights', 'hills', 'belt', 'zone', 'line', 'crossing', 'dam', 'harbour', 'harbor', 'forest',
]);

/** Capitalised words that head other named things: agreements, events, products. */
export const MISC_HEADS = new Set([
  'agreement', 'accord', 'accords', 'treaty', 'process', 'project', 'pipeline', 'conference',
  'summit', 'war', 'day', 'games', 'cup', 'prize', 'award', 'act', 'law', 'plan', 'format',
  'stream', 'doctrine', 'declaration', 'convention', 'protocol', 'talks', 'dialogue', 'operation',
  'exercise', 'drill', 'revolution', 'festival', 'olympics', 'championship', 'election',
  'elections', 'resolution', 'charter', 'deal', 'pact', 'vaccine', 'crisis', 'spring', 'report',
  'index', 'strategy', 'policy', 'vision', 'week', 'month', 'year',
]);

/** Words after a capital that make it the place, not the government ("Moscow meeting"). */
export const GOVERNMENT_NOUNS = new Set([
  'government', 'administration', 'regime', 'authorities', 'officials', 'leadership', 'rulers',
]);

/** Prepositions before a place ("in Moscow", "from Kabul"). */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'at', 'to', 'from', 'near', 'into', 'outside', 'around', 'across', 'via', 'toward',
  'towards', 'through', 'inside', 'throughout', 'within', 'between', 'off', 'over', 'reached',
  'visited', 'visit', 'visiting', 'arrived', 'left', 'leaving', 'departing', 'traveled',
  'travelled', 'flew', 'returned', 'based',
]);

/** Verbs that follow a person's name ("Khan said"). */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'asked', 'stated', 'noted', 'stressed', 'insisted',
  'argued', 'warned', 'claimed', 'announced', 'urged', 'wrote', 'tweeted', 'explained',
  'remarked', 'replied', 'responded', 'declared', 'acknowledged', 'admitted', 'denied',
  'confirmed', 'believes', 'thinks', 'recalled', 'underscored', 'emphasised', 'emphasized',
]);

/** Capitalised words that are never a name on their own. */
export const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.',
  'nov.', 'dec.', 'i', 'file', 'photo', 'photos', 'video', 'watch', 'read', 'more', 'update',
  'updated', 'exclusive', 'breaking', 'live', 'opinion', 'analysis', 'editorial', 'comment',
  'follow', 'share', 'tweet', 'email', 'print', 'advertisement', 'related', 'source', 'sources',
  'god', 'mr', 'mrs', 'ms', 'dr', 'reuters', 'ap', 'afp', 'url', 'short', 'news', 'desk', 'today',
  'yesterday', 'tomorrow', 'ok', 'am', 'pm', 'a.m.', 'p.m.', 'et', 'gmt', 'utc', 'covid-19', 'covid',
  'internet', 'web', 'christmas', 'easter', 'ramadan', 'eid', 'islam', 'christianity', 'english',
  'president', 'minister', 'prime', 'general', 'chief', 'government', 'parliament', 'state',
  'republic', 'kingdom', 'federal', 'national', 'north', 'south', 'east', 'west', 'western',
  'eastern', 'northern', 'southern', 'central', 'new', 'xs', 'sm', 'md', 'lg', 'xl',
]);

/** Lower-case words allowed inside a name ("Ministry of Foreign Affairs", "Osama bin Laden"). */
export const NAME_CONNECTORS = new Set([
  'of', 'for', 'and', 'the', 'de', 'del', 'der', 'la', 'le', 'al', 'al-', 'bin', 'ibn', 'van',
  'von', 'da', 'di', 'du', 'el', 'ul', 'ud', 'e', '&', 'y', 'dos', 'das', 'on',
]);

/** Connectors that may sit inside a person's name. */
export const PERSON_CONNECTORS = new Set(['bin', 'ibn', 'van', 'von', 'de', 'da', 'di', 'al', 'el', 'ul', 'ud', 'del', 'der', 'la', 'le', 'du', 'dos']);

/** Closed-class words: a capitalised one at the start of a sentence is not a name. */
export const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'ADV', 'AUX', 'VERB', 'NUM', 'PART', 'INTJ', 'ADJ', 'NOUN', 'PUNCT', 'SYM']);

/** Religious and ethnic group words: names containing them are groups, not people ("Roman Catholics"). */
export const GROUP_WORDS = new Set([
  'catholic', 'catholics', 'muslim', 'muslims', 'christian', 'christians', 'jew', 'jews', 'jewish',
  'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists', 'shiite', 'shiites', 'shia', 'sunni',
  'sunnis', 'kurd', 'kurds', 'kurdish', 'arab', 'arabs', 'pashtun', 'pashtuns', 'baloch', 'uighur',
  'uighurs', 'uyghur', 'uyghurs', 'protestant', 'protestants', 'orthodox', 'evangelical', 'evangelicals',
  'islamist', 'islamists', 'maoist', 'maoists', 'communist', 'communists', 'democrat', 'democrats',
  'republican', 'republicans', 'tamil', 'tamils', 'hutu', 'tutsi', 'alawite', 'alawites', 'druze',
]);
