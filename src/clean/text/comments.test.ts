import { describe, expect, it } from 'vitest';
import { commentFurniture, isCommentHeaderLine, isCommentsHeader } from './comments.js';
import { cleanScrapedText } from './index.js';

const NOW = new Date('2026-01-01T00:00:00Z');

const ARTICLE = [
  'Harbour Council Approves Ferry Timetable',
  '',
  'Published March 3, 2025',
  '',
  'The harbour council voted on Tuesday to add two evening ferry crossings from April, after months of complaints from commuters about crowded boats.',
  '',
  'The new timetable will cost the council about 400,000 euros a year, its finance officer told the meeting.',
  '',
  'Operators said they would hire six more deckhands before the summer season begins.',
  '',
].join('\n');

const THREAD = [
  '3 Comments',
  '',
  'Marta K',
  '2 hours ago',
  '',
  'Finally. I have stood on that deck every night since January.',
  '',
  'Reply',
  '5',
  '',
  'Olaf',
  '1 hour ago',
  '',
  'Who is going to pay for the deckhands though? Not the council, I bet.',
  '',
  'Reply',
  'Report abuse',
  '',
  'Tomas Ek',
  '45 minutes ago',
  '',
  'Good news for the island.',
  '',
  'Reply',
  '',
].join('\n');

describe('comment furniture lines', () => {
  it('recognises buttons, times and counts, and comments headers', () => {
    for (const t of ['Reply', 'Reply to Marta K', 'Report abuse', 'Expand full comment', '2 replies']) expect(commentFurniture(t)).not.toBeNull();
    for (const t of ['6 months ago', '2h', '6dEdited', 'March 3, 2021 at 4:15 pm', '12/03/2024 16:05']) expect(commentFurniture(t)).toBe('time');
    expect(commentFurniture('147 more comments...')).toBe('more');
    expect(commentFurniture('Report As Abusive')).toBe('button');
    expect(commentFurniture('Tue Apr 8, 2014 9:05pm EDT')).toBe('time');
    expect(commentFurniture('harbourwatcher wrote:')).toBe('count');
    expect(commentFurniture('The council replied in a letter.')).toBeNull();
    for (const t of ['12 Comments', 'Discussion about this post', 'Join the conversation', 'Comments (4)', '5 thoughts on “Ferry timetable”']) {
      expect(isCommentsHeader(t)).toBe(true);
    }
    expect(isCommentsHeader('Comments from the minister were not available.')).toBe(false);
  });
});

describe('comment threads in scraped text', () => {
  it('cuts a thread from its header, keeps the article and keeps the comments in meta', () => {
    const raw = ARTICLE + '\n' + THREAD + '\nMore stories\n\nCity Opens New Library Branch\n';
    const [part] = cleanScrapedText(raw, { now: NOW });
    expect(part).toBeDefined();
    const paras = part!.text.split('\n\n');
    expect(paras.at(-1)).toBe('Operators said they would hire six more deckhands before the summer season begins.');
    expect(part!.text).not.toMatch(/deck every night|Who is going to pay|Reply|2 hours ago|Library/);
    const note = part!.meta?.comments as { text: string; lines: number } | undefined;
    expect(note?.text).toContain('Who is going to pay for the deckhands though?');
    expect(note?.text.split('\n')[0]).toBe('3 Comments');
    expect(part!.messages.some((m) => m.origin === 'text:comments-cut')).toBe(true);
    for (const seg of part!.sourceMap) expect(raw.slice(seg.rawStart, seg.rawEnd).replace(/\s/g, ' ')).toBe(part!.text.slice(seg.start, seg.end));
  });

  it('recognises a thread without a header by its repeated name / text / Reply blocks', () => {
    const blocks = ['Ines', '', 'Loved this recipe, thank you!', '', 'Reply', '', 'Bram', '', 'Can it be frozen?', '', 'Reply', ''].join('\n');
    const [part] = cleanScrapedText(ARTICLE + '\n' + blocks, { now: NOW });
    expect(part!.text).not.toMatch(/Loved this recipe|Can it be frozen|Reply/);
    expect(part!.text).toContain('Operators said they would hire six more deckhands');
  });

  it('cuts an older wire site thread: "X wrote:", a time stamp, "Report As Abusive"', () => {
    const thread = [
      'Comments (2)',
      'harbourwatcher wrote:',
      'Two crossings will not be enough by July, mark my words.',
      'Apr 08, 2014 9:05pm EDT',
      'Report As Abusive',
      'islander_71 wrote:',
      'About time somebody listened.',
      'Apr 08, 2014 9:40pm EDT',
      'Report As Abusive',
      '',
    ].join('\n');
    const [part] = cleanScrapedText(ARTICLE + '\n' + thread, { now: NOW });
    expect(part!.text).not.toMatch(/mark my words|About time somebody|Abusive|wrote:/);
    expect(part!.text).toContain('Operators said they would hire six more deckhands');
    expect((part!.meta?.comments as { text: string }).text).toContain('About time somebody listened.');
  });

  it('keeps quotes introduced by "X said:" in an article', () => {
    const body = [
      'The mayor said:',
      '',
      'We have listened to the commuters and we will add more boats if they are needed.',
      '',
      'The operator said:',
      '',
      'Our crews are ready for the new timetable.',
      '',
    ].join('\n');
    const [part] = cleanScrapedText(ARTICLE + '\n' + body, { now: NOW });
    expect(part!.text).toContain('Our crews are ready for the new timetable.');
  });

  it('keeps a live blog whose entries carry only times', () => {
    const live = [
      '2 hours ago',
      '',
      'The first evening ferry left the harbour on time with about 80 passengers on board.',
      '',
      '1 hour ago',
      '',
      'A second crossing was delayed by fog, the operator said in a statement.',
      '',
    ].join('\n');
    const [part] = cleanScrapedText(ARTICLE + '\n' + live, { now: NOW });
    expect(part!.text).toContain('A second crossing was delayed by fog');
    expect(part!.meta?.comments).toBeUndefined();
  });

  it('keeps numbered footnotes (bare numbers are no comment furniture on their own)', () => {
    const notes = ['Notes', '', '1', '', 'Council minutes, 3 March 2025, item 4.', '', '2', '', 'Figures from the operator’s annual report.', ''].join('\n');
    const [part] = cleanScrapedText(ARTICLE + '\n' + notes, { now: NOW });
    expect(part!.text).toContain('Figures from the operator’s annual report.');
  });

  it('cuts a forum thread whose comments open with a one-line header (title, score or time, author)', () => {
    const thread = [
      'Two crossings is not enough (Score:4, Insightful) by harbourwatcher ( 81234 ) on Wednesday March 04, 2025 @07:15AM (#6601)',
      '',
      'The boats were full at six every evening last winter, and the new timetable still stops at nine.',
      '',
      'Re: Two crossings is not enough (Score:2) by islander_71 ( 5521 )',
      '',
      'They will add more when the deckhands are hired, as the article says.',
      '',
      'Who pays? by ferry_skeptic on Wednesday March 04, 2025 @08:02AM',
      '',
      'Somebody has to pay the extra 400,000 euros and it will be us.',
      '',
    ].join('\n');
    const [part] = cleanScrapedText(ARTICLE + '\n' + thread, { now: NOW });
    expect(part!.text).not.toMatch(/Score|full at six|as the article says|Somebody has to pay/);
    expect(part!.text.split('\n\n').at(-1)).toBe('Operators said they would hire six more deckhands before the summer season begins.');
    expect((part!.meta?.comments as { text: string }).text).toContain('Re: Two crossings is not enough');
  });

  it('cuts a blog thread whose comments open with "Name says: <date> at <time>"', () => {
    const thread = [
      'Ines Vidal says: March 4, 2025 at 7:15 am',
      '',
      'Will the evening boats take bicycles as well?',
      '',
      'bram_k on March 4, 2025 at 8:02 am said:',
      '',
      'They did last summer, so probably yes.',
      '',
    ].join('\n');
    const [part] = cleanScrapedText(ARTICLE + '\n' + thread, { now: NOW });
    expect(part!.text).not.toMatch(/bicycles|last summer|says:/);
    expect(part!.text).toContain('Operators said they would hire six more deckhands');
  });

  it('tells a comment header line from a byline or a sentence', () => {
    expect(isCommentHeaderLine('Nice idea (Score:3) by ferryfan ( 123456 )')).toBe(true);
    expect(isCommentHeaderLine('Re: the new timetable by Marta on Tuesday March 4, 2025 @09:12AM')).toBe(true);
    expect(isCommentHeaderLine('What about the islands by olaf42, 3 hours ago')).toBe(true);
    expect(isCommentHeaderLine('Ines Vidal says: March 3, 2025 at 4:15 pm')).toBe(true);
    expect(isCommentHeaderLine('bram_k on 03/03/2025 at 16:15 said:')).toBe(true);
    expect(isCommentHeaderLine('Updated on March 3, 2025 at 4:15 pm')).toBe(false);
    expect(isCommentHeaderLine('The council met on March 3, 2025 at 4:15 pm')).toBe(false);
    expect(isCommentHeaderLine('Ana Moreau | March 3, 2025 16:15')).toBe(false);
    expect(isCommentHeaderLine('Written by Ana Moreau on July 27, 2017 at 10:15')).toBe(false);
    expect(isCommentHeaderLine('The timetable was approved by the council on March 4, 2025.')).toBe(false);
    expect(isCommentHeaderLine('The mayor was re-elected by a wide margin on Sunday')).toBe(false);
  });

  it('keeps an article with a single line that looks like a header', () => {
    const one = ['Ferry plan explained by the harbour master on March 4, 2025 at 10:00', '', 'She said the crews would be ready by April and the boats had passed inspection.', ''].join('\n');
    const [part] = cleanScrapedText(ARTICLE + '\n' + one, { now: NOW });
    expect(part!.text).toContain('She said the crews would be ready by April');
  });
});
