/** Recogniser pass over runs of capitalised words: titles, organisation heads, first names. */
import { FUNCTION_POS, GROUP_WORDS, LOCATIVE_PREPOSITIONS, MISC_HEADS, NAME_CONNECTORS, NOT_NAMES, ORG_HEADS, PERSON_CONNECTORS, PLACE_HEADS, SPEECH_VERBS } from './cues.js';
import { isHonorific, isTitleHead, isTitleWord, lower } from '../roles/titles.js';
import { type Candidate } from './types.js';
import { type Ctx, type Mode, type SingleHint, emitName, emitTyped, isAcronym, isAllCaps, isCap, isNameWord, isSentenceInitial, push, single } from './context.js';

/** 'rules': no tagger; 'strong': before the tagger, only names with strong cues; 'tagged': after it. */
export type Phase = 'rules' | 'strong' | 'tagged';

export function chunkPass(ctx: Ctx, a: number, b: number, mode: Mode, phase: Phase): void {
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

export function classifyChunk(ctx: Ctx, a: number, b: number, i: number, j: number, mode: Mode, phase: Phase): void {
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
  for (;;) {
    if (n < e && (isTitleWord(values[n]!) || isHonorific(values[n]!))) n++;
    // "Secretary of State", "Chief of Army Staff": "of" inside a title.
    else if (n > s && n + 1 < e && values[n] === 'of' && isTitleHead(values[n - 1]!) && isTitleWord(values[n + 1]!)) n += 2;
    else break;
  }
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
export function titleFollows(ctx: Ctx, e: number, b: number): boolean {
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
export function afterPlaceCue(ctx: Ctx, a: number, s: number): boolean {
  const prev = s > a ? lower(ctx.values[s - 1]!) : '';
  if (LOCATIVE_PREPOSITIONS.has(prev)) return true;
  return prev === 'of' && s - 2 >= a && PLACE_HEADS.has(ctx.values[s - 2]!);
}

/** The words that decide a name's type: the last one, and the one before "of"/"for" ("Ministry of ..."). */
export function headWordsOf(words: string[]): string[] {
  const heads: string[] = [];
  const last = words[words.length - 1];
  if (last !== undefined) heads.push(last);
  const k = words.findIndex((w) => w === 'of' || w === 'for');
  if (k > 0) heads.push(words[k - 1]!);
  return heads;
}

/** "Belt and Road Initiative (BRI)": the acronym is another name of the same entity. */
export function alias(ctx: Ctx, k: number, of: Candidate): void {
  const t = ctx.tokens[k]!;
  push(ctx, { ...of, start: t.start, end: t.end, firstToken: k, lastToken: k + 1, via: 'rule:acronym' });
}
