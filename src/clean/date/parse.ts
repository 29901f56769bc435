/**
 * Reading calendar dates written in text or attributes: "18 October 2023", "April 7, 2021",
 * "18. Oktober 2023", "2023-10-18T09:00:00Z", "07.04.2021", "2021/04/07".
 *
 * Deterministic patterns rather than a general parser (chrono): a page is full of numbers,
 * and for a publication date an unparsed string is better than a guessed one. Relative
 * expressions ("yesterday", "3 hours ago") are not read here.
 */
import { MONTH_ALTERNATION, monthNumber } from './months.js';
import type { DateMatch, ParseDateOptions } from './types.js';

const M = `(${MONTH_ALTERNATION})\\.?`;
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';

interface Pattern {
  re: RegExp;
  format: DateMatch['format'];
  read(m: RegExpExecArray, o: ParseDateOptions): { y: number; mo: number; d: number | null } | null;
}

function year2(yy: number, now: Date): number {
  const cut = (now.getUTCFullYear() % 100) + 1;
  return yy <= cut ? 2000 + yy : 1900 + yy;
}

const PATTERNS: Pattern[] = [
  {
    // 2023-10-18, 2023-10-18T09:00:00Z, 2023/10/18, 2023.10.18
    re: /(?<![\d.\/-])(\d{4})([-\/.])(\d{1,2})\2(\d{1,2})(?![\d])/gu,
    format: 'iso',
    read: (m) => ({ y: Number(m[1]), mo: Number(m[3]), d: Number(m[4]) }),
  },
  {
    // 18 October 2023, 18. Oktober 2023, 1er janvier 2020, 18 de octubre de 2023, 7-Apr-2021
    re: new RegExp(
      `${NOT_LETTER_BEFORE}(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?(?:\\s*|\\s*[-/]\\s*)(?:de\\s+|of\\s+)?${M}${NOT_LETTER_AFTER},?(?:\\s*|\\s*[-/]\\s*)(?:de\\s+)?(\\d{4})(?!\\d)`,
      'giu',
    ),
    format: 'textual',
    read: (m) => {
      const mo = monthNumber(m[2] ?? '');
      return mo ? { y: Number(m[3]), mo, d: Number(m[1]) } : null;
    },
  },
  {
    // April 7, 2021; Apr. 7th 2021; October 18 2023
    re: new RegExp(
      `${NOT_LETTER_BEFORE}${M}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\.?,?\\s*(\\d{4})(?!\\d)`,
      'giu',
    ),
    format: 'textual',
    read: (m) => {
      const mo = monthNumber(m[1] ?? '');
      return mo ? { y: Number(m[3]), mo, d: Number(m[2]) } : null;
    },
  },
  {
    // 07.04.2021 (day first), 04/07/2021 (US unless dayFirst), 07-04-2021; two-digit years on request
    re: /(?<![\d.\/-])(\d{1,2})([.\/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[.\/-]\d)/gu,
    format: 'numeric',
    read: (m, o) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const ys = m[4] ?? '';
      if (ys.length === 2 && !o.twoDigitYear) return null;
      const y = ys.length === 2 ? year2(Number(ys), o.now ?? new Date()) : Number(ys);
      const sep = m[2];
      let dayFirst = sep === '.' || sep === '-' || o.dayFirst === true;
      if (a > 12 && b <= 12) dayFirst = true;
      else if (b > 12 && a <= 12) dayFirst = false;
      return dayFirst ? { y, mo: b, d: a } : { y, mo: a, d: b };
    },
  },
  {
    // 20210407
    re: /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/gu,
    format: 'compact',
    read: (m, o) => (o.compact ? { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]) } : null),
  },
  {
    // October 2023, Oktober 2023 (month granularity)
    re: new RegExp(`${NOT_LETTER_BEFORE}${M}${NOT_LETTER_AFTER},?\\s*(\\d{4})(?!\\d)`, 'giu'),
    format: 'textual',
    read: (m, o) => {
      if (o.monthOnly === false) return null;
      const mo = monthNumber(m[1] ?? '');
      return mo ? { y: Number(m[2]), mo, d: null } : null;
    },
  },
];

function daysIn(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number | null, o: ParseDateOptions): boolean {
  if (!Number.isInteger(y) || y < (o.minYear ?? 1000) || y > (o.maxYear ?? 2999)) return false;
  if (mo < 1 || mo > 12) return false;
  if (d !== null && (d < 1 || d > daysIn(y, mo))) return false;
  return true;
}

/** Every date written in `s`, in order of position, without overlaps (earlier patterns win). */
export function findDates(s: string, options: ParseDateOptions = {}): DateMatch[] {
  const found: DateMatch[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number): boolean => taken.some(([x, y]) => a < y && x < b);
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(s)) !== null) {
      const index = m.index;
      const end = index + m[0].length;
      if (overlaps(index, end)) continue;
      const r = p.read(m, options);
      if (!r || !valid(r.y, r.mo, r.d, options)) continue;
      taken.push([index, end]);
      found.push({
        value: r.d === null ? `${r.y}-${pad(r.mo)}` : `${r.y}-${pad(r.mo)}-${pad(r.d)}`,
        granularity: r.d === null ? 'month' : 'day',
        index,
        length: m[0].length,
        text: m[0],
        format: p.format,
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The first date written in `s` as "YYYY-MM-DD" (or "YYYY-MM" when only month and year are
 * written), or null. "18 October 2023", "April 7, 2021", "2023-10-18T09:00:00Z",
 * "07.04.2021" -> "2023-10-18", "2021-04-07", "2023-10-18", "2021-04-07".
 */
export function parseDateText(s: string, options: ParseDateOptions = {}): string | null {
  const all = findDates(s, options);
  const day = all.find((d) => d.granularity === 'day');
  return (day ?? all[0])?.value ?? null;
}
