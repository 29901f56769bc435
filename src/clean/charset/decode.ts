/**
 * Decode the bytes of an HTML page to text.
 *
 * Order (the HTML standard's, with two repairs for pages that lie):
 *   1. a byte order mark;
 *   2. the charset of the HTTP Content-Type header;
 *   3. `<meta charset>` / `<meta http-equiv="Content-Type">` in the first 1024 bytes
 *      (html-encoding-sniffer), then further down the page (many pages put scripts or
 *      comments before the meta tag);
 *   4. no declaration: UTF-8 when the bytes are valid UTF-8, else windows-1252.
 * Repair: a page declared as a single-byte legacy encoding (windows-1252, ISO-8859-x, ...)
 * whose bytes are valid UTF-8 with multi-byte sequences is decoded as UTF-8 — random
 * legacy text almost never forms valid UTF-8 sequences, and mislabelled UTF-8 is common.
 * Decoding uses iconv-lite, with the platform TextDecoder for the few WHATWG encodings
 * iconv-lite lacks.
 */
import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import type { DecodedHtml, DecodedHtmlDetail, EncodingSource } from './types.js';

type Sniffer = (
  bytes: Uint8Array,
  options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
) => string;

const require = createRequire(import.meta.url);
const sniffer = require('html-encoding-sniffer') as Sniffer;

/** html-encoding-sniffer, made total: it throws on some malformed meta tags (`charset=` at the end). */
const sniff: Sniffer = (bytes, options) => {
  try {
    return sniffer(bytes, options);
  } catch {
    return options?.defaultEncoding ?? 'windows-1252';
  }
};

/** How far down the page to look for a meta charset the 1024-byte prescan missed. */
const EXTENDED_META_SCAN = 64 * 1024;

/** The canonical WHATWG name of an encoding label ("latin1" -> "windows-1252"), or null. */
export function encodingName(label: string | null | undefined): string | null {
  if (!label) return null;
  const name = sniff(new Uint8Array(0), { transportLayerEncodingLabel: label.trim(), defaultEncoding: '' });
  return name === '' ? null : name;
}

/** The charset parameter of a Content-Type header value; a bare label is accepted too. */
export function charsetFromContentType(header: string | null | undefined): string | null {
  if (!header) return null;
  const m = /charset\s*=\s*["']?([^"';\s]+)/i.exec(header);
  if (m) return m[1] ?? null;
  if (!header.includes('/') && !header.includes(';')) return header.trim() || null;
  return null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  return null;
}

/** Find a meta charset anywhere in the first EXTENDED_META_SCAN bytes. */
function metaEncoding(bytes: Uint8Array): string | null {
  const first = sniff(bytes.subarray(0, 1024), { defaultEncoding: '' });
  if (first !== '') return first;
  const limit = Math.min(bytes.length, EXTENDED_META_SCAN);
  for (let i = 1024 - 5; i < limit - 5; i++) {
    if (bytes[i] !== 0x3c) continue;
    const m = bytes[i + 1]! | 0x20;
    const e = bytes[i + 2]! | 0x20;
    const t = bytes[i + 3]! | 0x20;
    const a = bytes[i + 4]! | 0x20;
    if (m !== 0x6d || e !== 0x65 || t !== 0x74 || a !== 0x61) continue;
    const found = sniff(bytes.subarray(i, i + 1024), { defaultEncoding: '' });
    if (found !== '') return found;
  }
  return null;
}

/** True when the bytes are well-formed UTF-8; `multibyte` tells whether any non-ASCII occurs. */
function utf8Check(bytes: Uint8Array): { valid: boolean; multibyte: boolean } {
  let multibyte = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      multibyte = true;
      break;
    }
  }
  if (!multibyte) return { valid: true, multibyte: false };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { valid: true, multibyte: true };
  } catch {
    return { valid: false, multibyte: true };
  }
}

const SINGLE_BYTE_LEGACY = /^(windows-125\d|ISO-8859-\d+|KOI8-[RU]|macintosh|IBM866|windows-874)$/i;

function decodeWith(bytes: Uint8Array, encoding: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (iconv.encodingExists(encoding)) return iconv.decode(buf, encoding, { stripBOM: true });
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return iconv.decode(buf, 'windows-1252');
  }
}

/** Decode HTML bytes, telling also where the encoding came from. */
export function decodeHtmlBytesDetailed(
  bytes: Uint8Array,
  contentTypeHeader?: string | null,
): DecodedHtmlDetail {
  let encoding = bomEncoding(bytes);
  let source: EncodingSource = 'bom';
  if (!encoding) {
    encoding = encodingName(charsetFromContentType(contentTypeHeader));
    source = 'header';
  }
  if (!encoding) {
    encoding = metaEncoding(bytes);
    source = 'meta';
  }
  let declared: string | undefined;
  if (encoding && source !== 'bom' && SINGLE_BYTE_LEGACY.test(encoding)) {
    const check = utf8Check(bytes);
    if (check.valid && check.multibyte) {
      declared = encoding;
      encoding = 'UTF-8';
      source = 'utf8-valid';
    }
  }
  if (!encoding) {
    const check = utf8Check(bytes);
    encoding = check.valid ? 'UTF-8' : 'windows-1252';
    source = check.valid ? 'utf8-valid' : 'default';
  }
  const text = decodeWith(bytes, encoding);
  const out: DecodedHtmlDetail = { text, encoding, source };
  if (declared) out.declared = declared;
  return out;
}

/**
 * Decode the bytes of an HTML page: charset from the BOM, the HTTP Content-Type header,
 * or the page's meta tags; UTF-8 or windows-1252 when nothing is declared.
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentTypeHeader?: string | null): DecodedHtml {
  const { text, encoding } = decodeHtmlBytesDetailed(bytes, contentTypeHeader);
  return { text, encoding };
}
