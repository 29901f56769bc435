/** What the web app's pages get from the API: undated events, headlines, readable titles. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStoryStore } from '../../test/browser/story-store.js';
import { SqliteStore } from '../store/sqlite.js';
import { createDossierApp, type DossierApp } from './app.js';

let d: DossierApp;
let store: SqliteStore;
const get = async (path: string) => {
  const res = await d.app.request(path);
  return { status: res.status, body: (await res.json()) as any };
};

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  await loadStoryStore(store);
  d = await createDossierApp({ store });
});
afterAll(() => store.close());

describe('undated events', () => {
  it('are on the timeline by default, last, with the date of the report that gives them', async () => {
    const { body } = await get('/api/timeline');
    expect(body.items.map((e: any) => e.id)).toEqual(['ev-meet', 'ev-visit', 'ev-agree', 'ev-call']);
    const call = body.items[3];
    expect(call).toMatchObject({ date: null, when: 'undated', precision: 'none', reportedOn: '2024-03-04' });
    expect((await get('/api/timeline?undated=false')).body.items.map((e: any) => e.id)).not.toContain('ev-call');
  });

  it('can be asked for alone (undated=only), and top=N keeps the N most reported in date order', async () => {
    expect((await get('/api/timeline?undated=only')).body.items.map((e: any) => e.id)).toEqual(['ev-call']);
    // ev-meet has 2 sources; ev-agree and ev-call 1 each with weight 3 (ev-visit: weight 1); the id breaks the tie.
    expect((await get('/api/timeline?top=2')).body.items.map((e: any) => e.id)).toEqual(['ev-meet', 'ev-agree']);
  });

  it('are counted by /api/stats', async () => {
    const { body } = await get('/api/stats');
    expect(body).toMatchObject({ timeline: 4, undated: 1 });
  });

  it('are on the pages of the entities taking part', async () => {
    const { body } = await get('/api/entities/putin');
    expect(body.events.map((e: any) => e.id)).toEqual(['ev-meet', 'ev-call']);
  });
});

describe('headlines and names', () => {
  it('say who did what to whom, from the actors, not a cut sentence', async () => {
    const { body } = await get('/api/timeline');
    const byId = new Map(body.items.map((e: any) => [e.id, e.headline]));
    expect(byId.get('ev-agree')).toBe('Russia — agreement — Pakistan in Moscow');
    expect(byId.get('ev-call')).toBe('Vladimir Putin — phone call — Anwaar-ul-Haq Kakar');
    expect(byId.get('ev-meet')).toBe('Vladimir Putin — meeting — Anwaar-ul-Haq Kakar in Beijing');
    expect(byId.get('ev-visit')).toBe('Sergey Lavrov — visit');
  });

  it('give PLOVER codes their plain names', async () => {
    const { body } = await get('/api/timeline?type=AGREE');
    expect(body.items[0].typeName).toBe('agree, offer, promise');
    const facets = (await get('/api/facets')).body;
    expect(facets.types.find((t: any) => t.value === 'CONSULT')).toMatchObject({ count: 3, name: 'meeting, call, visit' });
  });

  it('title an untitled document by its first line, not its file path', async () => {
    const docs = (await get('/api/documents')).body.items;
    const c = docs.find((x: any) => x.id === 'docC');
    expect(c.title).toBeNull();
    expect(c.label).toBe('Moscow and Islamabad sign a grain accord');
    expect((await get('/api/documents/docC')).body.label).toBe('Moscow and Islamabad sign a grain accord');
  });

  it('name the documents date evidence cites instead of showing their ids', async () => {
    const { body } = await get('/api/events/ev-agree');
    expect(body.dateEvidenceParts).toEqual([
      { text: 'weekday-inference: "Sunday" in ' },
      { document: 'docC', label: 'Moscow and Islamabad sign a grain accord' },
      { text: ', on or before 2024-03-04' },
    ]);
    expect(body.sources[0].label).toBe('Moscow and Islamabad sign a grain accord');
  });
});

describe('search', () => {
  const kinds = (body: any): string[] => body.items.map((x: any) => `${x.kind}:${x.id}`);

  it('finds events, quotes by their speaker, entities and documents with one query language', async () => {
    // Phrase + OR: the agreement event and the document reporting it.
    const r = await get(`/api/search?q=${encodeURIComponent('"wheat deliveries" OR telephone')}`);
    expect(r.status).toBe(200);
    expect(kinds(r.body)).toEqual(['event:ev-agree', 'event:ev-call', 'document:docC']);
    expect(r.body.counts).toEqual({ entity: 0, event: 2, quote: 0, document: 1 });
    // Quotes by speaker: Putin's quote does not contain his name.
    const q = await get('/api/search?q=putin&kind=quote');
    expect(q.body.items).toHaveLength(1);
    expect(q.body.items[0]).toMatchObject({ kind: 'quote', title: 'Vladimir Putin', id: 'docA' });
    // Prefix and NOT.
    expect(kinds((await get('/api/search?q=lav*&kind=entity')).body)).toEqual(['entity:lavrov']);
    expect(kinds((await get(`/api/search?q=${encodeURIComponent('Kakar -Beijing')}&kind=event`)).body)).toEqual(['event:ev-call']);
  });

  it('answers a bad query with 400 and a message', async () => {
    for (const q of ['(Kakar', 'NOT Putin', 'Putin OR', 'pu*tin']) {
      const r = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(r.status, q).toBe(400);
      expect(r.body.error.code).toBe('E_BAD_QUERY');
      expect(r.body.error.message).toContain(q);
    }
  });
});

describe('entity page and relationship', () => {
  it('gives each role once, with the first and last date a report gives it', async () => {
    const { body } = await get('/api/entities/putin');
    expect(body.roles).toHaveLength(2);
    expect(body.roleSpans).toEqual([
      { title: 'President', of: 'russia', ofName: 'russia', firstSeen: '2023-10-18', lastSeen: '2024-03-04', reports: 2, source: body.roles[0].source },
    ]);
    expect(body.roleSpans[0].source.documentId).toBe('docA');
  });

  it("gives the who's-who the role each entity was last reported in", async () => {
    const items = (await get('/api/entities?type=person')).body.items;
    expect(items.find((e: any) => e.id === 'putin').role).toBe('president of russia');
    expect(items.find((e: any) => e.id === 'kakar').role).toBe('Caretaker Prime Minister of pakistan');
    expect(items.find((e: any) => e.id === 'lavrov').role).toBeNull();
  });

  it('counts the events two countries share by type and month, through their people too', async () => {
    const { status, body } = await get('/api/relationship?a=Russia&b=country:pak');
    expect(status).toBe(200);
    expect(body.a).toMatchObject({ id: 'country:rus', name: 'Russia' });
    expect(body.total).toBe(3);
    expect(body.events.map((e: any) => e.id)).toEqual(['ev-meet', 'ev-agree', 'ev-call']);
    expect(body.kinds).toEqual([
      { type: 'CONSULT', name: 'meeting, call, visit', count: 2 },
      { type: 'AGREE', name: 'agree, offer, promise', count: 1 },
    ]);
    expect(body.months).toEqual([
      { month: '2023-10', total: 1, counts: { CONSULT: 1 } },
      { month: '2024-03', total: 1, counts: { AGREE: 1 } },
      { month: 'undated', total: 1, counts: { CONSULT: 1 } },
    ]);
  });

  it('says which entity it cannot find, and refuses one entity twice', async () => {
    const missing = await get('/api/relationship?a=Russia&b=Atlantis');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('"Atlantis"');
    expect((await get('/api/relationship?a=Russia&b=country:rus')).status).toBe(400);
    expect((await get('/api/relationship?a=Russia')).status).toBe(400);
  });
});

describe('facets cache', () => {
  it('is computed again when the corpus changes', async () => {
    expect((await get('/api/facets')).body.types.map((t: any) => t.value)).toContain('AGREE');
    const corpus = await store.loadCorpus();
    await store.saveCorpus({ ...corpus, events: corpus.events.filter((e) => e.id !== 'ev-agree') });
    // Still the cached answer until the server is told the corpus changed.
    expect((await get('/api/facets')).body.types.map((t: any) => t.value)).toContain('AGREE');
    await d.state.reload();
    expect((await get('/api/facets')).body.types.map((t: any) => t.value)).not.toContain('AGREE');
    await store.saveCorpus(corpus);
    await d.state.reload();
  });
});
