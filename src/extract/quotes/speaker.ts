/**
 * Who is the subject of a speech cue: the mention just before "said", the mention after
 * "said"/"according to", a pronoun resolved to the nearest fitting person before it, or an
 * institution ("the prime minister's office", "Afghan authorities").
 *
 * Decision on institutions: a statement by an institution goes to the institution's entity
 * when a mention covers it ("the Foreign Ministry said" -> the ministry); when the
 * institution is only named through its owner ("the prime minister's office", "Pakistan's
 * foreign office", "Afghan authorities") it goes to the owner's entity (the prime minister,
 * Pakistan), because the office speaks for them and the who-said-what report lists it there.
 */
import type { Article, EntityType, Mention } from '../../core/types.js';
import { firstStartFrom } from '../../core/sorted.js';
import { previousSentenceStart, sentenceStart, wordCount } from './windows.js';
import { DAY_PARTS, MONTHS, WEEKDAYS } from '../../language/syntax/lexicon.js';

/** What attribution reads: the article, the text with quote contents masked, mentions outside quotes. */
export interface SpeakerContext {
  article: Article;
  masked: string;
  /** Mentions outside quote contents, sorted by start. */
  mentions: Mention[];
}

/** Mentions that lie inside [start, end). */
function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstStartFrom(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) {
    if (mentions[i]!.end <= end) out.push(mentions[i]!);
  }
  return out;
}

const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'country', 'other']);

/** Words that may stand between a subject and its verb: "Lavrov also said", "Putin on Tuesday said". */
const GAP_WORDS: ReadonlySet<string> = new Set([
  ...(
    'also then later earlier again previously repeatedly recently has have had was were is are would will ' +
    'had on in at from during last this today yesterday tonight further once subsequently meanwhile however ' +
    'reportedly separately publicly directly firmly clearly himself herself itself themselves not never both ' +
    'all too still already just formally'
  ).split(' '),
  ...WEEKDAYS,
  ...DAY_PARTS,
  ...MONTHS,
]);

/** Heads of a noun phrase through which an owner speaks: "Pakistan's foreign office", "Afghan authorities". */
const INSTITUTION =
  /^(?:\s*['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:office|ministry|spokesman|spokeswoman|spokesperson|spokespeople|aides?|government|administration|embassy|secretariat|campaign|party|statement|press\s+office|media\s+wing|military|army|cabinet|authorities|presidency|foreign\s+office)\s*$/iu;

const PRONOUN = /(?<![\p{L}])(he|she|it|they)\s*$/iu;

/** `seg` without the gap words at its end: "he also" -> "he". */
function trimGapWords(seg: string): string {
  let s = seg.trimEnd();
  for (;;) {
    const m = /([\p{L}\p{N}]+)$/u.exec(s);
    if (!m || !GAP_WORDS.has(m[1]!.toLowerCase())) return s;
    s = s.slice(0, m.index).trimEnd();
  }
}

function gapAllowed(gap: string): boolean {
  if (/[,;:()“”"]/.test(gap)) return false;
  const words = gap.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length <= 5 && words.every((w) => GAP_WORDS.has(w) || /^\d+$/.test(w));
}

/** The entity a mention names, or -1. */
function entityOf(m: Mention): number {
  return m.entity >= 0 ? m.entity : -1;
}

/** Drop a parenthetical just before the verb: "Qureshi, while speaking alongside Lavrov, described". */
function stripParenthetical(masked: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(masked[e - 1]!)) e--;
  if (masked[e - 1] !== ',') return e;
  const open = masked.lastIndexOf(',', e - 2);
  if (open >= start) return open;
  return e - 1;
}

/** Find a role-holder for a definite description ("the Russian foreign minister") when the text names one. */
function fromRoles(ctx: SpeakerContext, start: number, end: number): number {
  const phrase = ctx.masked.slice(start, end).toLowerCase().replace(/\s+/g, ' ').replace(/^[\s,;:—–-]+/, '').trim();
  if (!/^(the|its|their|his|her)\b/.test(phrase) || ctx.article.roles.length === 0) return -1;
  const countries = mentionsIn(ctx.mentions, start, end)
    .filter((m) => m.entity >= 0 && m.type === 'country')
    .map((m) => ctx.article.entities[m.entity])
    .filter((e) => e !== undefined)
    .map((e) => [e.name, ...e.aliases].map((n) => n.toLowerCase()));
  const people = new Set<number>();
  for (const role of ctx.article.roles) {
    if (role.person < 0 || !phrase.endsWith(role.title.toLowerCase())) continue;
    if (countries.length > 0 && role.of && !countries.some((names) => names.includes(role.of!.toLowerCase()))) continue;
    people.add(role.person);
  }
  return people.size === 1 ? [...people][0]! : -1;
}

/** Resolve "he"/"she"/"it" at `pos`: a linked pronoun mention, else the nearest fitting mention in this or the previous sentences. */
export function resolvePronoun(ctx: SpeakerContext, pronoun: string, pos: number, sentencesBack = 2): number {
  const near = mentionsIn(ctx.mentions, pos - 1, pos + 12);
  const linked = near.find((m) => m.start <= pos && m.end > pos && m.entity >= 0);
  if (linked) return linked.entity;
  const p = pronoun.toLowerCase();
  if (p === 'they') return -1;
  const types: ReadonlySet<EntityType> = p === 'it' ? new Set(['organization', 'country']) : new Set(['person']);
  let floor = sentenceStart(ctx.masked, pos);
  for (let k = 0; k < sentencesBack && floor > 0; k++) floor = previousSentenceStart(ctx.masked, floor);
  for (let i = firstStartFrom(ctx.mentions, pos) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > pos) continue;
    if (m.start < floor) break;
    if (types.has(m.type) && m.entity >= 0 && m.form !== 'demonym') return m.entity;
  }
  return -1;
}

/**
 * The subject the syntax layer gives the clause whose verb is the cue at `verbStart`, when it is
 * a name of someone who can speak inside [start, verbStart): an entity index, or null.
 */
export function clauseSubject(ctx: SpeakerContext, start: number, verbStart: number): number | null {
  for (const c of ctx.article.syntax?.clauses ?? []) {
    if (c.verb?.head.start !== verbStart || c.verb.voice !== 'active') continue;
    const s = c.subject;
    if (!s || s.mention < 0 || s.start < start || s.end > verbStart) return null;
    const m = ctx.article.mentions[s.mention];
    if (!m || m.entity < 0 || !SPEAKER_TYPES.has(m.type) || m.form === 'demonym' || m.form === 'pronoun') return null;
    // Only a mention outside quote contents (ctx.mentions holds those).
    const i = firstStartFrom(ctx.mentions, m.start);
    return ctx.mentions[i] === m ? m.entity : null;
  }
  return null;
}

/**
 * The subject just before a verb at `end`, looking no further back than `start`.
 * Returns an entity index, -1 when there is a subject that names nobody we know
 * ("an official said"), or null when there are no words at all.
 */
export function subjectBefore(ctx: SpeakerContext, start: number, end: number): number | null {
  const e = stripParenthetical(ctx.masked, start, end);
  const seg = ctx.masked.slice(start, e);
  if (wordCount(seg.replace(/_+/g, ' ')) === 0) return null;
  if (/,?\s+and\s*$/i.test(seg) && wordCount(seg) > 3) {
    // "Mr. Bush again rejected calls for ..., and said": the verb shares the sentence's subject
    const subject = sentenceSubject(ctx, start, e);
    if (subject !== null) return subject;
  }
  const pronoun = PRONOUN.exec(trimGapWords(seg));
  if (pronoun) {
    const pos = start + pronoun.index;
    const last = mentionsIn(ctx.mentions, start, e).pop();
    if (!last || last.end <= pos || last.form === 'pronoun') return resolvePronoun(ctx, pronoun[1]!, pos);
  }
  let gapEnd = e;
  for (let i = firstStartFrom(ctx.mentions, e) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > e || m.start < start) {
      if (m.start < start) break;
      continue;
    }
    const gap = ctx.masked.slice(m.end, gapEnd);
    const prep = /(?<![\p{L}])(in|of|at|from|for|with|near|on|by|to)\s+(?:the\s+)?$/iu.exec(ctx.masked.slice(Math.max(start, m.start - 12), m.start));
    if (m.type === 'place' || prep) {
      // "Putin in Beijing said", "a representative of Oxfam in Niger told": a name inside a
      // prepositional phrase is not the subject; skip it if the words after it may stand there.
      if (!gapAllowed(gap)) break;
      gapEnd = prep ? m.start - prep[0].length : m.start;
      continue;
    }
    if (!SPEAKER_TYPES.has(m.type)) break;
    if (INSTITUTION.test(ctx.masked.slice(m.end, e))) return entityOf(m);
    if (gap.trim() === '' || gapAllowed(gap)) {
      if (m.form === 'demonym' && gap.trim() !== '') break; // "a Russian official said"
      if (m.entity >= 0) return m.entity;
      return fromRoles(ctx, start, e);
    }
    break;
  }
  return fromRoles(ctx, Math.max(start, lastClauseStart(ctx.masked, start, e)), e);
}

function lastClauseStart(masked: string, start: number, end: number): number {
  const seg = masked.slice(start, end);
  const i = Math.max(seg.lastIndexOf(','), seg.lastIndexOf(';'));
  return i >= 0 ? start + i + 1 : start;
}

/** The first speaker mention within a few words after `from` ("said Putin", "according to Afghan authorities"). */
export function subjectAfter(ctx: SpeakerContext, from: number, to: number, maxWords = 5): number | null {
  const pronoun = /^\s*(he|she)\b/i.exec(ctx.masked.slice(from, to));
  if (pronoun) return resolvePronoun(ctx, pronoun[1]!, from + pronoun[0].length - pronoun[1]!.length);
  for (let i = firstStartFrom(ctx.mentions, from); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    if (m.start >= to) break;
    const between = ctx.masked.slice(from, m.start);
    if (/[,;:“”"]/.test(between) || wordCount(between) > maxWords) return null;
    if (SPEAKER_TYPES.has(m.type)) return entityOf(m);
  }
  return null;
}

/**
 * The subject of a sentence read from its start: a leading "he"/"she", or the first speaker
 * mention with at most three words before it (titles: "President Asif Ali Zardari") or after
 * an introductory phrase ending in a comma. A possessor ("Pakistan's ... Kakar") is skipped.
 */
export function sentenceSubject(ctx: SpeakerContext, start: number, end: number): number | null {
  const lead = /^\s*(he|she)\b/i.exec(ctx.masked.slice(start, end));
  if (lead) return resolvePronoun(ctx, lead[1]!, start + lead[0].length - lead[1]!.length);
  for (let i = firstStartFrom(ctx.mentions, start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    if (m.start >= end) break;
    if (!SPEAKER_TYPES.has(m.type) || m.form === 'demonym') continue;
    if (/^['’]s\b/.test(ctx.masked.slice(m.end, m.end + 3))) continue;
    const before = ctx.masked.slice(start, m.start);
    const words = wordCount(before);
    const intro = before.lastIndexOf(',');
    if ((words <= 3 && intro < 0) || (intro >= 0 && words <= 12 && wordCount(before.slice(intro)) <= 3)) return entityOf(m);
    return null;
  }
  return null;
}
