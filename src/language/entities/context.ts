/** Shared state and small helpers of the recogniser passes (one document, one sentence at a time). */
import { type Gazetteer, normalizePhrase } from './gazetteer.js';
import { type Candidate } from './types.js';
import { type Token } from '../../core/types.js';

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

export interface Ctx {
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
export const isCap = (v: string): boolean => {
  const f = v.charAt(0);
  return f !== f.toLowerCase() && f === f.toUpperCase();
};

export const isAcronym = (v: string): boolean => /^[A-Z][A-Z0-9&.\-]{1,7}$/.test(v) && (v.match(/[A-Z]/g)?.length ?? 0) >= 2;

/** A capitalised word or an Arabic-style particle name ("al-Dulaymi", "bin-Salman"). */
export const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ibn|abu|de|di|da|du|le|la|van|von)-\p{Lu}/u;

export const isNameWord = (v: string): boolean => isCap(v) || PARTICLE_NAME.test(v);

export const isAllCaps = (v: string): boolean => v === v.toUpperCase() && v !== v.toLowerCase();

export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower']);

export const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '|', '«', '*', '▪']);

export type Mode = 'normal' | 'title' | 'upper';

export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

export function push(ctx: Ctx, c: Candidate): void {
  ctx.out.push(c);
  for (let k = c.firstToken; k < c.lastToken; k++) ctx.taken[k] = 1;
}

export function emitName(ctx: Ctx, s: number, e: number, type: Candidate['type'], via: string): void {
  const { tokens, text } = ctx;
  const name = normalizePhrase(text.slice(tokens[s]!.start, tokens[e - 1]!.end));
  push(ctx, {
    start: tokens[s]!.start, end: tokens[e - 1]!.end, firstToken: s, lastToken: e,
    type, via, form: 'name', key: `${type}:${name}`, name, iso3: null,
  });
}

export function emitTyped(ctx: Ctx, s: number, e: number, type: Candidate['type'], via: string): Candidate {
  emitName(ctx, s, e, type, via);
  return ctx.out[ctx.out.length - 1]!;
}

export function isSentenceInitial(ctx: Ctx, a: number, i: number): boolean {
  if (i === a) return true;
  const prev = ctx.values[i - 1]!;
  if (OPENERS.has(prev)) return true;
  return false;
}

export function single(ctx: Ctx, _a: number, _b: number, s: number, hint: SingleHint): void {
  const t = ctx.tokens[s]!;
  const name = ctx.values[s]!;
  ctx.singles.push({
    start: t.start, end: t.end, firstToken: s, lastToken: s + 1, type: 'other', via: 'rule:single',
    form: 'name', key: `other:${name}`, name, iso3: null, hint,
  });
}
