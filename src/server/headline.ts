/**
 * Short event headlines built from an event's actors: "who — what — whom", the kind of
 * happening in plain words, never a cut sentence. The source side and the target side come
 * from the countries the event coder gave each side (`event.countries`); participants it
 * cannot place go to whichever side is empty.
 */
import type { Entity, Event } from '../corpus/types.js';
import { KIND_WORDS } from '../extract/events/kind-words.js';
import { ploverInfo } from '../extract/events/plover.js';

/** The plain-language name of a PLOVER type ("CONSULT" -> "meeting, call, visit"), or the code itself. */
export function ploverName(type: string): string {
  return ploverInfo(type.toUpperCase())?.name ?? type;
}

/** The event's kind in plain words: the finer kind when known, else the PLOVER type's first name. */
export function kindWord(kind: string, type: string): string {
  return KIND_WORDS[kind.toLowerCase()]?.noun.toLowerCase() ?? ploverName(type).split(',')[0]!.trim().toLowerCase();
}

/** At most this many names on one side; the rest are counted ("+2"). */
const PER_SIDE = 2;

function side(names: readonly string[]): string {
  if (names.length <= PER_SIDE) return names.join(' & ');
  return `${names.slice(0, PER_SIDE).join(', ')} +${names.length - PER_SIDE}`;
}

/** An entity's ISO3 country code, upper-cased (a country entity is its own country). */
function countryOf(e: Entity): string | null {
  return e.country ? e.country.toUpperCase() : null;
}

/** "Russia — agreement — Pakistan", "Sergey Lavrov — visit — Islamabad", "Meeting in Geneva". */
export function eventHeadline(event: Pick<Event, 'kind' | 'type' | 'participants' | 'countries' | 'location'>, entities: ReadonlyMap<string, Entity>): string {
  const what = kindWord(event.kind, event.type);
  const actors = [...new Set(event.participants)].map((id) => entities.get(id)).filter((e): e is Entity => e !== undefined);
  const srcCountries = new Set((event.countries?.source ?? []).map((c) => c.toUpperCase()));
  const tgtCountries = new Set((event.countries?.target ?? []).map((c) => c.toUpperCase()));
  const who: Entity[] = [];
  const whom: Entity[] = [];
  const unplaced: Entity[] = [];
  for (const e of actors) {
    const c = countryOf(e);
    const inSrc = c !== null && srcCountries.has(c);
    const inTgt = c !== null && tgtCountries.has(c);
    if (inSrc && !inTgt) who.push(e);
    else if (inTgt && !inSrc) whom.push(e);
    else unplaced.push(e);
  }
  // Actors no side claims fill the empty side first ("A — meeting — B"), then join the first.
  for (const e of unplaced) (who.length === 0 ? who : whom.length === 0 ? whom : who).push(e);
  // A place that is not an actor: the target of a visit or trip, else "in <place>".
  const place = event.location && !event.participants.includes(event.location) ? (entities.get(event.location)?.name ?? null) : null;
  const placeIsTarget = place !== null && whom.length === 0 && (event.kind === 'visit' || event.kind === 'travel');
  const parts: string[] = [];
  if (who.length) parts.push(side(who.map((e) => e.name)));
  parts.push(parts.length ? what : capitalise(what));
  if (whom.length) parts.push(side(whom.map((e) => e.name)));
  else if (placeIsTarget) parts.push(place);
  const head = parts.join(' — ');
  return place && !placeIsTarget ? `${head} in ${place}` : head;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
