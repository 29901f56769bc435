import { dateKind } from '../corpus/dates.js';
import type { Event } from '../corpus/types.js';

/**
 * How much an event counts when the timeline is summarised to its most important dates:
 * what a journalist keeps in a chronology. Three factors, multiplied:
 *
 * - sources: independent documents reporting it (near-duplicates already count once in
 *   `documents`); the square root, so ten reprints do not outweigh a second happening;
 * - date: an event dated by a time expression of its own counts fully; one known only as
 *   "on or before the report" is mostly background or opinion and counts a fifth; planned
 *   events half; a date known only to the month counts half, to the year less;
 * - kind: acts that change the situation (agreements, attacks, sanctions, meetings,
 *   seizures, withdrawals) count fully, talk about them (demands, criticism, rejections)
 *   less.
 */
export function newsScore(e: Event): number {
  const sources = Math.sqrt(Math.max(1, e.documents.length));
  const mentions = 1 + Math.log2(Math.max(1, e.sources.length)) / 4;
  return sources * mentions * dateFactor(e) * kindFactor(e.type);
}

/** Background mentions ("has long been") carry the aspect mark when the event stage sets it. */
function dateFactor(e: Event): number {
  if (e.aspect === 'background') return 0.05;
  const kind = dateKind(e.date);
  const base = (kind === 'exact' ? 1 : kind === 'reported' ? 0.2 : 0) * precisionFactor(e.date.value);
  return e.future || e.modality === 'planned' ? base / 2 : base;
}

/** A chronology lists days; a month or a year alone is usually a look back, not the news. */
function precisionFactor(value: string | null): number {
  const length = value?.length ?? 0;
  return length >= 10 ? 1 : length === 7 ? 0.5 : 0.3;
}

/** PLOVER types grouped by whether the act itself changes things or only comments on it. */
const MATERIAL = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'SANCTION', 'MOBILIZE', 'COERCE', 'FIGHT', 'ASSAULT', 'PROTEST']);
const TALK = new Set(['DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'INVESTIGATE']);

function kindFactor(type: string): number {
  if (MATERIAL.has(type)) return 1;
  if (TALK.has(type)) return 0.6;
  return 0.8;
}
