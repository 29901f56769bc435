import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite.js';
import { createDossierApp, type DossierApp } from './app.js';
import { acceptedEncodings } from './static.js';

let dir: string;
let d: DossierApp;
let store: SqliteStore;
// A script-like file: repetitive, as bundles are, so compression must shrink it a lot.
const script = Array.from({ length: 400 }, (_, i) => `export function handler${i}(event) { return event.target.value + ${i}; }`).join('\n');
const html = `<!doctype html><html><head><script type="module" src="/assets/index-AbCd1234.js"></script></head><body>${'<p>app</p>'.repeat(200)}</body></html>`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'assets', 'index-AbCd1234.js'), script);
  writeFileSync(join(dir, 'assets', 'tiny-Zz9Yy8Xx.css'), 'a{}');
  store = new SqliteStore(':memory:');
  d = await createDossierApp({ store, webDir: dir });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => d.app.request(path, { headers });

describe('static files', () => {
  it('sends brotli when the client accepts it, and the bytes decode to the file', async () => {
    const res = await get('/assets/index-AbCd1234.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(bytes).toString()).toBe(script);
  });

  it('sends gzip to a client without brotli, and the file as is to one that accepts neither', async () => {
    const gz = await get('/assets/index-AbCd1234.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);
    const refused = await get('/assets/index-AbCd1234.js', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(await refused.text()).toBe(script);
  });

  it('lets browsers keep hashed assets for good and revalidate index.html', async () => {
    expect((await get('/assets/index-AbCd1234.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const index = await get('/', { 'accept-encoding': 'br' });
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-type')).toContain('text/html');
    // An app route is index.html too, also not cached for good.
    expect((await get('/some/app/route')).headers.get('cache-control')).toBe('no-cache');
    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': index.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('leaves files too small to gain as they are; a missing asset is 404, not the app page', async () => {
    expect((await get('/assets/tiny-Zz9Yy8Xx.css', { 'accept-encoding': 'br' })).headers.get('content-encoding')).toBeNull();
    expect((await get('/assets/gone-12345678.js')).status).toBe(404);
  });
});

describe('acceptedEncodings', () => {
  it('reads the list, dropping what q=0 refuses', () => {
    expect([...acceptedEncodings('gzip;q=0.8, br , identity;q=0')]).toEqual(['gzip', 'br']);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });
});
