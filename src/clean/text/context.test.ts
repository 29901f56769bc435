import { describe, expect, it } from 'vitest';
import { readLines } from './index.js';

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
