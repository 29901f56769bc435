import { describe, expect, it } from 'vitest';
import { wordCount } from './chrome.js';
import { cleanScrapedText } from './index.js';
import { outletLineKind } from './outlet.js';

const kind = (t: string): string | null => outletLineKind(t, wordCount(t));

describe('outlet boilerplate lines', () => {
  it('recognises prompts, disclosures, policies, cookie notices, ad labels and "more from" lead-ins', () => {
    expect(kind('Sign up for our weekly newsletter and get the best stories in your inbox.')).toBe('newsletter');
    expect(kind('Get breaking news alerts delivered straight to your phone.')).toBe('newsletter');
    expect(kind('We will never share your address. Unsubscribe at any time.')).toBe('newsletter');
    expect(kind('We may earn a commission when you buy through links on this page.')).toBe('disclosure');
    expect(kind('This article contains affiliate links.')).toBe('disclosure');
    expect(kind('We welcome comments that stay on topic and respect other readers.')).toBe('policy');
    expect(kind('Our Standards: how we verify and correct our reporting.')).toBe('policy');
    expect(kind('This website uses cookies to improve your experience.')).toBe('cookies');
    expect(kind('Advertisement: Try the new budget planner')).toBe('ad');
    expect(kind('Story continues below advertisement')).toBe('ad');
    expect(kind('More from the author:')).toBe('more');
    expect(kind('More from Harbour News')).toBe('more');
  });

  it('keeps article sentences about the same subjects', () => {
    expect(kind('Subscribers to the service will pay two euros more a month from June, the company said.')).toBeNull();
    expect(kind('The newsletter, which has 40,000 readers, was first sent in 2019.')).toBeNull();
    expect(kind('Regulators said the retailer may earn commissions it had not disclosed to buyers.')).toBeNull();
    expect(kind('Comments by the minister drew sharp criticism from the opposition.')).toBeNull();
    expect(kind('More than 300 people attended the meeting on Monday.')).toBeNull();
    expect(kind('The ministry said it would use cookies and other trackers less on its own sites.')).toBeNull();
  });

  it('leaves the lines out of the cleaned text', () => {
    const raw = [
      'Harbour Council Approves Ferry Timetable',
      '',
      'Published March 3, 2025',
      '',
      'The harbour council voted on Tuesday to add two evening ferry crossings from April, after months of complaints.',
      '',
      'Sign up for our weekly newsletter and get the best stories in your inbox.',
      '',
      'Operators said they would hire six more deckhands before the summer season begins.',
      '',
      'We welcome comments that stay on topic and respect other readers.',
      '',
    ].join('\n');
    const [part] = cleanScrapedText(raw, { now: new Date('2026-01-01T00:00:00Z') });
    expect(part!.text.split('\n\n')).toEqual([
      'The harbour council voted on Tuesday to add two evening ferry crossings from April, after months of complaints.',
      'Operators said they would hire six more deckhands before the summer season begins.',
    ]);
  });
});
