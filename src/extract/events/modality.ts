/**
 * Whether an event is said to have happened (asserted), to be going to happen (planned),
 * not to have happened (denied) or only possibly (hypothetical), from the words before the
 * trigger in its clause. A planned event is never asserted.
 *
 * - denied: "did not meet", "never visited", "no talks", "refused to meet", "denied attacking";
 * - hypothetical: "if ... withdraw", "could/may/might attack", "must/should withdraw"
 *   (an obligation), "urged X to withdraw", "accused X of sheltering";
 * - planned: "will/would/shall visit", "is to visit", "plans/agreed/is ready to visit",
 *   "invitation to X to visit", "upcoming talks", a time expression pointing to the future.
 *
 * The cue says why, so that PLOVER coding can tell a stated intention ("will supply": AGREE)
 * from a purpose ("arrived to attend") or a request ("urged X to").
 */
import type { EventModality } from '../../core/types.js';
import type { ClauseMap } from '../../language/syntax/clauses.js';
import type { TriggerMatch } from './match.js';
import type { SentenceView, TimexRef } from '../../language/syntax/sentence-view.js';
import {
  ADVERBS,
  AUXILIARIES,
  FUTURE_MODALS as FUTURE_AUX,
  NEGATIONS,
  OBLIGATION_MODALS as OBLIGATION_AUX,
  POSSIBILITY_MODALS as POSSIBLE_AUX,
} from '../../language/syntax/lexicon.js';

export type ModalityCue =
  | 'negation'
  | 'refusal'
  | 'deny-verb'
  | 'condition'
  | 'possible'
  | 'obligation'
  | 'ask'
  | 'gerund'
  | 'noun'
  | 'future'
  | 'intent'
  | 'purpose'
  | 'timex'
  | null;

export interface ModalityResult {
  modality: EventModality;
  cue: ModalityCue;
  /** Word index of the verb the trigger depends on ("agreed" in "agreed to meet"), or -1. */
  matrix: number;
}

const GERUND_PREPS = new Set(['for', 'of', 'about', 'towards', 'toward', 'to', 'at', 'on', 'against', 'without', 'from', 'into', 'with']);
const DENY_MATRIX = /^(refus|declin|fail|denie|deny|denying|reject|ruled|rules|avoid|ceas)/;
const ASK_MATRIX = /^(urg|ask|call|demand|press|request|appeal|threat|warn|push|forc|order|encourag|invit|persuad|pressur)/;
/** Verbs and adjectives of the actor's own intention ("agreed to", "is ready to", "vowed to"). */
const INTENT_MATRIX =
  /^(agre|plan|intend|want|hope|aim|seek|sought|decid|promis|pledg|vow|swor|swear|offer|ready|prepar|willing|commit|determin|resolv|eager|keen|wish|propos|go(ing)?$)/;
/** Verbs of expectation and arrangement ("is expected to", "is set to"): planned, not an intention. */
const PLAN_MATRIX = /^(expect|schedul|set$|due$|slated|poised|likely|arrang|design|need|bound)/;
/** "attempted to assassinate", "tried to storm": the attempt happened. */
const ATTEMPT_MATRIX = /^(attempt|tr(y|ie)|sought)/;
const PLANNED_NOUN_MODS = new Set(['upcoming', 'planned', 'proposed', 'scheduled', 'forthcoming', 'expected', 'next', 'future', 'prospective']);
const POSSIBLE_NOUN_MODS = new Set(['possible', 'potential', 'possibility', 'likely', 'probable']);

const r = (modality: EventModality, cue: ModalityCue, matrix = -1): ModalityResult => ({ modality, cue, matrix });

export function findModality(
  view: SentenceView,
  clauses: ClauseMap,
  trigger: TriggerMatch,
  governingTimex: TimexRef | null,
): ModalityResult {
  const { words } = view;
  const { chain, k } = auxiliariesBefore(view, trigger.first);
  const prev = words[trigger.first - 1]?.lower ?? '';
  if (chain.some((w) => NEGATIONS.has(w)) || prev === 'no') {
    // "will not accept", "would never recognise": a refusal.
    return r('denied', chain.some((w) => FUTURE_AUX.has(w)) ? 'refusal' : 'negation');
  }

  // The verb the trigger depends on: "refused to meet", "denied attacking", "invitation to X to visit".
  let matrix = -1;
  const infinitive = chain[0] === 'to' || prev === 'to';
  const gerund = /ing$/.test(words[trigger.headWord]?.lower ?? '') && trigger.verbal;
  if (infinitive || gerund) {
    for (let j = k; j >= Math.max(0, k - 6); j--) {
      const w = words[j]!.lower;
      if (ATTEMPT_MATRIX.test(w) && j === k) return r('asserted', null, j);
      if (DENY_MATRIX.test(w) || ASK_MATRIX.test(w) || INTENT_MATRIX.test(w) || PLAN_MATRIX.test(w)) {
        matrix = j;
        break;
      }
      if (w === ',' || w === ';') break;
    }
  }
  const m = matrix >= 0 ? words[matrix]!.lower : '';
  if (m && DENY_MATRIX.test(m)) return r('denied', /^(refus|declin|reject)/.test(m) ? 'refusal' : 'deny-verb', matrix);
  // "the US must be ready to mediate", "Iran should agree to stop": an obligation on the matrix
  // verb puts the act under it.
  if (m && (INTENT_MATRIX.test(m) || PLAN_MATRIX.test(m))) {
    for (let j = matrix - 1; j >= Math.max(0, matrix - 4); j--) {
      const w = words[j]!.lower;
      if (OBLIGATION_AUX.has(w)) return r('hypothetical', 'obligation', matrix);
      if (!(AUXILIARIES.has(w) || ADVERBS.has(w) || w === 'be')) break;
    }
  }
  // "the importance of exploring", "avenues for enhancing", "accused X of sheltering".
  if (gerund && chain.length === 0 && GERUND_PREPS.has(prev)) return r('hypothetical', 'gerund');

  const clause = clauses.clauses[clauses.of[trigger.first] ?? 0];
  const ifBefore = words.slice(0, trigger.first).some((w, i) => clauses.of[i] === clause?.id && (w.lower === 'if' || w.lower === 'unless'));
  if (clause?.conditional || ifBefore) return r('hypothetical', 'condition');
  if (chain.some((w) => OBLIGATION_AUX.has(w)) || (chain[0] === 'to' && /^(ha[sdv]e?|need|needs)$/.test(words[k + chain.length]?.lower ?? words[k]?.lower ?? ''))) {
    return r('hypothetical', 'obligation');
  }
  if (chain.some((w) => POSSIBLE_AUX.has(w))) return r('hypothetical', 'possible');
  if (m && ASK_MATRIX.test(m)) return r(/^invit/.test(m) ? 'planned' : 'hypothetical', 'ask', matrix);
  if (!trigger.verbal) {
    const mods = words.slice(Math.max(0, trigger.first - 3), trigger.first).map((w) => w.lower);
    if (mods.some((w) => POSSIBLE_NOUN_MODS.has(w))) return r('hypothetical', 'noun');
    if (mods.some((w) => PLANNED_NOUN_MODS.has(w))) return r('planned', 'noun');
    // The verb the noun depends on: "offered delivery", "demanded the withdrawal", "rejected talks".
    for (let j = trigger.first - 1; j >= Math.max(0, trigger.first - 4); j--) {
      const w = words[j]!;
      if (w.text === ',' || w.lower === 'and') break;
      if (DENY_MATRIX.test(w.lower)) return r('denied', 'deny-verb', j);
      if (ASK_MATRIX.test(w.lower)) return r('hypothetical', 'ask', j);
      if (INTENT_MATRIX.test(w.lower) && /(ed|s|e)$/.test(w.lower)) return r('planned', 'intent', j);
      if (w.pos === 'VERB') break;
    }
    // The verb after it: "a meeting could be held", "talks will take place".
    const next: string[] = [];
    for (let j = trigger.last + 1; j < words.length && j <= trigger.last + 4; j++) {
      const w = words[j]!.lower;
      if (AUXILIARIES.has(w) || ADVERBS.has(w) || NEGATIONS.has(w)) next.push(w);
      else break;
    }
    if (next.some((w) => NEGATIONS.has(w))) return r('denied', 'negation');
    if (next.some((w) => POSSIBLE_AUX.has(w))) return r('hypothetical', 'possible');
    if (next.some((w) => FUTURE_AUX.has(w))) return r('planned', 'future');
  }

  if (isFutureChain(chain)) return r('planned', 'future');
  // "is to include supplying", "will start delivering": the gerund is what the future verb governs.
  if (gerund && chain.length === 0 && k === trigger.first - 1 && (words[k]?.pos ?? 'VERB') === 'VERB' && isFutureChain(auxiliariesBefore(view, k).chain)) {
    return r('planned', 'future', k);
  }
  if (m && INTENT_MATRIX.test(m)) return r('planned', 'intent', matrix);
  if (m && PLAN_MATRIX.test(m)) return r('planned', 'future', matrix);
  // "should take the initiative and cooperate", "would exchange views and discuss": a bare verb
  // coordinated under a modal earlier in the clause.
  if (trigger.verbal && isBareForm(words[trigger.headWord]!.lower) && !chain.some((w) => w === 'do' || w === 'does' || w === 'did')) {
    for (let j = trigger.first - 1; j >= 0 && clauses.of[j] === clause?.id; j--) {
      const w = words[j]!.lower;
      if (POSSIBLE_AUX.has(w)) return r('hypothetical', 'possible');
      if (OBLIGATION_AUX.has(w)) return r('hypothetical', 'obligation');
      if (FUTURE_AUX.has(w)) return r('planned', 'future');
      // "aims to tighten sanctions and impose a blockade": coordinated under an infinitive.
      if (w === 'to' && words[j + 1]?.pos === 'VERB' && words.slice(j + 1, trigger.first).some((x) => x.lower === 'and' || x.lower === 'or')) return r('planned', 'purpose');
    }
  }
  if (infinitive && trigger.verbal) return r('planned', 'purpose');
  if (governingTimex?.timex.direction === 'future') return r('planned', 'timex');
  return r('asserted', null);
}

/**
 * The auxiliaries, adverbs, negations and "to" right before word `index`, nearest first
 * ("is to visit" before "visit": ["to", "is"]), and the index of the word before them.
 */
function auxiliariesBefore(view: SentenceView, index: number): { chain: string[]; k: number } {
  const { words } = view;
  const chain: string[] = [];
  let k = index - 1;
  while (k >= 0 && index - k <= 6) {
    const w = words[k]!.lower;
    if (AUXILIARIES.has(w) || OBLIGATION_AUX.has(w) || ADVERBS.has(w) || NEGATIONS.has(w) || w === 'to' || w === 'going' || w === 'able' || w === 'be') {
      chain.push(w);
      k--;
      continue;
    }
    break;
  }
  return { chain, k };
}

/** "will", "would", "going to", "is to" / "are to": the verb after the chain is in the future. */
function isFutureChain(chain: readonly string[]): boolean {
  if (chain.some((w) => FUTURE_AUX.has(w) || w === 'going')) return true;
  return chain[0] === 'to' && chain.slice(1).some((w) => w === 'is' || w === 'are' || w === 'was' || w === 'were' || w === 'be');
}

/** A verb form without -s/-ed/-ing (base form or present plural). */
function isBareForm(w: string): boolean {
  return !/(ed|ing|[^s]s)$/.test(w) && !PAST_IRREGULAR.has(w);
}

/** Tense of the trigger's clause: past, present or unknown (nouns without a past verb nearby). */
export function findTense(view: SentenceView, clauses: ClauseMap, trigger: TriggerMatch): 'past' | 'present' | 'unknown' {
  const { words } = view;
  const head = words[trigger.headWord]!.lower;
  const before = words.slice(Math.max(0, trigger.first - 4), trigger.first).map((w) => w.lower);
  if (before.some((w) => ['has', 'have', 'had', 'was', 'were', 'did'].includes(w))) return 'past';
  if (trigger.verbal) {
    if (/ed$/.test(head) || PAST_IRREGULAR.has(head)) return 'past';
    if (before.some((w) => w === 'is' || w === 'are' || w === 'does' || w === 'do')) return 'present';
    if (/[^s]s$/.test(head)) return 'present';
  }
  const id = clauses.of[trigger.first];
  for (let i = 0; i < words.length; i++) {
    if (clauses.of[i] !== id) continue;
    const w = words[i]!;
    if (['was', 'were', 'had', 'did'].includes(w.lower)) return 'past';
    if (w.pos === 'VERB' && (/ed$/.test(w.lower) || PAST_IRREGULAR.has(w.lower))) return 'past';
  }
  return 'unknown';
}

const PAST_IRREGULAR = new Set(
  ('met held struck made sent gave flew spoke took withdrew brought sought broke shot beat cut put set sold ' +
    'fought forgave went came led had paid told threw stood undertook blew hit shut lent spent rose won swore ' +
    'froze stole began overthrew shook bore quit bid spread')
    .split(' '),
);
