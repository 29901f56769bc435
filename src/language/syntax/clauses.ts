/**
 * Cut a sentence into clauses so that an event takes its participants, place and date from
 * its own clause. Rules over closed word lists (no parser):
 * - ";" starts a new clause;
 * - a relative pronoun after a comma or a name ("Kakar, who received ...") opens a nested clause
 *   that ends at the next comma; its antecedent is the mention just before the pronoun; so does
 *   "that/which/who" between a common noun and a verb ("a helicopter that was captured");
 * - a subordinator ("while", "if", "because" ...) opens a clause; at the start of the sentence
 *   it ends at the next comma, elsewhere it runs on;
 * - "but", ", and", and "and" before an auxiliary start a sibling clause; "and is ..." / "and has
 *   ..." shares the subject of the clause before it;
 * - after a reporting verb ("said", "told") followed by a complement ("that ...", a name, a
 *   determiner), the complement is its own clause;
 * - a trailing attribution (", Thai military sources said today.", ", according to X.") is its
 *   own clause, so that the reporter is never a participant or the place of the events.
 */
import { mentionEndingAt, mentionStartingAt, type MentionRef, type SentenceView } from './sentence-view.js';
import { looksPast } from '../../extract/events/inflect.js';
import {
  AUXILIARIES,
  BARE_COMPLEMENT,
  CONDITIONALS as CONDITIONAL,
  DETERMINERS,
  INVERTED_REPORTING as INVERTED,
  RELATIVES,
  REPORTING,
  SAY_VERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  isCapitalized,
} from '../../language/syntax/lexicon.js';

export interface Clause {
  id: number;
  /** The subject comes from the mention before the relative pronoun (relative clauses). */
  antecedent: MentionRef | null;
  /** The clause shares the subject of this earlier clause ("... and is credited with"). */
  sharesSubjectWith: number | null;
  /** Opened by "if", "unless", "whether". */
  conditional: boolean;
  /** The complement of a reporting verb in this clause ("Russia said it will ..."). */
  reportedBy: number | null;
  /** A relative clause ("who received ...", "a helicopter that was captured"): background, not what the sentence reports. */
  relative: boolean;
  /** A reduced relative opened by a past participle ("refugees forced out of the camp"): passive in meaning. */
  participial?: boolean;
}

export interface ClauseMap {
  clauses: Clause[];
  /** Clause id of each word. */
  of: number[];
}


export function splitClauses(view: SentenceView): ClauseMap {
  const { words } = view;
  const clauses: Clause[] = [];
  const of: number[] = new Array<number>(words.length).fill(0);
  const open = (init: Partial<Clause> = {}): Clause => {
    const c: Clause = { id: clauses.length, antecedent: null, sharesSubjectWith: null, conditional: false, reportedBy: null, relative: false, ...init };
    clauses.push(c);
    return c;
  };
  const endingAt = (i: number): MentionRef | null => mentionEndingAt(view, i) ?? null;

  let cur = open();
  const stack: { clause: Clause; closeAtComma: boolean }[] = [];
  let closeAtComma = false;
  const attribution = attributionStart(view);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.lower;
    const prev = words[i - 1];
    if (i === attribution) {
      // ", western diplomatic sources in neighboring Pakistan said today.": who reports the
      // sentence, not a party to its events.
      stack.length = 0;
      closeAtComma = false;
      cur = open();
      of[i] = cur.id;
      continue;
    }
    if (lower === ';') {
      of[i] = cur.id;
      stack.length = 0;
      closeAtComma = false;
      cur = open();
      continue;
    }
    if (lower === ',' && closeAtComma) {
      of[i] = cur.id;
      const back = stack.pop();
      if (back) {
        cur = back.clause;
        closeAtComma = back.closeAtComma;
      } else {
        cur = open();
        closeAtComma = false;
      }
      continue;
    }
    if (RELATIVES.has(lower) && i > 0) {
      const commaBefore = prev?.text === ',';
      const ante = endingAt(commaBefore ? i - 2 : i - 1);
      // "a helicopter that was captured", "an agreement that stops the conflict": "that" after a
      // common noun and before a verb.
      const nounRelative =
        ((lower === 'that' || lower === 'which' || lower === 'who') && prev?.pos === 'NOUN' && (words[i + 1]?.pos === 'VERB' || words[i + 1]?.pos === 'AUX')) ||
        // "the prison where a riot broke out": "where" after a common noun opens a clause about the place.
        (lower === 'where' && prev?.pos === 'NOUN' && mentionEndingAt(view, i - 1) === undefined);
      // "that" is only a relative pronoun right after a name; "where"/"which"/"who" after a comma or name.
      if (((lower !== 'that' || ante) && (commaBefore || ante)) || nounRelative) {
        stack.push({ clause: cur, closeAtComma });
        cur = open({ antecedent: ante, relative: true });
        closeAtComma = commaBefore;
        of[i] = cur.id;
        continue;
      }
    }
    // "most workers ordered out of the country", "a ship seized by the navy": a past participle
    // right after a noun, once the clause has its own finite verb, opens a reduced relative clause.
    if (reducedRelativeAt(view, i, clauseHasVerb(view, of, cur.id, i))) {
      stack.push({ clause: cur, closeAtComma });
      cur = open({ antecedent: endingAt(i - 1), relative: true, participial: true });
      closeAtComma = true;
      of[i] = cur.id;
      continue;
    }
    // Right after an auxiliary ("has once again rejected") or before "again"/"more", the word is
    // an adverb, not a subordinator.
    const adverbial = AUXILIARIES.has(prev?.lower ?? '') || ['again', 'more'].includes(words[i + 1]?.lower ?? '');
    if (SUBORDINATORS.has(lower) && !adverbial && (lower !== 'as' || prev?.text === ',') && (lower !== 'since' || prev?.text === ',' || i === 0)) {
      if (i === 0) {
        stack.push({ clause: cur, closeAtComma });
        cur = open({ conditional: CONDITIONAL.has(lower) });
        closeAtComma = true;
      } else {
        cur = open({ conditional: CONDITIONAL.has(lower) });
        closeAtComma = false;
      }
      of[i] = cur.id;
      continue;
    }
    if (lower === 'but' || (lower === 'and' && prev?.text === ',') || (lower === 'and' && AUXILIARIES.has(words[i + 1]?.lower ?? ''))) {
      const next = words[i + 1]?.lower ?? '';
      const before = cur.id;
      of[i] = cur.id;
      if (lower === 'and' && prev?.text === ',' && !AUXILIARIES.has(next) && mentionStartingAt(view, i + 1) !== undefined && !startsClause(view, i + 1)) {
        // ", and Y" in a list of names: not a clause.
        continue;
      }
      // "X said the plan was sound, and urged ...": after a comma, a verb that goes on from a
      // reported complement goes on from the reporting clause, whose subject it shares.
      const fromReporter = lower === 'and' && prev?.text === ',' && words[i + 1]?.pos === 'VERB' && cur.reportedBy !== null;
      cur = open({ sharesSubjectWith: fromReporter ? cur.reportedBy : AUXILIARIES.has(next) || (words[i + 1]?.pos === 'VERB') ? before : null });
      closeAtComma = false;
      continue;
    }
    of[i] = cur.id;
    if (REPORTING.has(lower)) {
      // Skip a date or place adjunct right after the verb ("said Wednesday that", "said here on
      // Tuesday that").
      let j = i + 1;
      while (j < words.length && j <= i + 5 && ((view.timexAt[j] ?? -1) >= 0 || (SAID_ADJUNCT.has(words[j]!.lower) && (view.timexAt[j + 1] ?? -1) >= 0) || words[j]!.lower === 'here')) j++;
      const next = words[j];
      if (next === undefined) continue;
      if (next.lower === 'that' || next.lower === ',' ) {
        for (let k = i + 1; k <= j; k++) of[k] = cur.id;
        i = j;
        cur = open({ reportedBy: cur.id });
        closeAtComma = false;
        continue;
      }
      if (BARE_COMPLEMENT.has(lower) && (DETERMINERS.has(next.lower) || isCapitalized(next.text) || SUBJECT_PRONOUNS.has(next.lower) || next.lower === 'both' || nounPhraseStart(view, j, lower))) {
        for (let k = i + 1; k < j; k++) of[k] = cur.id;
        i = j - 1;
        cur = open({ reportedBy: cur.id });
        closeAtComma = false;
      }
    }
  }
  return { clauses, of };
}

/** Quantifiers that open a noun phrase ("says dozens of", "said most residents", "said at least five"). */
const QUANTIFIERS = /^(\d[\d,.]*|dozens|hundreds|thousands|millions|scores|many|most|some|several|few|at|more|up|nearly|about|around|over|two-thirds|one-third|half|none)$/;

/**
 * "The Red Cross says dozens of people ...", "Officials say al-Qaida militants ambushed ...": a
 * verb of saying followed by a noun phrase that is not a determiner or a capitalised name opens
 * its complement there too (a quantity, a plural noun, a name written in lower case).
 */
function nounPhraseStart(view: SentenceView, j: number, verb: string): boolean {
  if (!SAY_VERBS.has(verb)) return false;
  const w = view.words[j]!;
  if (QUANTIFIERS.test(w.lower)) return true;
  if (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM' || w.pos === 'ADJ') return true;
  return (view.mentionAt[j] ?? -1) >= 0;
}

/** Words that may follow a participle opening a reduced relative ("ordered out of", "seized by", "held in"). */
const AFTER_PARTICIPLE = new Set(['by', 'out', 'in', 'into', 'to', 'from', 'on', 'at', 'during', 'near', 'for', 'as', 'since', 'under', 'with', 'over', 'off', 'last', 'earlier', 'before', 'after']);

/** Has clause `id` a finite verb among words [0, i) ? */
function clauseHasVerb(view: SentenceView, of: readonly number[], id: number, i: number): boolean {
  for (let k = 0; k < i; k++) if (of[k] === id && view.words[k]!.pos === 'VERB' && (view.mentionAt[k] ?? -1) < 0) return true;
  return false;
}

/** Does a reduced relative clause start at word i: noun + past participle (+ by/out/in ...), after the clause's own verb? */
function reducedRelativeAt(view: SentenceView, i: number, clauseHasVerb: boolean): boolean {
  if (!clauseHasVerb || i === 0) return false;
  const w = view.words[i]!;
  const prev = view.words[i - 1]!;
  const next = view.words[i + 1];
  if (w.pos !== 'VERB' || !looksPast(w.lower) || (view.mentionAt[i] ?? -1) >= 0 || REPORTING.has(w.lower)) return false;
  const nounBefore = prev.pos === 'NOUN' || prev.pos === 'PROPN' || (view.mentionAt[i - 1] ?? -1) >= 0;
  if (!nounBefore || AUXILIARIES.has(prev.lower)) return false;
  return next !== undefined && AFTER_PARTICIPLE.has(next.lower);
}

/** Longest trailing attribution, in words. */
const MAX_ATTRIBUTION = 16;

/**
 * The comma that opens a trailing attribution ("..., Thai military sources said today.",
 * "..., said a spokesperson for the prime minister.", "..., according to the Canadian Press."),
 * or -1: the last comma, followed by at most MAX_ATTRIBUTION words up to the end of the sentence
 * that hold a finite reporting verb or "according to" and no other comma. A participle ("...,
 * saying he must resign") carries content of its own and is not an attribution.
 */
export function attributionStart(view: SentenceView): number {
  const { words } = view;
  let end = words.length;
  while (end > 0 && /^[.!?"'”’`)\]}]+$/.test(words[end - 1]!.text)) end--;
  let comma = -1;
  for (let i = end - 1; i >= Math.max(0, end - MAX_ATTRIBUTION - 1); i--) {
    if (words[i]!.text === ',') {
      comma = i;
      break;
    }
    if (words[i]!.text === ';' || words[i]!.text === ':') return -1;
  }
  if (comma <= 0) return -1;
  if (words[comma + 1]?.lower === 'according' && words[comma + 2]?.lower === 'to') return comma;
  for (let i = comma + 1; i < end; i++) {
    const w = words[i]!.lower;
    if (!REPORTING.has(w) || w.endsWith('ing')) continue;
    // "..., said a spokesperson for the prime minister.": a name or noun phrase to the end.
    if (i === comma + 1) {
      const next = words[i + 1];
      const reporter = next !== undefined && INVERTED.has(w) && (DETERMINERS.has(next.lower) || isCapitalized(next.text));
      return reporter && words.slice(i + 1, end).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX' && x.lower !== 'that') ? comma : -1;
    }
    // "..., police said on Tuesday.": nothing after the verb but when and where it was said.
    for (let k = i + 1; k < end; k++) if ((view.timexAt[k] ?? -1) < 0 && !ATTRIBUTION_TAIL.has(words[k]!.lower)) return -1;
    return comma;
  }
  return -1;
}

/** Prepositions of a time adjunct after a reporting verb ("said on Tuesday that"). */
const SAID_ADJUNCT = new Set(['on', 'in', 'at', 'late', 'earlier', 'this', 'last']);

/** Words that may follow the verb of a trailing attribution ("said here on Tuesday in a statement"). */
const ATTRIBUTION_TAIL = new Set([
  'here', 'today', 'yesterday', 'tonight', 'on', 'in', 'at', 'late', 'earlier', 'later', 'this',
  'last', 'week', 'month', 'year', 'morning', 'evening', 'night', 'afternoon', 'a', 'an', 'the',
  'statement', 'report', 'interview', 'briefing', 'communique', 'communiqué', 'conference', 'news',
  'press', 'told', 'reporters', 'journalists', 'agency', 'quoted', 'as', 'saying',
]);

/** A name followed by a verb-like word: the start of a clause ("..., and Pakistan rejected"). */
function startsClause(view: SentenceView, i: number): boolean {
  const m = mentionStartingAt(view, i);
  if (!m) return false;
  const next = view.words[m.last + 1];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || AUXILIARIES.has(next.lower));
}

/** Word indices of a clause, in order. */
export function clauseWords(map: ClauseMap, id: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < map.of.length; i++) if (map.of[i] === id) out.push(i);
  return out;
}
