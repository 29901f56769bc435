import type { Sentence, Token } from '../../core/types.js';
import { isHonorific, isTitleHead, isTitleWord, lower } from '../roles/titles.js';
import {
  FUNCTION_POS,
  GOVERNMENT_NOUNS,
  GROUP_WORDS,
  LOCATIVE_PREPOSITIONS,
  MISC_HEADS,
  NAME_CONNECTORS,
  NOT_NAMES,
  ORG_HEADS,
  PERSON_CONNECTORS,
  PLACE_HEADS,
  SPEECH_VERBS,
} from './cues.js';
import { normalizePhrase, type Gazetteer } from './gazetteer.js';
import type { Candidate, GazetteerEntry, Tagger } from './types.js';

/** What a single capitalised word that no rule could place suggests. */
export type SingleHint = 'speech' | 'locative' | 'acronym' | 'propn' | 'none';

/** A lone capitalised word, resolved once the document's people are known. */
export interface Single extends Candidate {
  hint: SingleHint;
}

export interface Recognized {
  candidates: Candidate[];
  singles: Single[];
}

interface Ctx {
  text: string;
  tokens: readonly Token[];
  values: string[];
  gaz: Gazetteer;
  taken: Uint8Array;
  out: Candidate[];
  singles: Single[];
  /** Per token of the current sentence: the tagger's span [start, end) and type, if any. */
  tagSpan: { start: number; end: number; type: string }[] | null;
}

/** Starts with an upper-case letter. */
const isCap = (v: string): boolean => {
  const f = v.charAt(0);
  return f !== f.toLowerCase() && f === f.toUpperCase();
};
const isAcronym = (v: string): boolean => /^[A-Z][A-Z0-9&.\-]{1,7}$/.test(v) && (v.match(/[A-Z]/g)?.length ?? 0) >= 2;
/** A capitalised word or an Arabic-style particle name ("al-Dulaymi", "bin-Salman"). */
const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ibn|abu|de|di|da|du|le|la|van|von)-\p{Lu}/u;
const isNameWord = (v: string): boolean => isCap(v) || PARTICLE_NAME.test(v);
const isAllCaps = (v: string): boolean => v === v.toUpperCase() && v !== v.toLowerCase();
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '|', '«', '*', '▪']);

/** Find entity mentions in every sentence with the gazetteer, name rules and (optionally) a tagger. */
export function recognize(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  gaz: Gazetteer,
  tagger?: Tagger,
): Recognized {
  const ctx: Ctx = {
    text,
    tokens,
    values: tokens.map((t) => text.slice(t.start, t.end)),
    gaz,
    taken: new Uint8Array(tokens.length),
    out: [],
    singles: [],
    tagSpan: null,
  };
  let a = 0;
  for (const s of sentences) {
    while (a < tokens.length && tokens[a]!.start < s.start) a++;
    let b = a;
    while (b < tokens.length && tokens[b]!.end <= s.end) b++;
    if (b > a) sentence(ctx, a, b, tagger);
    a = b;
  }
  ctx.out.sort((x, y) => x.start - y.start);
  return { candidates: ctx.out, singles: ctx.singles };
}

type Mode = 'normal' | 'title' | 'upper';

/** Words a Title Case headline leaves in lower case. */
const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'at', 'in', 'on', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'vs', 'vs.', 'via', 'into', 'over', "'s", '’s', "n't"]);

function sentenceMode(values: string[], a: number, b: number): Mode {
  let alpha = 0;
  let caps = 0;
  let words = 0;
  let capWords = 0;
  for (let i = a; i < b; i++) {
    const v = values[i]!;
    const lowerV = v.toLowerCase();
    if (lowerV === v.toUpperCase()) continue; // no letters
    alpha++;
    if (v === v.toUpperCase()) caps++;
    if (i > a && v.length >= 2 && !HEADLINE_SMALL_WORDS.has(lowerV)) {
      words++;
      if (v[0] !== lowerV[0]) capWords++;
    }
  }
  if (alpha >= 2 && caps / alpha > 0.8) return 'upper';
  if (words >= 3 && capWords / words >= 0.9) return 'title';
  return 'normal';
}

function sentence(ctx: Ctx, a: number, b: number, tagger?: Tagger): void {
  const mode = sentenceMode(ctx.values, a, b);
  const spans = tagger ? taggerSpans(ctx, a, b, tagger) : [];
  ctx.tagSpan = tagger ? [] : null;
  for (const sp of spans) for (let k = sp.start; k < sp.end; k++) ctx.tagSpan![k - a] = sp;
  gazetteerPass(ctx, a, b, mode);
  if (tagger) {
    // Names with strong cues (a title, an organisation head, a first name) before the tagger.
    chunkPass(ctx, a, b, mode, 'strong');
    taggerPass(ctx, a, b, spans, mode);
    chunkPass(ctx, a, b, mode, 'tagged');
  } else {
    chunkPass(ctx, a, b, mode, 'rules');
  }
}

function lookup(ctx: Ctx, phrase: string, mode: Mode): GazetteerEntry | undefined {
  const e = ctx.gaz.entries.get(phrase);
  if (e) return e;
  if ((mode === 'upper' || isAllCaps(phrase)) && phrase.length > 3) return ctx.gaz.upper.get(phrase.toUpperCase());
  return undefined;
}

function gazetteerPass(ctx: Ctx, a: number, b: number, mode: Mode): void {
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
      if (!gaz.prefixes.has(phrase) && !((mode === 'upper' || isAllCaps(phrase)) && gaz.prefixes.has(phrase.toUpperCase()))) break;
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
function taggerOverrides(span: { start: number; end: number; type: string } | undefined, i: number, j: number, e: GazetteerEntry): boolean {
  if (!span || span.start > i || span.end < j) return false;
  if (span.end - span.start > j - i) return true;
  return e.kind === 'region' || (span.type === 'ORG' && e.kind === 'capital');
}

function norm(v: string): string {
  return v.includes('’') || v.includes('‘') ? v.replace(/[’‘]/g, "'") : v;
}

/** "U.S.-backed", "Pakistan-Russia", "Chinese-run": the named parts of a hyphenated word. */
function hyphenParts(ctx: Ctx, i: number, mode: Mode): void {
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

function fromEntry(e: GazetteerEntry, start: number, end: number, first: number, last: number, via: string, gaz: Gazetteer): Candidate {
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

function push(ctx: Ctx, c: Candidate): void {
  ctx.out.push(c);
  for (let k = c.firstToken; k < c.lastToken; k++) ctx.taken[k] = 1;
}

function emitGazetteer(ctx: Ctx, a: number, b: number, i: number, j: number, entry: GazetteerEntry): void {
  const { tokens, values, text } = ctx;
  // "Pakistan Army", "Russian Foreign Ministry", "Doha Peace Agreement": a country word in a longer name.
  if (entry.kind !== 'organization' && entry.kind !== 'region') {
    let k = j;
    let nameEnd = -1;
    let type: Candidate['type'] = 'other';
    while (k < b && k < j + 5 && isCap(values[k]!) && !ctx.taken[k] && !isTitleWord(values[k]!)) {
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
function capitalIsPlace(ctx: Ctx, a: number, b: number, i: number, j: number): boolean {
  const { values, gaz } = ctx;
  const prev = i > a ? lower(values[i - 1]!) : '';
  const next = j < b ? values[j]! : '';
  if (LOCATIVE_PREPOSITIONS.has(prev)) return true;
  if (next === ',' && j + 1 < b && gaz.entries.get(values[j + 1]!)?.kind === 'country') return true;
  if ((next === ':' || next === ',') && isSentenceInitial(ctx, a, i) && isAllCaps(values[i]!)) return true;
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

function isSentenceInitial(ctx: Ctx, a: number, i: number): boolean {
  if (i === a) return true;
  const prev = ctx.values[i - 1]!;
  if (OPENERS.has(prev)) return true;
  return false;
}

interface TagSpan {
  start: number;
  end: number;
  type: string;
}

/** The tagger's IOB2 spans over tokens [a, b), as token indices. */
function taggerSpans(ctx: Ctx, a: number, b: number, tagger: Tagger): TagSpan[] {
  const labels = tagger.tag(ctx.values.slice(a, b));
  const spans: TagSpan[] = [];
  let i = a;
  while (i < b) {
    const label = labels[i - a] ?? 'O';
    if (!label.startsWith('B-') && !label.startsWith('I-')) {
      i++;
      continue;
    }
    const type = label.slice(2);
    let j = i + 1;
    while (j < b && labels[j - a] === `I-${type}`) j++;
    spans.push({ start: i, end: j, type });
    i = j;
  }
  return spans;
}

function taggerPass(ctx: Ctx, a: number, b: number, spans: readonly TagSpan[], mode: Mode): void {
  // A line of one word ("XS", "Follow") is page furniture, not a name.
  let words = 0;
  for (let k = a; k < b; k++) if (/[\p{L}\p{N}]/u.test(ctx.values[k]!)) words++;
  if (words <= 1) return;
  for (const span of spans) {
    const type = span.type;
    let s = span.start;
    let e = span.end;
    while (s < e && ctx.taken[s]) s++;
    while (e > s && ctx.taken[e - 1]) e--;
    let clean = true;
    for (let k = s; k < e; k++) if (ctx.taken[k]) clean = false;
    // Rules fix obvious errors: a capitalised function word opening a sentence is not a name.
    while (s < e && isSentenceInitial(ctx, a, s) && FUNCTION_POS.has(ctx.tokens[s]!.pos ?? '') && !isTitleWord(ctx.values[s]!) && !isCap(ctx.values[s + 1] ?? '')) s++;
    while (s < e && !/[\p{L}\p{N}]/u.test(ctx.values[s]!)) s++;
    while (e > s && !/[\p{L}\p{N}]/u.test(ctx.values[e - 1]!)) e--;
    if (!clean || e <= s) continue;
    if (e - s === 1 && NOT_NAMES.has(lower(ctx.values[s]!))) continue;
    // In a Title Case headline every word looks like a name: keep only proper nouns.
    if (mode === 'title') {
      let proper = true;
      for (let k = s; k < e; k++) if (ctx.tokens[k]!.pos !== 'PROPN' && !NAME_CONNECTORS.has(ctx.values[k]!)) proper = false;
      if (!proper) continue;
    }
    // "the town of Tavildara": a place, whatever the tagger says.
    if (type === 'PER' && e - s === 1 && s - 2 >= a && lower(ctx.values[s - 1]!) === 'of' && PLACE_HEADS.has(ctx.values[s - 2]!)) {
      emitName(ctx, s, e, 'place', 'rule:place-of');
      continue;
    }
    if (type === 'PER') {
      let n = s;
      while (n < e - 1 && (isTitleWord(ctx.values[n]!) || isHonorific(ctx.values[n]!))) n++;
      emitName(ctx, n, e, 'person', 'tagger');
      for (let k = s; k < n; k++) ctx.taken[k] = 1;
    } else if (type === 'ORG') emitName(ctx, s, e, 'organization', 'tagger');
    else if (type === 'LOC') emitName(ctx, s, e, 'place', 'tagger');
    else if (!(e - s === 1 && NOT_NAMES.has(lower(ctx.values[s]!)))) emitName(ctx, s, e, 'other', 'tagger');
  }
}

function emitName(ctx: Ctx, s: number, e: number, type: Candidate['type'], via: string): void {
  const { tokens, text } = ctx;
  const name = normalizePhrase(text.slice(tokens[s]!.start, tokens[e - 1]!.end));
  push(ctx, {
    start: tokens[s]!.start, end: tokens[e - 1]!.end, firstToken: s, lastToken: e,
    type, via, form: 'name', key: `${type}:${name}`, name, iso3: null,
  });
}

/** 'rules': no tagger; 'strong': before the tagger, only names with strong cues; 'tagged': after it. */
type Phase = 'rules' | 'strong' | 'tagged';

function chunkPass(ctx: Ctx, a: number, b: number, mode: Mode, phase: Phase): void {
  const { values } = ctx;
  let i = a;
  while (i < b) {
    if (ctx.taken[i] || !isNameWord(values[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < b && !ctx.taken[j]) {
      const v = values[j]!;
      if (isNameWord(v)) j++;
      else if (NAME_CONNECTORS.has(v.toLowerCase()) && j + 1 < b && !ctx.taken[j + 1] && isCap(values[j + 1]!)) j++;
      else if (
        NAME_CONNECTORS.has(v.toLowerCase()) && j + 2 < b && NAME_CONNECTORS.has(values[j + 1]!.toLowerCase()) &&
        !ctx.taken[j + 1] && !ctx.taken[j + 2] && isCap(values[j + 2]!)
      ) j += 2;
      else break;
    }
    classifyChunk(ctx, a, b, i, j, mode, phase);
    i = j;
  }
}

function classifyChunk(ctx: Ctx, a: number, b: number, i: number, j: number, mode: Mode, phase: Phase): void {
  const tagged = phase !== 'rules';
  const strong = phase === 'strong';
  // Before the tagger: leave to it a name it reads as a whole or as part of a longer one
  // ("Organisation for Security and Cooperation in Europe"); rules take over where it splits names.
  if (strong && ctx.tagSpan) {
    const span = ctx.tagSpan[i - a];
    if (span && span.start <= i && span.end >= j) return;
  }
  const { values, tokens, gaz } = ctx;
  let s = i;
  // "The", "But", "Last month": a closed-class or common word opening the sentence.
  while (s < j && isSentenceInitial(ctx, a, s) && FUNCTION_POS.has(tokens[s]!.pos ?? '') && !isTitleWord(values[s]!) && !gaz.firstNames.has(lower(values[s]!))) s++;
  while (s < j && (NOT_NAMES.has(lower(values[s]!)) && !isTitleWord(values[s]!) || NAME_CONNECTORS.has(values[s]!.toLowerCase()))) s++;
  let e = j;
  while (e > s && (NAME_CONNECTORS.has(values[e - 1]!.toLowerCase()) || NOT_NAMES.has(lower(values[e - 1]!)) && !isTitleWord(values[e - 1]!))) e--;
  if (e <= s) return;

  // Split at "and" unless an organisation head follows it ("Belt and Road Forum").
  const chunkOrg = headWordsOf(values.slice(s, e).map(lower)).some((w) => ORG_HEADS.has(w));
  for (let k = s + 1; k < e - 1 && !chunkOrg; k++) {
    if (values[k] === 'and' || values[k] === '&') {
      let orgAfter = false;
      for (let m = k + 1; m < e; m++) if (ORG_HEADS.has(lower(values[m]!))) orgAfter = true;
      if (!orgAfter) {
        classifyChunk(ctx, a, b, s, k, mode, phase);
        classifyChunk(ctx, a, b, k + 1, e, mode, phase);
        return;
      }
    }
  }

  // Leading titles and honorifics: "Caretaker Prime Minister Anwaar-ul-Haq Kakar", "Mullah Abdul ...".
  let n = s;
  while (n < e && (isTitleWord(values[n]!) || isHonorific(values[n]!))) n++;
  // A title needs an office or an honorific: "Air France" and "Federal Reserve" are not titled.
  let hasHead = false;
  for (let k = s; k < n; k++) if (isTitleHead(values[k]!) || isHonorific(values[k]!)) hasHead = true;
  if (!hasHead) n = s;
  const titled = n > s;
  // "The Prime Minister, who ...": a title alone is a description, not a name.
  if (titled && n === e) return;
  const words = values.slice(n, e);
  const headWords = headWordsOf(values.slice(s, e).map(lower));
  const hasOrgHead = headWords.some((w) => ORG_HEADS.has(w));
  const hasPlaceHead = headWords.some((w) => PLACE_HEADS.has(w));
  const hasMiscHead = headWords.some((w) => MISC_HEADS.has(w));
  const allNameLike = words.every((w) => (isNameWord(w) && (w.length > 1 || /\.$/.test(w))) || PERSON_CONNECTORS.has(w.toLowerCase()));
  const prevWord = s > a ? lower(values[s - 1]!) : '';
  const nextWord = e < b ? lower(values[e]!) : '';
  const acronymAfter = e + 2 < b && values[e] === '(' && isAcronym(values[e + 1]!) && values[e + 2] === ')';

  const lastNameLike = tokens[e - 1]!.pos === 'PROPN' || gaz.firstNames.has(lower(values[n] ?? '')) || values[e - 1]!.includes('-');
  if (titled && n < e && !hasOrgHead && !hasPlaceHead && !hasMiscHead && allNameLike && lastNameLike) {
    for (let k = s; k < n; k++) ctx.taken[k] = 1;
    emitName(ctx, n, e, 'person', 'rule:title');
    return;
  }
  if (mode !== 'normal') {
    // Headlines in Title Case or capitals: only names with a first name are safe.
    if (e - s >= 2 && e - s <= 3 && gaz.firstNames.has(lower(values[s]!)) && allNameLike) emitName(ctx, s, e, 'person', 'rule:first-name');
    else if (e - s === 1 && !strong) single(ctx, a, b, s, 'none');
    return;
  }
  const type = hasOrgHead ? 'organization' : hasPlaceHead ? 'place' : hasMiscHead ? 'other' : null;
  if (type && !(e - s === 1 && !acronymAfter)) {
    const c = emitTyped(ctx, s, e, type, `rule:${type === 'organization' ? 'org' : type}-head`);
    if (acronymAfter) alias(ctx, e + 1, c);
    return;
  }
  if (e - s === 1) {
    if (strong) return;
    const only = values[s]!;
    if (isTitleWord(only) || isHonorific(only) || only.length < 2) return;
    if (isAllCaps(only) && isSentenceInitial(ctx, a, s) && (nextWord === ':' || nextWord === ',' || nextWord === '—')) {
      emitTyped(ctx, s, e, 'place', 'rule:dateline');
      return;
    }
    if (acronymAfter && isCap(values[s]!)) {
      const c = emitTyped(ctx, s, e, 'other', 'rule:acronym');
      alias(ctx, e + 1, c);
      return;
    }
    const v = values[s]!;
    const hint: SingleHint = SPEECH_VERBS.has(nextWord) || titleFollows(ctx, e, b)
      ? 'speech'
      : isAcronym(v)
        ? 'acronym'
        : afterPlaceCue(ctx, a, s)
          ? 'locative'
          : tokens[s]!.pos === 'PROPN' && !isSentenceInitial(ctx, a, s)
            ? 'propn'
            : 'none';
    single(ctx, a, b, s, hint);
    return;
  }
  if (tagged) {
    if (gaz.firstNames.has(lower(values[s]!)) && allNameLike && e - s <= 4) emitName(ctx, s, e, 'person', 'rule:first-name');
    return;
  }
  const propn = values.slice(s, e).every((_, k) => tokens[s + k]!.pos === 'PROPN' || PERSON_CONNECTORS.has(values[s + k]!));
  const determiner = prevWord === 'the' || prevWord === 'a' || prevWord === 'an';
  if (values.slice(s, e).some((w) => GROUP_WORDS.has(lower(w)))) {
    emitTyped(ctx, s, e, 'other', 'rule:group');
    return;
  }
  if (allNameLike && e - s <= 4 && (gaz.firstNames.has(lower(values[s]!)) || SPEECH_VERBS.has(nextWord) || (propn && e - s <= 3 && !determiner))) {
    emitName(ctx, s, e, 'person', gaz.firstNames.has(lower(values[s]!)) ? 'rule:first-name' : 'rule:proper-nouns');
    return;
  }
  const c = emitTyped(ctx, s, e, afterPlaceCue(ctx, a, s) && allNameLike ? 'place' : 'other', 'rule:capitalised');
  if (acronymAfter) alias(ctx, e + 1, c);
}

/** "Kakar, Pakistan's interim premier, ...": a title set off after the word makes it a person. */
function titleFollows(ctx: Ctx, e: number, b: number): boolean {
  const { values } = ctx;
  if (values[e] !== ',') return false;
  for (let k = e + 1; k < b && k < e + 7; k++) {
    const v = values[k]!;
    if (isTitleHead(v)) return values[k + 1] === undefined || [',', '.', ';', ')'].includes(values[k + 1]!) || k + 1 >= b;
    const w = lower(v);
    if (!(isTitleWord(v) || w === "'s" || w === 'the' || w === 'a' || w === 'his' || w === 'her' || isCap(v))) return false;
  }
  return false;
}

/** "in X", "the city of X", "the province of X". */
function afterPlaceCue(ctx: Ctx, a: number, s: number): boolean {
  const prev = s > a ? lower(ctx.values[s - 1]!) : '';
  if (LOCATIVE_PREPOSITIONS.has(prev)) return true;
  return prev === 'of' && s - 2 >= a && PLACE_HEADS.has(ctx.values[s - 2]!);
}

/** The words that decide a name's type: the last one, and the one before "of"/"for" ("Ministry of ..."). */
function headWordsOf(words: string[]): string[] {
  const heads: string[] = [];
  const last = words[words.length - 1];
  if (last !== undefined) heads.push(last);
  const k = words.findIndex((w) => w === 'of' || w === 'for');
  if (k > 0) heads.push(words[k - 1]!);
  return heads;
}

function emitTyped(ctx: Ctx, s: number, e: number, type: Candidate['type'], via: string): Candidate {
  emitName(ctx, s, e, type, via);
  return ctx.out[ctx.out.length - 1]!;
}

/** "Belt and Road Initiative (BRI)": the acronym is another name of the same entity. */
function alias(ctx: Ctx, k: number, of: Candidate): void {
  const t = ctx.tokens[k]!;
  push(ctx, { ...of, start: t.start, end: t.end, firstToken: k, lastToken: k + 1, via: 'rule:acronym' });
}

function single(ctx: Ctx, _a: number, _b: number, s: number, hint: SingleHint): void {
  const t = ctx.tokens[s]!;
  const name = ctx.values[s]!;
  ctx.singles.push({
    start: t.start, end: t.end, firstToken: s, lastToken: s + 1, type: 'other', via: 'rule:single',
    form: 'name', key: `other:${name}`, name, iso3: null, hint,
  });
}
