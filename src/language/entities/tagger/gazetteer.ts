/**
 * Phrase gazetteers matched over token sequences (case-insensitive, longest match first).
 * The built-in one lists countries, capitals, demonyms and world regions from the
 * `world-countries` package.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

/** The package is CommonJS (module.exports = the array); require it the same way from src/ and dist/. */
const countries = createRequire(import.meta.url)('world-countries') as Country[];

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** "category:B" per category of the phrase ending here, or null. */
  begin: string[] | null;
  /** "category:I" per category. */
  inside: string[] | null;
}

const node = (): TrieNode => ({ next: null, begin: null, inside: null });

export class Gazetteer {
  private readonly root = node();
  private count = 0;
  private readonly tagStrings = new Map<string, [string, string]>();

  constructor(entries: Iterable<readonly [phrase: string, category: string]> = []) {
    for (const [phrase, category] of entries) this.add(phrase, category);
  }

  /** Adds a phrase (whitespace-separated tokens; punctuation such as "U.S." is one token). */
  add(phrase: string, category: string): void {
    const lower = phrase.toLowerCase();
    const toks = /\s/.test(lower) ? lower.split(/\s+/).filter(Boolean) : lower ? [lower] : [];
    if (toks.length === 0) return;
    let cur = this.root;
    for (const t of toks) {
      cur.next ??= new Map();
      let child = cur.next.get(t);
      if (!child) {
        child = node();
        cur.next.set(t, child);
      }
      cur = child;
    }
    if (!cur.begin) {
      cur.begin = [];
      cur.inside = [];
      this.count++;
    }
    let tags = this.tagStrings.get(category);
    if (!tags) {
      tags = [`${category}:B`, `${category}:I`];
      this.tagStrings.set(category, tags);
    }
    if (!cur.begin.includes(tags[0])) {
      cur.begin.push(tags[0]);
      (cur.inside as string[]).push(tags[1]);
    }
  }

  /** Number of distinct phrases. */
  get size(): number {
    return this.count;
  }

  /**
   * Appends to `out[i]` the matches covering token i as "category:B" (first token of the
   * phrase) or "category:I". Matches are found left to right, longest first, without
   * overlap. `out` entries are created on demand. `starts`, when given, says at which
   * positions a phrase can start (a pre-computed filter; it must not hide real starts).
   */
  matchInto(lowerTokens: readonly string[], out: (string[] | null)[], starts?: (i: number) => boolean): void {
    const n = lowerTokens.length;
    let i = 0;
    const rootNext = this.root.next;
    if (!rootNext) return;
    while (i < n) {
      if (starts && !starts(i)) {
        i++;
        continue;
      }
      let cur = rootNext.get(lowerTokens[i] as string);
      let bestEnd = -1;
      let best: TrieNode | null = null;
      let j = i;
      while (cur) {
        if (cur.begin) {
          bestEnd = j;
          best = cur;
        }
        j++;
        if (j >= n || !cur.next) break;
        cur = cur.next.get(lowerTokens[j] as string);
      }
      if (!best) {
        i++;
        continue;
      }
      for (let k = i; k <= bestEnd; k++) {
        const tags = (k === i ? best.begin : best.inside) as string[];
        const slot = out[k];
        if (slot) slot.push(...tags);
        else out[k] = tags.slice();
      }
      i = bestEnd + 1;
    }
  }

  /** Whether some phrase starts with this (lowercase) token. */
  startsWith(lowerToken: string): boolean {
    return this.root.next?.has(lowerToken) ?? false;
  }

  /** Per token, the matches covering it ("category:B" / "category:I"), or null. */
  match(lowerTokens: readonly string[]): (string[] | null)[] {
    const out: (string[] | null)[] = new Array<string[] | null>(lowerTokens.length).fill(null);
    this.matchInto(lowerTokens, out);
    return out;
  }
}

/** Splits "Bosnia and Herzegovina" / "Korea (Republic of)" the way news tokenisers do. */
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
