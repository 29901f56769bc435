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
    expect(kind('Sign up for our quarterly market briefings.')).toBe('newsletter');
    expect(kind('For a daily dose of harbour gossip, sign up for the Quayside newsletter.')).toBe('newsletter');
    expect(kind('Please consider sharing this story with a friend.')).toBe('support');
    expect(kind('Support our journalism')).toBe('support');
    expect(kind('Check price at Example Outfitters')).toBe('sales');
    expect(kind('Book a free consultation with our team today!')).toBe('sales');
  });

  it('keeps article sentences about the same subjects', () => {
    expect(kind('Shoppers who check prices online saved about 8% last year, the survey found.')).toBeNull();
    expect(kind('Sign up for a family pass at the pool for 30 euros a month')).toBeNull();
    expect(kind('Advertising: the council will spend less on posters this year.')).toBeNull();
    expect(kind('I finally decided my newsletter would go out on Sundays, not Mondays.')).toBeNull();
    expect(kind('If you liked the old timetable, the new one will feel familiar, the operator said.')).toBeNull();
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

describe('tail lines addressed to the reader', () => {
  const body = [
    'Harbour Council Approves Ferry Timetable',
    '',
    'Published March 3, 2025',
    '',
    'The harbour council voted on Tuesday to add two evening ferry crossings from April, after months of complaints.',
    '',
    'What do you think of the new crossings? The council asked residents to write in before the vote, its spokesman said.',
    '',
    'Operators said they would hire six more deckhands before the summer season begins.',
    '',
  ];
  it('drops an author bio and a question to the reader at the end, and keeps them in the body', () => {
    const raw = [...body, 'Mira Holt is a freelance reporter covering transport and the islands.', '', 'Ready for more?', ''].join('\n');
    const [part] = cleanScrapedText(raw, { now: new Date('2026-01-01T00:00:00Z') });
    const paras = part!.text.split('\n\n');
    expect(paras.at(-1)).toBe('Operators said they would hire six more deckhands before the summer season begins.');
    expect(paras.some((p) => p.startsWith('What do you think of the new crossings?'))).toBe(true);
  });
  it('keeps a bio-shaped sentence with article text after it', () => {
    const raw = [...body.slice(0, 5), 'Mira Holt is a freelance reporter who first wrote about the crossings in 2019.', '', ...body.slice(5)].join('\n');
    const [part] = cleanScrapedText(raw, { now: new Date('2026-01-01T00:00:00Z') });
    expect(part!.text).toContain('Mira Holt is a freelance reporter');
  });
});

