import type { DocEntity, EntityType, Mention } from '../../core/types.js';
import type { Gazetteer } from './gazetteer.js';
import type { Single } from './recognize.js';
import type { Candidate } from './types.js';
import { isTitleHead } from '../roles/titles.js';
import { givenNameKey } from './spelling.js';
import { firstKeyFrom } from '../../core/sorted.js';

interface Group {
  key: string;
  type: EntityType;
  name: string;
  words: string[];
  surfaces: Set<string>;
  iso3: string | null;
  /** Offset of the first mention. */
  first: number;
  /** Name given by a gazetteer (kept over longer surface forms). */
  canonical: boolean;
  /** Offsets of the person's mentions so far (full name, first name or surname), in no order. */
  named: number[];
  /** Offsets of its mentions by more than one word ("Omar Tessaly"). */
  full: number[];
  /** Offsets of its mentions by the surname alone ("Tessaly", "Mr. Tessaly"). */
  bareAt: number[];
  /** Title words written right before any of its mentions ("president", "general"), lower case. */
  titles: Set<string>;
  /** Genders its honorifics give ("Mr." male, "Mrs."/"Ms." female). */
  genders: Set<Gender>;
}

export interface Resolved {
  entities: DocEntity[];
  mentions: Mention[];
}

const words = (name: string): string[] => name.split(' ').filter((w) => w !== '');
/** "al-Dulaymi" -> "Dulaymi": a surname is often written without its particle. */
const bare = (w: string): string => w.replace(/^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ibn|abu)-/i, '').replace(/['’]s$/, '');

/**
 * In-document coreference for names: gazetteer entries group by their canonical name or
 * country; a person's shorter name ("Lavrov", "Kakar") joins the full name it is part of
 * ("Sergey Lavrov", "Anwaar-ul-Haq Kakar"); lone capitalised words are kept only when they
 * are a known name's part or another cue says what they are.
 */
export function resolveNames(
  text: string,
  found: readonly Candidate[],
  singles: readonly Single[],
  gaz: Gazetteer,
  options: { tagged?: boolean; sentences?: readonly { start: number; end: number }[] } = {},
): Resolved {
  const sentenceStarts = (options.sentences ?? []).map((x) => x.start);
  /** Index of the sentence holding offset `at` (0 without sentences). */
  // Offsets are integers: the first sentence starting after `at` is the first at or after at + 1.
  const sentenceOf = (at: number): number => firstKeyFrom(sentenceStarts, at + 1, (x) => x) - 1;
  /** The mention at `at` opens its sentence: at most three words before it ("His son, Karim Tessaly"). */
  const opensSentence = (at: number): boolean => {
    const i = sentenceOf(at);
    const from = i >= 0 ? sentenceStarts[i]! : 0;
    return text.slice(from, at).split(/\s+/).filter((w) => w !== '').length <= 3;
  };
  const doc: Doc = { text, sentenceOf, opensSentence };
  const groups = new Map<string, Group>();
  const assigned: { cand: Candidate; key: string }[] = [];
  const bySurface = new Map<string, string>();

  const groupFor = (c: Candidate, key: string, canonical: boolean): Group => {
    let g = groups.get(key);
    if (!g) {
      g = { key, type: c.type, name: c.name, words: words(c.name), surfaces: new Set(), iso3: c.iso3, first: c.start, canonical, named: [], full: [], bareAt: [], titles: new Set(), genders: new Set() };
      groups.set(key, g);
    }
    g.first = Math.min(g.first, c.start);
    const raw = text.slice(c.start, c.end);
    const surface = /\s\s|[\n\t]/.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
    g.surfaces.add(surface);
    if (!bySurface.has(surface)) bySurface.set(surface, key);
    if (g.type === 'person') {
      g.named.push(c.start);
      const w = words(c.name);
      if (w.length > 1) g.full.push(c.start);
      else if (g.words.length > 1 && bare(w[0]!) === bare(g.words[g.words.length - 1]!)) g.bareAt.push(c.start);
      const title = titleBefore(text, c.start);
      if (title) g.titles.add(title);
      const gender = genderBefore(text, c.start);
      if (gender) g.genders.add(gender);
    }
    return g;
  };

  const candidates = consistentTypes(text, found);
  // People: longest names first, so that short forms find the full name wherever it is.
  const people = candidates.filter((c) => c.type === 'person');
  // Names with an initial ("S. Hadawi") after the full names they may abbreviate.
  const initialled = (n: string): number => (words(n).some(isInitial) ? 1 : 0);
  const order = [...people].sort((x, y) => words(y.name).length - words(x.name).length || initialled(x.name) - initialled(y.name) || x.start - y.start);
  const persons: Group[] = [];
  for (const p of order) {
    const g = findPerson(doc, persons, p.name, p.start) ?? newPerson(persons, groups, p);
    groupFor(p, g.key, false);
    assigned.push({ cand: p, key: g.key });
  }

  for (const c of candidates) {
    if (c.type === 'person') continue;
    // "Washington" in an article about MaliVai Washington is the player, not the capital.
    const surface = text.slice(c.start, c.end);
    // Likewise a tagger's one-word ORG/LOC/MISC that is a named person's surname ("Putin").
    // And the same words found as a person elsewhere ("the Dalai Lama's role" after "The Dalai Lama says").
    const checkable = c.type === 'country' || c.type === 'place' || c.via === 'tagger' || c.via === 'rule:capitalised';
    if (persons.length > 0 && checkable && c.form !== 'demonym' && (!surface.includes(' ') || c.via.startsWith('rule:'))) {
      const person = findPerson(doc, persons, surface, c.start, true);
      if (person) {
        const p: Candidate = { ...c, type: 'person', form: 'name', via: 'coref:surname' };
        groupFor(p, person.key, false);
        assigned.push({ cand: p, key: person.key });
        continue;
      }
    }
    groupFor(c, c.key, c.via.startsWith('gazetteer'));
    assigned.push({ cand: c, key: c.key });
  }

  for (const s of singles) {
    const v = s.name;
    const person = findPerson(doc, persons, v, s.start, true);
    if (person) {
      groupFor({ ...s, type: 'person' }, person.key, false);
      assigned.push({ cand: { ...s, type: 'person', via: 'coref:surname' }, key: person.key });
      continue;
    }
    const known = bySurface.get(v);
    if (known) {
      const g = groups.get(known)!;
      assigned.push({ cand: { ...s, type: g.type, via: 'coref:alias' }, key: known });
      continue;
    }
    // With a tagger, a word it left out is kept only when it names something already found.
    if (options.tagged) continue;
    const type: EntityType | null =
      s.hint === 'speech' ? 'person' : s.hint === 'locative' ? 'place' : s.hint === 'acronym' ? 'organization' : s.hint === 'propn' ? 'other' : null;
    if (type === null) continue;
    const c: Candidate = { ...s, type, via: `rule:${s.hint}`, key: `${type}:${v}` };
    if (type === 'person') {
      const g = newPerson(persons, groups, c);
      groupFor(c, g.key, false);
      assigned.push({ cand: c, key: g.key });
    } else {
      groupFor(c, c.key, false);
      assigned.push({ cand: c, key: c.key });
    }
  }

  // Entities in order of first mention.
  const ordered = [...groups.values()].sort((a, b) => a.first - b.first);
  const index = new Map<string, number>();
  const entities: DocEntity[] = ordered.map((g, i) => {
    index.set(g.key, i);
    let name = g.name;
    if (!g.canonical) {
      for (const s of g.surfaces) {
        const more = words(s).length - words(name).length;
        // The full name over one with an initial of the same length ("Salim Hadawi" over "S. Hadawi").
        if (more > 0 || (more === 0 && words(name).some(isInitial) && !words(s).some(isInitial))) name = s;
      }
    }
    const aliases = [...g.surfaces].filter((s) => s !== name);
    const e: DocEntity = { type: g.type, name, aliases };
    if (g.iso3 !== null || g.type === 'country') e.country = g.iso3;
    return e;
  });
  const mentions: Mention[] = assigned
    .map(({ cand, key }) => ({
      start: cand.start,
      end: cand.end,
      type: cand.type,
      entity: index.get(key) ?? -1,
      via: cand.via,
      form: cand.form,
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  void gaz;
  return { entities, mentions };
}

/**
 * One type per name in a document where a rule knows better than the tagger: a rule's type for
 * the same words wins, and the first word of an organisation's full name ("Magna" after
 * "Magna International Inc") is that organisation.
 */
function consistentTypes(text: string, candidates: readonly Candidate[]): Candidate[] {
  const ruled = new Map<string, EntityType>();
  /** First word of a multi-word organisation name -> its key ("Magna" -> "Magna International Inc"). */
  const orgFirst = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.form !== 'name') continue;
    const surface = text.slice(c.start, c.end);
    if (c.type === 'organization') {
      const first = /^[^\s]+(?=\s)/.exec(surface)?.[0];
      if (first && /^\p{Lu}/u.test(first) && !orgFirst.has(first)) orgFirst.set(first, c);
    }
    if (c.via !== 'tagger') {
      if (c.via.startsWith('rule:') && !ruled.has(surface)) ruled.set(surface, c.type);
      continue;
    }
  }
  return candidates.map((c) => {
    if (c.via !== 'tagger') return c;
    const surface = text.slice(c.start, c.end);
    const org = orgFirst.get(surface);
    if (org && org !== c && c.type !== 'country') return { ...c, type: 'organization', key: org.key, name: org.name, via: 'coref:org-short' };
    // (A majority vote over the tagger's own labels was tried and lost on CoNLL testa: its
    // context-sensitive label is usually better than the document's majority.)
    const type = ruled.get(surface);
    if (type === undefined || type === c.type || type === 'country') return c;
    return { ...c, type, key: `${type}:${c.name}` };
  });
}

function newPerson(persons: Group[], groups: Map<string, Group>, p: Candidate): Group {
  let key = `person:${p.name}`;
  for (let n = 2; groups.has(key); n++) key = `person:${p.name}#${n}`;
  const g: Group = { key, type: 'person', name: p.name, words: words(p.name), surfaces: new Set(), iso3: null, first: p.start, canonical: false, named: [], full: [], bareAt: [], titles: new Set(), genders: new Set() };
  groups.set(key, g);
  persons.push(g);
  return g;
}

/** The title word written right before `at` ("President" of "President Marrow"), lower case, or null. */
function titleBefore(text: string, at: number): string | null {
  const m = /(\p{L}[\p{L}.-]*)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return null;
  return isTitleHead(m[1]!) ? m[1]!.toLowerCase() : null;
}

/** One first name is the other's clipped or pet form: "Fred" / "Frederick", "Mo" / "Maurice" (not "Dan" / "Dana"). */
function isShortForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  // A two-letter pet name with the same initial: "Mo" / "Maurice", "Al" / "Albert".
  if (short.length === 2 && long.length >= 4 && /^\p{L}\p{Ll}$/u.test(a.length <= b.length ? a : b)) return short[0] === long[0];
  return short.length >= 3 && long.length >= short.length + 3 && long.startsWith(short);
}

type Gender = 'm' | 'f';
const GENDERED: Record<string, Gender> = { mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', madam: 'f', mme: 'f', 'mme.': 'f' };

/** The gender an honorific right before `at` gives ("Ms. Gomes"), or null. */
function genderBefore(text: string, at: number): Gender | null {
  const m = /(\p{L}+\.?)\s+$/u.exec(text.slice(Math.max(0, at - 12), at));
  return m ? (GENDERED[m[1]!.toLowerCase()] ?? null) : null;
}

/** "S." or "S": a given name written as its initial. */
const isInitial = (w: string): boolean => /^\p{Lu}\.?$/u.test(w);

/**
 * Of several people a short name may be, the one it means at `at`: not one an honorific of
 * the other gender was used for ("Ms. Gomes" after "Mr. Gomes"); one called by the same
 * title ("President Marrow" after "President Lena Marrow") when only some were; else the one
 * the surname alone already stands for, unless another was named in full since, in this
 * sentence or opening the one before ("His son, Karim Tessaly, is ... Tessaly said", not
 * "one of the sons of Pietro Velli and Anna Velli. ... Velli moved"); before any
 * surname alone, the one mentioned most recently; else the first named after it.
 */
function pick(doc: Doc, pool: readonly Group[], at: number): Group | undefined {
  if (pool.length <= 1) return pool[0];
  // "Ms. Gomes" is not the relative called "Mr. Gomes".
  const gender = genderBefore(doc.text, at);
  const fits = gender ? pool.filter((g) => !g.genders.has(gender === 'm' ? 'f' : 'm')) : pool;
  const people = fits.length > 0 ? fits : pool;
  const title = titleBefore(doc.text, at);
  const titled = title ? people.filter((g) => g.titles.has(title)) : [];
  const among = titled.length > 0 && titled.length < people.length ? titled : people;
  if (among.length === 1) return among[0];
  const latest = (list: readonly number[]): number => list.reduce((m, n) => (n < at && n > m ? n : m), -1);
  // The relative the surname alone already stands for keeps it ...
  let holder: Group | undefined;
  let holderAt = -1;
  for (const g of among) {
    const n = latest(g.bareAt);
    if (n > holderAt) [holder, holderAt] = [g, n];
  }
  // ... unless another is named in full since: in this sentence, or opening the one before.
  let named: Group | undefined;
  let namedAt = -1;
  for (const g of among) {
    const n = latest(g.full);
    if (n > namedAt) [named, namedAt] = [g, n];
  }
  if (holder) {
    if (named && named !== holder && namedAt > holderAt) {
      const gap = doc.sentenceOf(at) - doc.sentenceOf(namedAt);
      if (gap === 0 || (gap === 1 && doc.opensSentence(namedAt))) return named;
    }
    return holder;
  }
  // No surname alone yet: the one mentioned last (full name or first name).
  let best: Group | undefined;
  let bestAt = -1;
  for (const g of among) {
    const n = latest(g.named.length > 0 ? g.named : [g.first]);
    if (n > bestAt) [best, bestAt] = [g, n];
  }
  if (best) return best;
  return [...among].sort((a, b) => a.first - b.first)[0];
}

/** The text and its sentences, for choosing among relatives. */
interface Doc {
  text: string;
  sentenceOf: (at: number) => number;
  opensSentence: (at: number) => boolean;
}

/**
 * The person a name refers to: the same name; a name with the same surname and the same
 * first name (or its initial: "S. Hadawi" is Salim or Samir, "Salim Hadawi" is never Samir);
 * for one word, the person whose surname (or, failing that, another part of the name) it
 * is. When several people fit (a father and his son), the one meant at `at` (see `pick`).
 */
function findPerson(doc: Doc, persons: readonly Group[], name: string, at: number, singleOnly = false): Group | undefined {
  const w = words(name);
  if (w.length === 0) return undefined;
  const exact = persons.find((g) => g.name === name);
  if (exact) return exact;
  if (w.length === 1) {
    const word = w[0]!;
    const bySurname = persons.filter((g) => g.words.length > 1 && bare(g.words[g.words.length - 1]!) === bare(word));
    const pool = bySurname.length > 0 ? bySurname : persons.filter((g) => g.words.length > 1 && g.words.slice(0, -1).includes(word));
    if (pool.length === 0) return singleOnly ? undefined : persons.find((g) => g.words.length === 1 && g.words[0] === word);
    return pick(doc, pool, at);
  }
  if (singleOnly) return undefined;
  const last = w[w.length - 1]!;
  const first = w[0]!;
  const pool = persons.filter((g) => {
    const gl = g.words[g.words.length - 1];
    const gf = g.words[0] ?? '';
    if (gl !== last || g.words.length < 2) return false;
    // The same first name, one spelled with other vowels ("Betty" / "Bettie") or its short form ("Fred" / "Frederick").
    if (gf === first || (!isInitial(first) && !isInitial(gf) && (givenNameKey(gf) === givenNameKey(first) || isShortForm(gf, first)))) return true;
    if ((isInitial(first) || isInitial(gf)) && gf[0] === first[0]) return true;
    // "Ghani Baradar" within "Abdul Ghani Baradar".
    return g.words.slice(-w.length).join(' ') === w.join(' ');
  });
  return pick(doc, pool, at);
}
