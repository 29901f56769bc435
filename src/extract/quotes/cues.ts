/**
 * Speech cues: the verbs (and "according to") that tie words to a speaker.
 * Forms are listed, not stemmed, so nouns that share a stem ("claims", "states") are left out.
 */
import type { Cue } from './types.js';

/** Finite speech verbs: "X said", "said X", "X told Y". */
export const FINITE_CUES = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asserted', 'asserts', 'stressed', 'stresses',
  'noted', 'remarked', 'explained', 'explains', 'declared', 'declares', 'stated', 'announced', 'announces',
  'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'claimed', 'observed', 'continued',
  'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'underlined', 'underscored', 'urged', 'urges',
  'described', 'describes', 'wrote', 'writes', 'tweeted', 'replied', 'responded', 'answered',
  'acknowledged', 'admitted', 'conceded', 'recalled', 'suggested', 'maintained', 'reiterated',
  'reaffirmed', 'confirmed', 'denied', 'complained', 'cautioned', 'asked', 'asks', 'quipped', 'vowed',
  'pledged', 'promised', 'predicted', 'assured', 'lamented', 'called', 'pointed out', 'went on',
  'cried', 'shouted', 'exclaimed', 'whispered', 'joked', 'boasted', 'alleged', 'accused', 'accuses',
  'condemned', 'condemns', 'criticised', 'criticized', 'criticises', 'criticizes', 'demanded', 'demands',
  'denounced', 'denounces', 'spoke', 'speaks', 'calls',
] as const;

/**
 * Cues that name a speech act but do not report a proposition: "condemned a blast killing
 * seven", "pledged $60 billion". A figure next to them is the outlet's, not the speaker's.
 */
export const NON_REPORTING_CUES: ReadonlySet<string> = new Set([
  'condemned', 'condemns', 'condemning', 'accused', 'accuses', 'accusing', 'criticised', 'criticized',
  'criticises', 'criticizes', 'criticising', 'criticizing', 'described', 'describes', 'describing',
  'called', 'calling', 'demanded', 'demands', 'demanding', 'urged', 'urges', 'urging', 'asked', 'asks',
  'asking', 'pledged', 'promised', 'vowed', 'denied', 'reaffirmed', 'continued', 'went on', 'cried',
  'shouted', 'exclaimed', 'whispered', 'denounced', 'denounces', 'spoke', 'speaks', 'calls',
]);

/** Participles whose subject is the clause's subject: ", adding that ...", "while saying". */
export const PARTICIPLE_CUES = [
  'saying', 'telling', 'adding', 'noting', 'stressing', 'insisting', 'warning', 'arguing', 'claiming',
  'explaining', 'describing', 'calling', 'asserting', 'emphasising', 'emphasizing', 'urging', 'asking',
  'declaring', 'stating', 'reiterating', 'acknowledging', 'recalling', 'underscoring', 'underlining',
  'accusing', 'condemning', 'criticising', 'criticizing', 'demanding',
] as const;

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
