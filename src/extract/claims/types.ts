import type { Span } from '../../core/types.js';

/** A word of a sentence with its part of speech (wink's universal tags). */
export interface Word extends Span {
  text: string;
  pos: string;
}

/** Why a quantity is not a claim: see `skipReason` in filter.ts. */
export type SkipReason =
  | 'ordinal'
  | 'date-or-time'
  | 'year'
  | 'in-name'
  | 'group-reference'
  | 'age'
  | 'page-furniture'
  /** Inside a longer quantity ("17" in "17 countries"): the longer one is the claim. */
  | 'overlap'
  | 'no-subject';
