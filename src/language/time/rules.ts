/**
 * Rule families that find time expressions chrono-node does not know or gets wrong for
 * news: bare years, decades, centuries, seasons, quarters, "last June", "October last
 * year", weekdays with tense, "a year earlier", durations, sets, and PAST/PRESENT/FUTURE
 * references. Each rule is a regex plus a function from its match to a meaning (Sem);
 * a named group `x` (when present) is the span, so context words stay outside it.
 */
import { MONTH_RE, MONTHS, NUMBER_RE, numberValue, ORDINALS, SEASONS, UNIT_LETTER, WEEKDAY_RE, WEEKDAYS } from './lexicon.js';
import type { PartOfDay, Sem, Shift, Unit } from './semantics.js';

export interface Candidate {
  start: number;
  end: number;
  sem: Sem;
  rule: string;
}

type Groups = Record<string, string | undefined>;

interface Rule {
  name: string;
  /** A cheap test the text must pass before the rule's regex runs (speed). */
  gate: RegExp;
  re: RegExp;
  build(g: Groups, text: string, start: number, end: number): Sem | null;
}

/** "[Ee]arly" — a word that may start a sentence. */
const cap = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const anyCap = (words: string[]): string => `(?:${words.map(cap).join('|')})`;

/** "early", "late", "mid-", "the end of" in front of a date: kept in the span, value unchanged. */
const MOD = `(?:(?:${cap('the')}\\s+)?(?:${anyCap(['early', 'late', 'mid', 'middle of', 'end of', 'beginning of', 'start of', 'first half of', 'second half of', 'spring of', 'summer of', 'autumn of', 'winter of'])})(?:\\s+|-))?`;

const SHIFT_WORDS: Record<string, Shift> = { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };
const shiftOf = (w: string | undefined): Shift | undefined => (w ? SHIFT_WORDS[w.toLowerCase()] : undefined);

const monthOf = (w: string): number | undefined => MONTHS[w.toLowerCase().replace(/\.$/, '')];

const PART: Record<string, PartOfDay> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

const unitOf = (w: string): Unit | null => {
  const u = w.toLowerCase().replace(/s$/, '').replace(/^centurie$/, 'century');
  return ['day', 'week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century'].includes(u) ? (u as Unit) : null;
};

/** Words after a bare number that make it a quantity, not a year ("2000 troops", "1998 million"). */
const NOT_YEAR_AFTER = /^\s*(?:%|percent|pct|per\b|million|billion|trillion|thousand|hundred|mln|bln|[a-z]+s\b(?<!\b(?:was|is|has|does|as|its|his|this|us|yes|thus|plus|always|across|towards|afterwards|whereas|unless|perhaps|news|analysis|crisis|series|status|elections|ties|talks|onwards|afterwards|towards)\b)|(?:km|kg|m|t|mw|gw|kw|mph|ft|lb)\b|[-–]\d{3,}|:\d|\.\d|,\d{3})/;
const NOT_YEAR_BEFORE = /(?:[$€£¥#]|\d[.,]?|\b(?:No\.|number|Nos?\.|about|some|nearly|almost|around|over|under|than|approximately|roughly|Route|Flight|flight|page|room|code|model|version|v)\s*)$/;
const YEAR_PREP = /\b(?:in|since|by|until|till|from|of|during|before|after|through|to|and|or|between|early|late|mid|year|fiscal|FY|circa|c\.|around|spring|summer|fall|autumn|winter)[\s-]*$/i;

function yearOk(text: string, start: number, end: number, year: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 14);
  if (NOT_YEAR_BEFORE.test(before)) return false;
  // "fiscal 1989 sales", "in 1989 sales rose": the year reading wins after these.
  const surelyYear = /^(?:[Ff]iscal|FY)/.test(text.slice(start, end)) || /\b(?:in|since|during|until|by)\s+$/i.test(before);
  if (!surelyYear && NOT_YEAR_AFTER.test(after)) return false;
  if (surelyYear && /^\s*(?:%|percent|million|billion|thousand|[-–]\d|:\d|\.\d|,\d{3})/.test(after)) return false;
  if (year >= 1800 && year <= 2100) return true;
  // Older years only after a preposition or with an era ("in 1066", "1066 AD").
  return YEAR_PREP.test(before) || /^\s*(?:AD|A\.D\.|CE)\b/.test(after);
}

const rules: Rule[] = [
  // Bare years and ranges of years: "in 2012", "1990-95", "1939–1945", "fiscal 1997" ("from 1990 to 1995" is two).
  {
    name: 'year',
    gate: /\d{4}/,
    re: /(?<![\w$.,/:-])(?<x>(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?(?:(?:[Ff]iscal(?: year)?|FY)\s*)?(?<y>1[1-9]\d\d|20\d\d)(?:\s*(?:-|–)\s*(?<y2>(?:1[1-9]|20)?\d\d)(?!\d|[,.]\d))?)(?![\w,]\d|\d|s\b)/dg,
    build(g, text, start, end) {
      const year = Number(g.y);
      if (!yearOk(text, start, end, year)) return null;
      const sem: Sem = { kind: 'date', year };
      if (g.y2) {
        const raw = g.y2;
        const y2 = raw.length === 2 ? Math.floor(year / 100) * 100 + Number(raw) : Number(raw);
        if (y2 <= year || y2 - year > 100) return null;
        sem.end = { year: y2 };
      }
      return sem;
    },
  },
  // Years in words (broadcast transcripts): "nineteen ninety-six", "the year two thousand".
  {
    name: 'year-words',
    gate: /nineteen|thousand/i,
    re: new RegExp(
      `(?<x>(?:${cap('the')}\\s+year\\s+)?(?:nineteen(?:[\\s-]+hundred)?[\\s-]+(?:(?<teen>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?<ones>one|two|three|four|five|six|seven|eight|nine))?|oh[\\s-]+(?<oh>one|two|three|four|five|six|seven|eight|nine))|two[\\s-]+thousand(?:[\\s-]+(?:and[\\s-]+)?(?<k>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?))\\b`,
      'dgi',
    ),
    build(g, text, start) {
      const x = g.x ?? '';
      const base = /^(?:the\s+year\s+)?nineteen/i.test(x) ? 1900 : 2000;
      let n = 0;
      if (g.teen) n = numberValue(g.teen) ?? 0;
      else if (g.tens) n = (numberValue(g.tens) ?? 0) + (g.ones ? numberValue(g.ones) ?? 0 : 0);
      else if (g.oh) n = numberValue(g.oh) ?? 0;
      else if (g.k) n = numberValue(g.k) ?? 0;
      const after = text.slice(start + x.length, start + x.length + 14);
      // "two thousand people", "nineteen twenty-five dollars": numbers, not years.
      if (!/^the\s+year/i.test(x) && NOT_YEAR_AFTER.test(after)) return null;
      if (base === 2000 && !g.k && !/^the\s+year/i.test(x) && !/\b(?:in|by|since|until)\s+$/i.test(text.slice(Math.max(0, start - 7), start))) return null;
      return { kind: 'date', year: base + n };
    },
  },
  // "the fiscal year", "the current fiscal year": the anchor's (fiscal) year.
  {
    name: 'fiscal-year',
    gate: /fiscal/i,
    re: new RegExp(`(?<x>${cap('the')}\\s+(?:(?<sh>current|latest|last|previous|next|new)\\s+)?fiscal\\s+year)\\b(?!\\s+(?:19|20)\\d\\d)`, 'dg'),
    build(g) {
      const sh = g.sh?.toLowerCase();
      const n = sh === 'last' || sh === 'previous' ? -1 : sh === 'next' || sh === 'new' ? 1 : 0;
      return { kind: 'offset', unit: 'year', n };
    },
  },
  // Eras: "480 BC", "AD 9".
  {
    name: 'era',
    gate: /\b(?:BCE?|B\.C\.|AD|A\.D\.)/,
    re: /\b(?<x>(?<y>\d{1,4})\s*(?<era>BC|B\.C\.|BCE|B\.C\.E\.)|(?:AD|A\.D\.)\s*(?<ad>\d{1,4}))(?![\w])/dg,
    build(g) {
      if (g.ad) return { kind: 'date', year: Number(g.ad) };
      return { kind: 'fixed', type: 'date', value: `BC${g.y!.padStart(4, '0')}`, granularity: 'year' };
    },
  },
  // Decades: "the 1980s", "the mid-1990s", "the '90s".
  {
    name: 'decade',
    gate: /\d0'?s|['’]\d0/,
    re: new RegExp(`(?<x>(?:${cap('the')}\\s+)?${MOD}(?:(?<d>1[0-9]\\d|20\\d)0'?s|['’](?<d2>\\d)0'?s))\\b`, 'dg'),
    build(g) {
      if (g.d) return { kind: 'date', decade: Number(g.d) };
      return { kind: 'date', decade: 190 + Number(g.d2) };
    },
  },
  {
    name: 'decade-word',
    gate: /ties\b/i,
    re: new RegExp(`(?<x>${cap('the')}\\s+${MOD}(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`, 'dg'),
    build(g) {
      const n = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(g.w!.toLowerCase()) + 2;
      return { kind: 'date', decade: 190 + n };
    },
  },
  // Centuries: "the 20th century", "the nineteenth century", "this century".
  {
    name: 'century',
    gate: /century/i,
    re: new RegExp(`(?<x>(?:${cap('the')}\\s+)?${MOD}(?<n>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century|(?:${cap('the')}\\s+)?(?<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\\s-]+century)\\b`, 'dg'),
    build(g) {
      const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
      const n = g.n ? Number(g.n) : words.indexOf(g.w!.toLowerCase()) + 1;
      return { kind: 'date', century: n - 1 };
    },
  },
  // Months with an optional year or relative year: "October", "late last July",
  // "March 1998", "February of 1940", "October last year", "mid-June".
  {
    name: 'month',
    gate: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    re: new RegExp(
      `(?<x>${MOD}(?:(?<sh>${anyCap(['last', 'this', 'next', 'past', 'coming'])})\\s+)?(?<m>${MONTH_RE})(?!\\w)(?!\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d:]))` +
        `(?:,?\\s+(?:of\\s+)?(?<y>1[1-9]\\d\\d|20\\d\\d)(?!\\d|,\\d)|,?\\s+(?:of\\s+)?(?<ry>last|this|next)\\s+year\\b)?)`,
      'dg',
    ),
    build(g, text, start) {
      const raw = g.m!;
      const month = monthOf(raw);
      if (month === undefined) return null;
      // Abbreviations without a period are names ("Jan", "Dec") unless a year follows.
      if (!/\.$/.test(raw) && raw.length <= 4 && !['June', 'July', 'May'].includes(raw) && !g.y) return null;
      if (raw === 'May' || raw === 'March') {
        // "May" the modal and "march" the verb: a capitalised one at a sentence start followed by a verb-like word.
        const after = text.slice(start + (g.x ?? '').length, start + (g.x ?? '').length + 20);
        if (!g.y && !g.ry && !g.sh && /^\s+(?:I|we|you|he|she|it|they|be|have|not|also)\b/.test(after)) return null;
      }
      // "Theresa May", "Brian May": a month name after a capitalised name is a surname.
      if (!g.y && !g.ry && !g.sh && /^(?:May|June|April|August|January)$/.test(raw)) {
        const prev = /([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, start - 20), start));
        if (prev && !/^(?:In|By|Since|Until|Till|From|Through|During|Before|After|Early|Late|Mid|Last|Next|This|Of|On|And|Or|To|The|Since|End|Each|Every)$/.test(prev[1]!)) return null;
      }
      const sem: Sem = { kind: 'date', month };
      if (g.y) sem.year = Number(g.y);
      else if (g.ry) sem.yearRel = g.ry === 'last' ? -1 : g.ry === 'next' ? 1 : 0;
      const sh = shiftOf(g.sh);
      if (sh !== undefined) sem.shift = sh;
      return sem;
    },
  },
  // Weekdays: "Monday", "last Tuesday", "Thursday night".
  {
    name: 'weekday',
    gate: /day\b/,
    re: new RegExp(`(?<x>(?:(?<sh>${anyCap(['last', 'this', 'next', 'coming', 'this past', 'past'])})\\s+)?(?<w>${WEEKDAY_RE})(?:\\s+(?<p>morning|afternoon|evening|night))?)\\b`, 'dg'),
    build(g) {
      const sem: Sem = { kind: 'weekday', weekday: WEEKDAYS[g.w!.toLowerCase()]! };
      const sh = g.sh?.toLowerCase() === 'this past' ? -1 : shiftOf(g.sh);
      if (sh !== undefined) sem.shift = sh;
      if (g.p) sem.partOfDay = PART[g.p]!;
      return sem;
    },
  },
  // Deictic days: "today", "yesterday", "tomorrow", "tonight", "last night", "this morning".
  {
    name: 'deictic-day',
    gate: /today|yesterday|tomorrow|tonight|morning|afternoon|evening|night/i,
    re: new RegExp(`(?<x>(?:${cap('the')}\\s+day\\s+(?<dd>before yesterday|after tomorrow))|(?<w>${anyCap(['today', 'yesterday', 'tomorrow', 'tonight'])})(?:\\s+(?<p>morning|afternoon|evening|night))?|(?<w2>${anyCap(['this', 'last'])})\\s+(?<p2>morning|afternoon|evening|night))\\b`, 'dg'),
    build(g) {
      if (g.dd) return { kind: 'offset', unit: 'day', n: g.dd.startsWith('before') ? -2 : 2 };
      if (g.w2) {
        const last = g.w2.toLowerCase() === 'last';
        const p = PART[g.p2!]!;
        return { kind: 'offset', unit: 'day', n: last && p === 'NI' ? -1 : last ? -1 : 0, partOfDay: p };
      }
      const w = g.w!.toLowerCase();
      const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const sem: Sem = { kind: 'offset', unit: 'day', n };
      if (w === 'tonight') sem.partOfDay = 'NI';
      if (g.p) sem.partOfDay = PART[g.p]!;
      return sem;
    },
  },
  // "last month", "this year", "earlier this week", "early next year", "the past year" (a duration).
  {
    name: 'unit-shift',
    gate: /\b(?:last|this|next|past|previous|coming|current|following)\s/i,
    re: new RegExp(`(?<x>${MOD}(?:(?<el>${anyCap(['earlier', 'later'])})\\s+)?(?<the>${cap('the')}\\s+)?(?<sh>${anyCap(['last', 'this', 'next', 'past', 'previous', 'coming', 'current', 'following'])})\\s+(?<u>week|weekend|month|year|decade|century))\\b`, 'dg'),
    build(g) {
      const unit = unitOf(g.u!)!;
      const sh = g.sh!.toLowerCase();
      if (g.the && (sh === 'past' || sh === 'last')) {
        // "the past year", "over the last week": a duration ending at the anchor.
        return { kind: 'fixed', type: 'duration', value: `P1${UNIT_LETTER[unit]}`, granularity: null, direction: 'past' };
      }
      if (sh === 'previous') return { kind: 'anaphor', unit, n: -1 };
      if (sh === 'following') return { kind: 'anaphor', unit, n: 1 };
      if (sh === 'past') return { kind: 'fixed', type: 'duration', value: `P1${UNIT_LETTER[unit]}`, granularity: null, direction: 'past' };
      const n = sh === 'last' ? -1 : sh === 'next' || sh === 'coming' ? 1 : 0;
      return { kind: 'offset', unit, n };
    },
  },
  // "that year", "the same month", "that day": the last date mentioned, at that unit.
  {
    name: 'that-unit',
    gate: /\b(?:that|same)\s+(?:year|month|day|week)/i,
    re: new RegExp(`(?<x>(?:${anyCap(['that same', 'that', 'the same', 'this same'])})\\s+(?<u>year|month|day|week))\\b`, 'dg'),
    build(g) {
      const unit = unitOf(g.u!)!;
      return { kind: 'anaphor', unit, n: 0, want: unit };
    },
  },
  // "the end of the year", "year-end", "the end of this month".
  {
    name: 'unit-end',
    gate: /\bend\b|beginning|start|middle/i,
    re: new RegExp(`(?<x>(?:${cap('the')}\\s+)?(?:end|beginning|start|middle)\\s+of\\s+(?:the|this)\\s+(?<u>year|month|week)|(?:${cap('the')}\\s+)?(?<ye>year)[- ]end)\\b`, 'dg'),
    build(g) {
      const unit = unitOf(g.u ?? g.ye ?? 'year')!;
      return { kind: 'offset', unit, n: 0 };
    },
  },
  // "the week", "for the week": the anchor's week.
  {
    name: 'the-week',
    gate: /the week/i,
    re: /(?<x>[Tt]he\s+week)(?:['’]s)?\b(?!\s+(?:of|before|after|following|earlier|later|ahead|when|that|in|to|prior|since|ended|ending|beginning|starting))/dg,
    build() {
      return { kind: 'offset', unit: 'week', n: 0 };
    },
  },
  // "the next day", "the following day", "the previous day", "the day before": from the last date.
  {
    name: 'next-day',
    gate: /day/i,
    re: /(?<x>[Tt]he\s+(?:(?<sh>next|following|previous|preceding)\s+(?<u>day|morning|night|week|month|year)|day\s+(?<ba>before|after)(?!\s+(?:yesterday|tomorrow))))\b/dg,
    build(g) {
      const n = g.sh ? (/^(?:next|following)$/.test(g.sh) ? 1 : -1) : g.ba === 'after' ? 1 : -1;
      const u = g.u ?? 'day';
      const unit: Unit = u === 'morning' || u === 'night' ? 'day' : (u as Unit);
      return { kind: 'anaphor', unit, n, want: unit };
    },
  },
  // "the weekend", "this weekend": the nearest weekend by tense.
  {
    name: 'weekend',
    gate: /weekend/i,
    re: new RegExp(`(?<x>${cap('the')}\\s+weekend)\\b`, 'dg'),
    build() {
      return { kind: 'weekday', weekday: 6, weekend: true };
    },
  },
  // "two years ago", "a decade ago", "three months earlier", "almost four years ago", "in two weeks".
  {
    name: 'ago',
    gate: /\bago\b|earlier|before|later|after|from now|hence/i,
    re: new RegExp(`(?<x>(?:(?:almost|nearly|about|some|more than|less than|roughly|just|only|over)\\s+)?(?<n>${NUMBER_RE})[\\s-]+(?<u>days?|weeks?|months?|years?|decades?|century|centuries)\\s+(?<d>ago|earlier|before|later|after|from now|hence))\\b`, 'dgi'),
    build(g) {
      let unit = unitOf(g.u!);
      if (!unit) return null;
      let n = numberValue(g.n!);
      const d = g.d!.toLowerCase();
      unit = unitOf(g.u!.toLowerCase());
      if (!unit) return null;
      const sign = d === 'ago' || d === 'earlier' || d === 'before' ? -1 : 1;
      if (n === null) return { kind: 'fixed', type: 'date', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', granularity: null, direction: sign < 0 ? 'past' : 'future', relative: true };
      if (unit === 'decade') {
        unit = 'year';
        n *= 10;
      } else if (unit === 'century') {
        unit = 'year';
        n *= 100;
      }
      if (d === 'ago' && unit === 'year' && n === 1) return { kind: 'anaphor', unit, n: -1, periodsOnly: true };
      if (d === 'ago' || d === 'from now' || d === 'hence') return { kind: 'offset', unit, n: sign * n };
      return { kind: 'anaphor', unit, n: sign * n };
    },
  },
  // "year-earlier", "the year-ago quarter", "a year earlier" (handled by 'ago'), "the year-earlier period".
  {
    name: 'year-earlier',
    gate: /year[- ](?:earlier|ago)/i,
    re: new RegExp(`(?<x>(?:${cap('the')}\\s+)?year[- ](?:earlier|ago)(?:\\s+(?<w>quarter|period|month|level|year))?)\\b`, 'dg'),
    build(g) {
      const want: Unit | undefined = g.w === 'quarter' ? 'quarter' : undefined;
      const sem: Sem = { kind: 'anaphor', unit: 'year', n: -1 };
      if (want) sem.want = want;
      return sem;
    },
  },
  // Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1990",
  // "the first half", "Q3 2023", "last quarter", "the latest quarter".
  {
    name: 'quarter',
    gate: /quarter|half|Q[1-4]/i,
    re: new RegExp(
      `(?<x>(?:${cap('the')}\\s+)?(?:(?<f>${anyCap(['fiscal'])})\\s+)?(?:(?<o>${anyCap(['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th'])})|(?<sh>${anyCap(['last', 'this', 'next', 'current', 'latest', 'previous', 'final', 'past'])}))(?:\\s+fiscal)?[\\s-]+(?<u>quarter|half)` +
        `(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?(?<y>1[1-9]\\d\\d|20\\d\\d)(?!\\d)|(?<ry>last|this|next)\\s+year))?)\\b` +
        `|\\b(?<x2>Q(?<qn>[1-4])(?:\\s+(?<qy>20\\d\\d|19\\d\\d))?)\\b`,
      'dg',
    ),
    build(g) {
      if (g.qn) {
        const sem: Sem = { kind: 'date', quarter: Number(g.qn) };
        if (g.qy) sem.year = Number(g.qy);
        return sem;
      }
      const half = g.u === 'half';
      if (g.o) {
        const n = ORDINALS[g.o.toLowerCase()]!;
        if (half && n > 2) return null;
        const sem: Sem = half ? { kind: 'date', half: n } : { kind: 'date', quarter: n };
        if (g.y) sem.year = Number(g.y);
        else if (g.ry) sem.yearRel = g.ry === 'last' ? -1 : g.ry === 'next' ? 1 : 0;
        return sem;
      }
      const sh = g.sh!.toLowerCase();
      const unit: Unit = half ? 'half' : 'quarter';
      if (sh === 'past') return { kind: 'fixed', type: 'duration', value: half ? 'P6M' : 'P1Q', granularity: null, direction: 'past' };
      if (sh === 'latest' || sh === 'final') return { kind: 'anaphor', unit, n: 0 };
      if (sh === 'previous') return { kind: 'anaphor', unit, n: -1 };
      return { kind: 'offset', unit, n: sh === 'last' ? -1 : sh === 'next' ? 1 : 0 };
    },
  },
  // "the quarter" alone: the quarter under discussion.
  {
    name: 'the-quarter',
    gate: /quarter|period/i,
    re: /\b(?<x>[Tt]he\s+(?:(?:latest|recent|same|comparable)\s+)?(?:quarter|period))\b(?!\s+(?:of|point|mile|century|final))(?<!the\s+period)/dg,
    build() {
      return { kind: 'anaphor', unit: 'quarter', n: 0 };
    },
  },
  // Seasons: "last fall", "this summer", "in spring 1944", "the winter of 1941".
  {
    name: 'season',
    gate: /spring|summer|fall|autumn|winter/i,
    re: new RegExp(
      `(?:(?<pre>\\b(?:in|during|by|since|until|through|before|after|of|for|that)\\s+)|\\b)(?<x>${MOD}(?:(?<the>${cap('the')})\\s+)?(?:(?<sh>${anyCap(['last', 'this', 'next', 'past', 'coming'])})\\s+)?(?<s>${anyCap(['spring', 'summer', 'fall', 'autumn', 'winter'])})` +
        `(?:\\s+(?:of\\s+)?(?<y>1[1-9]\\d\\d|20\\d\\d)(?!\\d)|\\s+(?:of\\s+)?(?<ry>last|this|next)\\s+year)?)\\b`,
      'dg',
    ),
    build(g, text, start) {
      const season = SEASONS[g.s!.toLowerCase()]!;
      // "fall" is mostly a verb: require a determiner, a preposition, a modifier or a year.
      const hasContext = g.pre || g.the || g.sh || g.y || g.ry || /^(?:early|late|mid|the)/i.test(g.x ?? '');
      if (!hasContext) return null;
      if (g.s!.toLowerCase() === 'fall' && !g.sh && !g.y && !g.ry && !g.the && !/^(?:early|late)/i.test(g.x ?? '')) {
        if (!/^\s*(?:,|\.|and|of|when|before|after|the)/.test(text.slice(start + (g.x ?? '').length, start + (g.x ?? '').length + 6))) return null;
      }
      const sem: Sem = { kind: 'date', season };
      if (g.y) sem.year = Number(g.y);
      else if (g.ry) sem.yearRel = g.ry === 'last' ? -1 : g.ry === 'next' ? 1 : 0;
      const sh = shiftOf(g.sh);
      if (sh !== undefined) sem.shift = sh;
      return sem;
    },
  },
  // Durations: "two years", "the first nine months", "10-year", "a week", "several days".
  {
    name: 'duration',
    gate: /second|minute|hour|day|week|month|year|decade|centur/i,
    re: new RegExp(
      `(?<x>(?:${anyCap(['the', 'a', 'an'])}\\s+)?(?:(?:${anyCap(['past', 'last', 'next', 'first', 'previous', 'coming', 'following', 'final', 'latest'])})\\s+)?(?<n>${NUMBER_RE})(?:\\s+|-)(?<u>seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centuries|century)(?:[\\s-]+long)?)\\b(?![\\s-]+old\\b)(?!-)`,
      'dg',
    ),
    build(g, text, _start, end) {
      const u = g.u!.toLowerCase().replace(/s$/, '').replace(/^centurie$/, 'century');
      // "three-quarters", "a quarter of": fractions, not periods.
      if (u === 'quarter' && (/-/.test(g.x ?? '') || /^\s+of\b/.test(text.slice(end, end + 4)))) return null;
      const letter = UNIT_LETTER[u];
      if (!letter) return null;
      const nword = g.n!.toLowerCase();
      if (nword === 'some' || nword === 'many') return null;
      const n = numberValue(nword);
      if (n === null) return { kind: 'fixed', type: 'duration', value: `PX${letter}`, granularity: null };
      if (n <= 0 || n > 1000) return null;
      const timeUnit = u === 'hour' || u === 'minute' || u === 'second';
      // Decades and centuries are counted in years, as TimeBank does ("two decades" = P20Y).
      const value = u === 'decade' ? `P${n * 10}Y` : u === 'century' ? `P${n * 100}Y` : `P${timeUnit ? 'T' : ''}${n}${letter}`;
      return { kind: 'fixed', type: 'duration', value, granularity: null };
    },
  },
  // "for years", "for decades": an unspecified duration.
  {
    name: 'duration-vague',
    gate: /days|weeks|months|years|decades/i,
    re: /\b(?:for|over|in|within)\s+(?<x>(?:many\s+)?(?<u>days|weeks|months|years|decades))\b(?!\s+(?:ago|earlier|of|to))/dg,
    build(g) {
      const u = g.u!.replace(/s$/, '');
      return { kind: 'fixed', type: 'duration', value: `PX${UNIT_LETTER[u]}`, granularity: null };
    },
  },
  // PRESENT/PAST/FUTURE references: "now", "currently", "recently", "in recent years", "the future".
  {
    name: 'ref',
    gate: /now|current|present|moment|recent|lately|past|previous|formerly|future|soon|coming|term\b|ahead|these days|earlier years/i,
    re: new RegExp(
      `(?<![\\w-])(?<x>(?<now>${anyCap(['now', 'currently', 'nowadays', 'at present', 'at the moment', 'right now', 'these days', 'current', 'today\'s world'])})|(?<past>${anyCap(['recently', 'lately', 'the past', 'recent years', 'recent months', 'recent weeks', 'recent days', 'in the past', 'past years', 'earlier years'])})|(?<fut>${anyCap(['the future', 'the near future', 'in the future', 'the coming years', 'the coming months', 'coming years', 'coming months', 'the coming weeks', 'coming weeks', 'the coming days', 'coming days', 'the near term', 'the short term', 'the long term', 'the years ahead', 'the months ahead', 'the weeks ahead', 'the days ahead'])}))(?![\\w-])`,
      'dg',
    ),
    build(g) {
      if (g.now) return { kind: 'fixed', type: 'date', value: 'PRESENT_REF', granularity: null, direction: 'present', relative: true };
      if (g.past) return { kind: 'fixed', type: 'date', value: 'PAST_REF', granularity: null, direction: 'past', relative: true };
      return { kind: 'fixed', type: 'date', value: 'FUTURE_REF', granularity: null, direction: 'future', relative: true };
    },
  },
  // Sets: "daily", "every week", "each year", "annually".
  {
    name: 'set',
    gate: /daily|weekly|monthly|quarterly|annually|yearly|nightly|every|each/i,
    re: new RegExp(`(?<![\\w-])(?<x>(?<adv>${anyCap(['daily', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly', 'nightly'])})|(?:${anyCap(['every', 'each'])})\\s+(?<u>day|week|month|year|morning|night|evening|weekend|quarter))(?![\\w-])`, 'dg'),
    build(g) {
      const map: Record<string, string> = {
        daily: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', nightly: 'TNI',
        day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', morning: 'TMO', night: 'TNI', evening: 'TEV', weekend: 'P1WE', quarter: 'P3M',
      };
      const key = (g.adv ?? g.u ?? '').toLowerCase();
      const value = map[key];
      if (!value) return null;
      return { kind: 'fixed', type: 'set', value, granularity: null };
    },
  },
  // Clock times: "5 p.m.", "10:30 a.m.", "noon" (on the anchor day unless a date is attached).
  {
    name: 'clock',
    gate: /\d\s*(?:a\.m|p\.m|am\b|pm\b|AM\b|PM\b)|\d:\d\d|noon|midnight/,
    re: /(?<![\w:.])(?<x>(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\d))?\s*(?<ap>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|(?<h24>[01]\d|2[0-3]):(?<m24>[0-5]\d)\s*(?:GMT|UTC|EST|EDT|local time)\b|(?<noon>noon|midnight)\b)/dg,
    build(g) {
      let time: string;
      if (g.noon) time = g.noon === 'noon' ? '12:00' : '24:00';
      else if (g.h24) time = `${g.h24}:${g.m24}`;
      else {
        let h = Number(g.h) % 12;
        if (/^p/i.test(g.ap!)) h += 12;
        time = `${String(h).padStart(2, '0')}:${g.mi ?? '00'}`;
      }
      return { kind: 'offset', unit: 'day', n: 0, time };
    },
  },
  // Fixed-date holidays: "Christmas", "New Year's Day", "Christmas Eve".
  {
    name: 'holiday',
    gate: /Christmas|New Year|Valentine|Halloween|Independence Day|Bastille|Armistice|Thanksgiving|Memorial Day|Labor Day|Martin Luther King|Presidents/,
    re: /\b(?<x>(?<h>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Valentine's Day|Halloween|Independence Day|Bastille Day|Armistice Day|Thanksgiving(?: Day)?|Memorial Day|Labor Day|Martin Luther King(?: Jr\.)? Day|Presidents'? Day)(?:,?\s+(?<y>1[1-9]\d\d|20\d\d)(?!\d))?)\b/dg,
    build(g) {
      const map: Record<string, [number, number]> = {
        christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1],
        "new year's eve": [12, 31], "valentine's day": [2, 14], halloween: [10, 31], 'independence day': [7, 4],
        'bastille day': [7, 14], 'armistice day': [11, 11],
      };
      // US floating holidays: [month, n-th (-1 = last), weekday].
      const floating: Record<string, [number, number, number]> = {
        thanksgiving: [11, 4, 4], 'thanksgiving day': [11, 4, 4], 'memorial day': [5, -1, 1], 'labor day': [9, 1, 1],
        'martin luther king day': [1, 3, 1], 'martin luther king jr. day': [1, 3, 1], "presidents' day": [2, 3, 1], 'presidents day': [2, 3, 1],
      };
      const fl = floating[g.h!.toLowerCase()];
      if (fl) {
        const sem: Sem = { kind: 'date', month: fl[0], nth: { n: fl[1], weekday: fl[2] } };
        if (g.y) sem.year = Number(g.y);
        return sem;
      }
      const md = map[g.h!.toLowerCase()];
      if (!md) return null;
      const sem: Sem = { kind: 'date', month: md[0], day: md[1] };
      if (g.y) sem.year = Number(g.y);
      return sem;
    },
  },
];

/** Run every rule family over the text. Overlaps are settled by the caller. */
// Every rule starts at a word start: "than three weeks" must not read as "an three weeks".
for (const rule of rules) rule.re = new RegExp(`(?<![\\w'’])(?:${rule.re.source})`, rule.re.flags);

export function ruleCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    if (!rule.gate.test(text)) continue;
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const groups = (m.groups ?? {}) as Groups;
      const indices = (m as RegExpMatchArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices;
      const span = indices?.groups?.x ?? indices?.groups?.x2 ?? [m.index!, m.index! + m[0].length];
      if (!span || span[1] <= span[0]) continue;
      if (groups.x === undefined && groups.x2 !== undefined) groups.x = groups.x2;
      const sem = rule.build(groups, text, span[0], span[1]);
      if (sem) out.push({ start: span[0], end: span[1], sem, rule: rule.name });
    }
  }
  return out;
}
