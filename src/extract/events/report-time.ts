/**
 * When a time expression dates the report, not the happening.
 *
 * News gives the day a thing was said more often than the day it happened: "..., the ministry
 * said on Monday", "Officials told reporters Tuesday that the raid had left ...". A time
 * expression attached to a reporting verb (or to a verbal reaction such as "condemned",
 * "denied", "investigated") dates that act. The happening in its complement or object has no
 * date of its own when it is already past at the time of the report:
 * - a definite nominal ("the explosion", "the floods'", "its raid"): a happening the reader
 *   is expected to know, mentioned again;
 * - a past or perfect verb group ("were injured", "had collapsed", "has struck").
 * Such an event is "on or before" the report's day (date.ts). A happening that is new, present
 * or to come ("said Friday it will appeal", "a strike is planned") keeps the time expression.
 *
 * "Attached to the reporting verb" is read from word order: the reporting verb stands between
 * the time expression and the trigger, close to the time expression (at most MAX_GAP words
 * between them, no "that", no clause break and no other trigger), or the time expression opens
 * the sentence and the reporting verb is the first verb after it ("On Monday, the agency said
 * ..."). A time expression on the trigger's side of the verb ("The flood on Monday destroyed
 * ..., officials said") stays the happening's. So does one between the verb and its complement
 * ("said on Monday that it had arrested ..."): measured on bench:timeline, journalists date such
 * announced arrests and findings by the announcement, and leaving them dated there loses less.
 */
import type { Article, DateEvidence, Granularity, TimeExpression } from '../../core/types.js';
import type { ClauseMap } from '../../language/syntax/clauses.js';
import type { TriggerMatch } from './match.js';
import type { SentenceView, TimexRef } from '../../language/syntax/sentence-view.js';
import { REPORTING } from '../../language/syntax/lexicon.js';

/** Most words between a reporting verb and its time adjunct ("told reporters in the capital on Friday"). */
const MAX_GAP = 5;

/** Reporting words that look ahead (a forecast dates nothing of the past). */
const FORWARD = new Set(['expects', 'expected', 'hopes', 'hoped', 'predicted', 'estimated', 'believes', 'believed', 'thinks', 'thought', 'feel', 'feels']);

/** PLOVER types of triggers that react in words to a happening named as their object. */
const REACTIONS = new Set(['DISAPPROVE', 'REJECT', 'DEMAND', 'INVESTIGATE']);

/** Words that make a following noun definite: a happening already known. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', "'s", '’s', 'last', 'recent', 'earlier', 'previous']);

/** Words before a verb that make it future, modal or an infinitive: not yet past. */
const NOT_PAST = new Set(['will', "'ll", 'would', 'shall', 'could', 'can', 'may', 'might', 'must', 'should', 'to', 'plans', 'planned', 'wants']);

const PAST_AUX = new Set(['had', 'has', 'have', 'was', 'were', "'d", 'been']);

const IRREGULAR_PAST = /^(met|held|struck|made|sent|gave|flew|spoke|took|withdrew|brought|sought|broke|shot|beat|cut|put|set|sold|fought|went|came|led|had|paid|threw|stood|blew|hit|shut|spent|rose|won|froze|stole|began|shook|bore|quit|spread|killed|left|fell|lost|hurt|slain|stabbed|taken|shot|seized|caught|fled)$/;

/** Is the trigger a happening already past when it is reported (a definite nominal, a past or perfect verb)? */
export function pastHappening(view: SentenceView, trigger: TriggerMatch): boolean {
  const { words } = view;
  const before = (n: number): string[] => words.slice(Math.max(0, trigger.first - n), trigger.first).map((w) => w.lower);
  if (trigger.verbal) {
    const group = before(3);
    if (group.some((w) => NOT_PAST.has(w))) return false;
    if (group.some((w) => PAST_AUX.has(w))) return true;
    const head = words[trigger.headWord]?.lower ?? '';
    return /ed$/.test(head) || IRREGULAR_PAST.test(head);
  }
  // A noun: a definite determiner or a possessive within its noun phrase ("the deadly car bombings").
  for (let i = trigger.first - 1; i >= Math.max(0, trigger.first - 4); i--) {
    const w = words[i]!;
    if (DEFINITE.has(w.lower)) return true;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADP' || /^[,;:]$/.test(w.text) || w.lower === 'a' || w.lower === 'an') return false;
  }
  return false;
}

/** Word index of the verb or "according" that a time expression is attached to as a report, or -1. */
function reportAnchor(view: SentenceView, t: TimexRef, trigger: TriggerMatch, triggers: readonly TriggerMatch[]): { at: number; reaction: boolean } | null {
  const { words } = view;
  const reactionAt = new Map<number, TriggerMatch>();
  for (const o of triggers) if (o !== trigger && o.verbal && REACTIONS.has(o.plover)) reactionAt.set(o.headWord, o);
  const isAnchor = (i: number): { at: number; reaction: boolean } | null => {
    const w = words[i]!.lower;
    // "said", "told"; never a noun or name spelled like one ("the United States", "reports of").
    const word = words[i]!;
    const verb = word.pos !== 'NOUN' && word.pos !== 'PROPN' && word.pos !== 'ADJ' && (view.mentionAt[i] ?? -1) < 0 && (i === 0 || word.text === word.lower);
    if (REPORTING.has(w) && !FORWARD.has(w) && verb) return { at: i, reaction: false };
    if (w === 'according' && words[i + 1]?.lower === 'to') return { at: i, reaction: false };
    if (reactionAt.has(i)) return { at: i, reaction: true };
    return null;
  };
  const inTrigger = (i: number): boolean => triggers.some((o) => o.first <= i && i <= o.last);
  const blocks = (i: number): boolean => {
    const w = words[i]!;
    return w.lower === 'that' || w.text === ';' || w.text === ':' || inTrigger(i);
  };
  if (t.last < trigger.first) {
    // The time expression before the verb: "Police on Monday said", "On Monday, police said".
    const opening = t.first <= 1;
    const limit = opening ? trigger.first : Math.min(trigger.first, t.last + MAX_GAP + 2);
    for (let i = t.last + 1; i < limit; i++) {
      const a = isAnchor(i);
      if (a) return a;
      if (blocks(i) || (!opening && words[i]!.text === ',')) return null;
      // Opening the sentence, the adjunct belongs to the first verb after it.
      if (words[i]!.pos === 'VERB' || words[i]!.pos === 'AUX') return null;
    }
    return null;
  }
  if (t.first > trigger.last) {
    // The time expression after the verb: "..., officials said Monday", "told reporters on Friday".
    for (let i = t.first - 1; i > trigger.last && i >= t.first - MAX_GAP - 1; i--) {
      const a = isAnchor(i);
      if (a) return a;
      if (blocks(i) || words[i]!.text === ',') return null;
    }
  }
  return null;
}

/**
 * Does time expression `t` date a report of the trigger's happening rather than the happening?
 * True when it is attached to a reporting verb (or a verbal reaction to a nominal happening)
 * that stands between it and the trigger, and the happening is already past (pastHappening).
 */
export function datesTheReport(view: SentenceView, _clauses: ClauseMap, t: TimexRef, trigger: TriggerMatch, triggers: readonly TriggerMatch[]): boolean {
  if (t.timex.direction === 'future') return false;
  const anchor = reportAnchor(view, t, trigger, triggers);
  if (!anchor) return false;
  if (anchor.reaction && trigger.verbal) return false;
  return pastHappening(view, trigger);
}

/** A happening reported on a day: on or before that day (the "reported" kind, as an article date), the report's words as quote. */
export function onOrBeforeReport(article: Article, t: TimeExpression, granularityOf: (value: string) => Granularity): DateEvidence {
  const value = t.value!.replace(/T.*$/, '');
  return {
    value,
    granularity: t.granularity ?? granularityOf(value),
    confidence: 0.3,
    evidence: 'article-date',
    span: { start: t.start, end: t.end },
    quote: `on or before "${article.text.slice(t.start, t.end)}", when it was reported`,
  };
}
