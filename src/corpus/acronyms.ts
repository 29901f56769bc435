/**
 * Acronyms linked to their full names across documents: "UNSC" and "United Nations Security
 * Council" become one entity when the corpus gives good evidence, and stay apart otherwise.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { EntityType } from '../core/types.js';

const countries = createRequire(import.meta.url)('world-countries') as Country[];

/** Words an acronym usually skips ("Bank *of* England", "*The* Organization *for* ..."). */
const LINKING_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'a', 'an', 'de', 'du', 'des', 'la', 'le', 'el', '&']);

/** Types an acronym and its expansion may have: names of bodies, programmes, agreements. */
const LINKABLE: ReadonlySet<EntityType> = new Set<EntityType>(['organization', 'other']);

/**
 * The letters of a name written as an acronym: 2–6 capitals, with dots ("U.N.") or with a
 * lower-case linking letter ("DoD", "MoU"); null for any other name.
 */
export function acronymLetters(name: string): string | null {
  const s = name.trim();
  if (/^(?:\p{Lu}\.){2,6}$/u.test(s) || /^\p{Lu}(?:\p{Ll}?\p{Lu}){1,5}$/u.test(s)) {
    const upper = s.replace(/[^\p{Lu}]/gu, '');
    return upper.length >= 2 && upper.length <= 6 ? upper : null;
  }
  return null;
}

/**
 * The spellings an acronym of this full name may take: initials of its words without the
 * linking words, and (for three letters or more) with them. Empty for a name of one word.
 */
export function initialsOf(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[\s\-–/]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, ''))
    .filter((w) => w.length > 0);
  const significant = words.filter((w) => !LINKING_WORDS.has(w.toLowerCase()));
  if (significant.length < 2 || significant.some((w) => !/^\p{L}/u.test(w))) return [];
  const out = new Set<string>([significant.map((w) => w[0]!.toUpperCase()).join('')]);
  const all = words.filter((w) => w !== '&' && /^\p{L}/u.test(w)).map((w) => w[0]!.toUpperCase()).join('');
  if (all.length >= 3) out.add(all);
  return [...out];
}

/** Acronyms that name countries ("US", "UK", "UAE", "USA"): never linked to an organisation's name. */
export const COUNTRY_ACRONYMS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const c of countries) {
    // Two-letter ISO codes are left out ("AU" is more often the African Union than Australia in news).
    for (const alt of c.altSpellings ?? []) {
      const letters = acronymLetters(alt);
      if (letters && alt !== c.cca2) out.add(letters);
    }
    for (const i of initialsOf(c.name.common)) out.add(i);
  }
  out.add('UK');
  return out;
})();

/** One entity (or cluster of same-name mentions) as the acronym linker sees it. */
export interface NameGroup {
  type: EntityType;
  /** Its names: the name first, then aliases. */
  names: string[];
  /** Documents it is mentioned in. */
  documents: ReadonlySet<string>;
}

export interface AcronymLink {
  /** Index of the acronym's group. */
  acronym: number;
  /** Index of the full name's group. */
  full: number;
  evidence: 'parenthesis' | 'same-document';
}

/** Lowercase with runs of white space as one space, for matching "Name (ACR)" in text. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Which acronym groups join which full-name groups. An acronym joins the one full name
 * whose initials spell it when some document writes "Full Name (ACR)" or "ACR (Full Name)",
 * or, failing that, when the two share a document and no other group's initials spell it.
 * Two full names both defined for one acronym in the corpus is a collision: nothing joins.
 * Acronyms of countries ("US", "UK") never join.
 */
export function linkAcronyms(groups: readonly NameGroup[], texts: ReadonlyMap<string, string>, countryAcronyms: ReadonlySet<string> = COUNTRY_ACRONYMS): AcronymLink[] {
  const byInitials = new Map<string, number[]>();
  const acronyms: { index: number; letters: string }[] = [];
  // Acronyms this corpus itself uses for a country ("R.O.K." as South Korea's alias) count as countries too.
  const corpusCountries = new Set(groups.filter((g) => g.type === 'country').flatMap((g) => g.names.map(acronymLetters).filter((l): l is string => l !== null)));
  groups.forEach((g, index) => {
    if (!LINKABLE.has(g.type) || g.names.length === 0) return;
    const letters = acronymLetters(g.names[0]!);
    if (letters) {
      if (!countryAcronyms.has(letters) && !corpusCountries.has(letters)) acronyms.push({ index, letters });
      return;
    }
    const keys = new Set(g.names.filter((n) => !acronymLetters(n)).flatMap(initialsOf));
    for (const k of keys) {
      const list = byInitials.get(k);
      if (list) list.push(index);
      else byInitials.set(k, [index]);
    }
  });
  if (acronyms.length === 0) return [];
  const flatTexts = new Map<string, string>();
  const flatText = (id: string): string => {
    let t = flatTexts.get(id);
    if (t === undefined) flatTexts.set(id, (t = flat(texts.get(id) ?? '')));
    return t;
  };
  const allDocs = [...texts.keys()];
  const defines = (acr: NameGroup, full: NameGroup): boolean => {
    const patterns: string[] = [];
    for (const a of acr.names.filter((n) => acronymLetters(n))) {
      for (const f of full.names.filter((n) => !acronymLetters(n))) {
        patterns.push(flat(`${f} (${a})`), flat(`${a} (${f})`));
      }
    }
    return allDocs.some((id) => {
      const t = flatText(id);
      return patterns.some((p) => t.includes(p));
    });
  };
  const links: AcronymLink[] = [];
  for (const { index, letters } of acronyms) {
    const acr = groups[index]!;
    const candidates = byInitials.get(letters) ?? [];
    if (candidates.length === 0) continue;
    const defined = candidates.filter((c) => defines(acr, groups[c]!));
    if (defined.length === 1) {
      links.push({ acronym: index, full: defined[0]!, evidence: 'parenthesis' });
      continue;
    }
    if (defined.length > 1 || candidates.length > 1) continue; // collision: keep apart
    const full = groups[candidates[0]!]!;
    if ([...acr.documents].some((d) => full.documents.has(d))) links.push({ acronym: index, full: candidates[0]!, evidence: 'same-document' });
  }
  return links;
}
