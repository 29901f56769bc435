/**
 * Who did what to whom, from the words around a trigger in its own clause:
 * - active verb: the subject (the nearest name before the verb that is not inside a
 *   prepositional phrase) is the source; the object, or "with / to / against / on X", the target;
 * - passive ("was accused by X"): the subject is the target, the "by" agent the source;
 * - inverse verbs ("received a call from X", "hosted X"): the subject is the target (host),
 *   the object or "from X" the source (the visitor or caller), as the PLOVER codebook says;
 * - nouns ("Lavrov's visit to Pakistan", "talks between X and Y", "a shipment from Moscow");
 * - coordinated subjects of a symmetric event with no object ("X and Y agreed") are
 *   participants.
 *
 * A country named right before a person's title ("Russian President Vladimir Putin", "Russia's
 * Foreign Minister Sergey Lavrov") qualifies the person: the person is the participant and the
 * country is not added (actorCountry() recovers it). A country is a participant only when it
 * acts itself ("Russia supplied ...").
 */
import type { Article, EventParticipant } from '../../core/types.js';
import type { Clause, ClauseMap } from '../../language/syntax/clauses.js';
import { getGazetteer } from '../../language/entities/gazetteer.js';
import { looksPast } from './inflect.js';
import type { TriggerMatch } from './match.js';
import { mentionEndingAt, mentionOfWord, mentionsIn, type MentionRef, type SentenceView } from '../../language/syntax/sentence-view.js';
import { ACTOR_HEADS, PAIR_NOUNS as PAIR_NOUN_SET, TITLE_WORDS } from './words.js';
import {
  ADVERBS,
  AUXILIARIES as AUXILIARIES_SET,
  BE_FORMS,
  CORE_SAYING,
  DETERMINERS,
  NEGATIONS,
  PLACE_PREPOSITIONS as PLACE_PREPS,
  PREPOSITIONS,
  isCapitalized,
  isPunct,
} from '../../language/syntax/lexicon.js';

export interface RoleResult {
  participants: EventParticipant[];
  location: number;
}

/** Kinds where "X and Y <verb>" with no object means they did it together. */
const SYMMETRIC = new Set(['meet', 'call', 'agree', 'sign', 'cooperate', 'fight', 'support']);
const TARGET_PREPS = new Set(['with', 'to', 'against', 'on', 'upon', 'into', 'toward', 'towards']);
/** Nouns that name a person by relation, before an apposition ("his counterpart, X"). */
const APPOSITION_HEADS = new Set(['counterpart', 'counterparts', 'colleague', 'host', 'guest', 'rival', 'successor', 'predecessor', 'ally', 'deputy', 'aide', 'adviser', 'advisor', 'envoy']);
/** Kinds whose recipient is for goods or help: "aid for Romania". */
const FOR_KINDS = new Set(['supply', 'aid', 'offer', 'cooperate']);
/** Kinds whose "from X" is the place or party left ("withdraw troops from Lebanon"): the target. */
const FROM_TARGET_KINDS = new Set(['withdraw', 'concede', 'sanction']);
/** Kinds whose noun takes its target as "of X" ("the invasion of Lebanon", "the arrest of X"). */
const OF_TARGET_KINDS = new Set(['attack', 'fight', 'coerce', 'sanction']);
/** Kinds where "from X" after an object is the origin of what is given, not a party acted on. */
const GIVING_KINDS = new Set(['supply', 'aid', 'offer', 'visit', 'travel', 'release']);
/** Kinds whose target is an addressee, never the place where it was said. */
export const VERBAL_KINDS: ReadonlySet<string> = new Set(['meet', 'call', 'agree', 'offer', 'support', 'sign', 'demand', 'condemn', 'accuse', 'reject', 'threaten']);
/** "the town of Samarra", "the Iraqi city of Basra": a place named after its kind. */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'province', 'region', 'district', 'capital', 'port', 'state', 'county', 'enclave', 'camp']);
const RECEIVE_VERBS = /^(receiv|get|got|gets|obtain|accept|took|take|welcom|import)/;
/** Entity types that can act; 'other' covers groups the entity stage could not type ("Bosnian Serbs"). */
const ACTOR_TYPES = new Set(['person', 'country', 'organization', 'place', 'other']);

interface Ctx {
  article: Article;
  view: SentenceView;
  clauses: ClauseMap;
  clause: Clause;
  trigger: TriggerMatch;
}

/** How far (in words) from a trigger its participants, place and subject are looked for. */
const WINDOW = 40;

/** Mentions of the trigger's clause after `m` (a window, for coordination). */
function clauseMentionsAfter(ctx: Ctx, m: MentionRef): MentionRef[] {
  return mentionsIn(ctx.view, m.first, m.last + WINDOW).filter((x) => inClause(ctx, x));
}

/** Is the mention inside the trigger's clause? Nested clauses inside it do not count. */
function inClause(ctx: Ctx, m: MentionRef): boolean {
  return ctx.clauses.of[m.first] === ctx.clause.id;
}

/** `compute(view, m)` remembered per mention (a mention belongs to one sentence view). */
function perMention<T>(compute: (view: SentenceView, m: MentionRef) => T): (view: SentenceView, m: MentionRef) => T {
  const cache = new WeakMap<MentionRef, T>();
  return (view, m) => {
    if (cache.has(m)) return cache.get(m) as T;
    const v = compute(view, m);
    cache.set(m, v);
    return v;
  };
}

/** First word of the noun phrase a mention heads: walks left over titles, determiners, names. */
export const npStart = perMention(computeNpStart);

function computeNpStart(view: SentenceView, m: MentionRef): number {
  let i = m.first;
  while (i > 0) {
    const w = view.words[i - 1]!;
    const lower = w.lower;
    const covering = mentionOfWord(view, i - 1);
    const inOtherMention = covering !== undefined && covering !== m;
    if (lower === "'s" || lower === '-' || DETERMINERS.has(lower) || TITLE_WORDS.has(lower) || inOtherMention) {
      if (lower === 'of' && !(i - 2 >= 0 && (TITLE_WORDS.has(view.words[i - 2]!.lower) || ACTOR_HEADS.has(view.words[i - 2]!.lower)))) break;
      i--;
      continue;
    }
    // Adjectives and numbers; a lowercase hyphenated compound is an adjective too, whatever the
    // tagger says ("war-torn Mozambique", "oil-rich Gulf states").
    if ((w.pos === 'ADJ' || w.pos === 'NUM' || /^\p{Ll}+-\p{Ll}+$/u.test(w.text)) && !PREPOSITIONS.has(lower)) {
      i--;
      continue;
    }
    if (isCapitalized(w.text) && !isPunct(w.text) && i - 1 > 0 && !PREPOSITIONS.has(lower)) {
      i--;
      continue;
    }
    break;
  }
  return i;
}

const topGoverningPrep = perMention((view, m) => computeGoverningPrep(view, m, 0));

/** The preposition that governs a mention's noun phrase, or null. */
function governingPrep(view: SentenceView, m: MentionRef, depth = 0): string | null {
  return depth === 0 ? topGoverningPrep(view, m) : computeGoverningPrep(view, m, depth);
}

function computeGoverningPrep(view: SentenceView, m: MentionRef, depth: number): string | null {
  const s = npStart(view, m);
  const prev = view.words[s - 1]?.lower;
  // "Up to 100 ethnic Albanians", "about 200 supporters", "more than 1,000 Palestinian refugees": a
  // quantity, not a preposition ("against 28 Chilean officials" keeps its preposition).
  if (prev !== undefined && isQuantityWord(view, s - 1) && view.words[s]?.pos === 'NUM' && s < m.first) return null;
  if (prev !== undefined && PREPOSITIONS.has(prev)) return prev;
  // "with his Pakistani counterpart, Shah Mehmood Qureshi": an apposition shares the
  // preposition of the title before it.
  if (prev === ',' && depth < 4) {
    let j = s - 2;
    let titled = false;
    while (j >= 0) {
      const w = view.words[j]!.lower;
      const cov = mentionOfWord(view, j);
      const inMention = cov !== undefined && isQualifier(view, cov);
      if (TITLE_WORDS.has(w) || ACTOR_HEADS.has(w) || DETERMINERS.has(w) || inMention || APPOSITION_HEADS.has(w)) {
        if (TITLE_WORDS.has(w) || ACTOR_HEADS.has(w) || APPOSITION_HEADS.has(w)) titled = true;
        j--;
        continue;
      }
      break;
    }
    const p = view.words[j]?.lower;
    if (titled && j < s - 2 && p !== undefined && PREPOSITIONS.has(p)) return p;
  }
  // "between Russia and Pakistan": the second conjunct shares the preposition of the first.
  if ((prev === 'and' || prev === 'or') && depth < 4) {
    const before = mentionEndingAt(view, s - 2);
    if (before) return governingPrep(view, before, depth + 1);
  }
  return null;
}

/**
 * Is word i the end of a quantity phrase before a number: "up to", "more/fewer/less than",
 * "about", "around", "nearly", "some", "over", "at least"?
 */
function isQuantityWord(view: SentenceView, i: number): boolean {
  const w = view.words[i]?.lower;
  const before = view.words[i - 1]?.lower;
  if (w === 'to') return before === 'up';
  if (w === 'than') return before === 'more' || before === 'fewer' || before === 'less';
  if (w === 'least' || w === 'most') return before === 'at';
  return w === 'about' || w === 'around' || w === 'nearly' || w === 'almost' || w === 'some' || w === 'over' || w === 'approximately' || w === 'roughly';
}

/** Number of words of a quantity phrase ending at word i ("more than" = 2, "about" = 1), else 0. */
function quantityLength(view: SentenceView, i: number): number {
  if (!isQuantityWord(view, i)) return 0;
  return ['to', 'than', 'least', 'most'].includes(view.words[i]!.lower) ? 2 : 1;
}

/** "with Islamabad receiving ...": a name after "with" that is the subject of a gerund. */
function absoluteSubject(view: SentenceView, m: MentionRef): boolean {
  return governingPrep(view, m) === 'with' && /ing$/.test(view.words[m.last + 1]?.lower ?? '');
}

/** Words before an object that let it control an infinitive ("invited X to visit", "urged X to"). */
const OBJECT_CONTROL = /^(invit|urg|ask|call|allow|forc|permit|encourag|persuad|press|told|tell|order|request|want|help|enabl|prompt|compel|authori[sz]|appeal|pressur)/;

/**
 * A country, place or demonym that only qualifies the person named right after it:
 * "Russian President Vladimir Putin", "Russia's Foreign Minister Sergey Lavrov",
 * "Pakistani counterpart Shah Mehmood Qureshi".
 */
export const isQualifier = perMention(computeIsQualifier);

function computeIsQualifier(view: SentenceView, m: MentionRef): boolean {
  if (m.mention.type === 'person') return false;
  let next: MentionRef | undefined;
  for (let i = m.last + 1; i <= m.last + 7 && i < view.words.length && !next; i++) {
    const x = mentionOfWord(view, i);
    if (x && x.first === i && x.mention.type === 'person') next = x;
  }
  if (!next) return false;
  for (let k = m.last + 1; k < next.first; k++) {
    const w = view.words[k]!;
    if (w.lower === "'s" || w.lower === '-' || TITLE_WORDS.has(w.lower) || isCapitalized(w.text)) continue;
    if (['counterpart', 'counterparts', 'colleague', 'opposite', 'number'].includes(w.lower)) continue;
    // "his Pakistani counterpart, Shah Mehmood Qureshi": an apposition right before the name.
    if (w.text === ',' && k === next.first - 1 && k > m.last + 1) continue;
    return false;
  }
  return !isPunct(view.words[m.last + 1]?.text ?? ',') || view.words[m.last + 1]?.lower === "'s";
}

function isActor(m: MentionRef): boolean {
  return ACTOR_TYPES.has(m.mention.type);
}

/** Mentions coordinated with `head` to its left ("X and Y", "X, Y and Z"), head included. */
function coordinatedLeft(ctx: Ctx, head: MentionRef, pool: readonly MentionRef[]): MentionRef[] {
  const out = [head];
  let cur = head;
  let sawAnd = false;
  for (;;) {
    const start = npStart(ctx.view, cur);
    const prev = [...pool].reverse().find((x) => x.last < start && !isQualifier(ctx.view, x));
    if (!prev) break;
    const between = ctx.view.words.slice(prev.last + 1, start).map((w) => w.lower);
    const joined = between.join(' ');
    if (joined === 'and' || joined === 'and the' || joined === '&') sawAnd = true;
    else if (!(joined === ',' && sawAnd)) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/** Mentions coordinated with `head` to its right ("X and Y", "X, Y and Z"; not "X, Y"). */
function coordinatedRight(ctx: Ctx, head: MentionRef, pool: readonly MentionRef[]): MentionRef[] {
  const out = [head];
  let confirmed = 1;
  let cur = head;
  for (;;) {
    const next = pool.find((x) => x.first > cur.last && !isQualifier(ctx.view, x));
    if (!next) break;
    const start = npStart(ctx.view, next);
    const between = ctx.view.words.slice(cur.last + 1, start).map((w) => w.lower);
    const joined = between.join(' ');
    if (joined !== 'and' && joined !== ',' && joined !== ', and' && joined !== '&') break;
    out.push(next);
    cur = next;
    if (joined !== ',') confirmed = out.length;
  }
  // A list joined by commas only is not a coordination ("with Putin, Kakar met ...").
  return out.slice(0, confirmed);
}

/** Candidate subject mentions: in the clause, before `before`, not in a prepositional phrase. */
function subjectCandidates(ctx: Ctx, before: number): MentionRef[] {
  return mentionsIn(ctx.view, before - WINDOW, before - 1).filter((m) => {
    if (m.last >= before || !inClause(ctx, m) || !isActor(m) || isQualifier(ctx.view, m)) return false;
    if (inReducedRelative(ctx.view, m)) return false;
    const prep = governingPrep(ctx.view, m);
    return prep === null || absoluteSubject(ctx.view, m);
  });
}

/**
 * "Pakistan, a key U.S. ally in the war against terrorism, has refused": the word where an
 * apposition (", a/an/the ... ,") right before the verb begins, or -1. Names inside it are not
 * the subject.
 */
function appositionStart(ctx: Ctx, before: number): number {
  const { words } = ctx.view;
  let k = before - 1;
  // Back over auxiliaries, adverbs and a governing verb ("has refused to [deploy]").
  while (k >= 0 && (AUXILIARIES_SET.has(words[k]!.lower) || ADVERBS.has(words[k]!.lower) || NEGATIONS.has(words[k]!.lower) || words[k]!.lower === 'to' || (words[k]!.pos === 'VERB' && words[k + 1]?.lower === 'to'))) k--;
  if (words[k]?.text !== ',') return -1;
  for (let j = k - 1; j >= Math.max(1, k - 20); j--) {
    const w = words[j]!;
    if (w.text === ';' || ctx.clauses.of[j] !== ctx.clause.id) return -1;
    if (w.text !== ',') continue;
    const det = words[j + 1]?.lower;
    return (det === 'a' || det === 'an' || det === 'the') && mentionEndingAt(ctx.view, j - 1) !== undefined ? j : -1;
  }
  return -1;
}

/** The subject group of a clause before word `before`. */
function subjectBefore(ctx: Ctx, before: number): MentionRef[] {
  let cands = subjectCandidates(ctx, before);
  const appo = appositionStart(ctx, before);
  if (appo >= 0) cands = cands.filter((m) => m.last < appo);
  // A name right after another verb is that verb's object ("Kakar calling Pakistan an ...,
  // invited"): prefer a name that is not.
  const notObjects = cands.filter((m) => ctx.view.words[npStart(ctx.view, m) - 1]?.pos !== 'VERB');
  if (notObjects.length > 0) cands = notObjects;
  const head = cands[cands.length - 1];
  if (head) return coordinatedLeft(ctx, head, cands);
  // "Rebels in the Ivory Coast blocked ...", "Opposition groups in Zimbabwe are demanding": an
  // unnamed group qualified by a place stands for that place's actors.
  const placed = placedGroupSubject(ctx, before);
  if (placed) {
    PLACED_GROUPS.add(placed);
    return [placed];
  }
  // "Kakar, who received ..." / "... and is credited with": the subject is outside the clause.
  if (ctx.clause.antecedent) return [ctx.clause.antecedent];
  const shared = ctx.clause.sharesSubjectWith ?? ctx.clause.reportedBy;
  if (shared !== null && (ctx.clause.sharesSubjectWith !== null || pronounSubject(ctx, before))) {
    const other: Ctx = { ...ctx, clause: ctx.clauses.clauses[shared]! };
    const cands2 = mentionsIn(ctx.view, before - 2 * WINDOW, before + WINDOW).filter(
      (m) => inClause(other, m) && isActor(m) && !isQualifier(ctx.view, m) && governingPrep(ctx.view, m) === null,
    );
    const h = cands2[0];
    if (h) return coordinatedRight(other, h, cands2);
  }
  return [];
}

/** Is this name a national capital (the gazetteer's capitals of world-countries)? */
function isCapital(name: string): boolean {
  return getGazetteer().entries.get(name)?.kind === 'capital';
}

/** Mentions that stand for an unnamed group of the place ("Demonstrators in Baghdad"): the one place an actor may be. */
const PLACED_GROUPS = new WeakSet<MentionRef>();

function placedGroupSubject(ctx: Ctx, before: number): MentionRef | null {
  const { words } = ctx.view;
  const first = ctx.clauses.of.indexOf(ctx.clause.id);
  if (first < 0) return null;
  const inTimex = (i: number): boolean => (ctx.view.timexAt[i] ?? -1) >= 0;
  for (const m of mentionsIn(ctx.view, first, Math.min(before - 1, first + 8))) {
    if (m.first >= before || !inClause(ctx, m) || m.first > first + 8) continue;
    const type = m.mention.type;
    if (type !== 'country' && type !== 'place' && !ctx.article.entities[m.mention.entity]?.country) continue;
    const s = npStart(ctx.view, m);
    const prep = words[s - 1]?.lower;
    if (prep !== 'in' && prep !== 'of' && prep !== 'from' && prep !== 'throughout' && prep !== 'across') continue;
    let ok = s - 1 > first;
    for (let i = first; i < s - 1 && ok; i++) {
      const w = words[i]!;
      if (isPunct(w.text) || w.pos === 'VERB' || w.pos === 'AUX' || mentionOfWord(ctx.view, i) !== undefined) ok = false;
    }
    // Only a time adjunct, auxiliaries and adverbs may stand between the group and the verb; for
    // a noun trigger, also the light verb that governs it and the noun's modifiers ("students
    // throughout Indonesia staged mass demonstrations", "parties in Nepal have organized a
    // general strike").
    let lightVerb = ctx.trigger.verbal;
    for (let i = m.last + 1; i < before && ok; i++) {
      const w = words[i]!;
      if (ADVERBS.has(w.lower) || AUXILIARIES_SET.has(w.lower) || inTimex(i) || /^(on|in|at|this|last)$/.test(w.lower)) continue;
      if (!lightVerb && w.pos === 'VERB') {
        lightVerb = true;
        continue;
      }
      const modifier = lightVerb && !ctx.trigger.verbal && !isPunct(w.text) && !PREPOSITIONS.has(w.lower) && mentionOfWord(ctx.view, i) === undefined && w.pos !== 'VERB';
      if (!modifier) ok = false;
    }
    if (ok) return m;
  }
  return null;
}

/** "..., killing one person", "..., suspending parts of the constitution": a participle after a comma. */
function isParticipleAdjunct(ctx: Ctx): boolean {
  const { words } = ctx.view;
  const head = words[ctx.trigger.headWord]!.lower;
  const prev = words[ctx.trigger.first - 1]?.lower;
  return /ing$/.test(head) && (prev === ',' || ((prev === 'and' || prev === 'or') && words[ctx.trigger.first - 2]?.text === ','));
}

/**
 * The subject of the sentence's main clause (the names before its first verb), which a
 * participle adjunct shares ("Egyptian police opened fire ..., killing one person").
 */
function mainClauseSubject(ctx: Ctx): MentionRef[] {
  const { words } = ctx.view;
  const main = ctx.clauses.clauses[ctx.clauses.of[0] ?? 0];
  if (!main || main.id === ctx.clause.id) return [];
  let verb = -1;
  for (let i = 0; i < ctx.trigger.first; i++) {
    if (ctx.clauses.of[i] === main.id && (words[i]!.pos === 'VERB' || words[i]!.pos === 'AUX')) {
      verb = i;
      break;
    }
  }
  // "Zardari condemned a blast that ripped through a restaurant, killing seven": the participle
  // continues what the object did, not what the subject of a talking verb did.
  if (verb < 0 || ABOUT_VERBS.test(words[verb]!.lower) || CORE_SAYING.has(words[verb]!.lower)) return [];
  return subjectBefore({ ...ctx, clause: main }, verb);
}

/** Does the clause start with a pronoun subject ("it will", "he said") before `before`? */
function pronounSubject(ctx: Ctx, before: number): boolean {
  for (let i = 0; i < before; i++) {
    if (ctx.clauses.of[i] !== ctx.clause.id) continue;
    return ['it', 'he', 'she', 'they', 'we'].includes(ctx.view.words[i]!.lower);
  }
  return false;
}

/** Participles that after "be" describe the subject's own stance ("Israel is opposed to ..."). */
const STANCE_PARTICIPLES = new Set(['opposed', 'committed', 'determined', 'prepared', 'resolved', 'dedicated', 'devoted', 'inclined', 'disposed']);

/** "was accused", "has been attacked", "were not invited": a passive trigger. */
function isPassive(ctx: Ctx): boolean {
  const { words } = ctx.view;
  const head = words[ctx.trigger.headWord]!;
  if (STANCE_PARTICIPLES.has(head.lower)) return false;
  // "refugees forced out of the camp": the participle opening a reduced relative is passive.
  if (ctx.clause.participial && ctx.clauses.of.indexOf(ctx.clause.id) === ctx.trigger.first) return true;
  if (!looksPast(head.lower) && !/(en|wn|ne|ht|ck|et)$/.test(head.lower)) return false;
  let k = ctx.trigger.first - 1;
  while (k >= 0 && (ADVERBS.has(words[k]!.lower) || NEGATIONS.has(words[k]!.lower))) k--;
  return k >= 0 && BE_FORMS.has(words[k]!.lower) && !(words[k]!.lower === "'s" && words[k - 1] !== undefined && isCapitalized(words[k - 1]!.text));
}

/** Mentions after the trigger in the clause governed by one of `preps` (or none: a direct object). */
function after(ctx: Ctx, preps: ReadonlySet<string> | null, direct: boolean, limit = 14): MentionRef[] {
  const out: MentionRef[] = [];
  for (const m of mentionsIn(ctx.view, ctx.trigger.last + 1, ctx.trigger.last + limit)) {
    if (m.first <= ctx.trigger.last || m.first > ctx.trigger.last + limit || !inClause(ctx, m) || !isActor(m)) continue;
    if (isQualifier(ctx.view, m)) continue;
    const start = npStart(ctx.view, m);
    const prep = governingPrep(ctx.view, m);
    if (direct && start === ctx.trigger.last + 1) out.push(m);
    else if (direct && prep === null && start > ctx.trigger.last + 1 && directWithin(ctx, start)) out.push(m);
    // "agreed to resign without returning to Kyrgyzstan": a phrase after a gerund adjunct is the
    // gerund's.
    else if (prep !== null && preps?.has(prep) && !gerundAdjunctBetween(ctx.view, ctx.trigger.last + 1, start)) out.push(m);
  }
  return out;
}

/** "without returning", "after meeting", "before leaving" among words from..to-1. */
function gerundAdjunctBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    if (/^(without|after|before|by|while|instead|since|despite)$/.test(view.words[i]!.lower) && /ing$/.test(view.words[i + 1]!.lower)) return true;
  }
  return false;
}

/**
 * Only determiners, adjectives or numbers between the trigger and a direct object; a time
 * expression ("forced out on Wednesday more than 1,000 refugees") and a quantity phrase before a
 * number ("arrested more than 100 Palestinians", "kidnapped up to 16 Russian advisers") are
 * skipped.
 */
function directWithin(ctx: Ctx, start: number): boolean {
  const { view } = ctx;
  let end = start;
  if (view.words[start]?.pos === 'NUM') end -= quantityLength(view, start - 1);
  const between: number[] = [];
  for (let i = ctx.trigger.last + 1; i < end; i++) if ((view.timexAt[i] ?? -1) < 0) between.push(i);
  // "on" / "in" introducing a skipped time expression.
  const kept = between.filter((i) => !(PREPOSITIONS.has(view.words[i]!.lower) && (view.timexAt[i + 1] ?? -1) >= 0));
  return kept.length <= 3 && kept.every((i) => {
    const w = view.words[i]!;
    return !isPunct(w.text) && !PREPOSITIONS.has(w.lower) && w.pos !== 'VERB';
  });
}

function prepMentions(ctx: Ctx, prep: string, limit = 10): MentionRef[] {
  return after(ctx, new Set([prep]), false, limit);
}

/**
 * "two leaders of a group linked to X", "militants based in Y": a name after a participle and its
 * preposition describes the noun before the participle; it is not the clause's subject.
 */
function inReducedRelative(view: SentenceView, m: MentionRef): boolean {
  const { words } = view;
  let k = npStart(view, m) - 1;
  // "linked to wanted smuggler X": a title and a participle used as an adjective before the name.
  for (let steps = 0; steps < 3 && k > 0 && !PREPOSITIONS.has(words[k]!.lower); steps++) {
    const w = words[k]!;
    if (w.pos === 'NOUN' || w.pos === 'ADJ' || (w.pos === 'VERB' && looksPast(w.lower))) k--;
    else break;
  }
  const prep = words[k];
  const participle = words[k - 1];
  if (!prep || !participle || !PREPOSITIONS.has(prep.lower) || prep.lower === 'by') return false;
  if (participle.pos !== 'VERB' || !looksPast(participle.lower) || mentionOfWord(view, k - 1) !== undefined) return false;
  const before = words[k - 2];
  // The participle follows the noun it describes (not an auxiliary: "was linked to X").
  return before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN' || mentionOfWord(view, k - 2) !== undefined) && !AUXILIARIES_SET.has(before.lower);
}

/**
 * The name in apposition (syntax layer) to a common noun phrase that starts at word `from` or later
 * and ends by word `to`, in the trigger's clause: "the leader of the party, Ana Ruiz".
 */
function appositiveName(ctx: Ctx, from: number, to: number): MentionRef | undefined {
  const { words } = ctx.view;
  const first = words[from];
  if (!first || ctx.clauses.of[from] !== ctx.clause.id || mentionOfWord(ctx.view, from) !== undefined) return undefined;
  const limit = words[Math.min(to, words.length - 1)]!.end;
  for (const link of ctx.article.syntax?.appositions ?? []) {
    if (link.sentence !== ctx.view.index) continue;
    const [a, b] = link.items;
    if (!a || !b || a.mention >= 0 || b.mention < 0 || a.start < first.start || a.end > limit) continue;
    // Only words of one noun phrase (and its "of" complement) between the start and the comma.
    const between = words.filter((w) => w.start >= first.start && w.end <= a.start);
    if (between.some((w) => isPunct(w.text) || w.pos === 'VERB' || w.pos === 'AUX')) continue;
    const ref = ctx.view.mentions.find((m) => m.index === b.mention);
    if (ref && isActor(ref)) return ref;
  }
  return undefined;
}

/** Is word j a verb (or a past form mis-tagged as a noun) that a coordinated verb before it shares its object with? */
function sharesObjectWithNext(view: SentenceView, j: number): boolean {
  const w = view.words[j];
  if (!w || mentionOfWord(view, j) !== undefined) return false;
  if (w.pos !== 'VERB' && !(looksPast(w.lower) && w.pos !== 'ADJ')) return false;
  const next = view.words[j + 1];
  return next !== undefined && !PREPOSITIONS.has(next.lower) && !isPunct(next.text);
}

/**
 * "the Israeli pullout", "a Chinese offer": a country named as the adjective right before an
 * action noun (after a determiner or at the start of the phrase) is the one that acts.
 */
function nationalModifier(ctx: Ctx): MentionRef | null {
  const m = mentionEndingAt(ctx.view, ctx.trigger.first - 1);
  if (!m || m.mention.form !== 'demonym' || !isActor(m)) return null;
  if (OF_TARGET_KINDS.has(ctx.trigger.kind) && ctx.trigger.kind !== 'attack') return null;
  const before = ctx.view.words[m.first - 1];
  return before === undefined || DETERMINERS.has(before.lower) || isPunct(before.text) ? m : null;
}

/** Prepositions whose noun phrase is an adjunct or complement of another word, not the subject's act. */
const ADJUNCT_PREPS = new Set(['from', 'of', 'about', 'over', 'amid', 'despite', 'against', 'concerning', 'regarding']);
/** Nouns that count acts ("a series of attacks"): the act stays the subject's. */
const SERIES_NOUNS = new Set([
  'series', 'wave', 'spate', 'string', 'round', 'rounds', 'number', 'campaign', 'part', 'day', 'days', 'week', 'weeks',
  'night', 'hours', 'months', 'years', 'resumption', 'start', 'beginning', 'end', 'continuation', 'renewal', 'revival',
  'course', 'sidelines', 'side', 'framework', 'process', 'plan', 'plans',
]);

/** Is the noun trigger inside a phrase governed by an adjunct preposition ("from the attacks")? */
function governedByAdjunct(view: SentenceView, trigger: TriggerMatch): boolean {
  const { words } = view;
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - 6); k--) {
    const w = words[k]!;
    if (ADJUNCT_PREPS.has(w.lower)) return !SERIES_NOUNS.has(words[k - 1]?.lower ?? '');
    if ((view.timexAt[k] ?? -1) >= 0) continue;
    // "from the May 3, 2004, attacks": the comma that closes a date.
    if (w.text === ',' && (view.timexAt[k - 1] ?? -1) >= 0) continue;
    if (isPunct(w.text) && w.text !== '-') return false;
    if (w.pos === 'VERB' || w.pos === 'AUX' || PREPOSITIONS.has(w.lower)) return false;
  }
  return false;
}

/** "X's visit", "his Russian counterpart's call": a possessor right before a noun trigger. */
function possessor(ctx: Ctx): MentionRef | null {
  const { words } = ctx.view;
  for (let k = ctx.trigger.first - 1; k >= Math.max(0, ctx.trigger.first - 4); k--) {
    if (words[k]!.lower === "'s") {
      const m = mentionEndingAt(ctx.view, k - 1);
      return m && isActor(m) ? m : null;
    }
    if (isPunct(words[k]!.text)) return null;
  }
  return null;
}

/**
 * The party named inside an unnamed object: "shelled positions of the Palestinian security
 * forces", "hack into the computers of South Korean army officers", "rejected recent calls by
 * Belarus's rulers", "dismissed an appeal from President Gbagbo", "confiscated weapons from
 * Palestinian armed groups". The object noun phrase (direct, or after a target preposition) has
 * no name; the first "of / by / from" phrase after it names whom the act is aimed at. "from" is
 * not taken for giving and travel ("aid from Japan" is the origin).
 */
function objectComplement(ctx: Ctx): MentionRef | null {
  const { words } = ctx.view;
  let i = ctx.trigger.last + 1;
  if (TARGET_PREPS.has(words[i]?.lower ?? '')) i++;
  const limit = Math.min(words.length, i + 8);
  let nouns = 0;
  for (; i < limit; i++) {
    const w = words[i]!;
    if ((ctx.view.timexAt[i] ?? -1) >= 0 || mentionOfWord(ctx.view, i) !== undefined) return null;
    if (w.lower === 'of' || w.lower === 'by' || w.lower === 'from') break;
    if (isPunct(w.text) || PREPOSITIONS.has(w.lower) || w.pos === 'VERB' || w.pos === 'AUX') return null;
    // Untagged text: any word but a determiner may be the object's noun.
    if (w.pos === 'NOUN' || (w.pos === null && !DETERMINERS.has(w.lower))) nouns++;
  }
  const prep = words[i]?.lower;
  if (nouns === 0 || i >= limit || !prep) return null;
  if (prep === 'from' && GIVING_KINDS.has(ctx.trigger.kind)) return null;
  const m = mentionsIn(ctx.view, i + 1, i + 6).find((x) => inClause(ctx, x) && isActor(x) && !isQualifier(ctx.view, x) && governingPrep(ctx.view, x) === prep);
  return m ?? null;
}


/** Verbs that talk about an event rather than do it ("condemned a blast", "links the attack to"). */
const ABOUT_VERBS = /^(condemn|denounc|deplor|criticiz|criticis|welcom|prais|hail|link|blam|mourn|regrett?|lament|investigat|probe|deni|deny|accus|describ|call|term|dismiss|reject|question|protest|warn|report)/;

/**
 * Is the verb that governs a noun trigger one that judges or reports an event rather than carries
 * it out ("Zardari condemned a blast", "links the attack on a restaurant to ...", "rejected an
 * invitation")? Then the verb's subject is not the noun's source. Verbs of one's own plans keep
 * it ("rethinks a withdrawal of its soldiers", "offered delivery of gas"), and so does a
 * possessive pronoun before the noun ("reiterated its demand").
 */
function talkedAbout(view: SentenceView, trigger: TriggerMatch): boolean {
  const { words } = view;
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - 5); k--) {
    const w = words[k]!;
    if (['its', 'his', 'her', 'their', 'our'].includes(w.lower)) return false;
    // Past the punctuation, a preposition or a name (the subject itself) nothing governs the noun.
    if (isPunct(w.text) || PREPOSITIONS.has(w.lower) || mentionOfWord(view, k) !== undefined) return false;
    // Headlines are often mis-tagged ("Zardari links attack ..."): a talking verb counts whatever its tag.
    if (ABOUT_VERBS.test(w.lower)) return true;
    if (w.pos === 'VERB') return false;
  }
  return false;
}

export function findRoles(article: Article, view: SentenceView, clauses: ClauseMap, trigger: TriggerMatch): RoleResult {
  const clause = clauses.clauses[clauses.of[trigger.first] ?? 0]!;
  const ctx: Ctx = { article, view, clauses, clause, trigger };
  const sources: MentionRef[] = [];
  const targets: MentionRef[] = [];
  let together: MentionRef[] = [];
  const { words } = view;

  // Object control: "invited President Putin to visit", "urged Iran to withdraw".
  const toWord = words[trigger.first - 1]?.lower === 'to' ? trigger.first - 1 : -1;
  let controller = toWord > 0 ? mentionEndingAt(view, toWord - 1) : undefined;
  if (controller && !isActor(controller)) controller = undefined;
  if (controller) {
    const s = npStart(view, controller);
    const gov = words.slice(Math.max(0, s - 3), s).map((w) => w.lower);
    if (!gov.some((w) => OBJECT_CONTROL.test(w))) controller = undefined;
  }

  if (trigger.verbal) {
    const passive = isPassive(ctx);
    let subject = controller ? [controller] : subjectBefore(ctx, trigger.first);
    if (isParticipleAdjunct(ctx)) {
      if (subject.length === 0) subject = mainClauseSubject(ctx);
      // "Zardari condemned a blast that ripped through a restaurant, killing seven": after a talking
      // verb the participle continues what its object did.
      const from = subject[subject.length - 1]?.last ?? trigger.first;
      if (words.slice(from + 1, trigger.first).some((w) => ABOUT_VERBS.test(w.lower) || CORE_SAYING.has(w.lower))) subject = [];
    }
    const targetPreps = new Set([...TARGET_PREPS, ...(FOR_KINDS.has(trigger.kind) ? ['for'] : []), ...(FROM_TARGET_KINDS.has(trigger.kind) ? ['from'] : [])]);
    const complement = objectComplement(ctx);
    const objects = [
      // "give Tanzania a grant": a name inside a multi-word trigger is its recipient.
      ...mentionsIn(view, trigger.first + 1, trigger.last - 1).filter((m) => m.first > trigger.first && m.last < trigger.last && isActor(m) && !isQualifier(view, m)),
      ...after(ctx, targetPreps, true),
    ];
    if (complement && !objects.some((m) => m.first < complement.first)) objects.unshift(complement);
    const direct = after(ctx, null, true);
    const byAgent = prepMentions(ctx, 'by');
    const fromAgent = prepMentions(ctx, 'from');
    if (passive) {
      targets.push(...subject);
      sources.push(...byAgent.slice(0, 1));
    } else if (trigger.rule.frame === 'inverse') {
      targets.push(...subject);
      const src = direct[0] ?? fromAgent[0];
      if (src) sources.push(...coordinatedRight(ctx, src, after(ctx, null, true, 20)));
    } else {
      const obj = objects[0];
      if (subject.length >= 2 && !obj && SYMMETRIC.has(trigger.kind)) together = subject;
      else sources.push(...subject);
      if (obj) targets.push(...coordinatedRight(ctx, obj, clauseMentionsAfter(ctx, obj)));
      if (subject.length === 0 && obj === undefined && byAgent[0]) sources.push(byAgent[0]);
    }
  } else {
    const poss = possessor(ctx);
    const by = prepMentions(ctx, 'by', 6)[0];
    const from = prepMentions(ctx, 'from', 8)[0];
    const between = prepMentions(ctx, 'between', 5);
    // "the invasion of South Lebanon", "the arrest of X": "of" names the target of a hostile act.
    const ofTarget = OF_TARGET_KINDS.has(trigger.kind) ? prepMentions(ctx, 'of', 4).filter((m) => m.mention.form !== 'demonym' || governingPrep(view, m) === 'of') : [];
    const fromTarget = FROM_TARGET_KINDS.has(trigger.kind) ? prepMentions(ctx, 'from', 6) : [];
    const tgt = [...prepMentions(ctx, 'with', 8), ...prepMentions(ctx, 'to', 8), ...prepMentions(ctx, 'against', 6), ...prepMentions(ctx, 'on', 4), ...ofTarget, ...fromTarget].sort((a, b) => a.first - b.first)[0];
    // "deliveries of Russian crude": the origin of goods supplied.
    const ofOrigin = trigger.kind === 'supply' || trigger.kind === 'aid'
      ? prepMentions(ctx, 'of', 3).find((m) => m.mention.form === 'demonym')
      : undefined;
    if (between[0]) together = coordinatedRight(ctx, between[0], clauseMentionsAfter(ctx, between[0]));
    const src = poss ?? by ?? nationalModifier(ctx) ?? (from && fromTarget.includes(from) ? undefined : from) ?? ofOrigin;
    if (src) sources.push(src);
    // "Khan received a telephone call from Putin": the receiver is the target.
    const received = words.slice(Math.max(0, trigger.first - 4), trigger.first).some((w) => RECEIVE_VERBS.test(w.lower));
    if (src && received && !tgt) {
      const subject = subjectBefore(ctx, trigger.first);
      targets.push(...subject.filter((m) => m !== src));
    }
    if (tgt) targets.push(...coordinatedRight(ctx, tgt, clauseMentionsAfter(ctx, tgt)));
    if (sources.length === 0 && together.length === 0) {
      // The noun is the object of a verb: "Islamabad receiving first deliveries", "X held a meeting".
      const subject = controller ? [controller] : subjectBefore(ctx, trigger.first);
      const gov = words.slice(Math.max(0, trigger.first - 4), trigger.first).some((w) => RECEIVE_VERBS.test(w.lower));
      if (gov) targets.push(...subject);
      else if (governedByAdjunct(view, trigger)) {
        // "released pages from the attacks", "a report about the kidnapping": the subject did
        // something else; the act named in the phrase is not theirs.
      } else if (talkedAbout(view, trigger)) {
        // "Zardari condemned a blast": the one who condemns did not set it off.
      } else if (subject.length >= 2 && targets.length === 0 && SYMMETRIC.has(trigger.kind)) together = subject;
      else sources.push(...subject);
      // "In a telephone conversation on Wednesday, X and Y exchanged views": the main clause names them.
      if (subject.length === 0 && trigger.first <= 3) {
        const comma = words.findIndex((w, i) => i > trigger.last && w.text === ',');
        const nextSubj = comma > 0 ? mentionsIn(view, comma + 1, comma + 6).find((m) => m.first > comma && isActor(m) && !isQualifier(view, m)) : undefined;
        if (nextSubj) {
          const group = coordinatedRight(ctx, nextSubj, mentionsIn(view, comma + 1, comma + WINDOW));
          if (group.length >= 2 && SYMMETRIC.has(trigger.kind) && targets.length === 0) together = group;
          else sources.push(...group);
        }
      }
    }
  }

  // "arrested the leader of the party, Ana Ruiz": the name in apposition to a common object;
  // "met Ana Ruiz and the city's mayor, Luis Vera": the name in apposition to a coordinated title.
  if (trigger.verbal && targets.length === 0 && together.length === 0 && !isPassive(ctx)) {
    const named = appositiveName(ctx, trigger.last + 1, trigger.last + 8);
    if (named && !sources.includes(named)) targets.push(named);
  }
  for (const group of [targets, together]) {
    const lastOne = group[group.length - 1];
    if (!lastOne || words[lastOne.last + 1]?.lower !== 'and') continue;
    const named = appositiveName(ctx, lastOne.last + 2, lastOne.last + 8);
    if (named && !group.includes(named) && !sources.includes(named)) group.push(named);
  }

  // "shot and killed three guards": the first of two coordinated verbs shares the object of the
  // second (the tagger may take the first for a noun: "Gunmen shot and ...").
  if (targets.length === 0 && together.length === 0 && words[trigger.last + 1]?.lower === 'and' && sharesObjectWithNext(view, trigger.last + 2) && !isPassive(ctx)) {
    targets.push(...after({ ...ctx, trigger: { ...trigger, last: trigger.last + 2 } }, null, true).slice(0, 1));
  }

  const location = findLocation(ctx);
  const participants: EventParticipant[] = [];
  const add = (m: MentionRef, role: EventParticipant['role']): void => {
    if (participants.some((p) => p.entity === m.mention.entity)) return;
    participants.push({ entity: m.mention.entity, role });
  };
  for (const m of together) add(m, 'participant');
  for (const m of sources) add(m, 'source');
  for (const m of targets) add(m, 'target');
  // The host of a visit is its target (PLOVER: the visitor is the actor, the host the recipient);
  // a material act with no named target ("lifted the curfew in Montenegro") is done to the place.
  const locEntity = location >= 0 ? article.entities[location] : undefined;
  const hostLike = locEntity && (locEntity.type === 'country' || (locEntity.type === 'place' && locEntity.country));
  const visit = trigger.kind === 'visit' || trigger.kind === 'travel';
  if (hostLike && visit) {
    if (!participants.some((p) => p.entity === location)) participants.push({ entity: location, role: 'target' });
  }
  // A place is where something happened, never a party to it ("a blast in Kabul", "Moscow
  // meeting"): only the host of a visit stays, as its target, and a place standing for an
  // unnamed group of its people ("Demonstrators in Baghdad blocked a road").
  // A national capital named as a party stands for its government ("a shipment from Moscow").
  const groups = new Set(sources.filter((m) => PLACED_GROUPS.has(m)).map((m) => m.mention.entity));
  // A place written as the noun's modifier ("the Moscow meeting") says where, not who.
  const modifier = trigger.verbal ? undefined : mentionEndingAt(view, trigger.first - 1);
  const actors = participants.filter((p) => {
    const ent = article.entities[p.entity];
    if (ent?.type !== 'place') return true;
    if (visit && p.role === 'target') return true;
    if (groups.has(p.entity)) return true;
    return p.entity !== location && p.entity !== modifier?.mention.entity && isCapital(ent.name);
  });
  return { participants: actors, location };
}

/**
 * The place introduced by "in", "at", "near", "outside" or "inside", or named after its kind ("the
 * town of Samarra"), in the clause (after the trigger first, then before it).
 */
function findLocation(ctx: Ctx): number {
  const cands = mentionsIn(ctx.view, ctx.trigger.first - WINDOW, ctx.trigger.last + WINDOW).filter((m) => {
    if (!inClause(ctx, m)) return false;
    const t = m.mention.type;
    const ent = ctx.article.entities[m.mention.entity];
    if (t !== 'place' && t !== 'country' && !(ent && (ent.type === 'place' || ent.type === 'country'))) return false;
    const s = npStart(ctx.view, m);
    const prev = ctx.view.words[s - 1]?.lower;
    if (prev !== undefined && PLACE_PREPS.has(prev)) return true;
    if (prev === 'of' && PLACE_NOUNS.has(ctx.view.words[s - 2]?.lower ?? '')) return true;
    return false;
  });
  // "outside the Iraqi city of Basra": a demonym only describes the place named after it.
  const named = cands.filter((m) => m.mention.form !== 'demonym');
  const pool = named.length > 0 ? named : cands;
  const afterT = pool.find((m) => m.first > ctx.trigger.last);
  const chosen = afterT ?? pool[pool.length - 1];
  return chosen ? chosen.mention.entity : -1;
}

/** The speaker of the reporting clause a trigger's clause depends on ("Russia said X must ..."). */
export function reportingSubject(article: Article, view: SentenceView, clauses: ClauseMap, trigger: TriggerMatch): number | null {
  const own = clauses.clauses[clauses.of[trigger.first] ?? 0];
  if (!own || own.reportedBy === null) return null;
  const rep = own.reportedBy;
  const m = view.mentions.find(
    (x) => clauses.of[x.first] === rep && isActor(x) && !isQualifier(view, x) && governingPrep(view, x) === null,
  );
  return m ? m.mention.entity : null;
}

/**
 * The noun of a "the two leaders" / "both sides" phrase in the trigger's clause (or right after
 * the trigger: "talks between the two countries"), or null.
 */
export function pairReference(view: SentenceView, clauses: ClauseMap, trigger: TriggerMatch): string | null {
  const id = clauses.of[trigger.first];
  const { words } = view;
  for (let i = 0; i + 1 < words.length; i++) {
    if (clauses.of[i] !== id && !(i > trigger.last && i <= trigger.last + 5)) continue;
    const a = words[i]!.lower;
    if (a !== 'two' && a !== 'both') continue;
    const b = words[i + 1]!.lower;
    const c = words[i + 2]?.lower ?? '';
    if (PAIR_NOUN_SET.has(b)) return b;
    if (PAIR_NOUN_SET.has(c) && !isPunct(b)) return c;
  }
  return null;
}
