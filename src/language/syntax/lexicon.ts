/**
 * The closed word lists of English syntax that the clause, event, quote, claim and role rules
 * read, each written once here. A module that needs a narrower list takes a named subset from
 * this file rather than keeping its own copy.
 */

const set = (...groups: readonly (readonly string[])[]): ReadonlySet<string> => new Set(groups.flat());

// ── Determiners ────────────────────────────────────────────────────────────────────────────

export const ARTICLES = ['the', 'a', 'an'] as const;
/** Possessive determiners of the third person ("his", "its", "their"). */
export const THIRD_PERSON_POSSESSIVES = ['his', 'her', 'its', 'their'] as const;
export const POSSESSIVE_DETERMINERS = [...THIRD_PERSON_POSSESSIVES, 'our', 'my', 'your'] as const;
export const DEMONSTRATIVES = ['this', 'that', 'these', 'those'] as const;
/** Determiners that quantify ("both sides", "several officials"). */
export const QUANTIFYING_DETERMINERS = ['both', 'all', 'some', 'several', 'other', 'another', 'each', 'every'] as const;

/** Every determiner. */
export const DETERMINERS = set(ARTICLES, POSSESSIVE_DETERMINERS, DEMONSTRATIVES, QUANTIFYING_DETERMINERS);
/** Determiners that point at one known thing: articles, possessives but "my"/"your", demonstratives. */
export const DEFINITE_DETERMINERS = set(ARTICLES, THIRD_PERSON_POSSESSIVES, ['our'], DEMONSTRATIVES);
/** An article or a third-person possessive: what may open a title ("the president", "its envoy"). */
export const TITLE_DETERMINERS = set(ARTICLES, THIRD_PERSON_POSSESSIVES);
export const POSSESSIVES = set(POSSESSIVE_DETERMINERS);
/** The possessive clitic and a bare apostrophe after a plural ("Russia's", "the ministers'"). */
export const POSSESSIVE_MARKS = set(["'s", '’s', "'", '’']);

// ── Prepositions ───────────────────────────────────────────────────────────────────────────

export const PREPOSITIONS = set([
  'in', 'at', 'on', 'from', 'to', 'with', 'of', 'for', 'by', 'during', 'near', 'into', 'against',
  'between', 'since', 'after', 'before', 'under', 'over', 'through', 'across', 'about', 'like',
  'including', 'among', 'amid', 'amongst', 'toward', 'towards', 'upon', 'without', 'within',
  'outside', 'inside', 'via', 'per', 'than', 'despite', 'behind', 'beyond', 'around', 'along',
  'throughout', 'alongside', 'regarding', 'concerning', 'besides', 'except', 'unlike', 'onto',
]);
/** Prepositions that say where something happened ("in X", "near X"). */
export const PLACE_PREPOSITIONS = set(['in', 'at', 'near', 'outside', 'inside']);

// ── Verb group ─────────────────────────────────────────────────────────────────────────────

export const BE_FORMS = set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re"]);
export const PERFECT_AUXILIARIES = set(['has', 'have', 'had', "'ve", 'having']);
/** Modals of the future ("will", "would"). */
export const FUTURE_MODALS = set(['will', "'ll", 'shall', 'would', "'d"]);
/** Modals of possibility ("could", "may"). */
export const POSSIBILITY_MODALS = set(['could', 'may', 'might', 'can']);
/** Modals of obligation ("must", "should"). */
export const OBLIGATION_MODALS = set(['must', 'should', 'ought']);
/** Every modal but the clitic "'d". */
export const MODALS = set([...FUTURE_MODALS].filter((w) => w !== "'d"), [...POSSIBILITY_MODALS], [...OBLIGATION_MODALS]);

/** Every auxiliary: the forms of "be", "have" and "do" and the modals but "ought". */
export const AUXILIARIES = set(
  [...BE_FORMS], [...PERFECT_AUXILIARIES], ['do', 'does', 'did'], [...FUTURE_MODALS], [...POSSIBILITY_MODALS],
  [...OBLIGATION_MODALS].filter((w) => w !== 'ought'),
);

/** Adverbs that may sit between an auxiliary and its verb ("has also met", "was reportedly"). */
export const ADVERBS = set([
  'also', 'still', 'yet', 'already', 'reportedly', 'then', 'further', 'again', 'long', 'recently',
  'just', 'now', 'later', 'earlier', 'previously', 'once', 'repeatedly', 'frequently', 'often',
  'always', 'jointly', 'formally', 'officially', 'publicly', 'strongly', 'firmly', 'finally',
  'subsequently', 'immediately', 'allegedly', 'apparently', 'both', 'all', 'even',
  'only', 'soon', 'last', 'first', 'initially', 'eventually', 'quickly', 'swiftly', 'openly',
  'sharply', 'bitterly', 'vehemently', 'traditionally', 'ultimately', 'actually', 'personally',
  'separately', 'together', 'briefly', 'directly', 'unilaterally', 'effectively', 'largely',
]);

export const NEGATIONS = set(['not', "n't", 'never', 'no']);

/** Particles of phrasal verbs ("set up", "called off"). */
export const PARTICLES = set(['up', 'off', 'out', 'down', 'away']);

// ── Clause openers ─────────────────────────────────────────────────────────────────────────

/** Words that open a subordinate clause. */
export const SUBORDINATORS = set([
  'while', 'whereas', 'although', 'though', 'because', 'if', 'unless', 'whether', 'once', 'until',
  'as', 'since',
]);
/** Subordinators of a condition. */
export const CONDITIONALS = set(['if', 'unless', 'whether']);

export const RELATIVES = set(['who', 'which', 'whom', 'whose', 'where', 'that']);

// ── Reporting verbs ────────────────────────────────────────────────────────────────────────

/** Verbs that introduce reported speech or thought; the words after them are another clause. */
export const REPORTING = set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes',
  'announced', 'announces', 'reported', 'reports', 'claimed', 'claims', 'stressed', 'stresses',
  'emphasised', 'emphasized', 'underscored', 'underlined', 'believes', 'believed', 'thinks',
  'thought', 'hopes', 'hoped', 'insisted', 'argued', 'argues', 'confirmed', 'confirms', 'explained',
  'acknowledged', 'asserted', 'maintained', 'recalled', 'revealed', 'wrote', 'indicated', 'suggested',
  'reiterated', 'reaffirmed', 'feel', 'feels', 'know', 'knows', 'knew', 'expects', 'expected',
  'predicted', 'estimated', 'quoted', 'declared', 'observed', 'pointed', 'understood', 'learned',
  'saying', 'adding', 'noting', 'stressing',
]);

/** Verbs of saying and thinking whose bare complement may open with any noun phrase ("says dozens of people were killed"). */
export const SAY_VERBS = set([
  'said', 'says', 'say', 'saying', 'added', 'adds', 'adding', 'believes', 'believed', 'thinks', 'thought',
  'feels', 'feel', 'hopes', 'hoped', 'insisted', 'argued', 'argues', 'claimed', 'claims', 'knows', 'knew',
]);

/** Reporting verbs that take a bare clause ("said the two countries agreed", "said it will"). */
export const BARE_COMPLEMENT = set([...SAY_VERBS], ['reaffirmed', 'confirmed', 'stated', 'expects', 'reported', 'announced']);

/** Reporting verbs that come before their subject in an attribution (", said a spokesman"). */
export const INVERTED_REPORTING = set(['said', 'says', 'added', 'reported', 'noted', 'stated', 'wrote', 'explained', 'told']);

/** The commonest finite verbs of saying: a name right before them is who speaks. */
export const CORE_SAYING = set(['said', 'says', 'told', 'added', 'stated', 'announced', 'reported', 'claimed']);

/** Verbs that say whose a figure is ("estimated 200 died", "citing 40 deaths"), not what it counts. */
export const FIGURE_REPORTING = set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'adding', 'reported',
  'reports', 'reporting', 'estimated', 'estimates', 'noted', 'announced', 'stated', 'claimed', 'claims',
  'believes', 'believed', 'citing', 'cites', 'cited',
]);

/** Finite speech verbs of quotes: "X said", "said X", "X told Y" (forms, not stems; phrases allowed). */
export const FINITE_CUES = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asserted', 'asserts', 'stressed', 'stresses',
  'noted', 'remarked', 'explained', 'explains', 'declared', 'declares', 'stated', 'announced', 'announces',
  'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'claimed', 'observed', 'continued',
  'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'underlined', 'underscored', 'urged', 'urges',
  'described', 'describes', 'wrote', 'writes', 'tweeted', 'replied', 'responded', 'answered',
  'acknowledged', 'admitted', 'conceded', 'recalled', 'suggested', 'maintained', 'reiterated',
  'reaffirmed', 'confirmed', 'denied', 'complained', 'cautioned', 'asked', 'asks', 'quipped', 'vowed',
  'pledged', 'promised', 'predicted', 'assured', 'lamented', 'called', 'pointed out', 'went on',
  'cried', 'shouted', 'exclaimed', 'whispered', 'joked', 'boasted', 'alleged', 'accused', 'accuses',
  'condemned', 'condemns', 'criticised', 'criticized', 'criticises', 'criticizes', 'demanded', 'demands',
  'denounced', 'denounces', 'spoke', 'speaks', 'calls',
] as const;

/** Participles of speech whose subject is the clause's subject: ", adding that ...", "while saying". */
export const PARTICIPLE_CUES = [
  'saying', 'telling', 'adding', 'noting', 'stressing', 'insisting', 'warning', 'arguing', 'claiming',
  'explaining', 'describing', 'calling', 'asserting', 'emphasising', 'emphasizing', 'urging', 'asking',
  'declaring', 'stating', 'reiterating', 'acknowledging', 'recalling', 'underscoring', 'underlining',
  'accusing', 'condemning', 'criticising', 'criticizing', 'demanding',
] as const;

/**
 * Speech verbs that name an act but do not report a proposition: "condemned a blast killing
 * seven", "pledged $60 billion".
 */
export const NON_REPORTING_CUES = set([
  'condemned', 'condemns', 'condemning', 'accused', 'accuses', 'accusing', 'criticised', 'criticized',
  'criticises', 'criticizes', 'criticising', 'criticizing', 'described', 'describes', 'describing',
  'called', 'calling', 'demanded', 'demands', 'demanding', 'urged', 'urges', 'urging', 'asked', 'asks',
  'asking', 'pledged', 'promised', 'vowed', 'denied', 'reaffirmed', 'continued', 'went on', 'cried',
  'shouted', 'exclaimed', 'whispered', 'denounced', 'denounces', 'spoke', 'speaks', 'calls',
]);

// ── Time words ─────────────────────────────────────────────────────────────────────────────

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
] as const;
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
/** Parts of a day and calendar units that may stand bare in a time adjunct ("Tuesday morning", "last week"). */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year'] as const;

// ── Pronouns ───────────────────────────────────────────────────────────────────────────────

/** Personal pronouns that may be the subject of a reported clause ("said it will", "said they"). */
export const SUBJECT_PRONOUNS = set(['it', 'he', 'she', 'they', 'we', 'i']);

export const isPunct = (w: string): boolean => /^[^\p{L}\p{N}]+$/u.test(w);
export const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);
