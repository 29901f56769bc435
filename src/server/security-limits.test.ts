import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierError } from '../core/errors.js';
import { SqliteStore } from '../store/sqlite.js';
import { createDossierApp, type DossierApp } from './app.js';
import { errorResponse } from './http.js';
import { listen } from './listen.js';
import { MAX_JSON_BYTES, MAX_PENDING_JOBS, MAX_UPLOAD_BYTES } from './limits.js';
import { loadSample } from './sample.js';
import type { IngestResult } from './types.js';

let store: SqliteStore;
let d: DossierApp;
let release: () => void = () => {};
let gate = Promise.resolve();
const runIngest = async (specs: string[]): Promise<IngestResult> => {
  await gate;
  return { inputs: specs.length, documents: specs.length, skipped: 0, failed: [] };
};
const same = { origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' };
const post = (body: BodyInit, headers: Record<string, string> = {}, extra: RequestInit = {}) =>
  d.app.request('http://127.0.0.1:8080/api/ingest', { method: 'POST', headers: { ...same, ...headers }, body, ...extra });

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  await loadSample(store);
  d = await createDossierApp({ store, host: '127.0.0.1', runIngest });
});
afterAll(() => store.close());

/** A body sent in chunks with no Content-Length, as a client streaming it would. */
function streamed(total: number, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(ctrl) {
      if (sent >= total) return ctrl.close();
      const n = Math.min(chunk, total - sent);
      sent += n;
      ctrl.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
}

describe('bounded request bodies', () => {
  it('refuses a JSON body over 1 MB with 413 E_TOO_LARGE, declared or streamed', async () => {
    const big = JSON.stringify({ urls: ['https://example.org/a'], pad: 'x'.repeat(MAX_JSON_BYTES) });
    const declared = await post(big, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: { code: 'E_TOO_LARGE', message: 'request body too large: a JSON body may be at most 1 MB' } });
    const chunked = await post(streamed(MAX_JSON_BYTES + 1), { 'content-type': 'application/json' }, { duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { error: { code: string } }).error.code).toBe('E_TOO_LARGE');
  });

  it('accepts a small JSON body', async () => {
    const res = await post(JSON.stringify({ urls: ['https://example.org/a'] }), { 'content-type': 'application/json' });
    expect(res.status).toBe(202);
    await d.ingest.idle();
  });

  it('refuses an upload over 50 MB and accepts one of a few MB', async () => {
    const form = (bytes: number) => {
      const f = new FormData();
      f.append('files', new File([new Uint8Array(bytes).fill(0x61)], 'notes.txt', { type: 'text/plain' }));
      return f;
    };
    const big = await post(form(MAX_UPLOAD_BYTES + 1024));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toBe('request body too large: an upload may be at most 50 MB');
    const small = await post(form(3 * 1024 * 1024));
    expect(small.status).toBe(202);
    await d.ingest.idle();
  });
});

describe('concurrent ingest jobs', () => {
  it(`queues at most ${MAX_PENDING_JOBS} jobs; one more is 429 E_BUSY until a job ends`, async () => {
    gate = new Promise<void>((r) => (release = r));
    const body = JSON.stringify({ urls: ['https://example.org/a'] });
    const json = { 'content-type': 'application/json' };
    for (let i = 0; i < MAX_PENDING_JOBS; i++) expect((await post(body, json)).status).toBe(202);
    const busy = await post(body, json);
    expect(busy.status).toBe(429);
    const err = ((await busy.json()) as { error: { code: string; message: string } }).error;
    expect(err.code).toBe('E_BUSY');
    expect(err.message).toContain(`the limit is ${MAX_PENDING_JOBS}`);
    release();
    await d.ingest.idle();
    expect(d.ingest.active).toBe(0);
    expect((await post(body, json)).status).toBe(202);
    await d.ingest.idle();
  });
});

describe('one error mapping', () => {
  const quiet = () => {};
  it('a DossierError becomes the status its code means, with its message and input', () => {
    expect(errorResponse(new DossierError('E_NOT_FOUND', 'no such document', { input: 'doc-9' }), quiet)).toEqual({
      status: 404,
      body: { error: { code: 'E_NOT_FOUND', message: 'no such document', input: 'doc-9' } },
    });
    expect(errorResponse(new DossierError('E_INPUT_TOO_LARGE', 'is over the limit'), quiet).status).toBe(413);
    expect(errorResponse(new DossierError('E_FETCH_FORBIDDEN', 'is refused'), quiet).status).toBe(403);
    expect(errorResponse(new DossierError('E_STORE', 'the store is read-only'), quiet).status).toBe(503);
    expect(errorResponse(new DossierError('E_INPUT_JSON', 'is not valid JSON'), quiet).status).toBe(422);
  });

  it('an unexpected error is a 500 with no stack, path or library text; the log gets them', () => {
    const logged: string[] = [];
    const secret = new TypeError("Cannot read properties of undefined (reading 'rows') at /home/analyst/cases/store.db");
    const r = errorResponse(secret, (l) => logged.push(l));
    expect(r.status).toBe(500);
    expect(r.body.error.code).toBe('E_INTERNAL');
    const text = JSON.stringify(r.body);
    for (const leak of ['analyst', 'undefined', 'rows', 'TypeError', '.ts:', '    at ']) expect(text).not.toContain(leak);
    expect(logged.join('\n')).toContain('/home/analyst/cases/store.db');
  });

  it('the app uses it: a store failing under a route answers 500 without internals, a coded one its status', async () => {
    const s = new SqliteStore(':memory:');
    await loadSample(s);
    const app = await createDossierApp({ store: s, host: '127.0.0.1' });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void errors.push(a);
    try {
      s.getArticle = async () => {
        throw new Error('SQLITE_IOERR: disk I/O error in /srv/private/dossier.db');
      };
      const res = await app.app.request('http://127.0.0.1/api/documents/any/raw');
      expect(res.status).toBe(500);
      const body = await res.text();
      expect(body).not.toContain('SQLITE');
      expect(body).not.toContain('/srv/private');
      s.getArticle = async () => {
        throw new DossierError('E_STORE', 'the store is busy; try again');
      };
      const coded = await app.app.request('http://127.0.0.1/api/documents/any/raw');
      expect(coded.status).toBe(503);
      expect(await coded.json()).toEqual({ error: { code: 'E_STORE', message: 'the store is busy; try again' } });
    } finally {
      console.error = original;
      s.close();
    }
    expect(errors).toHaveLength(1);
  });
});

describe('a failed ingest job', () => {
  it('shows a coded error in full and hides an unexpected one (the log gets it)', async () => {
    const s = new SqliteStore(':memory:');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void errors.push(a);
    try {
      let fail: Error = new TypeError("Cannot read properties of undefined (reading 'x') at /home/analyst/run.ts:3");
      const app = await createDossierApp({ store: s, host: '127.0.0.1', runIngest: async () => { throw fail; } });
      const submit = async () => {
        const res = await app.app.request('http://127.0.0.1/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ urls: ['https://example.org/a'] }) });
        const { id } = (await res.json()) as { id: string };
        await app.ingest.idle();
        return app.ingest.get(id)!;
      };
      const hidden = await submit();
      expect(hidden.state).toBe('failed');
      expect(hidden.error).toBe('internal error: the ingest job stopped; the server log has the details');
      expect(String(errors[0])).toContain('/home/analyst/run.ts');
      fail = new DossierError('E_STORE', 'cannot write the store: disk full', { input: 'dossier.db' });
      expect((await submit()).error).toBe('dossier.db: cannot write the store: disk full [E_STORE]');
    } finally {
      console.error = original;
      await s.close();
    }
  });
});

describe('open connections', () => {
  it('closes connections over maxConnections at accept, serves the rest', async () => {
    const s = new SqliteStore(':memory:');
    const running = await listen({ store: s, host: '127.0.0.1', port: 0, maxConnections: 2, webDir: null });
    const port = new URL(running.url).port;
    const open = () =>
      new Promise<{ sock: ReturnType<typeof connect>; answer: Promise<string> }>((resolve) => {
        const sock = connect(Number(port), '127.0.0.1', () => {
          const answer = new Promise<string>((done) => {
            let got = '';
            sock.on('data', (b) => (got += b.toString()));
            sock.on('close', () => done(got));
            sock.on('error', () => done(got));
          });
          resolve({ sock, answer });
        });
      });
    const a = await open();
    const b = await open();
    const c = await open();
    await new Promise((r) => setTimeout(r, 100));
    c.sock.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    a.sock.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(await a.answer).toMatch(/^HTTP\/1\.1 200/);
    expect(await c.answer).toBe('');
    b.sock.destroy();
    await running.close();
    s.close();
  });
});
