/**
 * The place of an event mention as merging compares it: the resolved entity id, its level, and
 * the country it is in when the document knows it. Two different countries are two places; so
 * are two different places of one level ("Lyon" and "Nice", two towns; "the province of X" and
 * "Y province"), and a place and a country it is not in. A place and its country agree ("in
 * Lyon" and "in France"), and so do two places whose levels are not both known or differ (a
 * camp in a city, a town in a state, a neighbourhood of a city: one may hold the other). The
 * level is the word the text puts next to the name ("Y province", "the district of Z", "W
 * refugee camp"), else a town for a name of the populated-places gazetteer (the document knows
 * its country), else unknown.
 */
import type { Article } from '../core/types.js';
import { type EntityLinks, linkKey } from './resolve.js';

export type PlaceLevel = 'country' | 'region' | 'district' | 'town' | 'camp' | 'quarter';

export interface Place {
  /** Resolved entity id ("country:fra", "place:lyon"). */
  id: string;
  /** The level, when known. */
  level: PlaceLevel | null;
  /** Id of the country the place is in (its own id for a country), or null when unknown. */
  country: string | null;
}

/** Words that name a place's level, lowercase singular and plural. */
const LEVEL_WORDS: Record<string, PlaceLevel> = {};
for (const [level, words] of Object.entries({
  region: ['province', 'state', 'governorate', 'region', 'prefecture', 'oblast', 'territory', 'emirate', 'canton'],
  district: ['district', 'county', 'municipality', 'borough', 'subdistrict', 'parish', 'commune'],
  town: ['city', 'town', 'village', 'township', 'capital'],
  camp: ['camp'],
  quarter: ['neighborhood', 'neighbourhood', 'suburb', 'quarter'],
}) as [PlaceLevel, string[]][]) {
  for (const w of words) LEVEL_WORDS[w] = LEVEL_WORDS[w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`] = level;
}

/** The level word right after a mention ("Y province", "W refugee camp") or before its "of" ("the district of Z"). */
function levelNear(text: string, start: number, end: number): PlaceLevel | null {
  const [first, second] = (/^\s+([a-z]+)(?:\s+([a-z]+))?/.exec(text.slice(end, end + 40)) ?? []).slice(1);
  const after = LEVEL_WORDS[first ?? ''] ?? (LEVEL_WORDS[second ?? ''] === 'camp' ? 'camp' : undefined);
  if (after) return after;
  const before = /\b([a-z]+)\s+of\s+(?:the\s+)?$/.exec(text.slice(Math.max(0, start - 30), start));
  return before ? (LEVEL_WORDS[before[1]!] ?? null) : null;
}

/** The place of entity `index` of article `a` (an event mention's `location`), or null. */
export function placeOf(a: Pick<Article, 'id' | 'entities' | 'mentions' | 'text'>, index: number, links: EntityLinks): Place | null {
  if (index < 0) return null;
  const id = links.get(linkKey(a.id, index));
  if (!id) return null;
  if (id.startsWith('country:')) return { id, level: 'country', country: id };
  const iso = a.entities[index]?.country;
  let level: PlaceLevel | null = null;
  for (const m of a.mentions) {
    if (m.entity !== index) continue;
    level = levelNear(a.text, m.start, m.end);
    if (level) break;
  }
  return { id, level: level ?? (iso ? 'town' : null), country: iso ? `country:${iso.toLowerCase()}` : null };
}

/** One place, or a place and the country it is in. */
export function samePlace(a: Place | null, b: Place | null): boolean {
  if (!a || !b) return false;
  if (a.id === b.id) return true;
  return (a.level === 'country') !== (b.level === 'country') && a.country !== null && a.country === b.country;
}

/** Two named places that cannot be where one happening was (see the file comment). */
export function placesConflict(a: Place | null, b: Place | null): boolean {
  if (!a || !b || a.id === b.id) return false;
  if (a.level !== null && a.level === b.level) return true;
  return a.country !== null && b.country !== null && a.country !== b.country;
}

/** The finer of two compatible places (a place over its country); the first when neither is. */
export function finerPlace(a: Place | null, b: Place | null): Place | null {
  if (!a) return b;
  if (!b) return a;
  return a.level === 'country' && b.level !== 'country' && b.country === a.id ? b : a;
}
