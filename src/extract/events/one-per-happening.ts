/**
 * One event per happening per clause. Triggers of one sentence that do not report a happening of
 * their own are dropped (after the statement has taken their targets, see find.ts):
 *
 * - what is asked, offered, agreed, threatened, refused or banned: the object or complement of a
 *   trigger of that kind ("called for closer cooperation", "offered delivery of gas", "agreed to
 *   expand their joint exercises", "threatened to resume attacks", "rejected talks", "banned
 *   rallies"). The statement is the event; the act it is about has not happened. The object of
 *   a verb that judges a real act ("condemned the bombing", "accused X of the attack") is a
 *   happening of its own and stays.
 * - a meeting that only frames a report and names no counterpart ("In the talks, Y said the two
 *   sides agreed ..."): the reported agreement is the news; the talks are where it was said.
 */
import type { EventMention } from '../../core/types.js';
import type { ClauseMap } from '../../language/syntax/clauses.js';
import type { TriggerMatch } from './match.js';
import type { SentenceView } from '../../language/syntax/sentence-view.js';

/** Kinds whose object or complement is what is wanted, promised, agreed or refused, not a happening. */
const IRREALIS_OBJECT_KINDS = new Set(['demand', 'offer', 'agree', 'threaten', 'reject', 'sign']);
/** Verbs that forbid their object ("banned demonstrations"), whatever their kind. */
const FORBID = /^(ban|prohibit|outlaw|forb)/;

/** Words between a trigger and a noun trigger in its object: at most this many. */
const OBJECT_REACH = 8;

function forbids(view: SentenceView, t: TriggerMatch): boolean {
  return FORBID.test(view.words[t.headWord]?.lower ?? '');
}

function irrealisMatrix(view: SentenceView, t: TriggerMatch): boolean {
  return IRREALIS_OBJECT_KINDS.has(t.kind) || forbids(view, t);
}

/** Is noun trigger `inner` inside the object of trigger `outer` (same clause, a few words on, no punctuation or finite verb between)? */
function inObjectOf(view: SentenceView, clauses: ClauseMap, outer: TriggerMatch, inner: TriggerMatch): boolean {
  if (outer.last >= inner.first || inner.first - outer.last > OBJECT_REACH) return false;
  if (clauses.of[outer.last] !== clauses.of[inner.first]) return false;
  // A verb form with its own subject or an infinitive of its own is not an object ("and X
  // attacked", "to attack": the latter is the complement handled in onePerHappening).
  const before = inner.first - 1;
  if (inner.verbal && (view.words[before]?.lower === 'to' || (view.mentionAt[before] ?? -1) >= 0)) return false;
  for (let i = outer.last + 1; i < inner.first; i++) {
    const w = view.words[i]!;
    if (/^[,;:()"“”—–-]$/.test(w.text) || /^(and|but|or|while|whereas|after|before|when)$/.test(w.lower)) return false;
    // "agreed to increase the frequency of their drills": an infinitive continues the object.
    if ((w.pos === 'VERB' || w.pos === 'AUX') && view.words[i - 1]?.lower !== 'to') return false;
  }
  return true;
}

const FRAME_PREPS = new Set(['in', 'during', 'at']);

/** "In his talks with X, ...", "said in a meeting with X": a noun meeting governed by in/during/at. */
function framingMeeting(view: SentenceView, t: TriggerMatch): boolean {
  if (t.verbal || (t.kind !== 'meet' && t.kind !== 'call')) return false;
  for (let k = t.first - 1; k >= Math.max(0, t.first - 4); k--) {
    const w = view.words[k]!.lower;
    if (FRAME_PREPS.has(w)) return true;
    if (!/^(his|her|their|its|the|a|an|this|that|bilateral|telephone|phone|recent|first)$/.test(w)) return false;
  }
  return false;
}

/** A participant of the meeting named in the frame itself, after the trigger and before its comma ("talks with X, ..."). */
function namesCounterpart(view: SentenceView, t: TriggerMatch, e: EventMention | undefined): boolean {
  if (!e) return false;
  for (let i = t.last + 1; i < view.words.length && i <= t.last + 10; i++) {
    if (view.words[i]!.text === ',') return false;
    const k = view.mentionAt[i] ?? -1;
    const m = k >= 0 ? view.mentions[k] : undefined;
    if (m && e.participants.some((p) => p.entity === m.mention.entity)) return true;
  }
  return false;
}

/**
 * The events of one sentence (`here[i]` read from `triggers[i]`) without those that restate
 * another: `embedded` lists [event index, index of the trigger it is the complement of].
 */
export function onePerHappening(
  here: readonly EventMention[],
  triggers: readonly TriggerMatch[],
  embedded: readonly (readonly [number, number])[],
  view: SentenceView,
  clauses: ClauseMap,
): EventMention[] {
  const drop = new Set<number>();
  for (const [inner, matrix] of embedded) {
    const m = triggers[matrix];
    if (m && irrealisMatrix(view, m)) drop.add(inner);
  }
  triggers.forEach((t, i) => {
    if (drop.has(i)) return;
    if (triggers.some((o, j) => j !== i && !drop.has(j) && irrealisMatrix(view, o) && inObjectOf(view, clauses, o, t))) drop.add(i);
  });
  // A framing meeting gives way to an asserted event reported in the same sentence, unless it
  // names a counterpart ("In his talks with X, ..."): then it is a meeting in its own right, one
  // other reports of the same talks name too.
  triggers.forEach((t, i) => {
    if (drop.has(i) || !framingMeeting(view, t)) return;
    if (namesCounterpart(view, t, here[i])) return;
    const reported = triggers.some((o, j) => {
      if (j === i || drop.has(j) || o.kind === 'meet' || o.kind === 'call' || here[j]?.modality !== 'asserted') return false;
      return clauses.clauses[clauses.of[o.first] ?? 0]?.reportedBy != null;
    });
    if (reported) drop.add(i);
  });
  return here.filter((_, i) => !drop.has(i));
}
