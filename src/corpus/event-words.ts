/**
 * Event words for merging reports across documents: the root of a trigger word ("shot",
 * "shooting" -> shoot; "nominations" -> nominate) and families of words that name the same
 * kind of happening in news ("killed", "murder", "died", "death" -> death; "quake", "temblor"
 * -> earthquake; "bought", "acquisition" -> acquire). Finer than an event kind (an attack may
 * kill or destroy), so two reports in one story with the same family are taken to be one
 * happening.
 */
import { verbStem } from '../extract/events/inflect.js';

/** Family -> its member words and phrases (lemmas; phrases are lemmas joined by a space). */
const FAMILIES: Record<string, readonly string[]> = {
  death: ['kill', 'murder', 'slay', 'die', 'death', 'dead', 'fatal', 'fatality', 'assassinate', 'pass away', 'shoot dead', 'lose life'],
  injure: ['injure', 'injury', 'wound', 'hurt'],
  shoot: ['shoot', 'gunfire', 'gun down', 'open fire'],
  attack: ['attack', 'assault', 'ambush'],
  bomb: ['bomb', 'bombing', 'blast', 'explosion', 'explode', 'detonate'],
  earthquake: ['earthquake', 'quake', 'temblor'],
  fire: ['fire', 'blaze', 'inferno', 'wildfire'],
  flood: ['flood', 'deluge', 'inundate'],
  crash: ['crash', 'accident', 'collision', 'collide', 'wreck'],
  strike: ['hit', 'strike'],
  damage: ['damage', 'destroy', 'devastate', 'destruction'],
  sever: ['sever', 'cut'],
  arrest: ['arrest', 'detain', 'detention', 'capture', 'apprehend', 'nab', 'custody'],
  charge: ['charge', 'accuse', 'indict', 'indictment', 'accusation'],
  convict: ['convict', 'conviction'],
  sentence: ['sentence', 'jail', 'imprison'],
  release: ['release', 'free'],
  escape: ['escape', 'flee', 'breakout'],
  kidnap: ['kidnap', 'abduct', 'abduction', 'hostage'],
  rob: ['rob', 'robbery', 'heist', 'hold-up', 'holdup'],
  steal: ['steal', 'theft', 'loot', 'burglary'],
  acquire: ['acquire', 'acquisition', 'buy', 'purchase', 'takeover', 'take over'],
  appoint: ['appoint', 'appointment', 'name', 'nominate', 'nominee', 'pick', 'choose', 'select', 'tap'],
  resign: ['resign', 'resignation', 'quit', 'step down'],
  fire_job: ['dismiss', 'dismissal', 'sack', 'oust', 'ouster', 'lay off', 'layoff'],
  win: ['win', 'victory', 'beat', 'defeat', 'triumph', 'lose'],
  launch: ['launch', 'unveil', 'introduce', 'debut', 'premiere'],
  announce: ['announce', 'announcement', 'declare', 'declaration'],
  find: ['find', 'discover', 'discovery', 'locate'],
  thwart: ['thwart', 'foil'],
  repair: ['repair', 'fix', 'patch'],
  enter: ['enter', 'check in', 'check into'],
  meet: ['meet', 'meeting', 'talk', 'summit'],
  visit: ['visit', 'trip', 'tour'],
  agree: ['agree', 'agreement', 'deal', 'accord'],
  sign: ['sign', 'signing', 'ink'],
  elect: ['elect', 'election'],
  vote: ['vote', 'ballot'],
  protest: ['protest', 'demonstrate', 'demonstration', 'rally', 'march'],
};

let familyOf: Map<string, string> | null = null;

/** Root phrase -> family, built on first use (it needs eventRoot). */
function families(): Map<string, string> {
  if (familyOf) return familyOf;
  familyOf = new Map();
  for (const [family, words] of Object.entries(FAMILIES)) for (const w of words) familyOf.set(w.split(' ').map(eventRoot).join(' '), family);
  return familyOf;
}

/** Nouns whose root is not their shape. */
const NOUN_ROOT: Record<string, string> = {
  talks: 'talk',
  shot: 'shoot',
  shots: 'shoot',
  news: 'news',
  series: 'series',
  crises: 'crisis',
};

/**
 * The root of one word, shared by its forms: verb forms to the verb's stem ("shot", "shooting"
 * -> shoot), plurals to the singular, "-ation" nouns to their "-ate" verb ("nominations" ->
 * nominat, as "nominated"). Roots are for comparing, not for display.
 */
export function eventRoot(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
  if (w === '') return w;
  const fixed = NOUN_ROOT[w];
  if (fixed) return fixed;
  if (w.length > 5 && /ations?$/.test(w)) return w.replace(/ations?$/, 'at');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ch|sh|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return verbStem(w);
}

/** Words that carry no event by themselves in a multi-word trigger. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'has', 'have', 'had', 'his', 'her', 'their', 'its', 'my', 'our', 'your']);
const PREPOSITIONS = new Set(['to', 'of', 'in', 'into', 'on', 'at', 'by', 'for', 'with', 'from']);

/**
 * The family of a trigger ("were killed", "passed away", "the deadly quake"): a phrase of the
 * content words' roots first ("pass away"), else the family of the head (the given head word,
 * or the last content word), else null.
 */
export function eventFamily(trigger: string, head?: string): string | null {
  const roots = (trigger.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map(eventRoot);
  for (let n = Math.min(3, roots.length); n >= 2; n--) {
    for (let i = 0; i + n <= roots.length; i++) {
      const f = families().get(roots.slice(i, i + n).join(' '));
      if (f) return f;
    }
  }
  if (head !== undefined) return families().get(eventRoot(head)) ?? null;
  for (let i = roots.length - 1; i >= 0; i--) {
    if (PREPOSITIONS.has(roots[i]!)) continue;
    const f = families().get(roots[i]!);
    if (f) return f;
  }
  return null;
}

/** What the words of a trigger say about the happening: the head's root and the family. */
export interface EventWords {
  root: string;
  family: string | null;
}

/** Root and family of a trigger; the head is the given head word or the last content word. */
export function eventWords(trigger: string, head?: string): EventWords {
  let root = head !== undefined ? eventRoot(head) : '';
  if (root === '') {
    const words = (trigger.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w) && !PREPOSITIONS.has(w));
    root = words.length > 0 ? eventRoot(words[words.length - 1]!) : '';
  }
  return { root, family: eventFamily(trigger) };
}

/** Two triggers name the same kind of happening: the same root, or the same family. */
export function sameEventWords(a: EventWords, b: EventWords): boolean {
  if (a.root !== '' && a.root === b.root) return true;
  return a.family !== null && a.family === b.family;
}
