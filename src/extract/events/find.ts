/**
 * findEvents: the event mentions of one article, sentence by sentence.
 * For each trigger: its participants and place from its own clause (participants.ts), the
 * time expression that governs it (date.ts), its modality (modality.ts) and topics (topics.ts).
 * Two triggers of the same PLOVER type and modality close together in one sentence that have
 * nested participant sets (or where one has none) are one event ("In a telephone conversation, X and Y exchanged
 * views"): the more specific kind is kept and the participants are joined.
 */
import type { Article, EventMention, EventParticipant } from '../../core/types.js';
import { findAspect } from './aspect.js';
import { clauseMapOf, clausesOfSentence } from '../../language/syntax/layer.js';
import { notAHappening } from './not-happenings.js';
import { onePerHappening } from './one-per-happening.js';
import { eventDate, governingTimex } from './date.js';
import { TriggerIndex, matchTriggers, type TriggerMatch } from './match.js';
import { findModality, findTense, type ModalityResult } from './modality.js';
import type { SentenceView } from '../../language/syntax/sentence-view.js';
import { findRoles, pairReference, reportingSubject } from './participants.js';
import { sentenceViews } from '../../language/syntax/sentence-view.js';
import { findTopics } from './topics.js';
import { TRIGGER_RULES } from './triggers.js';
import type { FindEventsOptions } from './types.js';

let defaultIndex: TriggerIndex | null = null;

const NO_DATE = { value: null, granularity: null, confidence: 0, evidence: 'none', span: null } as const;

function indexFor(options: FindEventsOptions): TriggerIndex {
  if (options.extraRules && options.extraRules.length > 0) return new TriggerIndex([...options.extraRules, ...TRIGGER_RULES]);
  if (defaultIndex === null) defaultIndex = new TriggerIndex(TRIGGER_RULES);
  return defaultIndex;
}

const COOPERATIVE = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'INVESTIGATE']);
const CONFLICTUAL = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'FIGHT', 'MOBILIZE', 'PROTEST']);
const VERBAL_CONFLICT = new Set(['DEMAND', 'THREATEN', 'REJECT', 'DISAPPROVE']);

function hasUnless(view: SentenceView): boolean {
  return view.words.some((w) => w.lower === 'unless');
}

function hasIf(view: SentenceView): boolean {
  return view.words.some((w) => w.lower === 'if' || w.lower === 'unless');
}

/**
 * The PLOVER type of an event as PLOVER codes statements about the future: a stated
 * intention to cooperate ("will supply", "is ready to visit") is AGREE; an intention to act
 * against someone ("will impose sanctions", "would boycott"), or any intention made
 * conditional with "unless", is THREATEN; an obligation put on someone ("X must withdraw")
 * is DEMAND; refusing to cooperate ("will not accept") is REJECT; a promised retreat is a verbal
 * concession (CONCEDE). Purposes ("arrived to
 * attend") and requests ("urged X to withdraw") keep the action's own type. An intention that
 * is the complement of another trigger ("agreed to cooperate") keeps its type: the other
 * trigger ("agreed") carries the statement.
 */
function codePlover(base: string, mod: ModalityResult, matrixIsTrigger: boolean, unless: boolean, conditional: boolean): string {
  if (mod.cue === 'obligation' && !VERBAL_CONFLICT.has(base)) return 'DEMAND';
  // "will not accept more refugees": refusing to cooperate is a rejection.
  if (mod.cue === 'refusal' && !matrixIsTrigger && (COOPERATIVE.has(base) || base === 'AGREE')) return 'REJECT';
  const intent = (mod.cue === 'future' || mod.cue === 'intent') && !matrixIsTrigger;
  if (intent && unless && base !== 'AGREE') return 'THREATEN';
  if ((intent || (mod.cue === 'condition' && !matrixIsTrigger)) && CONFLICTUAL.has(base)) return 'THREATEN';
  if (mod.cue === 'possible' && conditional && CONFLICTUAL.has(base)) return 'THREATEN';
  if (intent && COOPERATIVE.has(base)) return 'AGREE';
  if (base === 'RETREAT' && (mod.modality === 'planned' || mod.modality === 'hypothetical')) return 'CONCEDE';
  return base;
}

/** How specific a kind is when two triggers of one sentence are merged (higher is kept). */
const SPECIFICITY: Record<string, number> = { call: 3, visit: 3, travel: 2, sign: 2, supply: 2, condemn: 2, accuse: 2 };

/** Two triggers further apart than this (characters) are never one event. */
const MERGE_DISTANCE = 120;

/** How many sentences back "the two leaders" may look for the pair it refers to. */
const PAIR_LOOKBACK = 3;

/** `views` are the article's sentence views when the caller already has them (see sentenceViews). */
export function findEvents(article: Article, options: FindEventsOptions = {}, views: readonly SentenceView[] = sentenceViews(article)): EventMention[] {
  const index = indexFor(options);
  const out: EventMention[] = [];
  /** Pairs named "X and Y" in the sentences read so far (earlier sentences only). */
  const pairs: NamedPair[] = [];
  for (const view of views) {
    const clauses = clauseMapOf(article, view);
    const stored = clausesOfSentence(article, view.index);
    const matched = matchTriggers(view, index);
    const triggerWords = new Set(matched.flatMap((t) => [t.first, t.headWord, t.last]));
    const triggers = matched.filter((t) => notAHappening(view, stored[clauses.of[t.first] ?? 0], t, triggerWords) === null);
    const sentenceText = article.text.slice(view.span.start, view.span.end);
    const topics = findTopics(sentenceText);
    const here: EventMention[] = [];
    /** [embedded event index in `here`, trigger index of the verb it depends on]. */
    const embedded: [number, number][] = [];
    const unless = hasUnless(view);
    const conditional = hasIf(view);
    for (const trigger of triggers) {
      const gov = governingTimex(view, clauses, trigger, triggers);
      const mod = findModality(view, clauses, trigger, gov?.timex ?? null);
      const modality = mod.modality;
      const roles = findRoles(article, view, clauses, trigger);
      let participants = roles.participants;
      const pairNoun = participants.length <= 1 ? pairReference(view, clauses, trigger) : null;
      if (pairNoun) {
        const pair = previousPair(article, [...out, ...here], pairs, view.span.start, pairNoun);
        if (pair) participants = pair.map((entity) => ({ entity, role: 'participant' as const }));
      }
      const tense = findTense(view, clauses, trigger);
      const matrixTrigger = mod.matrix >= 0 ? triggers.findIndex((t) => t !== trigger && t.first <= mod.matrix && mod.matrix <= t.last) : -1;
      const matrixIsTrigger = matrixTrigger >= 0;
      if (matrixIsTrigger) embedded.push([here.length, matrixTrigger]);
      const plover = codePlover(trigger.plover, mod, matrixIsTrigger, unless, conditional);
      if (plover === 'DEMAND' && trigger.plover !== 'DEMAND' && mod.cue === 'obligation') {
        // "Russia said Pakistan must withdraw": Pakistan is asked (target), the speaker asks.
        const speaker = reportingSubject(article, view, clauses, trigger);
        participants = participants.map((p) => (p.role === 'source' ? { ...p, role: 'target' as const } : p));
        if (speaker !== null && !participants.some((p) => p.entity === speaker)) participants.unshift({ entity: speaker, role: 'source' });
      }
      const start = view.words[trigger.first]!.start;
      const end = view.words[trigger.last]!.end;
      // Background ("has long been accused", "had offered", "for years"): context, no event date.
      const aspect = findAspect(view, clauses, trigger, gov?.timex ?? null, modality, mod.matrix);
      here.push({
        start,
        end,
        trigger: article.text.slice(start, end),
        sentence: { start: view.span.start, end: view.span.end },
        kind: trigger.kind,
        plover,
        participants,
        location: roles.location,
        date: aspect === 'background' ? NO_DATE : eventDate(article, gov, modality, tense),
        modality,
        topics,
        ...(aspect === 'background' ? { aspect } : {}),
      });
    }
    inheritEmbeddedTargets(here, triggers, embedded, view);
    out.push(...attackWithOutcome(article, view.index, mergeSentenceEvents(onePerHappening(here, triggers, embedded, view, clauses))).filter(placed));
    pairs.push(...namedPairs(view));
  }
  return out;
}

/** Verbs that count the victims of an attack ("killed", "wounded"). */
const CASUALTY_VERB = /^(kill|wound|injur|maim)/i;

/**
 * "shot and killed three guards", "attacked and wounded two officers": an attack and its
 * casualties, coordinated verbs in one clause (syntax layer), are one happening: the attack is kept
 * with the participants of both.
 */
function attackWithOutcome(article: Article, sentence: number, events: EventMention[]): EventMention[] {
  const drop = new Set<EventMention>();
  for (const link of article.syntax?.coordinations ?? []) {
    if (link.sentence !== sentence || link.category !== 'verb' || link.items.length !== 2) continue;
    const [a, b] = link.items;
    const first = events.find((e) => e.start === a!.start);
    const second = events.find((e) => e.start === b!.start);
    if (!first || !second || first === second || !CASUALTY_VERB.test(second.trigger)) continue;
    if (first.kind !== 'attack' && first.kind !== 'fight') continue;
    if (first.modality !== second.modality) continue;
    for (const p of second.participants) if (!first.participants.some((q) => q.entity === p.entity)) first.participants.push(p);
    drop.add(second);
  }
  return drop.size === 0 ? events : events.filter((e) => !drop.has(e));
}

/** Two entities named together ("Russia and Pakistan"), and where. */
interface NamedPair {
  at: number;
  sentence: number;
  entities: [number, number];
}

/** "X and Y" where X and Y are mentions of two different entities. */
function namedPairs(view: SentenceView): NamedPair[] {
  const out: NamedPair[] = [];
  const ms = view.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (b.first !== a.last + 2 || view.words[a.last + 1]?.lower !== 'and') continue;
    if (a.mention.entity === b.mention.entity || a.mention.entity < 0 || b.mention.entity < 0) continue;
    out.push({ at: view.words[a.first]!.start, sentence: view.span.start, entities: [a.mention.entity, b.mention.entity] });
  }
  return out;
}

/**
 * "threatened to ban Ugandan opposition candidates", "promised to continue military aid to
 * Mozambique", "agreed to provide aid for Romania": the statement is aimed at whoever the act it
 * announces is aimed at. A trigger whose complement is another trigger, and that names no target
 * of its own, takes the targets of that act.
 */
function inheritEmbeddedTargets(here: EventMention[], triggers: readonly TriggerMatch[], embedded: readonly [number, number][], view: SentenceView): void {
  for (const [inner, matrixTrigger] of embedded) {
    const t = triggers[matrixTrigger];
    if (!t) continue;
    const start = view.words[t.first]!.start;
    const outer = here.findIndex((e) => e.start === start);
    const o = here[outer];
    const e = here[inner];
    if (!o || !e || o.participants.some((p) => p.role === 'target' || p.role === 'participant')) continue;
    const add = e.participants.filter((p) => p.role === 'target' && !o.participants.some((q) => q.entity === p.entity));
    if (add.length > 0) here[outer] = { ...o, participants: [...o.participants, ...add] };
  }
}

/**
 * A planned, hypothetical or denied event with no participant and no place ("we are going to
 * discuss that", "all remaining technical issues will be agreed upon", "the neighbouring
 * countries should cooperate") says nothing about anyone the timeline can show, and cannot be
 * merged with another report: it is left out. An asserted one is kept: something happened ("A
 * roadside bombing killed one soldier") even when the sentence names nobody.
 */
function placed(e: EventMention): boolean {
  return e.participants.length > 0 || e.location >= 0 || e.modality === 'asserted';
}

/** Pair nouns that mean people, and those that mean countries; others ("sides") mean either. */
const PERSON_PAIRS = new Set(['leaders', 'presidents', 'ministers', 'premiers', 'officials', 'delegations']);
const COUNTRY_PAIRS = new Set(['countries', 'nations', 'states', 'neighbours', 'neighbors', 'governments', 'capitals', 'allies']);

/**
 * The two entities "the two leaders" / "both countries" refer to: the most recent pair, at most
 * PAIR_LOOKBACK sentences back, of the right type (people for "leaders", countries for
 * "countries", either for "sides"), whether the two were the participants of an event or were
 * named together in an earlier sentence ("Russia and Pakistan are working closely. ... both
 * sides agreed"); null when there is none.
 */
function previousPair(article: Article, events: readonly EventMention[], named: readonly NamedPair[], sentenceStart: number, noun: string): number[] | null {
  const wanted = PERSON_PAIRS.has(noun) ? 'person' : COUNTRY_PAIRS.has(noun) ? 'country' : null;
  const candidates = [
    ...events.map((e) => ({ at: e.start, sentence: e.sentence.start, entities: [...new Set(e.participants.map((p) => p.entity))] })),
    ...named.map((p) => ({ at: p.at, sentence: p.sentence, entities: [...p.entities] })),
  ].sort((a, b) => b.at - a.at);
  const sentenceStarts = [...new Set(candidates.map((c) => c.sentence))].sort((a, b) => a - b);
  for (const c of candidates) {
    const back = sentenceStarts.filter((s) => s > c.sentence && s <= sentenceStart).length;
    if (back > PAIR_LOOKBACK) return null;
    const entities = c.entities.filter((x) => wanted === null || article.entities[x]?.type === wanted);
    if (entities.length === 2) return entities;
  }
  return null;
}

/** One participant set inside the other (by entity). */
function nested(a: readonly EventParticipant[], b: readonly EventParticipant[]): boolean {
  const inB = (p: EventParticipant): boolean => b.some((q) => q.entity === p.entity);
  const inA = (q: EventParticipant): boolean => a.some((p) => p.entity === q.entity);
  return a.every(inB) || b.every(inA);
}

function mergeSentenceEvents(events: EventMention[]): EventMention[] {
  const out: EventMention[] = [];
  for (const e of events) {
    const i = out.findIndex(
      (o) =>
        o.plover === e.plover &&
        o.modality === e.modality &&
        e.start - o.end <= MERGE_DISTANCE &&
        nested(o.participants, e.participants),
    );
    if (i < 0) {
      out.push(e);
      continue;
    }
    const o = out[i]!;
    const keepE = (SPECIFICITY[e.kind] ?? 0) > (SPECIFICITY[o.kind] ?? 0);
    const base = keepE ? e : o;
    const other = keepE ? o : e;
    const participants = [...base.participants];
    for (const p of other.participants) if (!participants.some((q) => q.entity === p.entity)) participants.push(p);
    out[i] = {
      ...base,
      participants,
      location: base.location >= 0 ? base.location : other.location,
      date: base.date.evidence === 'timex' || other.date.evidence !== 'timex' ? base.date : other.date,
    };
  }
  return out;
}
