/** Words of the calendar: month and weekday names, number words, seasons. */

/** Month names and their abbreviations, as written in news (capitalised). Value 1..12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Regex source for a capitalised month name ("March", "Sept.", "Dec"). */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** ISO weekday: Monday = 1 .. Sunday = 7. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Number words up to the tens, and vague amounts ("several" = X in TIMEX3). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  'a hundred': 100, 'a couple of': 2, 'a couple': 2, couple: 2, 'a dozen': 12, dozen: 12,
};

export const NUMBER_RE =
  '(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|a couple of|a couple|a dozen|a few|a hundred|several|' +
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen|hundred|few|many|some|a|an)';

/** Read a number phrase; null for vague ones ("several", "a few", "many"). */
export function numberValue(word: string): number | null {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  const direct = NUMBER_WORDS[w];
  if (direct !== undefined) return direct;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](\w+)$/.exec(w);
  if (m) {
    const tens = NUMBER_WORDS[m[1]!] ?? 0;
    const ones = NUMBER_WORDS[m[2]!] ?? 0;
    return tens + ones;
  }
  return null;
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export const SEASONS: Readonly<Record<string, Season>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/** Ordinals used for quarters and halves. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};

/** TIMEX3 unit letters for durations. */
export const UNIT_LETTER: Readonly<Record<string, string>> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', weekend: 'WE', month: 'M',
  quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE', fortnight: 'W',
};
