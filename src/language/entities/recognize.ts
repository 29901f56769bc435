import { type Gazetteer } from './gazetteer.js';
import { type Tagger } from './types.js';
import { type Sentence, type Token } from '../../core/types.js';
import { chunkPass } from './chunk-pass.js';
import { type Ctx, type Mode, type Recognized } from './context.js';
import { gazetteerPass } from './gazetteer-pass.js';
import { taggerPass, taggerSpans } from './tagger-pass.js';
import { isAdjectivalPhrase } from './adjectival.js';
import { fromEntry } from './gazetteer-pass.js';
import { type Candidate } from './types.js';

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
  const candidates = ctx.out.map((c) => adjectival(ctx, c)).filter((c): c is Candidate => c !== null);
  candidates.sort((x, y) => x.start - y.start);
  const singles = ctx.singles.filter((c) => !adjectivalText(ctx, c));
  return { candidates, singles };
}

/**
 * A demonym or regional adjective ("Afghan", "Soviet", "South Asian") is never an organisation,
 * person or other entity of its own: a known demonym marks its country, anything else is dropped.
 */
function adjectival(ctx: Ctx, c: Candidate): Candidate | null {
  const gaz = ctx.gaz;
  if (c.type !== 'organization' && c.type !== 'person' && c.type !== 'other') return c;
  if (!adjectivalText(ctx, c)) return c;
  const entry = gaz.entries.get(c.name.replace(/^[Tt]he /, ''));
  if (entry?.kind === 'demonym') return fromEntry(entry, c.start, c.end, c.firstToken, c.lastToken, 'rule', gaz);
  return null;
}

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

export type { Recognized, Single, SingleHint } from './context.js';

/** The mention is an adjectival phrase, or the first part of one the next word completes ("Middle" of "Middle Eastern"). */
function adjectivalText(ctx: Ctx, c: Candidate): boolean {
  if (isAdjectivalPhrase(ctx.gaz, c.name)) return true;
  const next = ctx.values[c.lastToken];
  return next !== undefined && /^\p{Lu}/u.test(next) && isAdjectivalPhrase(ctx.gaz, `${c.name} ${next}`);
}
