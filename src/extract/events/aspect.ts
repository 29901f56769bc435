/**
 * Background aspect: an event the sentence mentions as context rather than as the news it
 * reports. Read from the trigger's verb group (tense and aspect) and the clause's adjuncts:
 *
 * - habitual or iterative: a frequency adverb in the verb group ("regularly shell", "have often
 *   accused", "traditionally maintains"), "used to";
 * - perfect of a state or a stretch of time: "has long been", "have always opposed", "have been
 *   negotiating" (perfect progressive), "has recently moved" (a trend, not a day);
 * - past perfect ("had been", "had offered") with no time expression of its own: what came
 *   before the reported events; with one ("had met on 3 May", "had signed in 2014") it is a
 *   dated event;
 * - a retrospective adjunct in the clause or opening the sentence: "for years", "for three
 *   decades", "for a long time", "since 2014", "since then", "since the war", "in recent months",
 *   "over the past decade", "throughout the years".
 *
 * A plain present perfect ("has signed", "have agreed") is the news of the day and not
 * background; nor is a planned, hypothetical or denied event (it did not happen).
 * A nominal trigger takes the verb group of the verb it is the object of ("have been holding
 * talks", "has frequently staged protests").
 */
import type { ClauseMap } from '../../language/syntax/clauses.js';
import type { TriggerMatch } from './match.js';
import type { SentenceView, TimexRef } from '../../language/syntax/sentence-view.js';
import { ADVERBS, AUXILIARIES, MODALS as FUTURE_OR_MODAL, NEGATIONS, PERFECT_AUXILIARIES as PERFECT_AUX } from '../../language/syntax/lexicon.js';

export type Aspect = 'background' | null;

/** Adverbs of frequency and custom: habitual in any tense. */
const HABITUAL = new Set([
  'often', 'frequently', 'regularly', 'routinely', 'usually', 'habitually', 'traditionally',
  'historically', 'repeatedly', 'constantly', 'customarily', 'commonly', 'generally', 'typically',
  'periodically', 'occasionally', 'sometimes', 'continually', 'consistently', 'persistently',
]);

/** Adverbs that make a perfect a stretch of time ("has long been", "have always opposed"). */
const DURATIVE_WITH_PERFECT = new Set(['long', 'always', 'ever', 'recently', 'lately', 'increasingly', 'steadily', 'gradually']);


/** Spans of time counted in a retrospective adjunct. */
const PERIOD_UNITS = new Set(['years', 'decades', 'months', 'generations', 'centuries', 'weeks', 'times']);
const COUNTS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'several', 'many', 'some', 'few', 'a', 'numerous', 'recent', 'past', 'last',
]);

function isCount(w: string): boolean {
  return COUNTS.has(w) || /^\d+$/.test(w);
}

/**
 * Does a retrospective adjunct start at word i? Returns its last word index, or -1.
 * "for years", "for two decades", "for a long time", "since 2014", "since then", "since the
 * invasion", "in recent months", "in the past few years", "over the last decade", "throughout the years".
 */
export function retrospectiveAdjunctAt(view: SentenceView, i: number): number {
  const w = (k: number): string => view.words[k]?.lower ?? '';
  const first = w(i);
  if (first === 'for') {
    if (w(i + 1) === 'long' || (w(i + 1) === 'so' && w(i + 2) === 'long')) return i + 1;
    if (w(i + 1) === 'a' && w(i + 2) === 'long' && w(i + 3) === 'time') return i + 3;
    // "for years", "for two decades", "for the past three years", "for several months".
    let k = i + 1;
    if (w(k) === 'the' && (w(k + 1) === 'past' || w(k + 1) === 'last')) k += 2;
    while (k <= i + 4 && isCount(w(k))) k++;
    if (PERIOD_UNITS.has(w(k)) && w(k) !== 'weeks' && w(k) !== 'times') return k;
    if ((w(k) === 'decade' || w(k) === 'century') && k > i + 1) return k;
    return -1;
  }
  if (first === 'since') {
    const next = w(i + 1);
    // "since then", "since 2014", "since the 1990s", "since the invasion", "since its independence".
    if (next === 'then' || /^\d{4}s?$/.test(next) || (view.timexAt[i + 1] ?? -1) >= 0) return i + 1;
    if (['the', 'its', 'their', 'his', 'her', 'early', 'late', 'mid'].includes(next)) return i + 1;
    return -1;
  }
  if (first === 'in' || first === 'over' || first === 'throughout' || first === 'during') {
    // "in recent months", "in the past few years", "over the last decade", "throughout the years".
    let k = i + 1;
    if (w(k) === 'the') k++;
    const sawCue = w(k) === 'recent' || w(k) === 'past' || w(k) === 'last' || first === 'throughout' || first === 'over';
    if (!sawCue) return -1;
    const from = k;
    while (k <= i + 5 && isCount(w(k))) k++;
    if (k === from && first !== 'throughout') return -1;
    if (PERIOD_UNITS.has(w(k)) && w(k) !== 'weeks' && w(k) !== 'times') return k;
    if ((w(k) === 'decade' || w(k) === 'century') && (w(k - 1) === 'past' || w(k - 1) === 'last')) return k;
    return -1;
  }
  return -1;
}

/** Auxiliaries, adverbs and negations right before word `index`, nearest first. */
function verbGroupBefore(view: SentenceView, index: number): string[] {
  const chain: string[] = [];
  for (let k = index - 1; k >= 0 && index - k <= 6; k--) {
    const w = view.words[k]!.lower;
    if (AUXILIARIES.has(w) || ADVERBS.has(w) || HABITUAL.has(w) || NEGATIONS.has(w) || w === 'been' || w === 'ever') chain.push(w);
    else break;
  }
  return chain;
}

/** The verb a nominal trigger is the object of ("have been holding [talks]"), within 3 words in its clause, or -1. */
function governingVerb(view: SentenceView, clauses: ClauseMap, trigger: TriggerMatch): number {
  const clause = clauses.of[trigger.first];
  for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - 4); k--) {
    if (clauses.of[k] !== clause) return -1;
    const w = view.words[k]!;
    if (w.text === ',' || w.lower === 'and' || w.lower === 'of') return -1;
    if (w.pos === 'VERB') return k;
  }
  return -1;
}

/** A perfect made a stretch of time by its adverb ("has long been", "have always", "have recently"). */
function durativeGroup(chain: readonly string[]): boolean {
  return chain.some((w) => PERFECT_AUX.has(w)) && chain.some((w) => DURATIVE_WITH_PERFECT.has(w)) && !chain.some((w) => FUTURE_OR_MODAL.has(w));
}

const DURATIVE_TIMEX_INTRO = new Set(['since', 'for', 'over', 'throughout']);

/** Whether an event is background context (see the file comment), or null. */
export function findAspect(
  view: SentenceView,
  clauses: ClauseMap,
  trigger: TriggerMatch,
  governing: TimexRef | null,
  modality: string,
  matrix = -1,
): Aspect {
  const { words } = view;
  // "have long sought to join", "has for years tried to curb": an aim pursued over a stretch of
  // time is context too, whatever the aim's own modality.
  if ((modality === 'planned' || modality === 'asserted') && matrix >= 0 && durativeGroup(verbGroupBefore(view, matrix))) return 'background';
  if (modality !== 'asserted') return null;
  const head = trigger.verbal ? trigger.first : governingVerb(view, clauses, trigger);
  if (head >= 0) {
    if (words[head - 1]?.lower === 'to' && words[head - 2]?.lower === 'used') return 'background';
    const chain = verbGroupBefore(view, head);
    if (chain.some((w) => FUTURE_OR_MODAL.has(w))) return null;
    if (chain.some((w) => HABITUAL.has(w))) return 'background';
    const perfect = chain.some((w) => PERFECT_AUX.has(w));
    if (durativeGroup(chain)) return 'background';
    // "have been negotiating": the perfect progressive of an activity.
    if (perfect && chain[0] === 'been' && /ing$/.test(words[head]!.lower)) return 'background';
    if (chain.includes('had')) {
      const intro = governing ? (words[governing.first - 1]?.lower ?? '') : '';
      if (!governing || DURATIVE_TIMEX_INTRO.has(intro)) return 'background';
    }
  }
  // A retrospective adjunct in the trigger's clause, or opening the sentence.
  const clause = clauses.of[trigger.first];
  for (let i = 0; i < words.length; i++) {
    if (clauses.of[i] !== clause && i !== 0) continue;
    const end = retrospectiveAdjunctAt(view, i);
    if (end < 0) continue;
    if (clauses.of[i] === clause) return 'background';
    // Sentence-initial "Since then, ...": it scopes over the main clause after its comma and
    // the clauses that share that clause's subject ("... has been praised and has urged").
    let comma = end + 1;
    while (comma < words.length && comma <= end + 10 && words[comma]!.text !== ',') comma++;
    const main = clauses.of[comma + 1];
    if (words[comma]?.text === ',' && main !== undefined && (clause === main || clauses.clauses[clause ?? 0]?.sharesSubjectWith === main)) return 'background';
  }
  return null;
}
