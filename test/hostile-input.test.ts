/**
 * Hostile and broken inputs at ingest, each in a batch with a good file: the good file is
 * stored, and the batch reports exactly one line naming the bad input and its problem.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline as pump } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip, gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestSummary } from '../src/app/ingest.js';
import { defaultPipeline } from '../src/app/pipeline.js';
import type { Pipeline } from '../src/core/stage.js';
import { MAX_DECOMPRESSED_BYTES } from '../src/ingest/read.js';
import { SqliteStore } from '../src/store/sqlite.js';

const GOOD =
  '<html><head><title>Bridge reopens</title></head><body><article><p>The river bridge reopened to traffic on Tuesday after three months of repairs, city officials said.</p>' +
  '<p>Engineers replaced the deck and two of the supporting cables, and the speed limit stays at thirty until the spring.</p></article></body></html>';
const PROSE = 'The harbour authority said on Friday that the new pier would open next spring, after a year of delays caused by storms. ';

let dir: string;
let pipeline: Pipeline;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
  writeFileSync(join(dir, 'good.html'), GOOD);
  pipeline = defaultPipeline();
});

async function articles(store: SqliteStore) {
  const all = [];
  for await (const a of store.articles()) all.push(a);
  return all;
}

async function batch(...specs: string[]): Promise<{ summary: IngestSummary; store: SqliteStore; ms: number }> {
  const store = new SqliteStore(':memory:');
  const t0 = performance.now();
  const summary = await ingest(specs, { store, pipeline, corpus: false });
  return { summary, store, ms: performance.now() - t0 };
}

/** The batch stored the good file and gave one failure line for `bad`, with this code. */
async function expectOneFailure(bad: string, code: string, message: RegExp): Promise<IngestSummary> {
  const { summary, store } = await batch(bad, join(dir, 'good.html'));
  expect(summary.documents, 'the good file is stored').toBe(1);
  expect((await articles(store)).map((a) => a.title)).toEqual(['Bridge reopens']);
  expect(summary.failed, JSON.stringify(summary.failed)).toHaveLength(1);
  expect(summary.failed[0]!.input).toBe(bad);
  expect(summary.failed[0]!.code).toBe(code);
  expect(summary.failed[0]!.message).toMatch(message);
  await store.close();
  return summary;
}

describe('compressed input', () => {
  it(`a gzip bomb (.html.gz of 2 GiB of zeros) stops at the ${MAX_DECOMPRESSED_BYTES / 2 ** 20} MB cap`, async () => {
    // 64 MiB of zeros streamed through createGzip, that member repeated 32 times: a valid
    // multi-member gzip file of ~2 MB that inflates to 2 GiB.
    const member = join(dir, 'member.gz');
    const zeros = Buffer.alloc(1024 * 1024);
    await pump(Readable.from((function* () { for (let i = 0; i < 64; i++) yield zeros; })()), createGzip({ level: 9 }), createWriteStream(member));
    const one = (await import('node:fs')).readFileSync(member);
    expect(gunzipSync(one).length).toBe(64 * 2 ** 20);
    const bomb = join(dir, 'bomb.html.gz');
    writeFileSync(bomb, Buffer.concat(Array(32).fill(one)));
    const rssBefore = process.memoryUsage().rss;
    const s = await expectOneFailure(bomb, 'E_INPUT_TOO_LARGE', /decompresses to more than the 64 MB limit \(a gzip bomb\?\)/);
    expect(s.failed[0]!.message).toContain('nothing of it was ingested');
    // The cap bounds memory: far below the 2 GiB the file inflates to.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(400 * 2 ** 20);
  });

  it('a truncated .gz is one line, not a parser crash', async () => {
    const gz = gzipSync(Buffer.from(GOOD.replace('Bridge', 'Tunnel')));
    const path = join(dir, 'truncated.html.gz');
    writeFileSync(path, gz.subarray(0, gz.length >> 1));
    await expectOneFailure(path, 'E_INPUT_BINARY', /^is a corrupt or truncated gzip file \(unexpected end of file\)/);
  });

  it('a .gz that is not gzip at all says so', async () => {
    const path = join(dir, 'renamed.html.gz');
    writeFileSync(path, '<p>plain text in a file named .gz</p>');
    await expectOneFailure(path, 'E_INPUT_BINARY', /is named \.gz but is not gzip data/);
  });

  it('a gzip holding binary data is refused as binary', async () => {
    const path = join(dir, 'inner-binary.html.gz');
    const noise = Buffer.alloc(4000);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 256;
    writeFileSync(path, gzipSync(noise));
    await expectOneFailure(path, 'E_INPUT_BINARY', /looks like binary data/);
  });
});

describe('bytes that are not UTF-8 text', () => {
  it('binary data', async () => {
    const path = join(dir, 'photo.txt');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    await expectOneFailure(path, 'E_INPUT_BINARY', /looks like binary data, not text/);
  });

  it('invalid UTF-8 is read with replacement characters, not refused, not a crash', async () => {
    const path = join(dir, 'bad-utf8.txt');
    writeFileSync(path, Buffer.concat([Buffer.from(PROSE), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]), Buffer.from(' The mayor welcomed the news on Saturday.')]));
    const { summary, store } = await batch(path, join(dir, 'good.html'));
    expect(summary.failed).toEqual([]);
    expect(summary.documents).toBe(2);
    const texts = (await articles(store)).map((a) => a.text).join('\n');
    expect(texts).toContain('new pier would open next spring');
    expect(texts).toContain('The mayor welcomed the news');
    await store.close();
  });

  for (const [order, encoding] of [['little-endian', 'utf-16le'], ['big-endian', 'utf-16be']] as const) {
    it(`UTF-16 ${order} without a BOM is decoded, not refused as binary`, async () => {
      const path = join(dir, `utf16-${order}.txt`);
      const text = Buffer.from(PROSE.repeat(3), 'utf16le');
      if (encoding === 'utf-16be') text.swap16();
      writeFileSync(path, text);
      const { summary, store } = await batch(path, join(dir, 'good.html'));
      expect(summary.failed).toEqual([]);
      const stored = (await articles(store)).find((a) => a.text.includes('harbour authority'));
      expect(stored?.text.startsWith('The harbour authority said on Friday')).toBe(true);
      await store.close();
    });
  }
});

describe('HTML with no element', () => {
  it('a .html file holding only a comment or a bare word is one coded line (was a TypeError from the DOM)', async () => {
    for (const [name, body] of [['comment.html', '<!-- nothing here -->'], ['word.html', 'placeholder']]) {
      const path = join(dir, name);
      writeFileSync(path, body);
      await expectOneFailure(path, 'E_INPUT_NO_ARTICLE', /holds no article text/);
    }
  });
});

describe('paths', () => {
  it('a missing file says "no such file", not only ENOENT', async () => {
    await expectOneFailure(join(dir, 'not-there.txt'), 'E_INPUT_UNREADABLE', /^cannot read: no such file or folder \(ENOENT\)$/);
  });

  it('a symbolic link loop named directly', async () => {
    const a = join(dir, 'loop-a.txt');
    symlinkSync(join(dir, 'loop-b.txt'), a);
    symlinkSync(a, join(dir, 'loop-b.txt'));
    await expectOneFailure(a, 'E_INPUT_UNREADABLE', /a symbolic link that loops .*\(ELOOP\)/);
  });

  it('a folder with a link back up, a link loop and a link to a file: each file once, the loop named', async () => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'sub'), { recursive: true });
    writeFileSync(join(tree, 'sub', 'a.txt'), PROSE);
    symlinkSync('..', join(tree, 'sub', 'up')); // sub/up -> tree: a cycle
    symlinkSync('self', join(tree, 'self')); // points at itself
    symlinkSync(join(dir, 'good.html'), join(tree, 'linked.html'));
    const { summary, store } = await batch(tree);
    expect(summary.documents).toBe(2);
    expect(summary.failed.map((f) => [f.input, f.code])).toEqual([[join(tree, 'self'), 'E_INPUT_UNREADABLE']]);
    expect(summary.failed[0]!.message).toContain('loops');
    await store.close();
  });

  it('odd file names: spaces, non-Latin letters, a leading dash', async () => {
    const odd = join(dir, 'odd');
    mkdirSync(odd);
    const names = ['notes with spaces.txt', 'доклад-été-報告.txt', '-starts-with-dash.txt'];
    names.forEach((n, i) => writeFileSync(join(odd, n), `${PROSE} Item ${i + 1} of the list was approved by the committee on Monday.`));
    const { summary, store } = await batch(odd, join(odd, '-starts-with-dash.txt'));
    expect(summary.failed).toEqual([]);
    expect(summary.documents).toBe(3);
    expect(summary.skipped).toBe(1); // the dash file named twice: stored once
    const sources = (await articles(store)).map((a) => a.source).sort();
    expect(sources).toEqual(names.map((n) => join(odd, n)).sort());
    await store.close();
  });
});
