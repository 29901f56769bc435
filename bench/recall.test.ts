import { describe, expect, it } from 'vitest';
import { expectedDate, family, rightActors, rightDate, sameSentence, scoreEvent, type ListedEvent } from './recall.js';
import type { EventRow } from './lib/judged-run.js';

function row(over: Partial<EventRow>): EventRow {
  return {
    doc: 'd',
    sentence: { start: 0, end: 10, text: 'The council met the mayor on Tuesday.' },
    trigger: { start: 12, end: 15, text: 'met' },
    kind: 'meet',
    plover: 'CONSULT',
    modality: 'asserted',
    aspect: null,
    source: [],
    target: [],
    both: [],
    location: null,
    date: null,
    dateEvidence: 'none',
    names: {},
    ...over,
  };
}

describe('bench:recall matching', () => {
  it('resolves a weekday to the last such day on or before the article day', () => {
    // 2006-01-20 is a Friday.
    expect(expectedDate('weekday:Friday', '2006-01-20')).toBe('2006-01-20');
    expect(expectedDate('weekday:Wednesday', '2006-01-20')).toBe('2006-01-18');
    expect(expectedDate('weekday:Saturday', '2006-01-20')).toBe('2006-01-14');
    expect(expectedDate('article', '2006-01-20')).toBe('2006-01-20');
    expect(expectedDate('2025-10', null)).toBe('2025-10');
  });

  it('accepts a day inside a listed month, not the other way round', () => {
    expect(rightDate('2025-10', null, '2025-10-14')).toBe(true);
    expect(rightDate('2025-10', null, '2025-11-03')).toBe(false);
    expect(rightDate('2025-10-14', null, '2025-10')).toBe(false);
    expect(rightDate('2025-1', null, '2025-10-14')).toBe(false);
  });

  it('matches a sentence across joined hard wraps and quotation marks', () => {
    expect(sameSentence('The mayor said "no" on Monday.', 'The  mayor said “no” on Monday.')).toBe(true);
    expect(sameSentence('The mayor said no on Monday.', 'The ferry left.')).toBe(false);
  });

  it('finds actors by name or mention, in either direction', () => {
    const r = row({ names: { 'Maria Okafor': ['maria okafor', 'okafor'], 'United States': ['united states', 'washington'] } });
    expect(rightActors(['Okafor', 'United States'], r)).toBe(true);
    expect(rightActors(['Governor Maria Okafor'], r)).toBe(true);
    expect(rightActors(['China'], r)).toBe(false);
  });

  it('scores found / other-kind / missed by sentence and kind family', () => {
    const listed: ListedEvent = { doc: 'd', what: 'talks', plover: 'CONSULT', date: 'weekday:Tuesday', actors: ['Okafor'], sentences: ['The council met the mayor on Tuesday.'] };
    const rightOne = row({ date: '2006-01-17', names: { 'Maria Okafor': ['okafor'] } });
    expect(scoreEvent(listed, [row({ date: '2006-01-20' }), rightOne], '2006-01-20')).toMatchObject({ outcome: 'found', date: true, actors: true });
    expect(scoreEvent(listed, [row({ plover: 'ASSAULT' })], '2006-01-20').outcome).toBe('other-kind');
    expect(scoreEvent(listed, [row({ sentence: { start: 0, end: 5, text: 'Something else entirely happened.' } })], '2006-01-20').outcome).toBe('missed');
    expect(family('SUPPORT')).toBe(family('AGREE'));
    expect(family('OTHER')).toBeNull();
  });
});
