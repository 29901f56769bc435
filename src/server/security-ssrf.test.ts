import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite.js';
import { createDossierApp } from './app.js';
import type { IngestJob } from './ingest-jobs.js';

// The API's URL ingest goes through the real runner: a URL on this machine is refused unless
// the operator started the server with --allow-private-urls.
let site: Server;
let port = 0;
let hits = 0;
beforeAll(async () => {
  site = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><head><title>Ferry service resumes</title></head><body><article><p>The island ferry service resumed on Monday after a two-week pause for repairs, the operator said in a statement.</p><p>Passengers were asked to book ahead because the first sailings were expected to be full.</p></article></body></html>');
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
  port = (site.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => site.close(() => r())));

async function ingestUrl(allowPrivateUrls: boolean, urls: string[]): Promise<IngestJob> {
  const store = new SqliteStore(':memory:');
  const d = await createDossierApp({ store, host: '127.0.0.1', allowPrivateUrls });
  const res = await d.app.request('http://127.0.0.1:8080/api/ingest', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ urls }),
  });
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as IngestJob;
  await d.ingest.idle();
  const job = d.ingest.get(id)!;
  store.close();
  return job;
}

describe('API URL ingest (SSRF)', () => {
  it('refuses loopback and link-local URLs by default, without requesting them', async () => {
    const before = hits;
    const job = await ingestUrl(false, [`http://127.0.0.1:${port}/story`, 'http://169.254.169.254/latest/meta-data/']);
    expect(job.state).toBe('done');
    expect(job.result?.documents).toBe(0);
    expect(job.result?.failed.map((f) => f.code)).toEqual(['E_FETCH_FORBIDDEN', 'E_FETCH_FORBIDDEN']);
    expect(job.result?.failed[0]?.message).toMatch(/127\.0\.0\.1, a loopback address.*--allow-private-urls/);
    expect(job.result?.failed[1]?.message).toContain('a linkLocal address');
    expect(hits).toBe(before);
  }, 60_000);

  it('fetches them when the operator allows private URLs', async () => {
    const job = await ingestUrl(true, [`http://127.0.0.1:${port}/story`]);
    expect(job.result?.documents).toBe(1);
    expect(hits).toBeGreaterThan(0);
  }, 60_000);
});
