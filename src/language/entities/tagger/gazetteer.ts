/**
 * Phrase gazetteers matched over token sequences (case-insensitive, longest match first).
 * The built-in one lists countries, capitals, demonyms and world regions from the
 * `world-countries` package.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

/** The package is CommonJS (module.exports = the array); require it the same way from src/ and dist/. */
const countries = createRequire(import.meta.url)('world-countries') as Country[];

export class Gazetteer {
  /** phrase (lowercased tokens joined by a space) -> categories */
  private readonly phrases = new Map<string, string[]>();
  /** first token -> longest phrase length starting with it */
  private readonly firstTokens = new Map<string, number>();

  constructor(entries: Iterable<readonly [phrase: string, category: string]> = []) {
    for (const [phrase, category] of entries) this.add(phrase, category);
  }

  /** Adds a phrase (whitespace-separated tokens; punctuation such as "U.S." is one token). */
  add(phrase: string, category: string): void {
    const toks = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (toks.length === 0) return;
    const key = toks.join(' ');
    const cats = this.phrases.get(key);
    if (cats) {
      if (!cats.includes(category)) cats.push(category);
    } else this.phrases.set(key, [category]);
    const first = toks[0] as string;
    this.firstTokens.set(first, Math.max(this.firstTokens.get(first) ?? 0, toks.length));
  }

  get size(): number {
    return this.phrases.size;
  }

  /**
   * For each token, the matches covering it as "category:B" (first token of the phrase) or
   * "category:I". Matches are found left to right, longest first, without overlap.
   */
  match(lowerTokens: readonly string[]): (string[] | null)[] {
    const out: (string[] | null)[] = new Array<string[] | null>(lowerTokens.length).fill(null);
    let i = 0;
    while (i < lowerTokens.length) {
      const maxLen = this.firstTokens.get(lowerTokens[i] as string);
      let matched = 0;
      if (maxLen !== undefined) {
        for (let len = Math.min(maxLen, lowerTokens.length - i); len >= 1; len--) {
          const key = len === 1 ? (lowerTokens[i] as string) : lowerTokens.slice(i, i + len).join(' ');
          const cats = this.phrases.get(key);
          if (cats) {
            for (let k = 0; k < len; k++) out[i + k] = cats.map((c) => `${c}:${k === 0 ? 'B' : 'I'}`);
            matched = len;
            break;
          }
        }
      }
      i += matched > 0 ? matched : 1;
    }
    return out;
  }
}

/** Splits "Côte d'Ivoire" / "Bosnia and Herzegovina" / "U.S." the way news tokenisers do. */
function tokenise(name: string): string {
  return name
    .replace(/([,()])/g, ' $1 ')
    .replace(/'s\b/g, " 's")
    .trim();
}

let world: Gazetteer | null = null;

/** Countries (common, official and alternative names), capitals, demonyms and regions. */
export function worldGazetteer(): Gazetteer {
  if (world) return world;
  const g = new Gazetteer();
  for (const c of countries) {
    g.add(tokenise(c.name.common), 'country');
    g.add(tokenise(c.name.official), 'country');
    for (const alt of c.altSpellings) {
      // Two-letter codes ("DE") would match ordinary words; keep longer spellings and "U.S."-like ones.
      if (alt.length > 3 || alt.includes('.')) g.add(tokenise(alt), 'country');
    }
    for (const cap of c.capital) g.add(tokenise(cap), 'capital');
    const eng = c.demonyms?.['eng'];
    if (eng) {
      g.add(eng.m, 'demonym');
      g.add(eng.f, 'demonym');
    }
    if (c.region) g.add(c.region, 'region');
    if (c.subregion) g.add(tokenise(c.subregion), 'region');
  }
  world = g;
  return g;
}
