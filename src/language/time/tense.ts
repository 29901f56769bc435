/**
 * Tense around a time expression: is the clause about the past or the future?
 * "met on Tuesday" -> past; "will visit on Wednesday" -> future. The nearest tense cue
 * in the same sentence wins (a cue before the expression wins a tie); a future modal
 * ("will", "is to", "plans to", "scheduled") within the clause before it is strong.
 */

export type Tense = 'past' | 'future' | 'present';

const IRREGULAR_PAST = new Set(
  ('met said told went came made took gave held left began saw won lost sent spoke wrote got found ' +
    'thought brought bought fell rose struck became ran paid led knew felt kept broke chose drew drove ' +
    'flew sought stood understood withdrew sold shot fought hung ate wore caught taught built spent sat ' +
    'slept meant heard did had was were arrived overtook forgot swore tore threw grew blew froze ' +
    'stole woke rode shook hid bit dug fed fled forbade forgave lent lit mistook oversaw rang sang ' +
    'sank sprang stuck stung swung undertook upheld wept wound wrung')
    .split(' '),
);

const NOT_PAST_ED = new Set(
  'need speed seed red bed feed hundred embed bleed breed shed shred deed weed proceed exceed succeed indeed led'.split(' '),
);

const FUTURE_WORDS = new Set(['will', "'ll", 'shall', 'would', 'upcoming', 'scheduled', 'slated', 'plans', 'plan', 'planning', 'expected', 'expects', 'due', 'intends', 'aims', 'likely']);
const PRESENT_WORDS = new Set(['is', 'are', 'am', "'s", "'re"]);

interface Cue {
  pos: number; // token index
  tense: Tense;
  strong: boolean;
  /** Reporting verbs ("said", "told") frame the clause; they lose to its own verb. */
  weak?: boolean;
}



const WORD = /[A-Za-z]+(?:'[a-z]+)?|'(?:ll|s|re|d)/g;

/** The sentence-ish window around [start, end): back to the previous sentence end, on to the next. */
function windowOf(text: string, start: number, end: number): { left: string; right: string } {
  let a = Math.max(0, start - 160);
  const leftRaw = text.slice(a, start);
  const stop = Math.max(leftRaw.lastIndexOf('. '), leftRaw.lastIndexOf('\n'), leftRaw.lastIndexOf('? '), leftRaw.lastIndexOf('! '), leftRaw.lastIndexOf('; '));
  const left = stop >= 0 ? leftRaw.slice(stop + 1) : leftRaw;
  a = Math.min(text.length, end + 120);
  const rightRaw = text.slice(end, a);
  const m = /[.?!;]\s|\n/.exec(rightRaw);
  const right = m ? rightRaw.slice(0, m.index) : rightRaw;
  return { left, right };
}

function cuesOf(words: string[], offset: number, out: Cue[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    const pos = offset + i;
    const prev = (words[i - 1] ?? '').toLowerCase();
    const prev2 = (words[i - 2] ?? '').toLowerCase();
    // "due to its loss" is a cause; "is due to arrive" is a plan.
    if (lower === 'due' && !/^(?:is|are|was|were|be|been|'s|'re)$/.test(prev)) continue;
    if (FUTURE_WORDS.has(lower)) {
      out.push({ pos, tense: 'future', strong: lower === 'will' || lower === "'ll" || lower === 'shall' });
      continue;
    }
    if (lower === 'going' && (words[i + 1] ?? '').toLowerCase() === 'to') {
      out.push({ pos, tense: 'future', strong: true });
      continue;
    }
    if ((lower === 'to') && (prev === 'is' || prev === 'are' || prev === 'set' || prev === 'due')) {
      out.push({ pos, tense: 'future', strong: true });
      continue;
    }
    if (lower === 'next' || lower === 'tomorrow' || lower === 'coming') {
      out.push({ pos, tense: 'future', strong: false });
      continue;
    }
    if (lower === 'ago' || lower === 'last' || lower === 'yesterday' || lower === 'earlier' || lower === 'previously') {
      out.push({ pos, tense: 'past', strong: false });
      continue;
    }
    if (PRESENT_WORDS.has(lower)) {
      const next = (words[i + 1] ?? '').toLowerCase();
      // "is meeting on Tuesday": present progressive of a scheduled event reads as future.
      out.push({ pos, tense: /ing$/.test(next) ? 'future' : 'present', strong: false });
      continue;
    }
    if (/^[A-Z]/.test(w) && i > 0) continue; // names are not verbs
    const isPast =
      IRREGULAR_PAST.has(lower) || (/^[a-z]{3,}ed$/.test(lower) && !NOT_PAST_ED.has(lower));
    if (isPast) {
      // "will be held", "to be signed": the auxiliary carries the tense.
      if (prev === 'be' || prev === 'being' || prev2 === 'be') continue;
      out.push({ pos, tense: 'past', strong: prev === 'has' || prev === 'have' || prev === 'had' });
    }
  }
}

/** The tense of the clause around text[start, end), or null when no cue is found. */
export function tenseAround(text: string, start: number, end: number): Tense | null {
  const { left, right } = windowOf(text, start, end);
  // "as soon as Tuesday", "as early as next week": a future limit.
  if (/\bas\s+(?:soon|early)\s+as\s+$/i.test(left)) return 'future';
  // "Friday's trading", "Wednesday's ruling": a day already spoken of.
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return 'past';
  const leftWords = left.match(WORD) ?? [];
  const rightWords = right.match(WORD) ?? [];
  const cues: Cue[] = [];
  cuesOf(leftWords, -leftWords.length, cues);
  cuesOf(rightWords, 1, cues);
  // A verb after a comma ("..., officials said") frames the clause rather than heads it.
  const comma = right.search(/[,(]/);
  if (comma >= 0) {
    const before = (right.slice(0, comma).match(WORD) ?? []).length;
    for (const c of cues) if (c.pos > before) c.weak = true;
  }
  if (cues.length === 0) return null;
  // A strong future modal before the expression in the same clause decides
  // ("will travel to Moscow on Wednesday"), unless a nearer past verb follows it.
  let best: Cue | null = null;
  let bestScore = Infinity;
  for (const c of cues) {
    const distance = c.pos < 0 ? -c.pos - 0.5 : c.pos; // before wins a tie
    const score = distance - (c.strong ? 1.5 : 0) + (c.weak ? 3 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best ? best.tense : null;
}

const FUTURE_CUE =
  /\b(?:will|shall|won't|scheduled|slated|upcoming|next|(?:is|are|was|were|be)\s+(?:due|set|expected|scheduled|slated|going)\s+to|(?:plans?|planning|intends?|expects?|aims?)\s+to|expected\s+to)\b|\w'll\b/i;

/**
 * Whether the sentence around text[start, end) has any future cue ("will", "is due to",
 * "scheduled", "plans to", "expected", "next"), wherever it stands. Used when the nearest
 * cue alone leaves the tense open ("It will be hard to finish by May 1").
 */
export function hasFutureCue(text: string, start: number, end: number): boolean {
  // The sentence, not the clause: an abbreviation ("U.S.", "Dec.") does not end it.
  const leftRaw = text.slice(Math.max(0, start - 200), start);
  let cut = Math.max(leftRaw.lastIndexOf('\n'), 0);
  for (const m of leftRaw.matchAll(/[a-z\d)"'”]{2}[.?!]\s+(?=[A-Z"“])/g)) cut = Math.max(cut, m.index + m[0].length);
  const left = leftRaw.slice(cut);
  const { right } = windowOf(text, start, end);
  return FUTURE_CUE.test(left) || FUTURE_CUE.test(right);
}
