/**
 * Places the tagger took for people: a capitalised name that the document puts where places go
 * ("in X", "the town of X", "east of X", "X's port", "X, Libya") is a place, for every mention
 * of that name in the document, unless the document also treats it as a person (a title or
 * honorific before it, a speech verb after it, a full name ending in it). Names of populated
 * places (places.ts) need only a weaker cue ("from X", "to X", "captured X").
 */
import type { Token } from '../../core/types.js';
import { isHonorific, isTitleWord, lower } from '../roles/titles.js';
import { SPEECH_VERBS } from './cues.js';
import type { Single } from './context.js';
import type { Gazetteer } from './gazetteer.js';
import { normalizePhrase } from './gazetteer.js';
import { placeCountry } from './places.js';
import type { Candidate } from './types.js';

/** Words before a name that put it in a place. */
const STRONG_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'around', 'throughout', 'across']);
/** Words before a name that often, but not only, put it in a place. */
const WEAK_PREPOSITIONS = new Set([
  'from', 'to', 'at', 'into', 'toward', 'towards', 'via', 'reached', 'entered', 'captured', 'seized',
  'shelled', 'besieged', 'retook', 'recaptured', 'bombed', 'stormed', 'evacuated',
]);
/** "the town of X", "east of X", "the outskirts of X". */
const OF_PLACE = new Set([
  'town', 'city', 'port', 'village', 'province', 'district', 'region', 'suburb', 'suburbs', 'outskirts',
  'capital', 'oasis', 'neighbourhood', 'neighborhood', 'enclave', 'county', 'island', 'governorate',
  'municipality', 'streets', 'centre', 'center', 'residents', 'mayor', 'governor', 'people', 'north',
  'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'heart', 'siege', 'battle',
  'fall', 'seaport', 'hometown', 'stronghold',
]);
/** "X's port", "X's outskirts". */
const POSSESSED = new Set([
  'port', 'airport', 'outskirts', 'residents', 'streets', 'centre', 'center', 'harbour', 'harbor', 'suburbs',
  'mayor', 'governor', 'seafront', 'refinery', 'hospital', 'hospitals', 'old', 'main', 'western', 'eastern',
  'northern', 'southern', 'central', 'downtown',
]);

interface Evidence {
  strong: number;
  weak: number;
  person: number;
}

/** Returns the candidates and singles with the document's places typed as places. */
export function retypePlaces(
  text: string,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  singles: readonly Single[],
  gaz: Gazetteer,
): { candidates: Candidate[]; singles: Single[] } {
  const value = (k: number): string => (k >= 0 && k < tokens.length ? text.slice(tokens[k]!.start, tokens[k]!.end) : '');
  const surfaceOf = (c: Candidate): string => normalizePhrase(text.slice(c.start, c.end));
  const evidence = new Map<string, Evidence>();
  const ev = (s: string): Evidence => {
    let e = evidence.get(s);
    if (!e) evidence.set(s, (e = { strong: 0, weak: 0, person: 0 }));
    return e;
  };
  const surnames = new Set<string>();
  const look = (c: Candidate): void => {
    const e = ev(surfaceOf(c));
    const i = c.firstToken;
    const j = c.lastToken;
    const prev = lower(value(i - 1));
    const next = value(j);
    const possessive = next === "'s" || next === '’s';
    if (possessive && POSSESSED.has(lower(value(j + 1)))) e.strong++;
    else if (STRONG_PREPOSITIONS.has(prev) && !possessive) e.strong++;
    else if (prev === 'of' && OF_PLACE.has(lower(value(i - 2)))) e.strong++;
    else if (next === ',' && gaz.entries.get(value(j + 1))?.kind === 'country' && !/^['’]s$/.test(value(j + 2))) e.strong++;
    else if (WEAK_PREPOSITIONS.has(prev) && !possessive) e.weak++;
    else if (isTitleWord(value(i - 1)) || isHonorific(value(i - 1)) || SPEECH_VERBS.has(lower(next))) e.person++;
  };
  for (const c of candidates) {
    if (c.type === 'person' && c.firstToken < c.lastToken - 1) {
      const s = surfaceOf(c);
      surnames.add(s.slice(s.lastIndexOf(' ') + 1));
    }
    look(c);
  }
  for (const s of singles) look(s);

  const isPlace = (c: Candidate): boolean => {
    const s = surfaceOf(c);
    const e = evidence.get(s);
    if (!e || surnames.has(s) || !/^\p{Lu}/u.test(s)) return false;
    const multi = c.lastToken - c.firstToken > 1;
    const known = placeCountry(s) !== undefined;
    if (multi && (!known || gaz.firstNames.has(lower(value(c.firstToken))))) return false;
    if (known) return e.strong + e.weak > e.person;
    return e.strong > 0 && e.strong > e.person;
  };
  const asPlace = (c: Candidate): Candidate => {
    const name = surfaceOf(c);
    const iso3 = placeCountry(name) || null;
    const { hint: _hint, ...rest } = c as Single;
    void _hint;
    return { ...rest, type: 'place', via: 'rule:place-cue', form: 'name', key: `place:${name}`, name, iso3 };
  };
  const out: Candidate[] = candidates.map((c) => (c.type === 'person' && isPlace(c) ? asPlace(c) : c));
  const keep: Single[] = [];
  for (const s of singles) {
    if (placeCountry(surfaceOf(s)) !== undefined && isPlace(s)) out.push(asPlace(s));
    else keep.push(s);
  }
  out.sort((x, y) => x.start - y.start);
  return { candidates: out, singles: keep };
}
