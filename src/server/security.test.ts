import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite.js';
import { createDossierApp, type DossierApp } from './app.js';
import { allowedHostNames, splitHost } from './guard.js';
import { listen } from './listen.js';
import { loadSample } from './sample.js';

let d: DossierApp;
let store: SqliteStore;
let submitted = 0;
const runIngest = async (specs: string[]) => {
  submitted++;
  return { inputs: specs.length, documents: specs.length, skipped: 0, failed: [] };
};
const json = JSON.stringify({ urls: ['https://example.org/a'] });
const post = (headers: Record<string, string>, body: BodyInit = json, app = d) =>
  app.app.request('http://127.0.0.1:8080/api/ingest', { method: 'POST', headers, body });
const form = () => {
  const f = new FormData();
  f.append('files', new File(['Some text.'], 'note.txt', { type: 'text/plain' }));
  return f;
};

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  await loadSample(store);
  d = await createDossierApp({ store, host: '127.0.0.1', runIngest });
});
afterAll(() => store.close());

describe('Host header (DNS rebinding)', () => {
  it('answers to the loopback names at any port', async () => {
    for (const host of ['127.0.0.1:8080', 'localhost:8080', 'LOCALHOST', '[::1]:8080', 'localhost:5173']) {
      const res = await d.app.request('/api/stats', { headers: { host } });
      expect(res.status, host).toBe(200);
    }
  });

  it('refuses any other Host with a JSON 403, on the API and the web app', async () => {
    for (const host of ['attacker.example:8080', 'attacker.example', '127.0.0.1.nip.io:8080', 'localhost.attacker.example', '10.0.0.5:8080']) {
      for (const path of ['/api/stats', '/api/documents/docA', '/']) {
        const res = await d.app.request(path, { headers: { host } });
        expect(res.status, `${host} ${path}`).toBe(403);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('E_BAD_HOST');
        expect(body.error.message).toContain(host);
      }
    }
    // The URL's host counts when no Host header is given (app.request in tests).
    expect((await d.app.request('http://attacker.example/api/stats')).status).toBe(403);
  });

  it('refuses a write with a bad Host before running it', async () => {
    await d.ingest.idle();
    const before = submitted;
    const res = await post({ host: 'attacker.example:8080', 'content-type': 'application/json' });
    expect(res.status).toBe(403);
    await d.ingest.idle();
    expect(submitted).toBe(before);
  });

  it('adds the --host value and extra names; a wildcard bind takes IP literals, not names', async () => {
    expect([...allowedHostNames('192.168.1.4')]).toContain('192.168.1.4');
    expect([...allowedHostNames('fe80::1')]).toContain('[fe80::1]');
    expect(splitHost('[::1]:80')).toEqual({ name: '[::1]', port: '80' });
    const lan = await createDossierApp({ store, host: '0.0.0.0', token: 't', allowedHosts: ['dossier.internal'], runIngest });
    expect((await lan.app.request('/api/stats', { headers: { host: '192.168.1.4:8080' } })).status).toBe(200);
    expect((await lan.app.request('/api/stats', { headers: { host: 'dossier.internal' } })).status).toBe(200);
    expect((await lan.app.request('/api/stats', { headers: { host: 'attacker.example:8080' } })).status).toBe(403);
  });

  it('checks the real Host header over HTTP', async () => {
    const s = await listen({ store, port: 0, host: '127.0.0.1', webDir: null, runIngest });
    try {
      const ok = await fetch(`${s.url}api/stats`);
      expect(ok.status).toBe(200);
      const { request } = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: new URL(s.url).port, path: '/api/stats', headers: { host: 'attacker.example' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(403);
      // The docs' curl upload: multipart with the server's own Origin passes, without it not.
      const origin = s.url.replace(/\/$/, '');
      expect((await fetch(`${s.url}api/ingest`, { method: 'POST', body: form(), headers: { origin } })).status).toBe(202);
      expect((await fetch(`${s.url}api/ingest`, { method: 'POST', body: form() })).status).toBe(403);
      await s.dossier.ingest.idle();
    } finally {
      await s.close();
    }
  });
});

describe('writes (cross-site requests)', () => {
  it('accepts a same-origin POST as the web app sends it, JSON or multipart', async () => {
    const browser = { origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' };
    expect((await post({ ...browser, 'content-type': 'application/json' })).status).toBe(202);
    expect((await post(browser, form())).status).toBe(202);
    // Through the Vite dev proxy: Host and Origin are both the dev server's.
    expect((await post({ host: 'localhost:5173', origin: 'http://localhost:5173', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' })).status).toBe(202);
    // curl: no Origin, no Sec-Fetch-Site, JSON.
    expect((await post({ 'content-type': 'application/json' })).status).toBe(202);
  });

  it('refuses a cross-site POST', async () => {
    await d.ingest.idle();
    const before = submitted;
    const cases: [Record<string, string>, BodyInit][] = [
      [{ 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, json],
      [{ 'sec-fetch-site': 'same-site', origin: 'http://localhost:3000', 'content-type': 'application/json' }, json],
      [{ origin: 'https://attacker.example', 'content-type': 'application/json' }, json],
      [{ origin: 'null', 'content-type': 'application/json' }, json],
      [{ origin: 'http://127.0.0.1:9999', 'content-type': 'application/json' }, json],
      // A cross-site <form enctype="multipart/form-data"> from an old browser without Origin.
      [{}, form()],
    ];
    for (const [headers, body] of cases) {
      const res = await post(headers, body);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('E_CROSS_SITE');
    }
    await d.ingest.idle();
    expect(submitted).toBe(before);
  });

  it('refuses simple body types a cross-site form can send', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      const res = await post(headers, type === '' ? new Blob([json]) : json);
      expect(res.status, type).toBe(415);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('E_UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('lets the token stand in for the same-origin check', async () => {
    const locked = await createDossierApp({ store, token: 's3cret', runIngest });
    expect((await post({ authorization: 'Bearer s3cret' }, form(), locked)).status).toBe(202);
    expect((await post({ 'x-dossier-token': 's3cret', 'content-type': 'application/json' }, json, locked)).status).toBe(202);
    // A same-origin request without the token is still refused when a token is set.
    expect((await post({ origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' }, form(), locked)).status).toBe(401);
  });
});

describe('CORS', () => {
  it('sends no CORS headers, and no preflight grant', async () => {
    const origin = 'https://attacker.example';
    const responses = [
      await d.app.request('/api/stats', { headers: { origin } }),
      await d.app.request('/api/timeline', { headers: { origin } }),
      await d.app.request('/', { headers: { origin } }),
      await d.app.request('/api/ingest', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } }),
      await post({ origin, 'content-type': 'application/json' }),
    ];
    for (const res of responses) {
      for (const [name] of res.headers) expect(name.startsWith('access-control-'), name).toBe(false);
    }
    expect(responses[3]!.status).not.toBe(204);
    expect(responses[3]!.status).not.toBe(200);
  });
});
