/** Recogniser pass 1: gazetteer phrases (countries, demonyms, capitals, regions, known bodies). */
import { GOVERNMENT_NOUNS, LOCATIVE_PREPOSITIONS, MISC_HEADS, ORG_HEADS, PLACE_HEADS } from './cues.js';
import { lower } from '../roles/titles.js';
import { type Gazetteer, normalizePhrase } from './gazetteer.js';
import { type Candidate, type GazetteerEntry } from './types.js';
import { COMPASS, type Ctx, type Mode, isAllCaps, isCap, isSentenceInitial, push } from './context.js';

export function lookup(ctx: Ctx, phrase: string, mode: Mode): GazetteerEntry | undefined {
  const e = ctx.gaz.entries.get(phrase);
  if (e) return e;
  if ((mode === 'upper' || isAllCaps(phrase)) && phrase.length > 3) return ctx.gaz.upper.get(phrase.toUpperCase());
  return undefined;
}

export function gazetteerPass(ctx: Ctx, a: number, b: number, mode: Mode): void {
  const { tokens, values, gaz } = ctx;
  for (let i = a; i < b; i++) {
    if (ctx.taken[i]) continue;
    const v = values[i]!;
    const c0 = v.charCodeAt(0);
    // Phrases start with a letter or digit (skip punctuation quickly).
    if (c0 < 48 || (c0 > 57 && c0 < 65) || (c0 > 90 && c0 < 97) || (c0 > 122 && c0 < 128)) continue;
    let matched = false;
    // Extend token by token while the phrase is a prefix of some gazetteer phrase.
    let phrase = '';
    let bestLen = 0;
    let bestEntry: GazetteerEntry | undefined;
    for (let len = 1; len <= gaz.maxTokens && i + len <= b; len++) {
      const k = i + len - 1;
      const part = norm(values[k]!);
      phrase = len === 1 ? part : tokens[k]!.start > tokens[k - 1]!.end ? `${phrase} ${part}` : phrase + part;
      if (!gaz.prefixes.has(phrase)) {
        // Only an upper-case phrase can match through the upper-cased table.
        const c = phrase.charCodeAt(phrase.length - 1);
        const upperTail = c >= 65 && c <= 90 || c > 127 || c === 46;
        if (!upperTail || !(mode === 'upper' || isAllCaps(phrase)) || !gaz.prefixes.has(phrase.toUpperCase())) break;
      }
      const entry = lookup(ctx, phrase, mode);
      if (!entry) continue;
      // Acronyms in an ALL-CAPS line ("WHO", "US") are ordinary words there.
      if (mode === 'upper' && entry.kind === 'organization' && phrase.length <= 4) continue;
      if (mode === 'normal' && entry.kind !== 'organization' && isAllCaps(phrase) && phrase.length > 4 && !isSentenceInitial(ctx, a, i)) continue;
      bestLen = len;
      bestEntry = entry;
    }
    if (bestEntry && ctx.tagSpan && taggerOverrides(ctx.tagSpan[i - a], i, i + bestLen, bestEntry)) bestEntry = undefined;
    if (bestEntry) {
      emitGazetteer(ctx, a, b, i, i + bestLen, bestEntry);
      matched = true;
      i += bestLen - 1;
    }
    if (!matched && v.includes('-') && v !== v.toLowerCase()) hyphenParts(ctx, i, mode);
  }
}

/**
 * The tagger's span wins over a gazetteer hit inside a longer name ("Air France", "U.S. Open",
 * "Russian Foreign Ministry"), and its ORG wins over a city ("Chicago" the team); on the same
 * span otherwise the gazetteer wins (countries, capitals as governments, known bodies).
 */
export function taggerOverrides(span: { start: number; end: number; type: string } | undefined, i: number, j: number, e: GazetteerEntry): boolean {
  if (!span || span.start > i || span.end < j) return false;
  if (span.end - span.start > j - i) return true;
  return (e.kind === 'region' && span.type !== 'LOC') || (span.type === 'ORG' && e.kind === 'capital');
}

export function norm(v: string): string {
  return v.includes('’') || v.includes('‘') ? v.replace(/[’‘]/g, "'") : v;
}

/** "U.S.-backed", "Pakistan-Russia", "Chinese-run": the named parts of a hyphenated word. */
export function hyphenParts(ctx: Ctx, i: number, mode: Mode): void {
  const t = ctx.tokens[i]!;
  const v = ctx.values[i]!;
  let offset = 0;
  let any = false;
  for (const part of v.split(/[-‑‐–]/)) {
    const entry = part.length > 1 ? lookup(ctx, part, mode) : undefined;
    if (entry && entry.kind !== 'capital') {
      const start = t.start + offset;
      push(ctx, fromEntry(entry, start, start + part.length, i, i + 1, 'gazetteer:hyphen', ctx.gaz));
      any = true;
    }
    offset += part.length + 1;
  }
  if (any) ctx.taken[i] = 1;
}

export function fromEntry(e: GazetteerEntry, start: number, end: number, first: number, last: number, via: string, gaz: Gazetteer): Candidate {
  const iso3 = e.iso3;
  switch (e.kind) {
    case 'country':
      return { start, end, firstToken: first, lastToken: last, iso3, type: 'country', via, form: 'name', key: `country:${iso3}`, name: e.name };
    case 'demonym':
      return { start, end, firstToken: first, lastToken: last, iso3, type: 'country', via: `${via}:demonym`, form: 'demonym', key: `country:${iso3}`, name: e.name };
    case 'capital':
      return {
        start, end, firstToken: first, lastToken: last, iso3, type: 'country', via: `${via}:capital`, form: 'capital',
        key: `country:${iso3}`, name: gaz.countryNames.get(iso3 ?? '') ?? e.name,
      };
    case 'organization':
      return { start, end, firstToken: first, lastToken: last, iso3, type: 'organization', via, form: 'name', key: `organization:${e.name}`, name: e.name };
    case 'region':
      return { start, end, firstToken: first, lastToken: last, iso3, type: 'place', via, form: 'name', key: `place:${e.name}`, name: e.name };
  }
}

export function emitGazetteer(ctx: Ctx, a: number, b: number, i: number, j: number, entry: GazetteerEntry): void {
  const { tokens, values, text } = ctx;
  // "Pakistan Army", "Russian Foreign Ministry", "Doha Peace Agreement": a country word in a longer name.
  if (entry.kind !== 'organization' && entry.kind !== 'region') {
    let k = j;
    let nameEnd = -1;
    let type: Candidate['type'] = 'other';
    while (k < b && k < j + 5 && isCap(values[k]!) && !ctx.taken[k]) {
      const w = lower(values[k]!);
      if (ORG_HEADS.has(w) || PLACE_HEADS.has(w) || MISC_HEADS.has(w)) {
        nameEnd = k + 1;
        type = ORG_HEADS.has(w) ? 'organization' : PLACE_HEADS.has(w) ? 'place' : 'other';
      }
      k++;
    }
    if (nameEnd < 0 && j < b && isCap(values[j]!) && ORG_HEADS.has(lower(values[j]!))) {
      nameEnd = j + 1;
      type = 'organization';
    }
    if (nameEnd > 0) {
      let from = i;
      while (from > a && !ctx.taken[from - 1] && COMPASS.has(lower(values[from - 1]!)) && isCap(values[from - 1]!)) from--;
      const name = normalizePhrase(text.slice(tokens[from]!.start, tokens[nameEnd - 1]!.end));
      push(ctx, {
        start: tokens[from]!.start, end: tokens[nameEnd - 1]!.end, firstToken: from, lastToken: nameEnd,
        type, via: `rule:${type === 'organization' ? 'org' : type}-head`, form: 'name', key: `${type}:${name}`, name,
        iso3: entry.iso3,
      });
      return;
    }
  }
  const start = tokens[i]!.start;
  const end = tokens[j - 1]!.end;
  if (entry.kind === 'capital' && capitalIsPlace(ctx, a, b, i, j)) {
    push(ctx, {
      start, end, firstToken: i, lastToken: j, type: 'place', via: 'gazetteer:capital', form: 'name',
      key: `place:${entry.name}`, name: entry.name, iso3: entry.iso3,
    });
    return;
  }
  push(ctx, fromEntry(entry, start, end, i, j, 'gazetteer', ctx.gaz));
}

/** "in Moscow", "Moscow, Russia", "ISLAMABAD:", "the Moscow meeting" are the city; "Moscow said" is the government. */
function text(ctx: Ctx, i: number, j: number): string {
  return ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[j - 1]!.end);
}

export function capitalIsPlace(ctx: Ctx, a: number, b: number, i: number, j: number): boolean {
  const { values, gaz } = ctx;
  const prev = i > a ? lower(values[i - 1]!) : '';
  const next = j < b ? values[j]! : '';
  if (LOCATIVE_PREPOSITIONS.has(prev)) return true;
  if (next === ',' && j + 1 < b && gaz.entries.get(values[j + 1]!)?.kind === 'country') return true;
  // Datelines: "ISLAMABAD:", "MOSCOW, April 13", "NEW DELHI (Reuters) -".
  if ([':', ',', '(', '-', '—', '–'].includes(next) && isSentenceInitial(ctx, a, i) && isAllCaps(text(ctx, i, j))) return true;
  const nextPos = j < b ? ctx.tokens[j]!.pos : '';
  if (/^\p{Ll}/u.test(next) && nextPos === 'NOUN' && !GOVERNMENT_NOUNS.has(next)) {
    // "Washington reviews an agreement": a verb in -s that the tagger took for a noun.
    const after = ctx.tokens[j + 1]?.pos ?? '';
    const verbLike = /s$/.test(next) && ['DET', 'PRON', 'ADP', 'SCONJ', 'PART', 'NUM'].includes(after);
    return !verbLike;
  }
  if ((next === "'s" || next === '’s') && j + 1 < b && isCap(values[j + 1]!)) return true;
  return false;
}
