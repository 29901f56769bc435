import { describe, expect, it } from 'vitest';
import { readDateField, readDateLine, readDateline, readMetaLine } from './dates.js';

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
