/**
 * Scores a summarised timeline (what `dossier timeline --dates 10 --per-date 2` shows) against a
 * journalist's reference timeline:
 *
 * - date hits: a reference date is hit when one of the shown dates is the same value (a month
 *   matches only a shown month); the ±1-day figure also counts a shown day one day off a
 *   reference day;
 * - date precision = shown dates that are reference dates / shown dates, recall = reference
 *   dates hit / reference dates, F1 their harmonic mean (exact values);
 * - event matches: a shown event matches when it is on a reference date and its summary or one
 *   of its source sentences contains a word beginning with one of that entry's words;
 * - average precision of the whole date ranking (every stored date, best first): the mean over
 *   reference dates of the precision at the rank where each is found (0 when no event has it).
 *   It moves when a change lifts a reference date from 18th to 12th, which the top 10 hides.
 */
import { daysBetween } from '../../src/corpus/dates.js';

export interface ShownEvent {
  date: string;
  /** Summary and source sentences, for matching words. */
  texts: string[];
}

export interface ReferenceEntry {
  date: string;
  words: string[];
}

export interface TimelineScore {
  reference: number;
  shownDates: number;
  hits: number;
  hitsNearby: number;
  precision: number;
  recall: number;
  f1: number;
  shownEvents: number;
  matchedEvents: number;
}

function near(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length === 10 && b.length === 10 && Math.abs(daysBetween(a, b)) <= 1;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
}

export function eventMatches(shown: ShownEvent, entry: ReferenceEntry): boolean {
  if (shown.date !== entry.date) return false;
  const words = shown.texts.flatMap(wordsOf);
  return entry.words.some((w) => words.some((x) => x.startsWith(w.toLowerCase())));
}

export function scoreTimeline(shown: readonly ShownEvent[], reference: readonly ReferenceEntry[]): TimelineScore {
  const dates = [...new Set(shown.map((s) => s.date))];
  const refDates = [...new Set(reference.map((r) => r.date))];
  const hits = refDates.filter((r) => dates.includes(r)).length;
  const hitsNearby = refDates.filter((r) => dates.some((d) => near(d, r))).length;
  const correct = dates.filter((d) => refDates.includes(d)).length;
  const precision = dates.length ? correct / dates.length : 0;
  const recall = refDates.length ? hits / refDates.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const matchedEvents = shown.filter((s) => reference.some((r) => eventMatches(s, r))).length;
  return { reference: refDates.length, shownDates: dates.length, hits, hitsNearby, precision, recall, f1, shownEvents: shown.length, matchedEvents };
}

/** Totals over topics: counts added, precision/recall/F1 from the summed counts (micro). */
export function sumScores(scores: readonly TimelineScore[]): TimelineScore {
  const add = (k: keyof TimelineScore): number => scores.reduce((s, x) => s + x[k], 0);
  const reference = add('reference');
  const shownDates = add('shownDates');
  const hits = add('hits');
  const correct = scores.reduce((s, x) => s + Math.round(x.precision * x.shownDates), 0);
  const precision = shownDates ? correct / shownDates : 0;
  const recall = reference ? hits / reference : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { reference, shownDates, hits, hitsNearby: add('hitsNearby'), precision, recall, f1, shownEvents: add('shownEvents'), matchedEvents: add('matchedEvents') };
}

/** Average precision of a ranking of dates against the reference dates (exact values). */
export function averagePrecision(ranking: readonly string[], reference: readonly string[]): number {
  const wanted = new Set(reference);
  if (wanted.size === 0) return 0;
  let found = 0;
  let sum = 0;
  ranking.forEach((d, i) => {
    if (!wanted.has(d)) return;
    found++;
    sum += found / (i + 1);
  });
  return sum / wanted.size;
}
