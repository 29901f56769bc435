import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite.js';
import { createDossierApp, type DossierApp } from './app.js';
import { loadSample } from './sample.js';

let d: DossierApp;
let store: SqliteStore;
const get = async (path: string, init?: RequestInit) => {
  const res = await d.app.request(path, init);
  return { status: res.status, body: (await res.json()) as any };
};

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  await loadSample(store);
  d = await createDossierApp({
    store,
    runIngest: async (specs, onProgress) => {
      for (const s of specs) onProgress(s, 'added');
      return { inputs: specs.length, documents: specs.length, skipped: 0, failed: [] };
    },
  });
});
afterAll(() => store.close());

describe('timeline', () => {
  it('lists events in date order with precision, source count and planned flag', async () => {
    const { status, body } = await get('/api/timeline');
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.items.map((e: any) => e.id)).toEqual(['ev-meet', 'ev-visit']);
    const [meet, visit] = body.items;
    expect(meet).toMatchObject({ date: '2023-10-17', precision: 'day', sourceCount: 2, planned: false, location: { id: 'beijing', name: 'Beijing' } });
    expect(visit).toMatchObject({ date: '2023-12', precision: 'month', sourceCount: 1, planned: true });
  });

  it('filters by entity name, id, date range, source and planned', async () => {
    expect((await get('/api/timeline?entity=lavrov')).body.items.map((e: any) => e.id)).toEqual(['ev-visit']);
    expect((await get('/api/timeline?entity=Kakar')).body.items.map((e: any) => e.id)).toEqual(['ev-meet']);
    expect((await get('/api/timeline?from=2023-11')).body.items.map((e: any) => e.id)).toEqual(['ev-visit']);
    expect((await get('/api/timeline?to=2023-10')).body.items.map((e: any) => e.id)).toEqual(['ev-meet']);
    expect((await get('/api/timeline?source=dawn')).body.items.map((e: any) => e.id)).toEqual(['ev-meet']);
    expect((await get('/api/timeline?planned=true')).body.items.map((e: any) => e.id)).toEqual(['ev-visit']);
    expect((await get('/api/timeline?topic=economy')).body.total).toBe(0);
  });

  it('paginates', async () => {
    const { body } = await get('/api/timeline?limit=1&offset=1');
    expect(body).toMatchObject({ total: 2, offset: 1, limit: 1 });
    expect(body.items.map((e: any) => e.id)).toEqual(['ev-visit']);
  });

  it('rejects bad parameters with 400 and names them', async () => {
    const r = await get('/api/timeline?from=17-10-2023');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('E_BAD_REQUEST');
    expect(r.body.error.message).toContain('from');
    expect((await get('/api/timeline?limit=0')).status).toBe(400);
    expect((await get('/api/timeline?planned=maybe')).status).toBe(400);
  });
});

describe('events', () => {
  it('shows every source with the cited sentence inside its paragraph', async () => {
    const { status, body } = await get('/api/events/ev-meet');
    expect(status).toBe(200);
    expect(body.sources).toHaveLength(2);
    const b = body.sources.find((s: any) => s.documentId === 'docB');
    const [x] = b.excerpts;
    expect(x.text.slice(x.highlight.start, x.highlight.end)).toBe(
      'Caretaker Prime Minister Anwaarul Haq Kakar met Russian President Vladimir Putin in Beijing on Tuesday.',
    );
    const a = body.sources.find((s: any) => s.documentId === 'docA');
    expect(a.excerpts).toHaveLength(1);
    expect(a.excerpts[0].text.startsWith('ISLAMABAD:')).toBe(true);
    expect(a.excerpts[0].text).toContain('Putin said.');
    expect(body.dateEvidence.quote).toBe('October 17, 2023');
    expect(body.disagreements).toHaveLength(1);
    expect(body.disagreements[0].kind).toBe('place');
  });

  it('404s an unknown id', async () => {
    const r = await get('/api/events/nope');
    expect(r.status).toBe(404);
    expect(r.body.error.message).toContain('nope');
  });
});

describe('entities', () => {
  it('lists by mentions and filters by type', async () => {
    const { body } = await get('/api/entities?type=person');
    expect(body.items.map((e: any) => e.id)).toEqual(['putin', 'kakar', 'lavrov']);
    expect((await get('/api/entities?type=ship')).status).toBe(400);
  });

  it('gives roles, events, quotes and co-occurring entities', async () => {
    const { body } = await get('/api/entities/putin');
    expect(body.roles[0]).toMatchObject({ title: 'President', of: 'russia', ofName: 'russia' });
    expect(body.events.map((e: any) => e.id)).toEqual(['ev-meet']);
    expect(body.quotes.map((q: any) => q.text)).toEqual(['much higher, much bigger']);
    const kakar = body.coOccurring.find((c: any) => c.id === 'kakar');
    expect(kakar).toMatchObject({ events: 1, documents: 2 });
    // Lavrov shares a document (docA) but no event with Putin.
    expect(body.coOccurring.find((c: any) => c.id === 'lavrov')).toMatchObject({ events: 0, documents: 1 });
    expect((await get('/api/entities/nobody')).status).toBe(404);
  });
});

describe('documents', () => {
  it('lists documents and opens one with its highlights linked to the corpus', async () => {
    const list = await get('/api/documents?publisher=dawn');
    expect(list.body.items.map((x: any) => x.id)).toEqual(['docB']);
    const { body } = await get('/api/documents/docA');
    expect(body.title).toBe('Putin meets Pakistani PM in Beijing');
    expect(body.published.evidence).toBe('text:updated-line');
    const putin = body.annotations.find((x: any) => x.kind === 'entity' && body.text.slice(x.start, x.end) === 'Vladimir Putin');
    expect(putin.ref).toBe('putin');
    const ev = body.annotations.find((x: any) => x.kind === 'event');
    expect(ev.ref).toBe('ev-meet');
    expect(body.annotations.some((x: any) => x.kind === 'date' && x.label === '2023-10-17')).toBe(true);
    expect((await get('/api/documents/zzz')).status).toBe(404);
  });
});

describe('quotes, claims, search', () => {
  it('filters quotes by speaker name and claims by claimant', async () => {
    expect((await get('/api/quotes?speaker=putin')).body.items[0].speakerName).toBe('Vladimir Putin');
    expect((await get('/api/quotes?speaker=kakar')).body.total).toBe(0);
    expect((await get('/api/claims?claimant=kakar')).body.items[0].value).toBe(1e9);
  });

  it('searches documents, quotes and entities with highlighted snippets', async () => {
    const { body } = await get('/api/search?q=bigger');
    expect(body.items.map((x: any) => x.kind).sort()).toEqual(['document', 'quote']);
    const quote = body.items.find((x: any) => x.kind === 'quote');
    expect(quote.snippet).toBe('much higher, much «bigger»');
    const ent = await get('/api/search?q=lavrov&kind=entity');
    expect(ent.body.items).toEqual([{ kind: 'entity', id: 'lavrov', title: 'Sergey Lavrov (person)', snippet: 'Sergey «Lavrov» · «Lavrov»' }]);
    expect((await get('/api/search')).status).toBe(400);
    expect((await get('/api/search?q=x&kind=tweets')).status).toBe(400);
  });

  it('answers a query that does not parse with 400 and what is wrong, not a 500', async () => {
    const r = await get('/api/search?q=%22Putin%20AND');
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/not closed/);
  });
});

describe('ingest', () => {
  it('accepts URLs, runs a job and reports progress', async () => {
    const r = await get('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ urls: ['https://example.org/a'] }) });
    expect(r.status).toBe(202);
    await d.ingest.idle();
    const job = await get(`/api/ingest/${r.body.id}`);
    expect(job.body.state).toBe('done');
    expect(job.body.progress).toEqual([{ source: 'https://example.org/a', outcome: 'added' }]);
  });

  it('accepts uploaded files', async () => {
    const form = new FormData();
    form.append('files', new File(['Some text.'], 'note.txt', { type: 'text/plain' }));
    form.append('files', new File(['Other text.'], '../../etc/note.txt', { type: 'text/plain' }));
    // As the web app's same-origin fetch sends it.
    const r = await get('/api/ingest', { method: 'POST', body: form, headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' } });
    expect(r.status).toBe(202);
    await d.ingest.idle();
    const job = await get(`/api/ingest/${r.body.id}`);
    // Folders in a name are dropped; a repeated name goes into its own subfolder.
    expect(job.body.progress.map((p: any) => p.source)).toEqual(['note.txt', '1/note.txt']);
  });

  it('rejects bad bodies', async () => {
    const bad = await get('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ urls: ['ftp://x'] }) });
    expect(bad.status).toBe(400);
    const none = await get('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(400);
    expect((await get('/api/ingest/999')).status).toBe(404);
  });

  it('requires a token when one is set', async () => {
    const locked = await createDossierApp({ store, token: 's3cret', runIngest: async () => ({ inputs: 0, documents: 0, skipped: 0, failed: [] }) });
    const body = JSON.stringify({ urls: ['https://example.org/a'] });
    const headers = { 'content-type': 'application/json' };
    expect((await locked.app.request('/api/ingest', { method: 'POST', headers, body })).status).toBe(401);
    expect((await locked.app.request('/api/ingest', { method: 'POST', headers: { ...headers, authorization: 'Bearer wrong' }, body })).status).toBe(401);
    expect((await locked.app.request('/api/ingest', { method: 'POST', headers: { ...headers, authorization: 'Bearer s3cret' }, body })).status).toBe(202);
    // Reads stay open.
    expect((await locked.app.request('/api/timeline')).status).toBe(200);
  });
});

describe('web app', () => {
  it('says how to build the app when it is not built, and 404s unknown API paths', async () => {
    const res = await d.app.request('/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('npm run build:web');
    expect((await get('/api/nothing')).status).toBe(404);
  });
});
