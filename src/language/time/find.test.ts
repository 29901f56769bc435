import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from './find.js';

/** [text of the expression, value] for each expression found. */
function values(text: string, anchor: string | null, options = {}): [string, string | null][] {
  return findTimeExpressions(text, anchor, options).map((t) => [text.slice(t.start, t.end), t.value]);
}

function one(text: string, anchor: string | null, expression: string) {
  const found = findTimeExpressions(text, anchor).find((t) => text.slice(t.start, t.end) === expression);
  if (!found) throw new Error(`"${expression}" not found in ${JSON.stringify(values(text, anchor))}`);
  return found;
}

// 2023-10-18 is a Wednesday; 2021-04-07 is a Wednesday.
describe('weekdays resolved by tense', () => {
  it('past: the weekday before the anchor (seed 000)', () => {
    const t = one('Kakar arrived in Beijing on Monday to attend the Belt and Road Forum.', '2023-10-18', 'Monday');
    expect(t.value).toBe('2023-10-16');
    expect(t.direction).toBe('past');
    expect(t.relative).toBe(true);
    expect(t.granularity).toBe('day');
  });
  it('past: "met ... on Tuesday" (seed 001)', () => {
    const s = 'Caretaker Prime Minister Anwaarul Haq Kakar met Russian President Vladimir Putin in Beijing on Tuesday, where the two leaders emphasised the importance of cooperation.';
    expect(one(s, '2023-10-18', 'Tuesday').value).toBe('2023-10-17');
  });
  it('future: "will visit on Wednesday" is the Wednesday after', () => {
    const t = one('The delegation will visit Islamabad on Wednesday.', '2023-10-18', 'Wednesday');
    expect(t.value).toBe('2023-10-25');
    expect(t.direction).toBe('future');
  });
  it('the anchor day itself when the weekday is the anchor weekday and the clause is past (seed 004)', () => {
    const s = 'Russian Foreign Minister Sergey Lavrov held meetings with his Pakistani counterpart, Shah Mehmood Qureshi, on Wednesday.';
    expect(one(s, '2021-04-07', 'Wednesday').value).toBe('2021-04-07');
    expect(one('Lavrov arrived in Pakistan on Tuesday from India.', '2021-04-07', 'Tuesday').value).toBe('2021-04-06');
  });
  it('a weekday written with its date takes the year where they agree', () => {
    // April 16, 2024 is a Tuesday (seed 003 site header).
    expect(values('Tuesday, April 16, 2024', '2024-04-20')).toEqual([['Tuesday, April 16, 2024', '2024-04-16']]);
    // April 25 was a Saturday in 1998, not in 1997 or 1999.
    expect(values('The rally is planned for Saturday, April 25.', '1998-04-22')).toEqual([['Saturday, April 25', '1998-04-25']]);
  });
  it('a possessive weekday is a day already past', () => {
    expect(one("Fund managers said Friday's profit-taking was natural.", '1989-10-30', 'Friday').value).toBe('1989-10-27');
  });
});

describe('months, days and years against the anchor', () => {
  it('"Last month" (seed 000) and "last month" (seed 002)', () => {
    expect(one('Last month, Pakistan also received its first shipment of liquified petroleum gas from Moscow.', '2023-10-18', 'Last month').value).toBe('2023-09');
    expect(one('The latest gathering happened last month in Moscow.', '2021-04-07', 'last month').value).toBe('2021-03');
  });
  it('"earlier this year" and "this year" are the anchor year', () => {
    const t = one('under a deal struck between the two countries earlier this year.', '2023-10-18', 'earlier this year');
    expect(t.value).toBe('2023');
    expect(t.granularity).toBe('year');
    expect(one('Russia and Pakistan celebrated the 75th anniversary this year.', '2023-10-18', 'this year').value).toBe('2023');
  });
  it('"in 2012" is the year, absolute', () => {
    const t = one('The chief Russian diplomat last visited Pakistan in 2012, and the ensuing years saw improvement.', '2021-04-07', '2012');
    expect(t.value).toBe('2012');
    expect(t.relative).toBe(false);
    expect(t.direction).toBe('past');
  });
  it('"by May 1" after "will" is this year\'s May 1, in the future (seed 002)', () => {
    const t = one('It will be tough for the U.S. to withdraw its troops from Afghanistan by May 1 for logistical reasons.', '2021-04-07', 'May 1');
    expect(t.value).toBe('2021-05-01');
    expect(t.direction).toBe('future');
  });
  it('"in October last year" (seed 000, second article)', () => {
    const t = one('The two countries witnessed major border skirmishes in October last year, followed by talks.', '2026-01-20', 'October last year');
    expect(t.value).toBe('2025-10');
    expect(t.granularity).toBe('month');
  });
  it('"The March 18 Moscow meeting" takes the anchor year (seed 002)', () => {
    expect(one('Qureshi described the March 18 Moscow meeting as "successful".', '2021-04-07', 'March 18').value).toBe('2021-03-18');
  });
  it('a date due soon after the anchor stays in the anchor year even in a past-tense sentence', () => {
    expect(one('The company declared a dividend, payable Dec. 15 to holders of record.', '1989-11-02', 'Dec. 15').value).toBe('1989-12-15');
  });
  it('numeric dates need a four-digit year; ISO date-times keep their time', () => {
    expect(values('Published 18/10/2023 by staff', null)).toEqual([['18/10/2023', '2023-10-18']]);
    expect(values('Updated 2023-10-17T10:00:00Z', null)).toEqual([['2023-10-17T10:00:00Z', '2023-10-17T10:00']]);
    expect(values('She scored 10/12 in the test.', '2023-10-18')).toEqual([]);
  });
  it('written dates with a year resolve without the anchor', () => {
    expect(values('arrives for a conference in Moscow, Russia, March 18, 2021.', null)).toEqual([['March 18, 2021', '2021-03-18']]);
  });
  it('"late last July", "next month", "a decade ago", "the 1980s"', () => {
    expect(one('Talks stalled late last July.', '2023-10-18', 'late last July').value).toBe('2023-07');
    expect(one('The minister will travel to Moscow next month.', '2023-10-18', 'next month').value).toBe('2023-11');
    const decadeAgo = one('China launched the BRI a decade ago to connect Asia with Africa.', '2023-10-18', 'a decade ago');
    expect(decadeAgo.value).toBe('2013');
    expect(decadeAgo.direction).toBe('past');
    const eighties = one('Relations were frozen in the 1980s.', '2023-10-18', 'the 1980s');
    expect(eighties.value).toBe('198');
    expect(eighties.granularity).toBe('decade');
  });
  it('ranges keep their end: "April 13-16"', () => {
    const t = one('The forum will be held April 13-16 in Beijing.', '2023-10-18', 'April 13-16');
    expect(t.value).toBe('2024-04-13');
    expect(t.endValue).toBe('2024-04-16');
  });
  it('quarters, seasons and "a year earlier"', () => {
    const s = 'Third-quarter profit rose 5% from a year earlier.';
    expect(values(s, '1989-10-25')).toEqual([
      ['Third-quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
    ]);
    expect(one('Last fall was cold.', '1999-04-08', 'Last fall').value).toBe('1998-FA');
  });
  it('bare years need a calendar-year shape and context', () => {
    expect(values('He served from 1990 to 1995.', '2000-01-01')).toEqual([
      ['1990', '1990'],
      ['1995', '1995'],
    ]);
    expect(values('Troops withdrew in mid-1996.', '2000-01-01')).toEqual([['mid-1996', '1996']]);
    const range = one('Growth averaged 15% per year from 2003-08, largely due to gas.', '2010-06-15', '2003-08');
    expect([range.value, range.endValue]).toEqual(['2003', '2008']);
  });
});

describe('a month and day without a year looks back unless the clause looks ahead', () => {
  it('a retrospective list line in an October article is this year\'s February, past', () => {
    const s = 'Key dates:\nFebruary 26 - The assembly imposes a fuel levy\nJune 4 - Talks collapse';
    const t = one(s, '2011-10-20', 'February 26');
    expect(t.value).toBe('2011-02-26');
    expect(t.direction).toBe('past');
    expect(one(s, '2011-10-20', 'June 4').value).toBe('2011-06-04');
  });
  it('"will be held on March 3" is the next March 3, future', () => {
    const t = one('The runoff will be held on March 3 in all provinces.', '2011-10-20', 'March 3');
    expect(t.value).toBe('2012-03-03');
    expect(t.direction).toBe('future');
  });
  it('a late-December date in an early-January article is last year\'s, past', () => {
    const t = one('Flooding cut the coastal road on December 28, residents said.', '2023-01-05', 'December 28');
    expect(t.value).toBe('2022-12-28');
    expect(t.direction).toBe('past');
  });
  it('a past-tense clause never lands two months or more after the anchor', () => {
    // January 9 is 81 days after 2011-10-20 and 284 days before it.
    const t = one('The ministry approved the tender on January 9.', '2011-10-20', 'January 9');
    expect(t.value).toBe('2011-01-09');
    expect(t.direction).toBe('past');
  });
  it('a future cue anywhere in the sentence, or a schedule word before the date, looks ahead', () => {
    expect(one('The trial is scheduled to open in the capital on January 9.', '2011-10-20', 'January 9').value).toBe('2012-01-09');
    expect(one('It is going to be hard for the league to finish the season by May 30 after the strikes.', '2011-10-20', 'May 30').value).toBe('2012-05-30');
    expect(one('The coupon, payable Feb. 1, was cut by the board.', '2011-10-20', 'Feb. 1').value).toBe('2012-02-01');
  });
  it('a future cue in the next sentence does not carry back', () => {
    const t = one('The council met on March 3. Elections will follow in spring.', '2011-10-20', 'March 3');
    expect(t.value).toBe('2011-03-03');
    expect(t.direction).toBe('past');
  });
});

describe('no anchor', () => {
  it('relative expressions stay unresolved instead of guessed', () => {
    const found = findTimeExpressions('Last month, Pakistan received its first shipment. They met on Tuesday.', null);
    expect(found.map((t) => [t.value, t.relative])).toEqual([
      [null, true],
      [null, true],
    ]);
  });
  it('absolute ones still resolve', () => {
    const t = one('Kakar met Putin in Beijing, China on October 17, 2023.', null, 'October 17, 2023');
    expect(t.value).toBe('2023-10-17');
    expect(t.relative).toBe(false);
  });
});

describe('not dates', () => {
  it('scores, phone numbers, versions and quantities', () => {
    expect(values('The team won 3-1 on aggregate.', '2023-10-18')).toEqual([]);
    expect(values('Call 555-1234 for details.', '2023-10-18')).toEqual([]);
    expect(values('Upgrade to v2.10 now available', '2023-10-18').filter(([s]) => s !== 'now')).toEqual([]);
    expect(values('It can transport up to 12.4 billion cubic meters of gas annually.', '2021-04-07').map(([s]) => s)).toEqual(['annually']);
    expect(values('a nation of 240 million people', '2023-10-18')).toEqual([]);
    expect(values('The army sent 2000 troops and 1500 tanks.', '2023-10-18')).toEqual([]);
    expect(values('The fund holds $2012 in cash.', '2023-10-18')).toEqual([]);
    expect(values('Prime Minister Theresa May said the talks had failed.', '2019-03-01')).toEqual([]);
  });
});

describe('narrative mode', () => {
  it('dates without a year follow the last date of the text', () => {
    const s = 'On September 1, 1939, Germany attacked Poland. On September 17, the Soviets invaded. By early October, Poland was divided.';
    expect(values(s, null, { narrative: true })).toEqual([
      ['September 1, 1939', '1939-09-01'],
      ['September 17', '1939-09-17'],
      ['early October', '1939-10'],
    ]);
  });
});

describe('times, holidays and anaphora', () => {
  it('a clock time joins its day', () => {
    // 1998-02-13 is a Friday: the Wednesday before is 02-11.
    const t = one('A man was shot at 10 p.m. Wednesday, police said.', '1998-02-13', '10 p.m. Wednesday');
    expect([t.type, t.value]).toEqual(['time', '1998-02-11T22:00']);
  });
  it('floating holidays: Thanksgiving is the fourth Thursday of November', () => {
    // 1999-11-25 was the fourth Thursday of November 1999.
    expect(one('Elian was found Thanksgiving Day clinging to an inner tube.', '2000-01-07', 'Thanksgiving Day').value).toBe('1999-11-25');
  });
  it('"the next day" counts from the last date mentioned', () => {
    const s = 'The offensive began on July 1, 1916. The next day the British attacked again.';
    expect(values(s, null, { narrative: true })).toEqual([
      ['July 1, 1916', '1916-07-01'],
      ['The next day', '1916-07-02'],
    ]);
  });
});

describe('references and durations', () => {
  it('PRESENT_REF, PAST_REF, durations and sets', () => {
    expect(values('Pakistan and Russia have recently moved to improve ties.', '2023-10-18')).toEqual([['recently', 'PAST_REF']]);
    const d = findTimeExpressions('Talks lasted two days.', '2023-10-18');
    expect(d.map((t) => [t.type, t.value])).toEqual([['duration', 'P2D']]);
    expect(values('The pipeline carries gas daily.', '2023-10-18')).toEqual([['daily', 'P1D']]);
  });
});
