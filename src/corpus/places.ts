/**
 * The place of an event mention as merging compares it: the resolved entity id, whether it is
 * a country or a place inside one (a city, a province, a district), and the country it is in
 * when the document knows it. Two different countries, or two different places below the
 * country, are different places; a place and a country agree when the place is in that
 * country ("in Lyon" and "in France" may be one happening), and are told apart when it is in
 * another one.
 */
import type { Article } from '../core/types.js';
import { type EntityLinks, linkKey } from './resolve.js';

export interface Place {
  /** Resolved entity id ("country:fra", "place:lyon"). */
  id: string;
  level: 'country' | 'place';
  /** Id of the country the place is in (its own id for a country), or null when unknown. */
  country: string | null;
}

/** The place of entity `index` of article `a` (an event mention's `location`), or null. */
export function placeOf(a: Pick<Article, 'id' | 'entities'>, index: number, links: EntityLinks): Place | null {
  if (index < 0) return null;
  const id = links.get(linkKey(a.id, index));
  if (!id) return null;
  if (id.startsWith('country:')) return { id, level: 'country', country: id };
  const iso = a.entities[index]?.country;
  return { id, level: 'place', country: iso ? `country:${iso.toLowerCase()}` : null };
}

/** One place, or a place and the country it is in. */
export function samePlace(a: Place | null, b: Place | null): boolean {
  if (!a || !b) return false;
  if (a.id === b.id) return true;
  return a.level !== b.level && a.country !== null && a.country === b.country;
}

/** Two named places that cannot be where one happening was (see the file comment). */
export function placesConflict(a: Place | null, b: Place | null): boolean {
  if (!a || !b || a.id === b.id) return false;
  if (a.level === b.level) return true;
  return a.country !== null && b.country !== null && a.country !== b.country;
}

/** The finer of two compatible places (a city over its country); the first when neither is. */
export function finerPlace(a: Place | null, b: Place | null): Place | null {
  if (!a) return b;
  if (!b) return a;
  return a.level === 'country' && b.level === 'place' && b.country === a.id ? b : a;
}
