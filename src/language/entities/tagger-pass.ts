/** Recogniser pass with a statistical tagger: its spans, checked by rules. */
import { FUNCTION_POS, MISC_HEADS, NAME_CONNECTORS, NOT_NAMES, ORG_HEADS, PLACE_HEADS } from './cues.js';
import { isHonorific, isTitleHead, isTitleWord, lower } from '../roles/titles.js';
import { type Tagger } from './types.js';
import { type Ctx, type Mode, type TagSpan, emitName, isAllCaps, isCap, isSentenceInitial, push } from './context.js';
import { inLexicon } from './adjectival.js';

/** The tagger's IOB2 spans over tokens [a, b), as token indices. */
export function taggerSpans(ctx: Ctx, a: number, b: number, tagger: Tagger): TagSpan[] {
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

export function taggerPass(ctx: Ctx, a: number, b: number, spans: readonly TagSpan[], mode: Mode): void {
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
    // "Monsoon rains ...", "Cooperation between ...": a common noun capitalised only because it opens the sentence.
    if (e - s === 1 && type !== 'PER' && type !== 'LOC' && commonNounOpener(ctx, a, s)) continue;
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
    // A "person" ending in an organisation, place or event word ("Energy Week") is not one.
    const lastWord = lower(ctx.values[e - 1]!);
    if (type === 'PER' && e - s > 1 && (ORG_HEADS.has(lastWord) || PLACE_HEADS.has(lastWord) || MISC_HEADS.has(lastWord))) {
      emitName(ctx, s, e, ORG_HEADS.has(lastWord) ? 'organization' : PLACE_HEADS.has(lastWord) ? 'place' : 'other', 'tagger+rule:head');
      continue;
    }
    if (type === 'PER') {
      let n = s;
      let office = false;
      while (n < e - 1 && (isTitleWord(ctx.values[n]!) || isHonorific(ctx.values[n]!))) {
        if (isTitleHead(ctx.values[n]!) || isHonorific(ctx.values[n]!)) office = true;
        n++;
      }
      // "Energy Week" is not a person "Week": strip only a title with an office in it.
      if (!office) n = s;
      emitName(ctx, n, e, 'person', 'tagger');
      for (let k = s; k < n; k++) ctx.taken[k] = 1;
    } else if (type === 'ORG') emitName(ctx, s, e, 'organization', 'tagger');
    else if (type === 'LOC') emitName(ctx, s, e, 'place', 'tagger');
    else if (!(e - s === 1 && NOT_NAMES.has(lower(ctx.values[s]!)))) emitName(ctx, s, e, 'other', 'tagger');
  }
}

/**
 * A single word at the start of a sentence that wink's lexicon knows as a common noun, and that
 * the document never capitalises elsewhere mid-sentence (which would make it a name: "Shell").
 */
export function commonNounOpener(ctx: Ctx, a: number, s: number): boolean {
  const v = ctx.values[s]!;
  if (!isSentenceInitial(ctx, a, s) || isAllCaps(v) || !/^\p{Lu}\p{Ll}+$/u.test(v)) return false;
  if (ctx.gaz.entries.has(v)) return false;
  for (let k = 1; k < ctx.values.length; k++) {
    if (k !== s && ctx.values[k] === v && !OPENER_OR_END.has(ctx.values[k - 1]!)) return false;
  }
  return inLexicon(v);
}

/** Tokens after which a capital is no evidence of a name. */
const OPENER_OR_END = new Set(['.', '!', '?', '“', '"', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '|', '«', '*', '▪', '\n']);
