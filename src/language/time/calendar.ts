/** Calendar arithmetic on plain UTC days, and TIMEX3 value formatting. */

export interface Day {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function parseDay(value: string | null | undefined): Day | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(d.year, d.month, d.day) ? d : null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function toDate(d: Day): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return date;
}

function fromDate(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  const date = toDate(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromDate(date);
}

/** ISO weekday, Monday = 1 .. Sunday = 7. */
export function weekdayOf(d: Day): number {
  const w = toDate(d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: {year, week}. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekdayOf(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const diff = Math.round((toDate(thursday).getTime() - toDate(jan1).getTime()) / 86400000);
  return { year: thursday.year, week: Math.floor(diff / 7) + 1 };
}

/** Days from a to b (b - a). */
export function dayDiff(a: Day, b: Day): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86400000);
}

export function formatYear(year: number): string {
  if (year < 0) return `BC${pad(-year, 4)}`;
  return pad(year, 4);
}

export function formatDay(d: Day): string {
  return `${formatYear(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${formatYear(w.year)}-W${pad(w.week)}`;
}

/** Shift a (year, month) by n months. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The season a month falls in (northern hemisphere, as TIMEX3 does). Winter is dated by its December year. */
export function seasonOf(month: number): 'SP' | 'SU' | 'FA' | 'WI' {
  if (month >= 3 && month <= 5) return 'SP';
  if (month >= 6 && month <= 8) return 'SU';
  if (month >= 9 && month <= 11) return 'FA';
  return 'WI';
}

export const SEASON_ORDER: Readonly<Record<string, number>> = { SP: 1, SU: 2, FA: 3, WI: 4 };
