import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeHtmlBytes, decodeHtmlBytesDetailed, encodingName } from './decode.js';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
/** "café" with é as the single windows-1252 / latin-1 byte 0xE9. */
const cafe1252 = (before: string, after = ''): Uint8Array =>
  new Uint8Array([...ascii(before), ...ascii('caf'), 0xe9, ...ascii(after)]);

describe('decodeHtmlBytes', () => {
  it('decodes windows-1252 declared by <meta charset>', () => {
    const out = decodeHtmlBytes(cafe1252('<html><head><meta charset="windows-1252"></head><body>', '</body>'));
    expect(out.encoding).toBe('windows-1252');
    expect(out.text).toContain('café');
  });

  it('decodes ISO-8859-1 declared by <meta http-equiv> (WHATWG maps it to windows-1252)', () => {
    const bytes = cafe1252('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>');
    const out = decodeHtmlBytes(bytes);
    expect(out.encoding).toBe('windows-1252');
    expect(out.text).toContain('<p>café');
  });

  it('windows-1252 bytes 0x80-0x9f are the typographic characters, not C1 controls', () => {
    // 0x93 / 0x94 are curly double quotes, 0x80 is the euro sign in windows-1252
    const bytes = new Uint8Array([...ascii('<meta charset="iso-8859-1">'), 0x93, ...ascii('5 '), 0x80, 0x94]);
    expect(decodeHtmlBytes(bytes).text).toBe('<meta charset="iso-8859-1">\u201c5 \u20ac\u201d');
  });

  it('uses the HTTP header charset over the meta tag', () => {
    const bytes = cafe1252('<meta charset="utf-8"><p>');
    const out = decodeHtmlBytes(bytes, 'text/html; charset=windows-1252');
    expect(out.encoding).toBe('windows-1252');
    expect(out.text).toContain('café');
  });

  it('decodes UTF-16LE and UTF-16BE with a byte order mark, stripping the mark', () => {
    const html = '<p>Grüße</p>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    const outLe = decodeHtmlBytes(le, 'text/html; charset=windows-1252');
    expect(outLe.encoding).toBe('UTF-16LE');
    expect(outLe.text).toBe(html);
    const swapped = Buffer.from(html, 'utf16le').swap16();
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]);
    const outBe = decodeHtmlBytes(be);
    expect(outBe.encoding).toBe('UTF-16BE');
    expect(outBe.text).toBe(html);
  });

  it('decodes UTF-8 with a BOM and strips it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>café</p>', 'utf8')]);
    const out = decodeHtmlBytes(bytes);
    expect(out).toEqual({ text: '<p>café</p>', encoding: 'UTF-8' });
  });

  it('undeclared pages: UTF-8 when the bytes are valid UTF-8, else windows-1252', () => {
    expect(decodeHtmlBytes(Buffer.from('<p>naïve café</p>', 'utf8'))).toEqual({
      text: '<p>naïve café</p>',
      encoding: 'UTF-8',
    });
    const legacy = decodeHtmlBytes(cafe1252('<p>', '</p>'));
    expect(legacy).toEqual({ text: '<p>café</p>', encoding: 'windows-1252' });
  });

  it('finds a meta charset placed after the first 1024 bytes', () => {
    const filler = `<script>${'x'.repeat(1500)}</script>`;
    const out = decodeHtmlBytesDetailed(cafe1252(`<html><head>${filler}<meta charset="ISO-8859-15"><p>`));
    expect(out.encoding).toBe('ISO-8859-15');
    expect(out.source).toBe('meta');
    expect(out.text).toContain('café');
  });

  it('decodes mislabelled UTF-8 (declared latin-1) as UTF-8', () => {
    const bytes = Buffer.from('<meta charset="iso-8859-1"><p>Müller sagte: „Schön“</p>', 'utf8');
    const out = decodeHtmlBytesDetailed(bytes);
    expect(out.encoding).toBe('UTF-8');
    expect(out.declared).toBe('windows-1252');
    expect(out.text).toContain('Müller sagte: „Schön“');
  });
});

describe('charset helpers', () => {
  it('reads the charset parameter of a Content-Type header', () => {
    expect(charsetFromContentType('text/html; charset="UTF-8"')).toBe('UTF-8');
    expect(charsetFromContentType('text/html;charset=iso-8859-1; foo=bar')).toBe('iso-8859-1');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });

  it('maps labels to WHATWG names and rejects unknown ones', () => {
    expect(encodingName('latin1')).toBe('windows-1252');
    expect(encodingName('utf8')).toBe('UTF-8');
    expect(encodingName('no-such-charset')).toBeNull();
  });
});

describe('malformed declarations', () => {
  it('survives a meta content that ends right after "charset="', () => {
    const bytes = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset="><p>café</p>', 'utf8');
    const out = decodeHtmlBytes(bytes);
    expect(out.encoding).toBe('UTF-8');
    expect(out.text).toContain('café');
  });
});
