/** Public types of the per-document event extractor. */
import type { EventMention } from '../../core/types.js';

/** The 18 PLOVER event types (plus FIGHT, kept apart from ASSAULT as in the CAMEO-derived gold). */
export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'COOPERATE'
  | 'AID'
  | 'CONCEDE'
  | 'RETREAT'
  | 'DEMAND'
  | 'DISAPPROVE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'COERCE'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'FIGHT'
  | 'ASSAULT'
  | 'INVESTIGATE';

/** The plain-language kind shown beside the PLOVER type. */
export type EventKind =
  | 'meet'
  | 'call'
  | 'visit'
  | 'travel'
  | 'sign'
  | 'agree'
  | 'offer'
  | 'support'
  | 'cooperate'
  | 'supply'
  | 'aid'
  | 'concede'
  | 'withdraw'
  | 'release'
  | 'demand'
  | 'condemn'
  | 'accuse'
  | 'reject'
  | 'threaten'
  | 'protest'
  | 'coerce'
  | 'sanction'
  | 'mobilize'
  | 'fight'
  | 'attack'
  | 'investigate';

/** How roles map onto the words around a trigger. */
export type RoleFrame =
  /** subject = source, object / "with X" / "to X" = target (the default). */
  | 'active'
  /** subject = target, "from X" = source ("received a call from", "received a shipment"). */
  | 'inverse';

/**
 * One trigger pattern. `pattern` is a space-separated list of slots:
 * - `V:meet` any form of the verb lemma (inflected with the table in inflect.ts);
 * - `N:visit` the noun and its plural;
 * - `a|b|c` one of these literal lowercase words;
 * - `*` up to 3 other words (determiners, adjectives: "held [bilateral] talks"), `**` up to 6.
 * The trigger span runs from the first to the last matched slot.
 */
export interface TriggerRule {
  pattern: string;
  kind: EventKind;
  plover: PloverType;
  /** The rule is void when the word after the trigger is one of these ("called for", "called off"). */
  notBefore?: readonly string[];
  /** The rule is void when the word before the trigger is one of these ("so-called"). */
  notAfter?: readonly string[];
  /** The rule needs a named participant (mention) within the next 4 words ("received [the] President"). */
  needsObject?: boolean | 'person' | 'group';
  /** The rule is void when one of these words (prefix match) is among the 3 words after the trigger. */
  notNear?: readonly string[];
  /** The head word must not be tagged NOUN/PROPN by the sentence stage ("a ban", "a demand"). */
  verbOnly?: boolean;
  /** With needsObject: the rule is void when this word follows the object ("calling Pakistan an ..."). */
  notAfterObject?: readonly string[];
  /** The rule needs one of these words somewhere in the sentence (lowercase stems, prefix match). */
  needsContext?: readonly string[];
  frame?: RoleFrame;
  /** Higher wins when two rules match overlapping words. Default: number of slots. */
  priority?: number;
  /**
   * Refinements: the first whose words (prefix match, lowercase) occur within `window` words
   * after the trigger (or anywhere in the sentence with `inSentence`) replaces kind/plover.
   */
  refine?: readonly TriggerRefinement[];
}

export interface TriggerRefinement {
  words: readonly string[];
  window?: number;
  inSentence?: boolean;
  kind?: EventKind;
  plover: PloverType;
}

export interface FindEventsOptions {
  /** Extra trigger rules tried before the built-in lexicon. */
  extraRules?: readonly TriggerRule[];
}

export type { EventMention };
