import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierError } from '../core/errors.js';
import { HttpFetcher } from './fetch.js';
import { readInputs } from './read.js';

// A local server stands in for a public site: its own host:port is allow-listed, so only the
// redirect targets meet the address check.
let server: Server;
let port = 0;
let secretHits = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/secret') {
      secretHits++;
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('internal admin page');
      return;
    }
    const to: Record<string, string> = {
      '/to-loopback-name': `http://localhost:${port}/secret`,
      '/to-mapped': `http://[::ffff:7f00:1]:${port}/secret`,
      '/to-decimal': 'http://2130706433:9/secret', // 127.0.0.1, on a port that is not allow-listed
      '/to-private': 'http://10.255.255.1/secret',
      '/to-metadata': 'http://169.254.169.254/latest/meta-data/',
      '/to-file': 'file:///etc/passwd',
      '/twice': '/to-private',
    };
    if (to[url]) {
      res.writeHead(302, { location: to[url] });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('A public page about a harbour opening, written for this test.');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const guarded = () => new HttpFetcher({ perHostIntervalMs: 0, timeoutMs: 2000, allowHosts: [`127.0.0.1:${port}`] });
const failure = async (f: HttpFetcher, url: string): Promise<DossierError> => {
  const e = await f.fetch(url).then(() => null, (err: unknown) => err);
  expect(e, url).toBeInstanceOf(DossierError);
  return e as DossierError;
};

describe('URL ingest refuses local and private targets (SSRF), also after redirects', () => {
  it('fetches the allowed start page itself', async () => {
    const page = await guarded().fetch(`http://127.0.0.1:${port}/page`);
    expect(Buffer.from(page.bytes).toString()).toContain('harbour');
  });

  it('refuses a redirect to loopback (by name, IPv4-mapped IPv6, decimal) without requesting it', async () => {
    for (const path of ['/to-loopback-name', '/to-mapped', '/to-decimal']) {
      const e = await failure(guarded(), `http://127.0.0.1:${port}${path}`);
      expect(e.code, path).toBe('E_FETCH_FORBIDDEN');
      expect(e.message, path).toMatch(/loopback address \(redirected to http:\/\/.*\/secret\)/);
    }
    expect(secretHits).toBe(0);
  });

  it('refuses a redirect to a private or link-local address, also two hops down', async () => {
    for (const [path, range] of [['/to-private', 'private'], ['/to-metadata', 'linkLocal'], ['/twice', 'private']] as const) {
      const e = await failure(guarded(), `http://127.0.0.1:${port}${path}`);
      expect(e.code, path).toBe('E_FETCH_FORBIDDEN');
      expect(e.message, path).toContain(`a ${range} address`);
    }
  });

  it('refuses a redirect to file:', async () => {
    const e = await failure(guarded(), `http://127.0.0.1:${port}/to-file`);
    expect(e.message).toContain('uses file:');
  });

  it('refuses the loopback server itself when it is not allow-listed (the default)', async () => {
    const e = await failure(new HttpFetcher({ perHostIntervalMs: 0 }), `http://127.0.0.1:${port}/page`);
    expect(e.code).toBe('E_FETCH_FORBIDDEN');
  });

  it('readInputs refuses private URLs by default and fetches them when allowed (the CLI)', async () => {
    const url = `http://localhost:${port}/to-loopback-name`;
    const strict = [];
    for await (const item of readInputs([url])) strict.push(item);
    expect(strict).toHaveLength(1);
    expect((strict[0] as DossierError).code).toBe('E_FETCH_FORBIDDEN');
    const open = [];
    for await (const item of readInputs([`http://127.0.0.1:${port}/page`], { allowPrivateUrls: true })) open.push(item);
    expect(open[0]).not.toBeInstanceOf(DossierError);
  });
});
