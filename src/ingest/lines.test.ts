import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Line, readLines } from './lines.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-lines-'));
async function lines(content: string | Buffer, max = 1000): Promise<Line[]> {
  const path = join(dir, `f${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(path, content);
  const out: Line[] = [];
  for await (const l of readLines(path, max)) out.push(l);
  return out;
}

describe('readLines', () => {
  it('splits on \\n and \\r\\n, with or without a final newline', async () => {
    expect(await lines('a\r\nbb\nccc')).toEqual([{ number: 1, text: 'a' }, { number: 2, text: 'bb' }, { number: 3, text: 'ccc' }]);
    expect(await lines('a\n\nb\n')).toEqual([{ number: 1, text: 'a' }, { number: 2, text: '' }, { number: 3, text: 'b' }]);
    expect(await lines('')).toEqual([]);
  });

  it('reports a line over the limit by its size and keeps the numbering', async () => {
    expect(await lines(`short\n${'x'.repeat(25)}\nafter\n${'y'.repeat(30)}`, 20)).toEqual([
      { number: 1, text: 'short' },
      { number: 2, tooLong: 25 },
      { number: 3, text: 'after' },
      { number: 4, tooLong: 30 },
    ]);
  });

  it('counts a long line across many read chunks without holding it', async () => {
    const long = 'z'.repeat(3 * 1024 * 1024); // several 64 kB chunks
    expect(await lines(`${long}\nend`, 1024 * 1024)).toEqual([{ number: 1, tooLong: long.length }, { number: 2, text: 'end' }]);
  });

  it('decodes UTF-8 split across chunk boundaries and replaces invalid bytes', async () => {
    const text = 'é'.repeat(70 * 1024); // 140 kB: a 2-byte character straddles a 64 kB boundary
    expect(await lines(text, 1024 * 1024)).toEqual([{ number: 1, text }]);
    expect(await lines(Buffer.from([0x61, 0xff, 0x62, 0x0a]))).toEqual([{ number: 1, text: 'a\ufffdb' }]);
  });
});
