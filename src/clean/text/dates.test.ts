import { describe, expect, it } from 'vitest';
import { readDateField, readDateLine, readDateline, readMetaLine, readWireDateline } from './dates.js';

describe('readMetaLine', () => {
  it('reads "Updated 18 October 2023"', () => {
    expect(readMetaLine('Updated 18 October 2023')).toEqual({
      label: 'updated',
      date: { value: '2023-10-18', granularity: 'day', quote: '18 October 2023' },
    });
  });
  it('reads a published line with a time', () => {
    expect(readMetaLine('Published: Oct. 17, 2023 10:45 AM')?.date?.value).toBe('2023-10-17');
    expect(readMetaLine('Published: Oct. 17, 2023 10:45 AM')?.label).toBe('published');
  });
  it('marks relative times as relative, with no date', () => {
    expect(readMetaLine('Updated 12 sec ago')?.date?.relative).toBe(true);
    expect(readMetaLine('Posted 3 hours ago')?.date?.relative).toBe(true);
  });
  it('is not fooled by a sentence starting with a label word', () => {
    expect(readMetaLine('Published reports say the pipeline will cost $2 billion.')).toBeNull();
  });
});

describe('readDateLine', () => {
  it('reads a header date with its weekday', () => {
    expect(readDateLine('Tuesday, April 16, 2024', false)?.value).toBe('2024-04-16');
  });
  it('reads a month and year as month granularity', () => {
    expect(readDateLine('October 2023', false)).toEqual({ value: '2023-10', granularity: 'month', quote: 'October 2023' });
  });
  it('rejects a caption with a date in it, and dates without a year', () => {
    expect(readDateLine("Russia's Foreign Minister Sergey Lavrov, April 7, 2021.", false)).toBeNull();
    expect(readDateLine('March 18', false)).toBeNull();
  });
  it('allows a few other words when loose (the rest of a byline)', () => {
    expect(readDateLine('Reuters | October 18, 2023', true)?.value).toBe('2023-10-18');
  });
});

describe('readDateField and readDateline', () => {
  it('reads a leading "date 2023-10-18" field and its length', () => {
    expect(readDateField('date 2023-10-18 Caretaker Prime Minister')).toEqual({
      length: 'date 2023-10-18 '.length,
      date: { value: '2023-10-18', granularity: 'day', quote: 'date 2023-10-18' },
    });
    expect(readDateField('dated letters were found')).toBeNull();
  });
  it('reads a dateline with a year and ignores one without', () => {
    expect(readDateline('KARACHI, October 18, 2023: President Zardari condemned the blast.')).toMatchObject({
      value: '2023-10-18',
      start: 'KARACHI, '.length,
    });
    expect(readDateline('ISLAMABAD, Oct 18 (Reuters) - Pakistan said.')).toBeNull();
    expect(readDateline('ISLAMABAD: The potential for economic cooperation was higher.')).toBeNull();
  });
});

describe('numeric dates', () => {
  it('reads dotted and dashed numeric dates day first', () => {
    expect(readDateLine('06.11.2023', false)?.value).toBe('2023-11-06');
    expect(readDateLine('01.04.2023, 12:00', false)?.value).toBe('2023-04-01');
    expect(readDateLine('14/06/2019', false)?.value).toBe('2019-06-14');
  });
});

describe('readWireDateline', () => {
  it('reads a header timestamp glued to the lead and says how much to cut', () => {
    const text = 'TRIPOLI | Wed Apr 13, 2016 9:12am EDT TRIPOLI, Libya (Reuters) - Militia leaders said on Wednesday they would talk.';
    const w = readWireDateline(text)!;
    expect(w.dateline).toEqual({ place: 'TRIPOLI, Libya', agency: 'Reuters', timestamp: 'Wed Apr 13, 2016 9:12am EDT' });
    expect(text.slice(w.cut)).toBe('Militia leaders said on Wednesday they would talk.');
    expect(w.date).toMatchObject({ value: '2016-04-13', granularity: 'day' });
  });
  it('reads other timestamp spellings and multi-word places', () => {
    const text = 'SAO PAULO | Monday June 5, 2017 11:40 PM BRT SAO PAULO (AFP) -- Truckers blocked roads.';
    const w = readWireDateline(text)!;
    expect(w.dateline).toEqual({ place: 'SAO PAULO', agency: 'AFP', timestamp: 'Monday June 5, 2017 11:40 PM BRT' });
    expect(text.slice(w.cut)).toBe('Truckers blocked roads.');
  });
  it('reads the plain forms without cutting them', () => {
    expect(readWireDateline('GENEVA, April 13 (Reuters) - Diplomats met.')).toEqual({
      dateline: { place: 'GENEVA', agency: 'Reuters', timestamp: 'April 13' },
      cut: 0,
      date: null,
      dateStart: null,
    });
    expect(readWireDateline('NAIROBI, Kenya (AP) — Police fired tear gas.')!.dateline).toEqual({
      place: 'NAIROBI, Kenya',
      agency: 'AP',
      timestamp: null,
    });
    const lima = readWireDateline('LIMA, 3 May 2021 (AFP) - The court ruled.')!;
    expect(lima.date?.value).toBe('2021-05-03');
    expect(lima.dateStart).toBe('LIMA, '.length);
  });
  it('ignores sentences that only look like datelines', () => {
    expect(readWireDateline('The police (AP) - said nothing.')).toBeNull();
    expect(readWireDateline('Officials in Rome, who spoke (Reuters) - declined.')).toBeNull();
    expect(readWireDateline('ROME, officials said (Reuters) - nothing.')).toBeNull();
    expect(readWireDateline('Rebels said on Tuesday they had taken the town.')).toBeNull();
  });
});
