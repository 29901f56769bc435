import { describe, expect, it } from 'vitest';
import { cleanScrapedText, readLines } from './index.js';

const NOW = new Date('2026-01-01T00:00:00Z');

const kinds = (raw: string): string[] => readLines(raw).map((l) => `${l.kind}:${l.text.slice(0, 20)}`);

describe('markRepeats', () => {
  it('drops both copies of a caption printed twice', () => {
    const raw = [
      "Russia's Foreign Minister Sergey Lavrov, April 7, 2021.",
      "Russia's Foreign Minister Sergey Lavrov, April 7, 2021.",
      '',
      'The chief Russian diplomat last visited Pakistan in 2012.',
    ].join('\n');
    expect(kinds(raw)).toEqual(["caption:Russia's Foreign Min", "caption:Russia's Foreign Min", 'body:The chief Russian di']);
  });
  it('keeps one copy of a long paragraph printed twice', () => {
    const para =
      'Pakistan subsequently closed its border and suspended bilateral and transit trade with Afghanistan, a move that led to a 17% drop in cross-border attacks, according to the Center for Research and Security Studies.';
    expect(kinds(`${para}\n\n${para}`)).toEqual(['body:Pakistan subsequentl', 'chrome:Pakistan subsequentl']);
  });
});

describe('markMenus', () => {
  it('drops a run of one-word lines but keeps a lone subheading between paragraphs', () => {
    const raw = [
      'Moscow maintains contacts with the Afghan government.',
      '',
      'Gas pipeline',
      '',
      'Lavrov and Qureshi both reported Wednesday that construction will begin soon.',
      '',
      'XS',
      'SM',
      'MD',
      'LG',
    ].join('\n');
    expect(readLines(raw).map((l) => l.kind)).toEqual(['body', 'heading', 'body', 'chrome', 'chrome', 'chrome', 'chrome']);
  });
  it('drops a menu of short items even with blank lines between them', () => {
    const raw = 'Home\n\nPakistan\n\nWorld\n\nSport\n\nKakar met Putin in Beijing on Tuesday.';
    expect(readLines(raw).map((l) => l.kind)).toEqual(['chrome', 'chrome', 'chrome', 'chrome', 'body']);
  });
});

describe('markLists', () => {
  it('keeps the items under a lead-in ending in a colon', () => {
    const raw = [
      'The Doobie Brothers 50th Anniversary Tour 2020 dates:',
      'June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL',
      'June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL',
    ].join('\n');
    expect(readLines(raw).map((l) => l.kind)).toEqual(['body', 'bullet', 'bullet']);
  });
});

describe('markStrayHeadlines', () => {
  const para1 = 'The harbour council voted on Tuesday to add two evening ferry crossings from April, after months of complaints.';
  const para2 = 'Operators said they would hire six more deckhands before the summer season begins, the council said.';
  const label = (raw: string, text: string) => readLines(raw).find((l) => l.text === text);

  it('drops a sentence-case headline of another story standing between two paragraphs', () => {
    const stray = 'Fishermen protest quota cuts outside parliament in the capital on Monday';
    const l = label([para1, '', stray, '', para2].join('\n'), stray)!;
    expect(l.kind).toBe('heading');
    expect(l.label).toBe('other-story');
    const text = cleanScrapedText([para1, '', stray, '', para2].join('\n'), { now: NOW })[0]!.text;
    expect(text).not.toContain('Fishermen');
    expect(text).toContain('deckhands');
  });

  it('drops a Title Case question that shares nothing with its neighbours', () => {
    const stray = 'Will Rail Fares Rise Again This Winter?';
    expect(label([para1, '', stray, '', para2].join('\n'), stray)!.kind).toBe('heading');
  });

  it('keeps a line that introduces the next paragraph (it shares its words)', () => {
    const sub = 'More crew for the ferry operators before the busy summer months';
    const l = label([para1, '', sub, '', para2].join('\n'), sub)!;
    expect(l.kind).toBe('body');
    const question = 'Who Will Crew The Evening Boats?';
    const next = 'Operators said the evening boats would need six more deckhands before the summer season begins.';
    expect(label([para1, '', question, '', next].join('\n'), question)!.kind).toBe('body');
  });

  it('keeps a sentence that only lost its period, and a line of links', () => {
    const long =
      'The operators also said that the two new crossings would need a second boat which the council has not yet agreed to lease';
    expect(label([para1, '', long, '', para2].join('\n'), long)!.kind).toBe('body');
    const last = 'Tickets go on sale at the harbour office next week';
    expect(label([para1, '', para2, '', last].join('\n'), last)!.kind).toBe('body');
  });
});
