/**
 * Fuzzing the API's query parameters (fast-check, bounded): any query string on any read
 * endpoint answers 200, 400 or 404 with a JSON body; never a 500.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite.js';
import { createDossierApp, type DossierApp } from './app.js';
import { loadSample } from './sample.js';

let store: SqliteStore;
let d: DossierApp;
beforeAll(async () => {
  store = new SqliteStore(':memory:');
  await loadSample(store);
  d = await createDossierApp({ store, host: '127.0.0.1' });
});
afterAll(() => store.close());

const endpoints = ['/api/timeline', '/api/events', '/api/documents', '/api/entities', '/api/quotes', '/api/claims', '/api/discrepancies', '/api/search', '/api/facets', '/api/stats'];
const names = ['offset', 'limit', 'from', 'to', 'entity', 'type', 'topic', 'source', 'planned', 'undated', 'dates', 'perDate', 'q', 'publisher', 'speaker', 'document', 'subject', 'claimant', 'kind', '__proto__', 'constructor'];
const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('', '-1', '0', '1e9', 'NaN', 'Infinity', '2021', '2021-13', '2021-02-30', 'true', 'document,quote', 'entity,bogus', '"', '"unclosed', 'a AND', 'OR OR', '*', 'NEAR(a b)', 'col:val', '^x', '(', ')', '\u0000', '%', '%%', '日本', "'; DROP TABLE documents; --"),
);
const query = fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 6 });

describe('fuzz: API query parameters', () => {
  it('read endpoints answer 200/400/404 with JSON, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints), query, async (path, params) => {
        const qs = new URLSearchParams(params).toString();
        const res = await d.app.request(`http://127.0.0.1:8080${path}?${qs}`);
        const body = await res.text();
        expect([200, 400, 404], `${path}?${qs} -> ${res.status} ${body.slice(0, 200)}`).toContain(res.status);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        JSON.parse(body);
      }),
      { seed: 9001, numRuns: 300, interruptAfterTimeLimit: 5000 },
    );
  }, 30_000);

  it('ids in the path: unknown or odd ids are 404 JSON, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/events/', '/api/documents/', '/api/entities/', '/api/ingest/'), fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('..', '%2e%2e', '%00', '0', '-1')), async (base, id) => {
        const res = await d.app.request(`http://127.0.0.1:8080${base}${encodeURIComponent(id)}${base === '/api/documents/' && id.length % 2 ? '/raw' : ''}`);
        expect([200, 404], `${base}${id} -> ${res.status}`).toContain(res.status);
      }),
      { seed: 9002, numRuns: 200, interruptAfterTimeLimit: 3000 },
    );
  }, 30_000);
});
