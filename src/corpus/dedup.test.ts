import { describe, expect, it } from 'vitest';
import { findDuplicates } from './dedup.js';

const story =
  'Russian Foreign Minister Sergey Lavrov held talks with his Pakistani counterpart in Islamabad on Wednesday. ' +
  'The two ministers agreed to increase the frequency of joint military drills and maritime exercises. ' +
  'Lavrov said Russia was ready to supply Pakistan with special military equipment to fight terrorism. ' +
  'Construction of a gas pipeline linking Karachi and Lahore will begin soon, both ministers said.';

describe('findDuplicates', () => {
  it('marks a shortened re-issue as a duplicate of the full story', () => {
    const shortened = story.split('. ').slice(0, 3).join('. ') + '.';
    const dups = findDuplicates([
      { id: 'short', text: shortened },
      { id: 'full', text: story },
    ]);
    expect(dups).toEqual({ short: 'full' });
  });
  it('keeps two different stories on the same subject apart', () => {
    const other =
      'Prime Minister Imran Khan received a telephone call from President Vladimir Putin on Wednesday. ' +
      'The two leaders discussed the situation in Afghanistan and agreed to cooperate within the Shanghai Cooperation Organization.';
    expect(findDuplicates([{ id: 'a', text: story }, { id: 'b', text: other }])).toEqual({});
  });
});

describe('findDuplicates with addresses', () => {
  const a = 'The council voted late on Tuesday to close the old river bridge to lorries after engineers found cracks in two of its piers.';
  const b = 'Council to close river bridge to heavy traffic: engineers report cracked piers, repairs expected to take most of the year.';
  it('takes two texts under one address (tracking link, AMP variant) for one page', () => {
    const dups = findDuplicates([
      { id: 'first', text: a, url: 'https://www.example.net/local/bridge-closed?utm_source=newsletter' },
      { id: 'second', text: b, url: 'https://example.net/amp/local/bridge-closed/' },
    ]);
    // The longer text (the first) is the one kept.
    expect(a.length).toBeGreaterThan(b.length);
    expect(dups).toEqual({ second: 'first' });
  });
  it('keeps different addresses, and texts without one, apart', () => {
    expect(findDuplicates([{ id: 'first', text: a, url: 'https://example.net/local/bridge-closed' }, { id: 'second', text: b, url: 'https://example.net/local/bridge-repairs' }, { id: 'third', text: 'Repairs to the river bridge will cost more than first thought, the council said.' }])).toEqual({});
  });
});
