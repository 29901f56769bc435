/**
 * Find trigger words in a sentence: compile the lexicon's patterns once, then match them over
 * the sentence's words, resolve overlaps (higher priority, then longer, then earlier wins)
 * and apply each rule's conditions and refinements.
 */
import { allVerbForms, nounForms } from './inflect.js';
import { mentionsIn, type SentenceView, type Word } from '../../language/syntax/sentence-view.js';
import type { EventKind, PloverType, TriggerRule } from './types.js';
import { DEFINITE_DETERMINERS as DETERMINERS } from '../../language/syntax/lexicon.js';

interface Slot {
  forms: ReadonlySet<string>;
  type: 'V' | 'N' | 'L';
  /** Words that may be skipped before this slot. */
  gap: number;
}

export interface CompiledRule {
  rule: TriggerRule;
  slots: Slot[];
  priority: number;
  /** Index of the slot that carries the syntax (first V slot, else first N slot, else 0). */
  head: number;
  verbal: boolean;
}

export interface TriggerMatch {
  rule: TriggerRule;
  /** Word indices of the first and last matched slot. */
  first: number;
  last: number;
  /** Word index of the head word (the verb or noun). */
  headWord: number;
  /** Used as a verb (subject / object) rather than a noun (arguments inside the noun phrase). */
  verbal: boolean;
  kind: EventKind;
  plover: PloverType;
  priority: number;
}

const DEFAULT_GAP = 3;
const LONG_GAP = 6;

function compileSlot(text: string, gap: number): Slot {
  const m = /^([VN]):(.+)$/.exec(text);
  if (m) {
    const type = m[1] as 'V' | 'N';
    const forms = new Set<string>();
    for (const alt of m[2]!.split('|')) {
      const isNoun = alt.startsWith('N:');
      const word = alt.replace(/^[VN]:/, '');
      for (const f of type === 'V' && !isNoun ? allVerbForms(word) : nounForms(word)) forms.add(f);
    }
    return { forms, type, gap };
  }
  // Literal alternatives; "N:x" may appear inside a literal list ("joint * N:drill|maneuvers").
  const forms = new Set<string>();
  let type: Slot['type'] = 'L';
  for (const alt of text.split('|')) {
    if (alt.startsWith('N:')) {
      for (const f of nounForms(alt.slice(2))) forms.add(f);
      type = 'N';
    } else forms.add(alt);
  }
  return { forms, type, gap };
}

export function compileRule(rule: TriggerRule): CompiledRule {
  const slots: Slot[] = [];
  let gap = 0;
  for (const part of rule.pattern.trim().split(/\s+/)) {
    if (part === '*' || part === '**') {
      gap = part === '*' ? DEFAULT_GAP : LONG_GAP;
      continue;
    }
    slots.push(compileSlot(part, gap));
    gap = 0;
  }
  let head = slots.findIndex((s) => s.type === 'V');
  const verbal = head >= 0;
  if (head < 0) head = Math.max(0, slots.findIndex((s) => s.type === 'N'));
  const named = slots.length;
  return { rule, slots, head, verbal, priority: rule.priority ?? named * 10 + (verbal ? 1 : 0) };
}

export class TriggerIndex {
  private readonly byFirst = new Map<string, CompiledRule[]>();

  constructor(rules: readonly TriggerRule[]) {
    for (const rule of rules) {
      const c = compileRule(rule);
      for (const f of c.slots[0]?.forms ?? []) {
        const list = this.byFirst.get(f);
        if (list) list.push(c);
        else this.byFirst.set(f, [c]);
      }
    }
  }

  rulesStartingWith(word: string): readonly CompiledRule[] {
    return this.byFirst.get(word) ?? [];
  }
}

const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** Match the slots of `c` from word `i`; returns matched word indices or null. */
function matchAt(words: readonly Word[], i: number, c: CompiledRule): number[] | null {
  const at: number[] = [i];
  let pos = i;
  for (let s = 1; s < c.slots.length; s++) {
    const slot = c.slots[s]!;
    let found = -1;
    for (let k = pos + 1; k <= pos + 1 + slot.gap && k < words.length; k++) {
      const w = words[k]!;
      if (slot.forms.has(w.lower)) {
        found = k;
        break;
      }
      if (PUNCT.test(w.text) && w.text !== '-') break;
    }
    if (found < 0) return null;
    at.push(found);
    pos = found;
  }
  return at;
}

function startsWithAny(word: string, stems: readonly string[]): boolean {
  return stems.some((s) => word.startsWith(s));
}

const NOUNISH_POS = new Set(['NOUN', 'PROPN']);

/** Is there a named participant right after word `last` (within 4 words, no punctuation)? */
function objectFollows(view: SentenceView, last: number, need: TriggerRule['needsObject'], notAfterObject?: readonly string[]): boolean {
  for (const m of mentionsIn(view, last + 1, last + 4)) {
    if (m.first <= last || m.first > last + 4) continue;
    const between = view.words.slice(last + 1, m.first);
    if (between.some((w) => PUNCT.test(w.text) && w.text !== '-' && w.lower !== "'s")) continue;
    if (need === 'person' && m.mention.type !== 'person') continue;
    if (need === 'group' && m.mention.type !== 'country' && m.mention.type !== 'organization') continue;
    if (notAfterObject && notAfterObject.includes(view.words[m.last + 1]?.lower ?? '')) return false;
    return true;
  }
  return false;
}

/** Does any word of the sentence start with one of `stems`? Cached per sentence and list. */
function sentenceHas(view: SentenceView, stems: readonly string[], cache: Map<readonly string[], boolean>): boolean {
  let v = cache.get(stems);
  if (v === undefined) {
    v = view.words.some((w) => startsWithAny(w.lower, stems));
    cache.set(stems, v);
  }
  return v;
}

function checkRule(view: SentenceView, c: CompiledRule, at: number[], cache: Map<readonly string[], boolean>): TriggerMatch | null {
  const { words } = view;
  const rule = c.rule;
  const first = at[0]!;
  const last = at[at.length - 1]!;
  const headWord = at[c.head] ?? first;
  const next = words[last + 1]?.lower;
  const prev = words[first - 1]?.lower;
  if (rule.notBefore && next !== undefined && rule.notBefore.includes(next)) return null;
  // "U.S.-backed", "Chinese-run": the second half of a compound word.
  const before = words[first - 1];
  if (before && before.text === '-' && before.end === words[first]!.start) return null;
  // A month name ("March 18") or a word inside a name ("Belt and Road Forum") is not a trigger.
  const a = words[first]!.start;
  const b = words[last]!.end;
  const tx = view.timexes[view.timexAt[first] ?? -1];
  if (tx && tx.timex.start <= a && b <= tx.timex.end) return null;
  const mn = view.mentions[view.mentionAt[first] ?? -1];
  if (mn && mn.mention.start <= a && b <= mn.mention.end) return null;
  if (rule.notAfter && prev !== undefined && rule.notAfter.includes(prev)) return null;
  if (rule.notNear) {
    for (let k = last + 1; k <= last + 3 && k < words.length; k++) {
      const w = words[k]!.lower;
      if (DETERMINERS.has(w) && !rule.notNear.includes(w)) continue;
      if (startsWithAny(w, rule.notNear)) return null;
    }
  }
  const head = words[headWord]!;
  let verbal = c.verbal;
  // "a visit", "the attack", "his meeting with": the verb's form used as a noun.
  const afterDeterminer = prev !== undefined && (DETERMINERS.has(prev) || prev === "'s");
  const taggedNoun = head.pos !== null && NOUNISH_POS.has(head.pos);
  if (verbal && rule.verbOnly && (afterDeterminer || taggedNoun)) return null;
  if (verbal && headWord === first && (afterDeterminer || (taggedNoun && (prev === undefined || !/^(to|will|would|not|n't)$/.test(prev))))) {
    verbal = false;
  }
  if (rule.needsObject && !objectFollows(view, last, rule.needsObject, rule.notAfterObject)) return null;
  if (rule.needsContext && !sentenceHas(view, rule.needsContext, cache)) return null;

  let kind = rule.kind;
  let plover = rule.plover;
  for (const ref of rule.refine ?? []) {
    const hit = ref.inSentence
      ? sentenceHas(view, ref.words, cache)
      : words.slice(last + 1, last + 1 + (ref.window ?? 3)).some((w) => startsWithAny(w.lower, ref.words));
    if (hit) {
      kind = ref.kind ?? kind;
      plover = ref.plover;
      break;
    }
  }
  return { rule, first, last, headWord, verbal, kind, plover, priority: c.priority };
}

/** All non-overlapping trigger matches of a sentence, in text order. */
export function matchTriggers(view: SentenceView, index: TriggerIndex): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  const { words } = view;
  const cache = new Map<readonly string[], boolean>();
  for (let i = 0; i < words.length; i++) {
    for (const c of index.rulesStartingWith(words[i]!.lower)) {
      const at = matchAt(words, i, c);
      if (!at) continue;
      const m = checkRule(view, c, at, cache);
      if (m) found.push(m);
    }
  }
  found.sort((a, b) => b.priority - a.priority || b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken: TriggerMatch[] = [];
  for (const m of found) {
    if (taken.some((t) => !(m.last < t.first || m.first > t.last))) continue;
    taken.push(m);
  }
  return taken.sort((a, b) => a.first - b.first);
}
