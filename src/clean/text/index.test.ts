import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CleanedPart } from '../types.js';
import { cleanScrapedText } from './index.js';

const NOW = new Date('2026-01-01T00:00:00Z');
const seed = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url)), 'utf8');
const SEED = {
  s000: seed('000_2d915ef59ac00f6a.txt'),
  s001: seed('001_906728a748062fee.txt'),
  s002: seed('002_2582ff4afcd3cfad.txt'),
  s003: seed('003_786861bfe34b1664.txt'),
  s004: seed('004_cacf3857156944ce.txt'),
};

/** Every source-map segment points at the raw text it came from (modulo whitespace). */
function expectSourceMapHolds(raw: string, part: CleanedPart): void {
  let covered = 0;
  let prevEnd = 0;
  for (const seg of part.sourceMap) {
    expect(seg.start).toBeGreaterThanOrEqual(prevEnd);
    const fromRaw = raw.slice(seg.rawStart, seg.rawEnd).replace(/\s/g, ' ');
    expect(fromRaw).toBe(part.text.slice(seg.start, seg.end));
    covered += seg.end - seg.start;
    prevEnd = seg.end;
  }
  // Everything but the paragraph breaks is mapped.
  expect(covered).toBe(part.text.replace(/\n\n/g, '').length);
}

const paragraphs = (p: CleanedPart): string[] => p.text.split('\n\n');

describe('seed 000: two articles in one file', () => {
  const parts = cleanScrapedText(SEED.s000, { now: NOW, source: '000.txt' });
  it('splits into two parts with their own headlines', () => {
    expect(parts).toHaveLength(2);
    expect(parts[0]!.title).toBe(
      '‘Much higher, much bigger’: In meeting with Pakistani PM, Putin highlights potential for economic cooperation',
    );
    expect(parts[1]!.title).toBe('Pakistan’s president condemns Kabul blast, accuses Taliban of allowing militant ‘safe havens’');
    for (const p of parts) expect(p.messages.some((m) => m.origin === 'clean:split')).toBe(true);
  });
  it('dates part 1 from its Updated line and leaves part 2 undated ("12 sec ago")', () => {
    expect(parts[0]!.published).toMatchObject({ value: '2023-10-18', evidence: 'text:updated-line', quote: 'Updated 18 October 2023' });
    expect(parts[1]!.published.value).toBeNull();
    expect(parts[1]!.messages.some((m) => m.origin === 'date:relative-no-anchor')).toBe(true);
  });
  it('drops gallery counters, captions, widgets and the repeated headline', () => {
    const t = parts[0]!.text;
    expect(t).not.toMatch(/1 \/ 2|Photo courtesy|Short Url|Updated|Follow|Much higher, much bigger’:/);
    expect(paragraphs(parts[0]!)[0]).toBe(
      'Kakar discusses regional security and connectivity, trade, counter-terrorism, with Putin at Belt and Road Forum',
    );
    expect(paragraphs(parts[0]!)[2]!.startsWith('ISLAMABAD: The potential for economic cooperation')).toBe(true);
    expect(paragraphs(parts[0]!).at(-1)).toBe(
      'Under the BRI, Beijing has pledged over $60 billion for energy, infrastructure and other projects in Pakistan.',
    );
    expect(paragraphs(parts[1]!)[2]!.startsWith('KARACHI: President Asif Ali Zardari on Monday condemned')).toBe(true);
  });
  it('normalises the trailing NBSP of a paragraph but keeps curly quotes', () => {
    const p = paragraphs(parts[0]!).find((x) => x.startsWith('“I think we are the first'))!;
    expect(p.endsWith('counter-terrorism.')).toBe(true);
    expect(p).toContain('“I think');
  });
  it('keeps a source map back into the raw file', () => {
    for (const p of parts) expectSourceMapHolds(SEED.s000, p);
  });
});

describe('seed 001: leading date field', () => {
  const [part, ...rest] = cleanScrapedText(SEED.s001, { now: NOW });
  it('reads the date field and cuts it off the text', () => {
    expect(rest).toHaveLength(0);
    expect(part!.published).toMatchObject({ value: '2023-10-18', evidence: 'text:date-field', quote: 'date 2023-10-18' });
    expect(part!.text.startsWith('Caretaker Prime Minister Anwaarul Haq Kakar met')).toBe(true);
    expect(part!.title).toBeNull();
    expectSourceMapHolds(SEED.s001, part!);
  });
});

describe('seed 002: captions, subheadings, size toggles', () => {
  const [part] = cleanScrapedText(SEED.s002, { now: NOW });
  const paras = paragraphs(part!);
  it('takes the headline, not the widgets above it', () => {
    expect(part!.title).toBe('Russia, Pakistan Agree to Boost Military Cooperation Against Terror, Sea Piracy');
    expect(part!.text).not.toMatch(/Accessibility links|Breaking News/);
  });
  it('keeps subheadings out of the body and out of the next sentence', () => {
    for (const sub of ['Afghan peace', 'US-Taliban deal', 'Gas pipeline']) expect(paras).not.toContain(sub);
    expect(paras).toContain(
      'Lavrov and Qureshi both reported Wednesday that construction by Russia of a 1,100-kilometer gas pipeline will begin soon in Pakistan.',
    );
  });
  it('drops the duplicated captions, FILE captions and XS/SM/MD/LG', () => {
    expect(part!.text).not.toMatch(/via Reuters|April 7, 2021\.|FILE -|\bXS\b|\bLG\b/);
    expect(paras[0]!.startsWith('Russia reaffirmed Wednesday')).toBe(true);
    expect(paras.at(-1)!.endsWith('the Pakistani army chief asserted.')).toBe(true);
  });
  it('falls back on the caption date with low confidence', () => {
    expect(part!.published).toMatchObject({ value: '2021-04-07', evidence: 'caption-date' });
    expect(part!.published.confidence).toBeLessThanOrEqual(0.5);
    expectSourceMapHolds(SEED.s002, part!);
  });
});

describe('seed 003: site header date and teasers', () => {
  const [part] = cleanScrapedText(SEED.s003, { now: NOW });
  it('takes the header date as the capture date, not the publication date', () => {
    expect(part!.captured).toBe('2024-04-16');
    expect(part!.published.value === null || part!.published.confidence <= 0.3).toBe(true);
    expect(part!.messages.some((m) => m.origin === 'date:header-not-article' && m.level === 'info')).toBe(true);
  });
  it('reads the headline and the publisher, and drops teasers and the agency credit', () => {
    expect(part!.title).toBe('Imran Khan extends invitation to Putin, discuss ties on call');
    expect(part!.publisher).toBe('Global Village Space');
    expect(part!.text).not.toMatch(/Read More|Via APP|Welcome to|Tuesday, April 16/);
    expect(paragraphs(part!).at(-1)).toBe(
      'Currently, Pakistan, Russia and China are seen as the frontline of the Eurasian alignment, and with the situation in Afghanistan, this engagement is likely to deepen.',
    );
    expectSourceMapHolds(SEED.s003, part!);
  });
});

describe('seed 004: desk line, no blank lines', () => {
  const [part] = cleanScrapedText(SEED.s004, { now: NOW });
  it('reads the headline and desk, keeps every paragraph', () => {
    expect(part!.title).toBe('Islamabad and Moscow agree to boost ties');
    expect(part!.byline).toBe('News Desk');
    expect(paragraphs(part!)).toHaveLength(9);
    expect(part!.text.startsWith('Pakistan and Russian have agreed')).toBe(true);
    expect(part!.published.value).toBeNull();
    expectSourceMapHolds(SEED.s004, part!);
  });
});

describe('general cases', () => {
  it('keeps a short real sentence and drops a menu around the article', () => {
    const raw = [
      'Home',
      'World',
      'Business',
      'Sport',
      '',
      'Minister resigns after audit',
      '',
      'By Jane Smith',
      '',
      'The finance minister resigned on Friday after an audit found irregularities in the budget.',
      '',
      'He declined to comment.',
    ].join('\n');
    const [part] = cleanScrapedText(raw, { now: NOW });
    expect(part!.title).toBe('Minister resigns after audit');
    expect(part!.byline).toBe('Jane Smith');
    expect(paragraphs(part!)).toEqual([
      'The finance minister resigned on Friday after an audit found irregularities in the budget.',
      'He declined to comment.',
    ]);
  });
  it('returns [] when nothing is left', () => {
    expect(cleanScrapedText('Accessibility links\n\nShort Url\nFollow\n1 / 2\n', { now: NOW })).toEqual([]);
    expect(cleanScrapedText('', { now: NOW })).toEqual([]);
  });
  it('rejects a publication date later than now', () => {
    const raw = 'Talks end in Doha\nPublished 3 March 2027\n\nThe talks ended without an agreement on Sunday.';
    const [part] = cleanScrapedText(raw, { now: NOW });
    expect(part!.published.value).toBeNull();
    expect(part!.messages.some((m) => m.origin === 'date:future')).toBe(true);
  });
  it('uses a dateline and points its span into the text', () => {
    const raw = 'KARACHI, October 18, 2023: President Zardari condemned the blast in Kabul.';
    const [part] = cleanScrapedText(raw, { now: NOW });
    expect(part!.published).toMatchObject({ value: '2023-10-18', evidence: 'dateline' });
    const span = part!.published.span!;
    expect(part!.text.slice(span.start, span.end)).toBe('October 18, 2023');
  });
  it('cuts a header timestamp glued to a wire lead and keeps it in meta', () => {
    const raw =
      'Militias agree to talks in Tripoli\n\n' +
      'TRIPOLI | Wed Apr 13, 2016 9:12am EDT TRIPOLI, Libya (Reuters) - Militia leaders said on Wednesday they would join talks.\n\n' +
      'The talks are due to start next week.';
    const [part] = cleanScrapedText(raw, { now: NOW });
    expect(part!.text.startsWith('Militia leaders said on Wednesday')).toBe(true);
    expect(part!.text).not.toContain('EDT');
    expect(part!.meta).toEqual({ dateline: { place: 'TRIPOLI, Libya', agency: 'Reuters', timestamp: 'Wed Apr 13, 2016 9:12am EDT' } });
    expect(part!.published).toMatchObject({ value: '2016-04-13', evidence: 'dateline', span: null });
    for (const seg of part!.sourceMap) {
      expect(raw.slice(seg.rawStart, seg.rawEnd).replace(/\s/g, ' ')).toBe(part!.text.slice(seg.start, seg.end));
    }
  });
  it('prefers a published line over the dateline timestamp', () => {
    const raw =
      'Militias agree to talks in Tripoli\nPublished 14 April 2016\n\n' +
      'TRIPOLI | Wed Apr 13, 2016 9:12am EDT TRIPOLI, Libya (Reuters) - Militia leaders said on Wednesday they would join talks.';
    const [part] = cleanScrapedText(raw, { now: NOW });
    expect(part!.published).toMatchObject({ value: '2016-04-14', evidence: 'text:published-line' });
    expect(part!.text.startsWith('Militia leaders')).toBe(true);
  });
  it('keeps a plain wire dateline in the text and its parts in meta', () => {
    const raw = 'NAIROBI, Kenya (AP) — Police fired tear gas at protesters on Tuesday.';
    const [part] = cleanScrapedText(raw, { now: NOW });
    expect(part!.text).toBe(raw);
    expect(part!.meta).toEqual({ dateline: { place: 'NAIROBI, Kenya', agency: 'AP', timestamp: null } });
    const dated = cleanScrapedText('LIMA, 3 May 2021 (AFP) - The court ruled on the appeal.', { now: NOW })[0]!;
    expect(dated.published).toMatchObject({ value: '2021-05-03', evidence: 'dateline' });
    expect(dated.text.slice(dated.published.span!.start, dated.published.span!.end)).toBe('3 May 2021');
  });
  it('splits two articles joined by a scraper, by structure', () => {
    const raw = [
      'Pakistan and Russia sign gas pipeline deal',
      'Published 12 March 2024',
      '',
      'Pakistan and Russia signed an agreement on Tuesday to build a gas pipeline from Karachi to Lahore.',
      '',
      'Putin invites Sharif to Moscow summit',
      'By Tom Hussain',
      '',
      'Russian President Vladimir Putin invited Prime Minister Shehbaz Sharif to a summit in Moscow next month.',
    ].join('\n');
    const parts = cleanScrapedText(raw, { now: NOW });
    expect(parts.map((p) => p.title)).toEqual(['Pakistan and Russia sign gas pipeline deal', 'Putin invites Sharif to Moscow summit']);
    expect(parts[0]!.published.value).toBe('2024-03-12');
    expect(parts[1]!.published.value).toBeNull();
    expect(parts[1]!.byline).toBe('Tom Hussain');
    for (const p of parts) expectSourceMapHolds(raw, p);
  });
  it('does not split at a subheading followed by more text', () => {
    const raw = [
      'Lavrov visits Islamabad',
      'Updated 7 April 2021',
      '',
      'Russia will supply Pakistan with military hardware, its foreign minister said on Wednesday.',
      '',
      'Gas pipeline',
      '',
      'Construction of a 1,100-kilometer gas pipeline will begin soon, both ministers said.',
    ].join('\n');
    const parts = cleanScrapedText(raw, { now: NOW });
    expect(parts).toHaveLength(1);
    expect(paragraphs(parts[0]!)).toHaveLength(2);
  });
});

describe('weak date evidence', () => {
  it('uses a date line below the first paragraph when the header has none, with low confidence', () => {
    const raw = [
      'Talks end in Doha',
      '',
      'The talks ended without an agreement on Sunday.',
      '',
      '14 March 2024',
      '',
      'Both delegations left the city on Monday.',
    ].join('\n');
    const [part] = cleanScrapedText(raw, { now: NOW });
    expect(part!.published).toMatchObject({ value: '2024-03-14', evidence: 'text:late-date-line' });
    expect(part!.published.confidence).toBeLessThanOrEqual(0.5);
    expect(part!.text).not.toContain('14 March 2024');
  });
});

describe('wire and newspaper layouts', () => {
  it('ends a wire story at its reporting credit and reads the byline', () => {
    const raw = [
      'Pakistan, Russia sign deal on gas pipeline',
      '',
      'By Asif Shahzad',
      '',
      '3 minute read',
      '',
      'ISLAMABAD, July 5 (Reuters) - Pakistan and Russia signed an agreement on Friday to build a gas pipeline.',
      '',
      '"This is a landmark," the minister said.',
      '',
      'Reporting by Asif Shahzad; Editing by Mark Heinrich',
      '',
      'Our Standards: The Thomson Reuters Trust Principles.',
    ].join('\n');
    const [part] = cleanScrapedText(raw, { now: NOW });
    expect(part!.byline).toBe('Asif Shahzad');
    expect(paragraphs(part!)).toEqual([
      'ISLAMABAD, July 5 (Reuters) - Pakistan and Russia signed an agreement on Friday to build a gas pipeline.',
      '"This is a landmark," the minister said.',
    ]);
    // "July 5" names no year: no date.
    expect(part!.published.value).toBeNull();
  });
  it('reads an author line above the date line and the Published line', () => {
    const raw = [
      'Pakistan, Russia agree to enhance cooperation',
      'Baqir Sajjad Syed',
      'Published April 8, 2021',
      'Updated about 5 hours ago',
      'Facebook Count',
      'WhatsApp',
      'Foreign Minister Shah Mahmood Qureshi and his Russian counterpart Sergey Lavrov agreed on Wednesday to enhance cooperation.',
    ].join('\n');
    const [part] = cleanScrapedText(raw, { now: NOW });
    expect(part!.title).toBe('Pakistan, Russia agree to enhance cooperation');
    expect(part!.byline).toBe('Baqir Sajjad Syed');
    expect(part!.published).toMatchObject({ value: '2021-04-08', evidence: 'text:published-line' });
    expect(paragraphs(part!)).toHaveLength(1);
  });
});
