import type { Mention, RoleMention } from '../../core/types.js';
import { expandTitle, isHonorific, isRank, isTitleHead, isTitleWord, lower, takesGeneral, titleKey } from './titles.js';
import type { RoleInput } from './types.js';
import { POSSESSIVE_MARKS as POSSESSIVE, TITLE_DETERMINERS as DETERMINERS } from '../syntax/lexicon.js';


interface Index {
  values: string[];
  /** The mention covering each token, if any. */
  mentionAt: (Mention | undefined)[];
  /** Sentence number of each token. */
  sentenceOf: Int32Array;
}

function buildIndex(input: RoleInput): Index {
  const { text, tokens, mentions, sentences } = input;
  const values = tokens.map((t) => text.slice(t.start, t.end));
  const mentionAt: (Mention | undefined)[] = new Array(tokens.length);
  let k = 0;
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  for (const m of sorted) {
    while (k < tokens.length && tokens[k]!.end <= m.start) k++;
    for (let q = k; q < tokens.length && tokens[q]!.start < m.end; q++) if (!mentionAt[q]) mentionAt[q] = m;
  }
  const sentenceOf = new Int32Array(tokens.length);
  let s = 0;
  for (let q = 0; q < tokens.length; q++) {
    while (s < sentences.length - 1 && tokens[q]!.start >= sentences[s]!.end) s++;
    sentenceOf[q] = s;
  }
  return { values, mentionAt, sentenceOf };
}

function firstTokenOf(input: RoleInput, m: { start: number; end: number }): number {
  const { tokens } = input;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= m.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A title written before or after a name: token range and the text it reports. */
interface TitleRun {
  first: number;
  /** Inclusive: the head word. */
  last: number;
}

/**
 * Title words ending at token `end` (inclusive), split into runs: "army chief General" gives
 * "army chief" and "General"; trailing honorifics ("Mullah") are dropped.
 */
function titleRunsBefore(ix: Index, end: number, sentence: number): TitleRun[] {
  const { values } = ix;
  let k = end;
  for (;;) {
    if (k >= 0 && ix.sentenceOf[k] === sentence && !ix.mentionAt[k] && (isTitleWord(values[k]!) || isHonorific(values[k]!))) k--;
    // "Secretary of State", "Chief of Army Staff": "of" between an office and a title word.
    // ("chairman of Mr. X's council" is not: "of" must be followed by a title word.)
    else if (k > 0 && k < end && values[k] === 'of' && isTitleHead(values[k - 1]!) && !ix.mentionAt[k - 1] && isTitleWord(values[k + 1]!)) k -= 2;
    else break;
  }
  const first = k + 1;
  if (first > end) return [];
  const runs: TitleRun[] = [];
  let runStart = first;
  for (let q = first; q <= end; q++) {
    const v = values[q]!;
    const next = values[q + 1];
    const boundary =
      q === end ||
      (next !== undefined &&
        ((isRank(next) && !isRank(v) && v !== 'of' && !(lower(next) === 'general' && takesGeneral(v))) ||
          (isTitleHead(v) && (isHonorific(next) || (/^\p{Ll}/u.test(v) && /^\p{Lu}/u.test(next))))));
    if (boundary) {
      let s = runStart;
      while (s <= q && isHonorific(values[s]!) && !isTitleHead(values[s]!)) s++;
      let e = q;
      while (e >= s && !isTitleHead(values[e]!)) e--;
      // Keep "of ..." after the office: "Secretary of State", "Chief of Army Staff".
      if (e >= s && e + 2 <= q && values[e + 1] === 'of') e = q;
      if (e >= s) runs.push({ first: s, last: e });
      runStart = q + 1;
    }
  }
  return runs;
}

interface Of {
  of: string | null;
  /** Token where the role's span starts (the country or determiner before the title). */
  from: number;
}

/** "Pakistan's", "Russian", "Taliban", "the country's" before a title at token `first`. */
function ofBefore(input: RoleInput, ix: Index, first: number): Of {
  const { values } = ix;
  const prev = first - 1;
  if (prev < 0) return { of: null, from: first };
  const m = ix.mentionAt[prev];
  if (m && (m.type === 'country' || m.type === 'organization')) {
    return { of: entityName(input, m), from: firstTokenOf(input, m) };
  }
  if (POSSESSIVE.has(values[prev]!) && prev > 0) {
    const owner = ix.mentionAt[prev - 1];
    if (owner && (owner.type === 'country' || owner.type === 'organization')) {
      return { of: entityName(input, owner), from: firstTokenOf(input, owner) };
    }
    if (lower(values[prev - 1]!) === 'country' && prev > 1 && lower(values[prev - 2]!) === 'the') {
      return { of: lastCountryBefore(input, input.tokens[prev - 2]!.start), from: prev - 2 };
    }
  }
  return { of: null, from: first };
}

function entityName(input: RoleInput, m: Mention): string | null {
  if (m.entity < 0) return input.text.slice(m.start, m.end);
  return input.entities[m.entity]?.name ?? null;
}

/** The country last named (not a demonym) before `pos`: what "the country" refers to. */
function lastCountryBefore(input: RoleInput, pos: number): string | null {
  let best: Mention | undefined;
  for (const m of input.mentions) {
    if (m.start >= pos) break;
    if (m.type === 'country' && m.form === 'name') best = m;
  }
  return best ? entityName(input, best) : null;
}

function titleText(input: RoleInput, run: TitleRun): string {
  const { text, tokens } = input;
  const raw = text.slice(tokens[run.first]!.start, tokens[run.last]!.end).replace(/\s+/g, ' ');
  return run.first === run.last ? expandTitle(raw) : raw;
}

/** Find the roles the text gives people: titles before names, appositives before and after. */
export function extractRoles(input: RoleInput): RoleMention[] {
  const ix = buildIndex(input);
  const { values } = ix;
  const { tokens, mentions } = input;
  const roles: RoleMention[] = [];
  const sortedMentions = [...mentions].sort((x, y) => x.start - y.start);

  const add = (person: number, run: TitleRun, of: Of, spanEnd: number, sentence: number): void => {
    let title = titleText(input, run);
    let ofName = of.of;
    if (titleKey(title) === 'counterpart') {
      // "his Pakistani counterpart Shah Mehmood Qureshi": the office of the other person in the sentence.
      for (let r = roles.length - 1; r >= 0; r--) {
        const other = roles[r]!;
        if (other.person === person) continue;
        const at = firstTokenOf(input, other);
        if (ix.sentenceOf[at] !== sentence) break;
        if (titleKey(other.title) !== 'counterpart') {
          title = other.title;
          break;
        }
      }
    }
    const start = tokens[Math.min(of.from, run.first)]!.start;
    const role: RoleMention = { start, end: spanEnd, person, title, of: ofName, asOf: input.asOf };
    if (!roles.some((r) => r.person === person && r.title === title && r.start === start)) roles.push(role);
  };

  for (const m of sortedMentions) {
    if (m.type !== 'person' || m.form !== 'name' || m.entity < 0) continue;
    const f = firstTokenOf(input, m);
    let l = f;
    while (l + 1 < tokens.length && tokens[l + 1]!.start < m.end) l++;
    const sentence = ix.sentenceOf[f] ?? 0;

    // 1. Titles right before the name: "Russian Foreign Minister Sergey Lavrov".
    const runs = titleRunsBefore(ix, f - 1, sentence);
    let outer = runs.length > 0 ? runs[0]!.first : f;
    // Honorifics between the title and the name are part of neither.
    while (outer > 0 && isHonorific(values[outer - 1] ?? '') && ix.sentenceOf[outer - 1] === sentence) outer--;
    if (runs.length > 0) {
      const of = ofBefore(input, ix, runs[0]!.first);
      runs.forEach((run, r) => add(m.entity, run, r === 0 ? of : { of: of.of, from: run.first }, m.end, sentence));
      outer = Math.min(outer, of.from);
    }

    // 2. Appositive before: "the President of Russia, Vladimir Putin", "the country's military chief, General ...".
    const comma = (runs.length > 0 ? runs[0]!.first : f) - 1;
    // Only when the name is itself set off ("the President of Russia, Vladimir Putin, at ..."),
    // not the subject of what follows ("In meeting with Pakistani PM, Putin highlights ...").
    const afterName = lower(values[l + 1] ?? '.');
    const setOff = [',', '.', ')', ';', 'and', '(', '—', '–', ':'].includes(afterName) || l + 1 >= tokens.length || ix.sentenceOf[l + 1] !== sentence;
    if (setOff && comma > 0 && values[comma] === ',' && ix.sentenceOf[comma] === sentence) {
      let headEnd = comma - 1;
      let ofName: Of | null = null;
      const owner = ix.mentionAt[headEnd];
      if (owner && (owner.type === 'country' || owner.type === 'organization')) {
        // "the President of Russia, ...", "the head of the International Atomic Energy Agency, ..."
        let ofAt = firstTokenOf(input, owner) - 1;
        if (lower(values[ofAt] ?? '') === 'the') ofAt--;
        if (lower(values[ofAt] ?? '') === 'of' && isTitleHead(values[ofAt - 1] ?? '')) {
          headEnd = ofAt - 1;
          ofName = { of: entityName(input, owner), from: headEnd };
        }
      }
      if (isTitleHead(values[headEnd] ?? '') && !ix.mentionAt[headEnd]) {
        const before = titleRunsBefore(ix, headEnd, sentence);
        const run = before[before.length - 1];
        if (run) {
          const of = ofName && !ofBefore(input, ix, run.first).of ? { of: ofName.of, from: ofBefore(input, ix, run.first).from } : ofBefore(input, ix, run.first);
          add(m.entity, run, of, m.end, sentence);
        }
      }
    }

    // 3. Appositive after: "Kakar, Pakistan's interim premier, said".
    if (values[l + 1] === ',' && ix.sentenceOf[l + 1] === sentence) {
      let k = l + 2;
      if (DETERMINERS.has(lower(values[k] ?? ''))) k++;
      const owner = ix.mentionAt[k];
      if (owner && (owner.type === 'country' || owner.type === 'organization')) {
        k = firstTokenOf(input, owner);
        while (k < tokens.length && tokens[k]!.start < owner.end) k++;
        if (POSSESSIVE.has(values[k] ?? '')) k++;
      }
      let e = k;
      while (e < tokens.length && ix.sentenceOf[e] === sentence && !ix.mentionAt[e] && isTitleWord(values[e]!)) e++;
      let last = e - 1;
      while (last >= k && !isTitleHead(values[last]!)) last--;
      const after = values[last + 1] ?? '';
      let closes = last + 1 >= tokens.length || [',', '.', ')', ';', '—', '–', 'and', 'said', 'says', 'told'].includes(lower(after));
      let of = last >= k ? ofBefore(input, ix, k) : { of: null, from: k };
      let end = last >= k ? tokens[last]!.end : 0;
      // "Maria Zakharova, spokeswoman for the Russian Foreign Ministry"
      if (!closes && ['for', 'of', 'at'].includes(lower(after))) {
        const q = lower(values[last + 2] ?? '') === 'the' ? last + 3 : last + 2;
        const body = ix.mentionAt[q];
        if (body && (body.type === 'organization' || body.type === 'country') && tokens[q]!.start === body.start) {
          closes = true;
          of = { of: entityName(input, body), from: k };
          end = body.end;
        }
      }
      if (last >= k && last === e - 1 && closes && /^\p{Ll}/u.test(values[k]!) === /^\p{Ll}/u.test(values[last]!)) {
        const run = { first: k, last };
        const title = titleText(input, run);
        const role: RoleMention = { start: m.start, end, person: m.entity, title, of: of.of, asOf: input.asOf };
        if (!roles.some((r) => r.person === m.entity && r.title === title && r.start === role.start)) roles.push(role);
      }
    }
  }
  roles.sort((x, y) => x.start - y.start);
  return roles;
}
