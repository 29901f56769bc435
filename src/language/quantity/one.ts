/**
 * "one" is mostly a pronoun or a determiner, not a count: "one of the ...", "no one", "one
 * another", "the one who", "one day", "on the one hand", "one official said" (an official,
 * not a tally of officials), "one-sided". It counts only when it is a number the sentence
 * could have said otherwise ("one person was killed", "killing one soldier"): a counted noun
 * follows, the word before is not a determiner, and the noun is not an abstract one or a
 * source about to speak.
 */

/** Words before "one" that make it a pronoun or a determiner: "no one", "the one", "every one", "which one". */
const DETERMINER_BEFORE = /\b(?:no|the|this|that|which|each|every|any|some|another|such|a|an|any|someone|the\s+only|number|no\.|last|next|little|big|main|new|right|wrong|other)\s+$/i;

/** Words after "one" that make it a pronoun: "one of", "one another", "one or two", "one by one", "one who". */
const PRONOUN_AFTER = /^[\s]*(?:of|another|or|by|after|who|which|that|is|was|has|had|would|could|should|can|will|must|may|might|does|did|thing|says|said|to|for|in|on|at|with|and|but|more)\b/i;

/** Nouns "one" goes with as a determiner: "one way", "one reason", "one side", "on the one hand". */
const ABSTRACT = new Set(
  ('way ways reason side hand thing example case point option issue question problem factor aspect area part kind sort type form step ' +
    'source sources idea sign measure possibility scenario theory version explanation priority concern challenge goal aim lesson ' +
    'another hope fear view opinion argument proposal solution message thing place time day night morning evening afternoon')
    .split(' '),
);

/** Speech verbs: "one official said" is "an official said". */
const SPEECH_AFTER = /^\s*(?:said|says|say|told|tells|added|noted|explained|warned|stated|claimed|described|recalled|wrote|asked|commented)\b/i;

/**
 * Is the "one" at [start, end) a count? `noun` is the counted noun the quantity layer found
 * after it (null when none) and `nounEnd` where that noun ends.
 */
export function oneIsCount(text: string, start: number, end: number, noun: string | null, nounEnd: number): boolean {
  if (noun === null) return false;
  if (/^-/.test(text.slice(end, end + 1))) return false; // "one-sided", "one-party state", "one-on-one"
  if (DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
  if (PRONOUN_AFTER.test(text.slice(end, end + 12))) return false;
  if (ABSTRACT.has(noun.toLowerCase())) return false;
  if (SPEECH_AFTER.test(text.slice(nounEnd, nounEnd + 12))) return false;
  return true;
}
