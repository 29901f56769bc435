/**
 * The country an event participant stands for (ISO 3166-1 alpha-3), for comparing with event
 * data sets that code actors by country: a country's own code; a place's or demonym's country;
 * the country of a person's role ("Foreign Minister of Russia"); the country named right
 * before the person in the event's sentence ("Russian President Vladimir Putin"); or, for a
 * group the entity stage left untyped, the country of its demonym ("Bosnian Serbs").
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { Article, Span } from '../../core/types.js';
import { isQualifier } from './participants.js';
import { sentenceViews, type SentenceView } from './sentence-view.js';

function countryOfName(article: Article, name: string): string | null {
  const lower = name.toLowerCase();
  for (const e of article.entities) {
    if (!e.country) continue;
    if (e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower)) return e.country;
  }
  return countryNames().get(lower) ?? demonymMap().get(lower) ?? null;
}

let names: Map<string, string> | null = null;

/** Lowercase common and official country names -> ISO3. */
function countryNames(): Map<string, string> {
  if (names) return names;
  const map = new Map<string, string>();
  for (const c of countries) {
    map.set(c.name.common.toLowerCase(), c.cca3);
    map.set(c.name.official.toLowerCase(), c.cca3);
  }
  names = map;
  return map;
}

let demonyms: Map<string, string> | null = null;
const countries = createRequire(import.meta.url)('world-countries') as Country[];

/** Lowercase demonym ("iraqi", "bosnian") -> ISO3, from world-countries. */
function demonymMap(): Map<string, string> {
  if (demonyms) return demonyms;
  const map = new Map<string, string>();
  for (const c of countries) {
    const eng = c.demonyms?.eng;
    for (const d of [eng?.m, eng?.f]) {
      if (!d) continue;
      for (const part of d.split(/,\s*/)) if (!map.has(part.toLowerCase())) map.set(part.toLowerCase(), c.cca3);
    }
  }
  demonyms = map;
  return map;
}

/** "Bosnian Serbs", "Iraqi Kurds", "Serb forces": the country of a group named by its demonym. */
function countryOfGroupName(name: string): string | null {
  const first = (name.split(/\s+/)[0] ?? '').toLowerCase().replace(/s$/, '');
  if (first.length < 4) return null;
  const map = demonymMap();
  const exact = map.get(first);
  if (exact) return exact;
  for (const [d, c] of map) if (d.startsWith(first) && d.length - first.length <= 3) return c;
  return null;
}

export function actorCountry(article: Article, entity: number, sentence?: Span, views?: readonly SentenceView[]): string | null {
  const ent = article.entities[entity];
  if (!ent) return null;
  if (ent.country) return ent.country;
  if (ent.type === 'other') return countryOfGroupName(ent.name);
  for (const r of article.roles) {
    if (r.person === entity && r.of) {
      const c = countryOfName(article, r.of);
      if (c) return c;
    }
  }
  if (!sentence) return null;
  const all = views ?? sentenceViews(article);
  const view = all.find((v) => v.span.start === sentence.start && v.span.end === sentence.end);
  if (!view) return null;
  for (const m of view.mentions) {
    if (m.mention.entity !== entity) continue;
    const q = [...view.mentions].reverse().find((x) => x.last < m.first && isQualifier(view, x) && article.entities[x.mention.entity]?.country);
    if (q && view.mentions.find((x) => x.first > q.last && x.mention.type === 'person') === m) {
      return article.entities[q.mention.entity]?.country ?? null;
    }
  }
  return null;
}
