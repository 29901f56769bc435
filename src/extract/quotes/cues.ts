/**
 * Speech cues: the verbs (and "according to") that tie words to a speaker.
 * Forms are listed, not stemmed, so nouns that share a stem ("claims", "states") are left out.
 */
import type { Cue } from './types.js';
import { FINITE_CUES, NON_REPORTING_CUES, PARTICIPLE_CUES } from '../../language/syntax/lexicon.js';

export { FINITE_CUES, NON_REPORTING_CUES, PARTICIPLE_CUES };

const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

const CUE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:(according\\s+to)|(quoted)|(${alternation(PARTICIPLE_CUES)})|(${alternation(FINITE_CUES)}))(?![\\p{L}\\p{N}-])`,
  'giu',
);

/** Speech cues in `text` between `from` and `to`, in order, with offsets into `text`. */
export function findCues(text: string, from = 0, to = text.length): Cue[] {
  const out: Cue[] = [];
  CUE_RE.lastIndex = from;
  for (let m = CUE_RE.exec(text); m && m.index < to; m = CUE_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const kind: Cue['kind'] = m[1] ? 'according' : m[2] ? 'quoted' : m[3] ? 'participle' : 'finite';
    out.push({ start: m.index, end, text: m[0], kind });
  }
  return out;
}
