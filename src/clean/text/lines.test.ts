import { describe, expect, it } from 'vitest';
import { dropPrefix, joinLines, normaliseRange, physicalLines } from './lines.js';

describe('normaliseRange', () => {
  it('trims, turns NBSP into a space and keeps raw offsets', () => {
    const raw = 'x\n  Kakar said.\u00A0 \ny';
    const pieces = normaliseRange(raw, 2, raw.length - 2);
    // "Kakar said." then NBSP -> " ", the trailing space is trimmed.
    expect(pieces.map((p) => p.text).join('')).toBe('Kakar said.');
    expect(raw.slice(pieces[0]!.rawStart, pieces[0]!.rawEnd)).toBe('Kakar said.');
  });
  it('collapses a run of spaces into one and splits the piece there', () => {
    const raw = 'Read More:\u00A0 How do Russia';
    const pieces = normaliseRange(raw, 0, raw.length);
    expect(pieces.map((p) => p.text).join('')).toBe('Read More: How do Russia');
    for (const p of pieces) expect(raw.slice(p.rawStart, p.rawEnd).replace(/\s/g, ' ')).toBe(p.text);
  });
  it('drops zero-width characters', () => {
    const raw = 'Putin\u200B met Kakar';
    expect(normaliseRange(raw, 0, raw.length).map((p) => p.text).join('')).toBe('Putin met Kakar');
  });
});

describe('physicalLines', () => {
  it('handles \\r\\n and cuts list markers off', () => {
    const lines = physicalLines('Title\r\n\r\n  • Says energy deficient Pakistan\r\n');
    expect(lines.map((l) => l.text)).toEqual(['Title', '', 'Says energy deficient Pakistan', '']);
    expect(lines[2]!.bullet).toBe(true);
    expect(lines[2]!.pieces[0]!.rawStart).toBe('Title\r\n\r\n  • '.length);
  });
  it('dropPrefix cuts a field off the start', () => {
    const [line] = physicalLines(' date 2023-10-18 Caretaker Prime Minister');
    const rest = dropPrefix(line!.pieces, 'date 2023-10-18 '.length);
    expect(rest.map((p) => p.text).join('')).toBe('Caretaker Prime Minister');
    expect(rest[0]!.rawStart).toBe(17);
  });
});

describe('joinLines', () => {
  it('joins newswire lines hard-wrapped at ~80 columns, also before a capital', () => {
    const raw = [
      'Japan has pledged $17 billion in development aid to other Asian countries for',
      'infrastructure projects that will help boost growth.',
      '',
      'Speaking Saturday to the World Economic Forum in Davos, Switzerland, Japanese',
      'Prime Minister Taro Aso also repeated a pledge to lend $100 billion to the',
      'International Monetary Fund.',
    ].join('\n');
    const joined = joinLines(physicalLines(raw));
    expect(joined.map((l) => l.text)).toEqual([
      'Japan has pledged $17 billion in development aid to other Asian countries for infrastructure projects that will help boost growth.',
      'Speaking Saturday to the World Economic Forum in Davos, Switzerland, Japanese Prime Minister Taro Aso also repeated a pledge to lend $100 billion to the International Monetary Fund.',
    ]);
    expect(joined[1]!.blankBefore).toBe(true);
  });
  it('does not join a list of headlines or a headline and its desk line', () => {
    const raw = 'Islamabad and Moscow agree to boost ties\nNews Desk:\nPakistan and Russian have agreed to boost bilateral ties.';
    expect(joinLines(physicalLines(raw)).map((l) => l.text)).toEqual([
      'Islamabad and Moscow agree to boost ties',
      'News Desk:',
      'Pakistan and Russian have agreed to boost bilateral ties.',
    ]);
    const menu = 'World\nBusiness\nSport\nOpinion';
    expect(joinLines(physicalLines(menu))).toHaveLength(4);
  });
  it('does not join sentence-final lines', () => {
    const raw = 'Kakar arrived in Beijing on Monday.\nHe met Putin on Tuesday.';
    expect(joinLines(physicalLines(raw))).toHaveLength(2);
  });
});

describe('a "--" dash broken by the wrap', () => {
  it('joins "... homes -" and "- shanties ..." instead of starting a list item', () => {
    const raw = 'The storm flattened dozens of small houses near the river and the old mill -\n- most of them built of wood -- before dawn on Sunday.\n';
    const joined = joinLines(physicalLines(raw));
    expect(joined).toHaveLength(1);
    expect(joined[0]!.bullet).toBe(false);
    expect(joined[0]!.text).toContain('mill - - most of them');
  });
  it('still reads "- item" lines as a list', () => {
    const joined = joinLines(physicalLines('Supplies sent:\n- blankets\n- water tanks\n'));
    expect(joined.filter((l) => l.bullet).map((l) => l.text)).toEqual(['blankets', 'water tanks']);
  });
});
