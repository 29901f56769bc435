import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../core/errors.js';
import type { RawInput } from '../core/types.js';
import { readInputs, type ReadItem } from './read.js';
import { RECORD_TYPE } from './record.js';

async function collect(specs: string[], stdin?: string): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(specs, stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) })) out.push(item);
  return out;
}

function dir(files: Record<string, string | Uint8Array>): string {
  const d = mkdtempSync(join(tmpdir(), 'dossier-read-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}

const inputs = (items: ReadItem[]): RawInput[] => items.filter((i): i is RawInput => !(i instanceof DossierError));
const errors = (items: ReadItem[]): DossierError[] => items.filter((i): i is DossierError => i instanceof DossierError);

describe('readInputs', () => {
  it('reads a directory in name order, with the content type of each file, gzipped HTML included', async () => {
    const d = dir({
      'b.txt': 'Lavrov met Qureshi on Wednesday.',
      'a.html.gz': gzipSync(Buffer.from('<html><body><p>Hello</p></body></html>')),
      'c.htm': '<!doctype html><p>x</p>',
    });
    const items = inputs(await collect([d]));
    expect(items.map((i) => [i.source.slice(d.length + 1), i.contentType])).toEqual([
      ['a.html.gz', 'text/html'],
      ['b.txt', 'text/plain'],
      ['c.htm', 'text/html'],
    ]);
    expect(new TextDecoder().decode(items[0]!.bytes)).toContain('<p>Hello</p>');
  });

  it('gives each bad input one error naming it, and goes on with the rest', async () => {
    const d = dir({
      'empty.txt': '',
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      'bad.json': '{"text": "unterminated',
      'notext.jsonl': '{"title": "No body"}\n{"text": "Putin called Khan."}\n',
      'good.txt': 'Putin called Khan on Wednesday.',
    });
    const items = await collect([d, join(d, 'missing.txt')]);
    const errs = errors(items).map((e) => [e.input?.slice(d.length + 1), e.code]);
    expect(errs).toEqual([
      ['bad.json', 'E_INPUT_JSON'],
      ['binary.txt', 'E_INPUT_BINARY'],
      ['empty.txt', 'E_INPUT_EMPTY'],
      ['notext.jsonl:1', 'E_INPUT_NO_TEXT'],
      ['missing.txt', 'E_INPUT_UNREADABLE'],
    ]);
    expect(inputs(items).map((i) => i.source.slice(d.length + 1))).toEqual(['good.txt', 'notext.jsonl:2']);
  });

  it('keeps a JSON record verbatim and its fields as metadata', async () => {
    const line = '{"text":"Putin called Khan.","title":"A call","published":"2021-08-25","url":"https://example.org/a","id":7}';
    const d = dir({ 'r.jsonl': line + '\n' });
    const [item] = inputs(await collect([join(d, 'r.jsonl')]));
    expect(item!.contentType).toBe(RECORD_TYPE);
    expect(new TextDecoder().decode(item!.bytes)).toBe(line);
    expect(item!.source).toBe('https://example.org/a');
    expect(item!.meta).toMatchObject({ title: 'A call', published: '2021-08-25', id: '7' });
  });

  it('reads stdin and sniffs HTML', async () => {
    const [item] = inputs(await collect(['-'], '<html><body>hi</body></html>'));
    expect(item).toMatchObject({ source: '-', contentType: 'text/html' });
  });

  it('gives the same content the same hash wherever it comes from', async () => {
    const d = dir({ 'x.txt': 'same words', 'y.txt': 'same words' });
    const [x, y] = inputs(await collect([d]));
    expect(x!.hash).toBe(y!.hash);
  });
});
