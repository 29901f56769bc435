/**
 * Dates in a page's URL path: /2021/04/07/, /2021-04-07-title, /20210407/, _20210407_,
 * and /2021/04/ (month only).
 */
import type { Candidate } from './candidate.js';

const pad = (s: string): string => s.padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The date a URL's path carries, or null. */
export function urlDate(url: string | null | undefined): Candidate | null {
  if (!url) return null;
  let path = url;
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    // not absolute: use as is
  }
  const patterns: RegExp[] = [
    // a one-digit day followed by "-" is a slug ("/2023/10/3-questions"), not a day
    /(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{2}(?=[/_.-]|$)|\d(?=[/_.]|$))/,
    /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/,
    /[/_-]((?:19|20)\d{2})[/_-](\d{2})(\d{2})(?:[/_.-]|$)/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (!m) continue;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!validDay(y, mo, d)) continue;
    return {
      value: `${y}-${pad(m[2]!)}-${pad(m[3]!)}`, granularity: 'day', kind: 'published',
      evidence: 'url-path', quote: m[0].replace(/[/_.-]$/, ''), confidence: 0.8,
    };
  }
  // day first: /29-10-2021, _22.04.2020_
  const dmy = /(?<![\d.])(\d{1,2})([-._])(\d{1,2})\2((?:19|20)\d{2})(?![\d])/.exec(path);
  if (dmy) {
    const d = Number(dmy[1]);
    const mo = Number(dmy[3]);
    const y = Number(dmy[4]);
    if (validDay(y, mo, d)) {
      return {
        value: `${y}-${pad(dmy[3]!)}-${pad(dmy[1]!)}`, granularity: 'day', kind: 'published',
        evidence: 'url-path', quote: dmy[0], confidence: 0.75,
      };
    }
  }
  const month = /\/((?:19|20)\d{2})\/(\d{1,2})(?:\/|$)/.exec(path);
  if (month) {
    const y = Number(month[1]);
    const mo = Number(month[2]);
    if (y >= 1990 && mo >= 1 && mo <= 12) {
      return {
        value: `${y}-${pad(month[2]!)}`, granularity: 'month', kind: 'published',
        evidence: 'url-path', quote: month[0], confidence: 0.6,
      };
    }
  }
  return null;
}
