import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { readGazetteerJson } from './data.js';
import type { GazetteerEntry } from './types.js';

interface OrgFile {
  organizations: { name: string; aliases: string[]; country?: string }[];
}
interface RegionFile {
  regions: { name: string; country?: string }[];
}
interface ExtraFile {
  countries: Record<string, { names: string[]; demonyms: string[]; capitals: string[] }>;
}

/** Phrase -> entry, with phrases normalised by `normalizePhrase`. */
export interface Gazetteer {
  entries: Map<string, GazetteerEntry>;
  /** Upper-cased phrases (longer than 3 letters), for ALL-CAPS headlines. */
  upper: Map<string, GazetteerEntry>;
  /** Leading letters of every phrase, to skip tokens that cannot start one. */
  heads: Set<string>;
  /** Every prefix of every phrase (and of its upper-cased form), to stop extending early. */
  prefixes: Set<string>;
  maxTokens: number;
  /** ISO3 -> country common name. */
  countryNames: Map<string, string>;
  firstNames: Set<string>;
}

/** Whitespace collapsed, curly apostrophes straightened. */
export function normalizePhrase(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim();
}

/** The leading run of letters/digits of a phrase or token ("U.S." -> "U"). */
export function headOf(s: string): string {
  const m = /^[\p{L}\p{N}]+/u.exec(s);
  return m ? m[0] : s.slice(0, 1);
}

/** Capitals that are also the country's own name, or not used for the government. */
const CAPITAL_SKIP = new Set(['Singapore', 'Kuwait City', 'Monaco', 'Luxembourg', 'Vatican City', 'San Marino',
  'Djibouti', 'Andorra la Vella', 'Panama City', 'Mexico City', 'Guatemala City', 'Washington D.C.',
  'Victoria', 'Kingston', 'Georgetown', 'Hamilton', 'Jamestown', 'Santiago', 'Praia', 'Palikir', 'King Edward Point',
  'Adamstown', 'Avarua', 'Alofi', 'Basse-Terre', 'Papeete', 'Fakaofo', 'Flying Fish Cove', 'West Island', 'Kingston']);

let cached: Gazetteer | null = null;

function tokenCount(phrase: string): number {
  return phrase.split(/[\s']+/).length + (phrase.match(/'/g)?.length ?? 0);
}

export function getGazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // Independent countries first, so that a shared demonym ("American") goes to the state.
  const countries = [...(require('world-countries/countries.json') as Country[])].sort(
    (a, b) => Number(b.independent === true) - Number(a.independent === true),
  );
  const extra = readGazetteerJson<ExtraFile>('countries-extra.json');
  const orgs = readGazetteerJson<OrgFile>('organizations.json');
  const firstNames = readGazetteerJson<{ names: string[] }>('first-names.json');

  const entries = new Map<string, GazetteerEntry>();
  const countryNames = new Map<string, string>();
  const add = (phrase: string, entry: GazetteerEntry, override = false): void => {
    const key = normalizePhrase(phrase).replace(/^[Tt]he /, '');
    if (key.length < 2 || /^[\p{Lu}]{2}$/u.test(key) && !override) return;
    if (!override && entries.has(key)) return;
    entries.set(key, entry);
  };

  // Countries first (they win over demonyms and capitals with the same spelling).
  for (const c of countries) {
    const iso3 = c.cca3;
    const name = c.name.common;
    countryNames.set(iso3, name);
    const entry: GazetteerEntry = { kind: 'country', name, iso3 };
    add(name, entry);
    if (!/[()]/.test(c.name.official)) add(c.name.official, entry);
    for (const alt of c.altSpellings) if (/^[\p{L} .'-]+$/u.test(alt) && /^[A-Z]/.test(alt) && alt.length > 3) add(alt, entry);
  }
  for (const [iso3, x] of Object.entries(extra.countries)) {
    const name = countryNames.get(iso3) ?? iso3;
    for (const n of x.names) add(n, { kind: 'country', name, iso3 }, true);
  }
  for (const c of countries) {
    const iso3 = c.cca3;
    const name = c.name.common;
    const dem = c.demonyms?.['eng'];
    // Some countries list two demonyms in one string ("Bosnian, Herzegovinian").
    for (const d of (dem ? [dem.m, dem.f] : []).flatMap((x) => (x ? x.split(/,\s*/) : []))) {
      add(d, { kind: 'demonym', name, iso3 });
      if (!/(s|sh|ch|ese|i)$/.test(d)) add(d + 's', { kind: 'demonym', name, iso3 });
    }
  }
  for (const [iso3, x] of Object.entries(extra.countries)) {
    const name = countryNames.get(iso3) ?? iso3;
    for (const d of x.demonyms) {
      if (entries.get(normalizePhrase(d))?.kind === 'country') continue;
      add(d, { kind: 'demonym', name, iso3 }, true);
    }
  }
  for (const c of countries) {
    // Capitals of dependent territories (Douglas, Hamilton, Victoria ...) are mostly other things in news.
    if (c.independent !== true) continue;
    for (const cap of c.capital ?? []) {
      if (CAPITAL_SKIP.has(cap) || cap === c.name.common) continue;
      add(cap, { kind: 'capital', name: cap, iso3: c.cca3 });
    }
  }
  for (const [iso3, x] of Object.entries(extra.countries)) {
    for (const cap of x.capitals) add(cap, { kind: 'capital', name: cap === 'Washington, D.C.' ? 'Washington' : cap, iso3 }, true);
  }
  for (const r of readGazetteerJson<RegionFile>('regions.json').regions) {
    add(r.name, { kind: 'region', name: r.name, iso3: r.country ?? null });
  }
  for (const o of orgs.organizations) {
    const entry: GazetteerEntry = { kind: 'organization', name: o.name, iso3: o.country ?? null };
    add(o.name, entry, true);
    for (const a of o.aliases) add(a, entry, true);
  }

  const upper = new Map<string, GazetteerEntry>();
  const heads = new Set<string>();
  const prefixes = new Set<string>();
  const addPrefixes = (k: string): void => {
    for (let n = 1; n <= k.length; n++) prefixes.add(k.slice(0, n));
  };
  let maxTokens = 1;
  for (const [k, e] of entries) {
    heads.add(headOf(k));
    addPrefixes(k);
    maxTokens = Math.max(maxTokens, tokenCount(k));
    if (k.replace(/[^\p{L}]/gu, '').length > 3) {
      const u = k.toUpperCase();
      if (!upper.has(u)) upper.set(u, e);
      heads.add(headOf(u));
      addPrefixes(u);
    }
  }
  cached = { entries, upper, heads, prefixes, maxTokens: Math.min(maxTokens, 8), countryNames, firstNames: new Set(firstNames.names) };
  return cached;
}

let index: { names: Map<string, string>; demonyms: Map<string, string> } | null = null;

/**
 * The gazetteer's country names (common, official, alternative spellings and the extra list)
 * and demonyms (with their plurals), lowercased, each to its ISO 3166-1 alpha-3 code.
 */
export function countryIndex(): { names: ReadonlyMap<string, string>; demonyms: ReadonlyMap<string, string> } {
  if (index) return index;
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  for (const [phrase, e] of getGazetteer().entries) {
    if (!e.iso3 || (e.kind !== 'country' && e.kind !== 'demonym')) continue;
    const map = e.kind === 'country' ? names : demonyms;
    const key = phrase.toLowerCase();
    if (!map.has(key)) map.set(key, e.iso3);
  }
  index = { names, demonyms };
  return index;
}
