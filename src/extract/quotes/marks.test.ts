import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from './marks.js';
import { sentenceEnd, sentenceStart, unwrapLines } from './windows.js';

const contents = (text: string): string[] => findQuotedSpans(text).map((s) => text.slice(s.content.start, s.content.end));

describe('findQuotedSpans', () => {
  it('pairs curly double and single marks and leaves apostrophes alone', () => {
    const text = 'Pakistan’s president accuses Taliban of allowing militant ‘safe havens’ and says “they’re failing.”';
    expect(contents(text)).toEqual(['safe havens', 'they’re failing.']);
  });

  it('a plural possessive inside single quotes does not close them', () => {
    const text = '‘The leaders’ summit was a success,’ he said, praising the ‘safe havens’ policy and ‘broad-based government’.';
    expect(contents(text)).toEqual(['The leaders’ summit was a success,', 'safe havens', 'broad-based government']);
  });

  it('pairs straight marks; an inch mark after a digit is not a quote', () => {
    const text = 'Lavrov said both sides agreed to "further facilitate" a deal on a 12" pipe and an "inclusive political dialogue".';
    expect(contents(text)).toEqual(['further facilitate', 'inclusive political dialogue']);
  });

  it("keeps a nested single quote inside the double quote; British style uses single marks", () => {
    const text = '“He told me ‘no’ twice,” she said.\n\n‘We will keep working with our partners,’ the minister said. The leaders’ meeting ended.';
    expect(contents(text)).toEqual(['He told me ‘no’ twice,', 'We will keep working with our partners,']);
  });

  it('joins a quote whose next paragraph reopens with a mark, and flags one left open', () => {
    const text = '“We are working closely.\n\n“We agreed on the pipeline,” he said.\n\nHe said it was “a landmark visit.\n\nThe end.';
    const spans = findQuotedSpans(text);
    expect(spans).toHaveLength(2);
    expect(spans[0]).toMatchObject({ start: 0, closed: true, continued: true });
    expect(text.slice(spans[0]!.content.start, spans[0]!.content.end)).toBe('We are working closely.\n\n“We agreed on the pipeline,');
    expect(spans[1]).toMatchObject({ closed: false, continued: false });
    expect(text.slice(spans[1]!.content.start, spans[1]!.content.end)).toBe('a landmark visit.');
  });
});

describe('unwrapLines', () => {
  it('turns soft line breaks of hard-wrapped text into spaces and keeps paragraph breaks', () => {
    const text =
      'The United Nations says the December 26 Indian Ocean tsunami dumped tons of\nhazardous waste on the shores of Somalia.\n' +
      'A spokesman for the U.N. Environment Program says containers filled with\nnuclear, chemical and medical waste broke apart when they washed ashore, and\n' +
      'have been spread by the weather.\nThe spokesman says there have been reports.';
    const out = unwrapLines(text);
    expect(out.length).toBe(text.length);
    expect(out.split('\n')).toEqual([
      'The United Nations says the December 26 Indian Ocean tsunami dumped tons of hazardous waste on the shores of Somalia.',
      'A spokesman for the U.N. Environment Program says containers filled with nuclear, chemical and medical waste broke apart when they washed ashore, and have been spread by the weather.',
      'The spokesman says there have been reports.',
    ]);
  });

  it('leaves text with one paragraph per line alone', () => {
    const text = 'First paragraph here.\nSecond paragraph here.\nThird one.\nFourth one.';
    expect(unwrapLines(text)).toBe(text);
  });
});

describe('sentence windows', () => {
  it('a full stop followed by a no-break space ends a sentence; "Mr." and "U.S." do not', () => {
    const text = 'CNN aired the video Wednesday.\u00a0 A producer for the U.S. network met Mr. Hunter.';
    const start = text.indexOf('A producer');
    expect(sentenceStart(text, text.indexOf('Hunter'))).toBe(start);
    expect(sentenceEnd(text, start)).toBe(text.length);
  });
});
