import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DossierError } from '../core/errors.js';
import type { RawInput } from '../core/types.js';
import { rawHash } from './hash.js';
import { readLines } from './lines.js';
import { decodeText, isGzip, looksBinary, looksLikeFeed, looksLikeHtml, utf16WithoutBom } from './sniff.js';
import { RECORD_TYPE, parseRecord } from './record.js';
import { type Fetcher, HttpFetcher, isUrl } from './fetch.js';
import { hasFullContent, readFeed } from './feed.js';
import { formatBytes } from '../core/bytes.js';

/** Largest single input read whole (a page or a text file); JSONL files are streamed. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** Largest size a .gz input may decompress to; more is refused as a likely gzip bomb. */
export const MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024;

const KNOWN = /\.(txt|text|md|html?|xhtml|json|jsonl|ndjson|xml|rss|atom)(\.gz)?$/i;

export type ReadItem = RawInput | DossierError;

export interface ReadOptions {
  /** Read stdin for "-" (injectable for tests). */
  stdin?: NodeJS.ReadableStream;
  maxBytes?: number;
  /** Cap on the decompressed size of gzip data (default MAX_DECOMPRESSED_BYTES). */
  maxDecompressedBytes?: number;
  /** Fetches URLs and the pages of feed items that carry only a summary. */
  fetcher?: Fetcher;
  /**
   * With the default fetcher: also fetch loopback, private and link-local addresses. The CLI
   * sets it (the user typed the URL); the server does not unless started with
   * --allow-private-urls. Default false.
   */
  allowPrivateUrls?: boolean;
}

/**
 * Every input named by the user, in order: files, directories (walked, sorted) and "-" for
 * stdin. Yields a RawInput per document-bearing input (one per JSONL record) or a
 * DossierError naming the input and the problem; a bad input never stops the others.
 */
export async function* readInputs(specs: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const opts: ReadOptions = { ...options, fetcher: options.fetcher ?? new HttpFetcher({ allowPrivate: options.allowPrivateUrls ?? false }) };
  for (const spec of specs) {
    if (isUrl(spec)) {
      yield* readUrl(spec, opts);
      continue;
    }
    if (spec === '-') {
      yield* readStdin(opts);
      continue;
    }
    let info;
    try {
      info = await stat(spec);
    } catch (e) {
      yield unreadable(spec, e);
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(spec, new Set())) {
        if (file instanceof DossierError) yield file;
        else if (KNOWN.test(file)) yield* readFileInput(file, opts);
        else yield new DossierError('E_INPUT_TYPE', 'skipped: not a .txt, .html, .json, .jsonl or feed file', { input: file });
      }
    } else if (!info.isFile()) {
      yield new DossierError('E_INPUT_TYPE', 'is not a regular file or a folder (a device, socket or pipe); nothing read', { input: spec });
    } else {
      yield* readFileInput(spec, opts);
    }
  }
}

/**
 * The files under a folder, sorted, hidden ones left out. Symbolic links are followed, to
 * files and to folders; a folder already on the way (a link back up) is walked once, and a
 * link that loops or dangles is reported, not fatal.
 */
async function* walk(dir: string, visited: Set<string>): AsyncGenerator<string | DossierError> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  } catch (e) {
    yield unreadable(dir, e);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (e) {
        yield unreadable(path, e);
        continue;
      }
    }
    if (isDir) yield* walk(path, visited);
    else if (isFile) yield path;
  }
}

/** What went wrong reading a path, in words ("no such file"), not an errno code alone. */
const FS_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a symbolic link that loops (it points back to itself)',
  ENAMETOOLONG: 'the path is too long',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'a folder where a file was expected',
  EMFILE: 'too many files open; try again with fewer inputs',
  EIO: 'the disk reported an I/O error',
};

export function unreadable(path: string, e: unknown): DossierError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code && FS_PROBLEMS[code] ? `${FS_PROBLEMS[code]} (${code})` : code ?? (e instanceof Error ? e.message : String(e));
  return new DossierError('E_INPUT_UNREADABLE', `cannot read: ${why}`, { input: path, cause: e });
}

async function* readFileInput(path: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const max = options.maxBytes ?? MAX_INPUT_BYTES;
  const plain = path.replace(/\.gz$/i, '');
  if (/\.(jsonl|ndjson)$/i.test(plain) && !/\.gz$/i.test(path)) {
    yield* readJsonLines(path, max);
    return;
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.size > max) {
      yield new DossierError('E_INPUT_TOO_LARGE', `is ${formatBytes(info.size)}, over the ${formatBytes(max)} limit for one input; split it or raise the limit`, { input: path });
      return;
    }
    bytes = await readFile(path);
  } catch (e) {
    yield unreadable(path, e);
    return;
  }
  if (/\.gz$/i.test(path) && !isGzip(bytes) && bytes.length > 0) {
    yield new DossierError('E_INPUT_BINARY', 'is named .gz but is not gzip data (corrupt, or renamed); nothing of it was ingested', { input: path });
    return;
  }
  yield* fromBytes(path, bytes, typeFromName(plain), options);
}

async function* readStdin(options: ReadOptions): AsyncGenerator<ReadItem> {
  const stream = options.stdin ?? process.stdin;
  const max = options.maxBytes ?? MAX_INPUT_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > max) {
      yield new DossierError('E_INPUT_TOO_LARGE', `standard input is over the ${formatBytes(max)} limit for one input; save it to a file (JSONL files are streamed)`, { input: '-' });
      return;
    }
    chunks.push(buf);
  }
  yield* fromBytes('-', Buffer.concat(chunks), null, options);
}

function typeFromName(name: string): string | null {
  if (/\.(html?|xhtml)$/i.test(name)) return 'text/html';
  if (/\.(txt|text|md)$/i.test(name)) return 'text/plain';
  if (/\.json$/i.test(name)) return 'application/json';
  if (/\.(jsonl|ndjson)$/i.test(name)) return 'application/x-ndjson';
  if (/\.(xml|rss|atom)$/i.test(name)) return 'application/feed+xml';
  return null;
}

/** Turn one input's bytes into RawInputs: decompress, reject binary/empty, split JSON records. */
async function* fromBytes(source: string, input: Uint8Array, declared: string | null, options: ReadOptions): AsyncGenerator<ReadItem> {
  let bytes = input;
  if (isGzip(bytes)) {
    const cap = options.maxDecompressedBytes ?? MAX_DECOMPRESSED_BYTES;
    try {
      // maxOutputLength stops inflating at the cap: a gzip bomb costs `cap` bytes, not gigabytes.
      bytes = gunzipSync(bytes, { maxOutputLength: cap });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        yield new DossierError('E_INPUT_TOO_LARGE', `decompresses to more than the ${formatBytes(cap)} limit (a gzip bomb?); nothing of it was ingested`, { input: source, cause: e });
      } else {
        yield new DossierError('E_INPUT_BINARY', `is a corrupt or truncated gzip file (${(e as Error).message}); nothing of it was ingested`, { input: source, cause: e });
      }
      return;
    }
  }
  const order = utf16WithoutBom(bytes);
  if (order) {
    // UTF-16 saved without a byte-order mark: give it one, so every decoder downstream knows.
    const bom = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const marked = new Uint8Array(bytes.length + 2);
    marked.set(bom);
    marked.set(bytes, 2);
    bytes = marked;
  }
  if (bytes.length === 0 || isBlank(bytes)) {
    yield new DossierError('E_INPUT_EMPTY', 'is empty: nothing to ingest', { input: source });
    return;
  }
  if (looksBinary(bytes)) {
    yield new DossierError('E_INPUT_BINARY', 'looks like binary data, not text, HTML or JSON; dossier reads .txt, .html, .json/.jsonl and feeds', { input: source });
    return;
  }
  const head = decodeText(bytes.subarray(0, 4096));
  const type = declared ?? sniffType(head);
  if (type === 'application/json' || type === 'application/x-ndjson') {
    yield* jsonRecords(source, decodeText(bytes), type);
    return;
  }
  if (type === 'application/feed+xml') {
    yield* feedItems(source, decodeText(bytes), options);
    return;
  }
  yield { source, bytes, contentType: type, meta: {}, hash: rawHash(bytes) };
}

async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  let page;
  try {
    page = await options.fetcher!.fetch(url);
  } catch (e) {
    yield e instanceof DossierError ? e : new DossierError('E_FETCH_FAILED', String(e), { input: url });
    return;
  }
  const header = page.contentType ?? '';
  // A server that says RSS or Atom means a feed; a generic XML type is sniffed.
  const declared = /(rss|atom)/i.test(header) ? 'application/feed+xml' : /html/i.test(header) ? 'text/html' : /text\/plain/i.test(header) ? 'text/plain' : null;
  for await (const item of fromBytes(url, page.bytes, declared, options)) {
    if (item instanceof DossierError) yield item;
    else yield { ...item, meta: { ...item.meta, url: page.finalUrl, contentType: page.contentType }, hash: rawHash(item.bytes, { url: page.finalUrl }) };
  }
}

/**
 * Each feed item becomes an input: its own content when the feed carries the article, else
 * the linked page, fetched. The item's title, date and link come along as metadata.
 */
async function* feedItems(source: string, text: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  let feed;
  try {
    feed = readFeed(text, source);
  } catch (e) {
    yield e as DossierError;
    return;
  }
  if (feed.items.length === 0) {
    yield new DossierError('E_INPUT_NO_ARTICLE', 'is a feed with no items', { input: source });
    return;
  }
  for (const [i, item] of feed.items.entries()) {
    const where = item.url ?? `${source}#item${i + 1}`;
    const meta: Record<string, unknown> = { feed: source, ...(feed.title ? { source: feed.title } : {}) };
    if (item.title) meta.title = item.title;
    if (item.published) meta.published = item.published;
    if (item.url) meta.url = item.url;
    if (item.author) meta.author = item.author;
    if (hasFullContent(item) || (!item.url && (item.content || item.summary))) {
      yield recordItem(where, JSON.stringify({ ...meta, html: item.content ?? item.summary }));
      continue;
    }
    if (!item.url) {
      yield new DossierError('E_INPUT_NO_TEXT', 'is a feed item with neither content nor a link', { input: where });
      continue;
    }
    let page;
    try {
      page = await options.fetcher!.fetch(item.url);
    } catch (e) {
      yield e instanceof DossierError ? e : new DossierError('E_FETCH_FAILED', String(e), { input: item.url });
      continue;
    }
    const pageMeta = { ...meta, url: page.finalUrl, contentType: page.contentType };
    yield { source: item.url, bytes: page.bytes, contentType: 'text/html', meta: pageMeta, hash: rawHash(page.bytes, { url: page.finalUrl }) };
  }
}

function sniffType(head: string): string {
  const t = head.trimStart();
  if (looksLikeFeed(t)) return 'application/feed+xml';
  // XML that declares entities goes to the feed reader, which refuses it with a clear line.
  if (/^(<\?xml|<!DOCTYPE)/i.test(t) && /<!ENTITY/i.test(t)) return 'application/feed+xml';
  if (looksLikeHtml(t)) return 'text/html';
  if (t.startsWith('{') || t.startsWith('[')) return 'application/json';
  return 'text/plain';
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf) return false;
  return true;
}

function* jsonRecords(source: string, text: string, type: string): Generator<ReadItem> {
  if (type === 'application/x-ndjson') {
    let line = 0;
    for (const l of text.split(/\r?\n/)) {
      line++;
      if (l.trim()) yield recordItem(`${source}:${line}`, l);
    }
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    yield new DossierError('E_INPUT_JSON', `is not valid JSON: ${(e as Error).message}`, { input: source });
    return;
  }
  const records = Array.isArray(data) ? data : [data];
  for (let i = 0; i < records.length; i++) {
    const where = Array.isArray(data) ? `${source}[${i}]` : source;
    yield recordItem(where, JSON.stringify(records[i]));
  }
}

/** A JSONL file, streamed line by line; a line over `max` bytes is refused without being held. */
async function* readJsonLines(path: string, max: number): AsyncGenerator<ReadItem> {
  let lines = 0;
  try {
    for await (const line of readLines(path, max)) {
      lines++;
      if ('tooLong' in line) {
        yield new DossierError('E_INPUT_TOO_LARGE', `is a record of ${formatBytes(line.tooLong)}, over the ${formatBytes(max)} limit for one record; it was skipped`, { input: `${path}:${line.number}` });
      } else if (line.text.trim()) yield recordItem(`${path}:${line.number}`, line.text);
    }
    if (lines === 0) yield new DossierError('E_INPUT_EMPTY', 'is empty: nothing to ingest', { input: path });
  } catch (e) {
    yield unreadable(path, e);
  }
}

/** One JSON record: validated now so a bad record is reported with its line. */
function recordItem(where: string, json: string): ReadItem {
  const parsed = parseRecord(json, where);
  if (parsed instanceof DossierError) return parsed;
  const bytes = Buffer.from(json, 'utf8');
  return { source: parsed.url ?? where, bytes, contentType: RECORD_TYPE, meta: { ...parsed.meta, origin: where }, hash: rawHash(bytes) };
}

