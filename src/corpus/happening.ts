/**
 * What an event mention says happened, beyond who and when, for telling two reports of one
 * happening from two happenings of one kind between the same parties:
 * - objects: the head words of the thing acted on or talked about — the object of a verb
 *   trigger ("shipped rice"), the "of", "for" or "on" complement or the noun compound of a noun trigger
 *   ("deliveries of fuel", "a deal for wheat", "rice shipments"), the subject of a passive ("ten hostages were
 *   freed"), the "with" complement after a recipient ("supplied the army with rifles"). A
 *   measure or a partitive noun hands over to its "of" complement ("two tons of rice",
 *   "a shipment of rifles"); named entities are left out (they are participants or places);
 * - figures: numbers with a unit in the trigger's clause ("300 tons", "12 people");
 * - the content words of the clause, so that an object counts as different only when the
 *   other report does not name it at all.
 * Words are compared by root (event-words.ts) and, through the topic lexicon of the event
 * extractor, by class ("rice" and "grain" are both food; "fuel" is energy).
 */
import type { Article, EventMention, Quantity, Span } from '../core/types.js';
import { figuresConflict } from '../extract/claims/bounds.js';
import { findTopics } from '../extract/events/topics.js';
import { MEASURES, SCALES } from '../language/quantity/units.js';
import { eventRoot } from './event-words.js';
import { firstStartFrom } from '../core/sorted.js';

export interface HappeningFigure {
  value: number;
  /** The unit's root ("tons" -> ton, "people" -> peopl), or "%" / a currency code. */
  unit: string;
  /** The unit as written or normalised by the quantity reader ("people", "t", "USD"), for display. */
  unitText: string;
  /** Topic classes of the unit word ("insurgents" and "militants" are both counter-terrorism). */
  unitClasses: string[];
  qualifier?: Quantity['qualifier'];
  vague?: boolean;
}

export interface Happening {
  /** Roots of the object head words, in text order. */
  objects: string[];
  /** Topic classes of the object words (the event extractor's topic lexicon: "rice" -> food). */
  classes: string[];
  figures: HappeningFigure[];
  /** Roots of the clause's content words (the objects of the other report are looked up here). */
  words: Set<string>;
}

/** The parts of an article a happening is read from. */
export type HappeningSource = Pick<Article, 'text' | 'tokens' | 'mentions' | 'quantities'>;

const EMPTY: Happening = { objects: [], classes: [], figures: [], words: new Set() };

/** Nouns that measure or portion out what their "of" complement names. */
const PARTITIVE = new Set([
  'amount', 'quantity', 'number', 'lot', 'batch', 'shipment', 'consignment', 'cargo', 'load', 'delivery', 'supply',
  'kind', 'type', 'sort', 'part', 'portion', 'share', 'piece', 'set', 'pair', 'range', 'series', 'stock', 'worth',
  'dozen', 'hundred', 'thousand', 'million', 'billion', 'ton', 'tonne', 'barrel', 'bag', 'sack', 'unit', 'round',
  'first', 'rest', 'bulk', 'majority', 'half', 'package', 'tranche', 'volume', 'value',
].map(eventRoot));
const MEASURE_ROOTS = new Set([...Object.keys(MEASURES), ...Object.keys(SCALES)].filter((w) => !w.includes(' ')).map(eventRoot));

/** Words that head a noun phrase without saying what it is about. */
const EMPTY_HEADS = new Set([
  'thing', 'way', 'matter', 'issue', 'side', 'lot', 'one', 'other', 'time', 'day', 'week', 'month', 'year', 'today',
  'people', 'person', 'group', 'part', 'area', 'place', 'effort', 'step', 'move', 'plan', 'need', 'country', 'nation',
].map(eventRoot));

/** Adjectives that quantify or order, never what a phrase is about ("more than a year", "other projects"). */
const NO_HEAD_ADJECTIVES = new Set(['more', 'less', 'most', 'least', 'many', 'much', 'few', 'several', 'other', 'such', 'same', 'last', 'next', 'own', 'further', 'additional', 'various', 'recent', 'former', 'new', 'first', 'second', 'third', 'final', 'main', 'major']);

const BE = /^(?:be|is|are|was|were|been|being|get|got|gets|getting|gotten)$/i;
const NOUNY = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'ADV', 'SYM', 'X']);
const POSSESSIVE = /^(?:its|their|his|her|our|my|your)$/i;
/** Hedges a tagger may call prepositions inside a noun phrase ("around a million tons"). */
const HEDGE = /^(?:around|about|some|over|nearly|almost|roughly|approximately)$/i;

/** Which article tokens fall in a span, with their text (tokens are in text order: a binary search finds the first). */
function tokensIn(src: HappeningSource, span: Span): { start: number; end: number; pos: string; text: string }[] {
  const tokens = src.tokens;
  const lo = firstStartFrom(tokens, span.start);
  const out: { start: number; end: number; pos: string; text: string }[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < span.end; i++) {
    const t = tokens[i]!;
    if (t.end > span.end) break;
    out.push({ start: t.start, end: t.end, pos: t.pos ?? 'X', text: src.text.slice(t.start, t.end) });
  }
  return out;
}

/** Clause boundaries inside a sentence: a semicolon, a dash, or a conjunction opening a new clause. */
const CLAUSE_BREAK = /^(?:;|—|–|but|while|whereas|although|though|meanwhile)$/i;

/**
 * What the mention at `trigger` (in `sentence`) says happened. `skip` holds spans of names that
 * are no object (participants, places: every named mention of the text is skipped anyway).
 */
export function describeHappening(src: HappeningSource, trigger: Span, sentence: Span): Happening {
  const all = tokensIn(src, sentence);
  if (all.length === 0) return EMPTY;
  // The clause: tokens between the nearest clause breaks around the trigger.
  let from = 0;
  let to = all.length - 1;
  for (let i = 0; i < all.length; i++) {
    if (!CLAUSE_BREAK.test(all[i]!.text)) continue;
    if (all[i]!.end <= trigger.start) from = i + 1;
    else if (all[i]!.start >= trigger.end && i - 1 < to) {
      to = i - 1;
      break;
    }
  }
  const toks = all.slice(from, to + 1);
  const clause: Span = { start: toks[0]?.start ?? sentence.start, end: toks[toks.length - 1]?.end ?? sentence.end };
  const named = src.mentions.filter((m) => m.end > clause.start && m.start < clause.end && m.form !== 'pronoun' && m.form !== 'nominal');
  const isName = (t: { start: number; end: number }) => named.some((m) => t.start < m.end && m.start < t.end);
  const words = new Set<string>();
  for (const t of toks) if (/^(?:NOUN|VERB|ADJ|PROPN)$/.test(t.pos)) words.add(eventRoot(t.text));
  const figures: HappeningFigure[] = [];
  for (const q of src.quantities) {
    if (q.start < clause.start || q.end > clause.end) continue;
    // A count the quantity reader left without a unit because a name stands between ("40 Ruritanian sailors"): the next noun.
    let unit = q.unit;
    if (unit === null) {
      const next = toks.filter((t) => t.start >= q.end).slice(0, 4);
      const noun = next.find((t) => t.pos === 'NOUN');
      const before = noun ? next.slice(0, next.indexOf(noun)) : [];
      if (noun && before.every((t) => t.pos === 'PROPN' || t.pos === 'ADJ' || isName(t))) unit = noun.text;
    }
    if (unit === null) continue;
    figures.push({ value: q.value, unit: unitRoot(unit), unitText: unit, unitClasses: /^[A-Z]{3}$|%/.test(unit) ? [] : findTopics(unit), qualifier: q.qualifier ?? null, vague: q.vague ?? false });
  }
  const inTrigger = toks.map((t, i) => (t.start < trigger.end && trigger.start < t.end ? i : -1)).filter((i) => i >= 0);
  if (inTrigger.length === 0) return { objects: [], classes: [], figures, words };
  const first = inTrigger[0]!;
  const last = inTrigger[inTrigger.length - 1]!;
  const head = toks[last]!;
  const objects: string[] = [];
  const classes = new Set<string>();
  const take = (i: number | null) => {
    if (i === null) return;
    const root = eventRoot(toks[i]!.text);
    if (root === '' || EMPTY_HEADS.has(root) || objects.includes(root)) return;
    objects.push(root);
    for (const c of findTopics(toks[i]!.text)) classes.add(c);
  };
  /** Head of the noun phrase starting at token i: the last noun before a stop; a measure or partitive passes to its "of" complement. */
  const phraseHead = (i: number): number | null => {
    let best: number | null = null;
    let noun = false;
    let j = i;
    for (; j < toks.length; j++) {
      const t = toks[j]!;
      const possessive = t.pos === 'PRON' && POSSESSIVE.test(t.text);
      if (!NOUNY.has(t.pos) && t.pos !== 'PART' && !possessive && !(t.pos === 'ADP' && HEDGE.test(t.text))) break;
      if (t.pos === 'PART' && !/^['’]s$/.test(t.text)) break;
      if (isName(t)) continue;
      // The last noun; an adjective only while no noun is seen ("Russian crude" tagged as two adjectives).
      if (t.pos === 'NOUN') [best, noun] = [j, true];
      else if (t.pos === 'ADJ' && !noun && !NO_HEAD_ADJECTIVES.has(t.text.toLowerCase())) best = j;
    }
    if (best !== null && toks[j]?.text.toLowerCase() === 'of') {
      const root = eventRoot(toks[best]!.text);
      if (PARTITIVE.has(root) || MEASURE_ROOTS.has(root)) return phraseHead(j + 1) ?? best;
    }
    if (best === null && toks[j]?.text.toLowerCase() === 'of' && j > i) return phraseHead(j + 1);
    return best;
  };
  const passive = first > 0 && toks.slice(Math.max(0, first - 3), first).some((t) => BE.test(t.text)) && head.pos === 'VERB';
  if (head.pos === 'VERB' && !passive) {
    let i = last + 1;
    while (i < toks.length && (toks[i]!.pos === 'ADV' || (toks[i]!.pos === 'ADP' && /^(?:up|out|off|down|away)$/i.test(toks[i]!.text)))) i++;
    // A named recipient first ("supplied the army with rifles", "handed Kenya two boats").
    let k = i;
    while (k < toks.length && (toks[k]!.pos === 'DET' || isName(toks[k]!))) k++;
    if (k > i && toks.slice(i, k).some(isName)) {
      if (toks[k]?.text.toLowerCase() === 'with') take(phraseHead(k + 1));
      else take(phraseHead(k));
    } else take(phraseHead(i));
  } else if (passive) {
    // The subject of a passive: the noun phrase ending before the auxiliaries.
    let j = first - 1;
    while (j >= 0 && (toks[j]!.pos === 'AUX' || toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PART' || BE.test(toks[j]!.text))) j--;
    while (j >= 0 && toks[j]!.pos !== 'NOUN' && NOUNY.has(toks[j]!.pos) && !isName(toks[j]!)) j--;
    if (j >= 0 && toks[j]!.pos === 'NOUN' && !isName(toks[j]!)) take(j);
  } else if (head.pos === 'NOUN') {
    // Its complement: "deliveries of fuel", "a deal for wheat", "talks on energy".
    if (/^(?:of|for|on)$/i.test(toks[last + 1]?.text ?? '')) take(phraseHead(last + 2));
    // A noun compound ahead of the trigger ("rice shipments").
    for (let j = first - 1; j >= Math.max(0, first - 2) && toks[j]!.pos === 'NOUN' && !isName(toks[j]!); j--) take(j);
  }
  return { objects, classes: [...classes], figures, words };
}

/** The happening of an article's event mention. */
export function happeningOf(a: HappeningSource, m: EventMention): Happening {
  return describeHappening(a, m, m.sentence);
}

function unitRoot(unit: string): string {
  return /^[A-Z]{3}$|%/.test(unit) ? unit : unit.toLowerCase().split(/\s+/).map(eventRoot).join(' ');
}

/** Do two reports' objects name the same thing: a shared root, or a shared topic class. */
export function objectsAgree(a: Pick<Happening, 'objects' | 'classes'>, b: Pick<Happening, 'objects' | 'classes'>): boolean {
  return a.objects.some((x) => b.objects.includes(x)) || a.classes.some((c) => b.classes.includes(c));
}

/**
 * The two reports name different things acted on: each object is of a known class (the topic
 * lexicon: food, energy, defence, ...), the classes do not meet, no object root is shared, and
 * neither report's clause uses the other's object word (so "shipped rice" and "the rice
 * shipment arrived" are not told apart by a parse). Words of no known class never conflict:
 * reports name one thing by many words ("the woman", "his girlfriend"; "the startup", "the
 * vendor"), and on ECB+ a test by words alone dropped four right links for each wrong one.
 */
export function objectsConflict(a: Happening, b: Happening): boolean {
  if (a.classes.length === 0 || b.classes.length === 0) return false;
  if (objectsAgree(a, b)) return false;
  return !a.objects.some((o) => b.words.has(o)) && !b.objects.some((o) => a.words.has(o));
}

/**
 * The two reports give amounts of one unit that exclude each other (bounds as in
 * extract/claims/bounds.ts: "at least 7" and "9" agree) and differ more than twofold: two
 * different amounts, not one figure two sources disagree on (that stays a discrepancy).
 */
export function figuresDiffer(a: Happening, b: Happening): boolean {
  return conflictingFigures(a, b).some(([x, y]) => Math.max(x.value, y.value) > 2 * Math.min(x.value, y.value));
}

/** Pairs of figures of one unit that exclude each other, one from each report. */
export function conflictingFigures(a: Happening, b: Happening): [HappeningFigure, HappeningFigure][] {
  const out: [HappeningFigure, HappeningFigure][] = [];
  for (const x of a.figures) {
    // A unit both reports give with the same amount somewhere is agreed on.
    if (b.figures.some((y) => sameUnit(x, y) && !figuresConflict(x, y))) continue;
    for (const y of b.figures) if (sameUnit(x, y) && figuresConflict(x, y)) out.push([x, y]);
  }
  return out;
}

/** One unit, or units of one topic class ("insurgents", "militants"). */
function sameUnit(x: HappeningFigure, y: HappeningFigure): boolean {
  return x.unit === y.unit || x.unitClasses.some((c) => y.unitClasses.includes(c));
}
