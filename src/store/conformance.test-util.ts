/**
 * What every Store must do, as vitest tests: call `storeConformance(name, factory)` from a
 * test file; `factory` returns a new, empty store each time. Each test closes its store.
 * The example sentences are made up for these tests.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createArticle } from '../core/article.js';
import type { Article, RawInput } from '../core/types.js';
import { analyseCorpus } from '../corpus/run.js';
import type { CorpusResult, Entity, Event } from '../corpus/types.js';
import { buildTimeline } from '../report/timeline.js';
import type { Store } from './types.js';

export type StoreFactory = () => Promise<Store>;

const rawOf = (hash: string, text: string, extra: Partial<RawInput> = {}): RawInput => ({
  source: `${hash}.txt`,
  bytes: new TextEncoder().encode(text),
  contentType: 'text/plain',
  meta: {},
  hash,
  ...extra,
});

const doc = (id: string, rawHash: string, text: string, extra: Partial<Parameters<typeof createArticle>[0]> = {}): Article =>
  createArticle({ id, source: `${rawHash}.txt`, rawHash, text, ...extra });

async function all(store: Store): Promise<Article[]> {
  const out: Article[] = [];
  for await (const a of store.articles()) out.push(a);
  return out;
}

/** A hand-made event (the corpus stages only make one from a full pipeline run). */
function event(id: string, documentId: string, date: string | null): Event {
  return {
    id,
    type: 'CONSULT',
    kind: 'meet',
    date: { value: date, confidence: date ? 0.9 : 0, evidence: date ? 'explicit' : 'none' } as Event['date'],
    future: false,
    modality: 'asserted',
    participants: [],
    location: null,
    topics: ['trade'],
    summary: `summary of ${id}`,
    sources: [{ documentId, start: 0, end: 10 }],
    documents: [documentId],
    weight: 1,
  };
}

/**
 * A small made-up corpus for the read queries: three documents, four entities, six events
 * (one denied, so not on the timeline; one undated; one planned), two quotes, a claim and a
 * disagreement. Timeline order: ev-strike (2024-03), ev-meet (2024-03-02), ev-deal
 * (2024-04-10), ev-plan (2024-05-01), ev-undated.
 */
async function readFixture(store: Store): Promise<CorpusResult> {
  const date = (value: string, evidence = 'header'): Article['published'] => ({ value, confidence: 0.9, evidence }) as Article['published'];
  await store.addDocuments(rawOf('h-a', 'a'), [doc('d-a', 'h-a', 'Mira Holt met Tomás Reyes in the harbour office.', { title: 'Harbour talks', publisher: 'North Gazette', published: date('2024-03-02') })]);
  await store.addDocuments(rawOf('h-b', 'b'), [doc('d-b', 'h-b', 'Ferry strike ends\nThe dock workers voted to return on Monday.', { publisher: 'South Courier' })]);
  await store.addDocuments(rawOf('h-c', 'c'), [doc('d-c', 'h-c', 'The grain deal was signed by the mayor.', { title: 'Grain deal signed', publisher: 'North Gazette', published: date('2024-04-10') })]);
  const src = (documentId: string, start = 0) => ({ documentId, start, end: start + 10 });
  const entity = (id: string, type: Entity['type'], name: string, mentions: number, documents: string[], extra: Partial<Entity> = {}): Entity => ({
    id, type, name, aliases: [], country: null, roles: [], mentions, documents, ...extra,
  });
  const ev = (id: string, type: string, kind: string, value: string | null, participants: string[], docs: string[], extra: Partial<Event> = {}): Event => ({
    ...event(id, docs[0]!, value),
    type, kind, participants, topics: [], summary: `A report numbered ${id.length}`, sources: docs.map((d) => src(d)), documents: docs, ...extra,
  });
  const corpus: CorpusResult = {
    entities: [
      entity('p-holt', 'person', 'Mira Holt', 5, ['d-a', 'd-c'], { aliases: ['Holt'], country: 'VLD', roles: [{ title: 'Mayor', of: 'c-valdia', asOf: '2024-03-02', source: src('d-a') }] }),
      entity('p-reyes', 'person', 'Tomás Reyes', 3, ['d-a']),
      entity('c-valdia', 'country', 'Valdia', 4, ['d-a', 'd-b', 'd-c'], { country: 'VLD' }),
      entity('o-union', 'organization', 'Dock Union', 1, ['d-b']),
    ],
    events: [
      ev('ev-meet', 'CONSULT', 'meet', '2024-03-02', ['p-holt', 'p-reyes'], ['d-a'], { topics: ['Trade'], weight: 2 }),
      ev('ev-strike', 'PROTEST', 'strike', '2024-03', ['o-union'], ['d-b'], { location: 'c-valdia', topics: ['labour'] }),
      ev('ev-deal', 'AGREE', 'sign', '2024-04-10', ['p-holt', 'c-valdia'], ['d-c', 'd-a'], { topics: ['trade'], weight: 3 }),
      ev('ev-plan', 'CONSULT', 'meet', '2024-05-01', ['p-reyes'], ['d-a'], { modality: 'planned', future: true }),
      ev('ev-undated', 'CONSULT', 'call', null, ['p-holt'], ['d-b']),
      ev('ev-denied', 'AGREE', 'sign', '2024-03-03', ['p-holt'], ['d-a'], { modality: 'denied' }),
    ],
    quotes: [
      { speaker: 'p-holt', text: 'The harbour will reopen soon', documentId: 'd-a', start: 5, end: 30, partial: false },
      { speaker: null, text: 'Nobody expected this', documentId: 'd-b', start: 0, end: 20, partial: false },
    ],
    claims: [{ value: 300, unit: 'workers', text: '300 workers', subject: 'Dock workers', claimant: 'p-reyes', time: null, documentId: 'd-b', start: 0, end: 11 }],
    discrepancies: [{ kind: 'date', about: 'the deal', ref: 'ev-deal', values: [{ value: '2024-04-10', sources: [src('d-c')] }, { value: '2024-04-09', sources: [src('d-a')] }] }],
    duplicates: { 'd-c': 'd-a' },
    propagatedDates: { 'd-b': { value: '2024-03-05', confidence: 0.5, evidence: 'event ev-strike' } },
  };
  for await (const _ of store.articles()) void _;
  await store.saveCorpus(corpus);
  return corpus;
}

export function storeConformance(name: string, factory: StoreFactory): void {
  describe(`Store conformance: ${name}`, () => {
    let open: Store[] = [];
    const fresh = async (): Promise<Store> => {
      const s = await factory();
      open.push(s);
      return s;
    };
    afterEach(async () => {
      for (const s of open) await s.close();
      open = [];
    });

    it('keeps raw bytes verbatim, non-UTF-8 bytes included, with source, type and metadata', async () => {
      const store = await fresh();
      // Latin-1 "café", a NUL, an invalid UTF-8 lead byte and a lone continuation byte.
      const bytes = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x00, 0xff, 0xfe, 0x80, 0x0a]);
      const raw = rawOf('h-bytes', '', { bytes, contentType: 'text/html', meta: { id: 'r-1', nested: { a: [1, 'two'] }, 'ü': 'ß' }, source: 'dir/page.html' });
      await store.addDocuments(raw, [doc('d-bytes', 'h-bytes', 'café')]);
      const back = await store.getRaw('h-bytes');
      expect(back).not.toBeNull();
      expect(Array.from(back!.bytes)).toEqual(Array.from(bytes));
      expect(back!.source).toBe('dir/page.html');
      expect(back!.contentType).toBe('text/html');
      expect(back!.meta).toEqual({ id: 'r-1', nested: { a: [1, 'two'] }, 'ü': 'ß' });
      expect(back!.hash).toBe('h-bytes');
      expect(await store.getRaw('h-missing')).toBeNull();
    });

    it('round-trips an article with its annotations and text exactly', async () => {
      const store = await fresh();
      const text = 'The mayor of Tarnow opened a bridge on 3 May.\nSecond line — with “quotes” and emoji 🚲.';
      const a = doc('d-1', 'h-1', text, { title: 'Bridge opens', published: { value: '2024-05-03', confidence: 0.9, evidence: 'meta' } as Article['published'], externalId: 'rec-7', meta: { k: 'v' } });
      a.sentences = [{ start: 0, end: 45 }, { start: 46, end: text.length }];
      a.entities = [{ type: 'place', name: 'Tarnow', aliases: [] }];
      a.mentions = [{ start: 13, end: 19, type: 'place', entity: 0, via: 'test' }];
      await store.addDocuments(rawOf('h-1', text), [a]);
      expect(await store.getArticle('d-1')).toEqual(a);
      expect(await store.getArticle('d-none')).toBeNull();
    });

    it('lists articles in ingest order, across several inputs and several articles per input', async () => {
      const store = await fresh();
      await store.addDocuments(rawOf('h-b', 'b'), [doc('zz-first', 'h-b', 'one'), { ...doc('aa-second', 'h-b', 'two'), part: 1 }]);
      await store.addDocuments(rawOf('h-a', 'a'), [doc('mm-third', 'h-a', 'three')]);
      await store.addDocuments(rawOf('h-c', 'c'), []);
      expect((await all(store)).map((a) => a.id)).toEqual(['zz-first', 'aa-second', 'mm-third']);
      expect((await all(store)).map((a) => a.part)).toEqual([0, 1, 0]);
    });

    it('lists many articles in order (more than one page of a paged reader)', async () => {
      const store = await fresh();
      const many = Array.from({ length: 1234 }, (_, i) => ({ ...doc(`d-${(1234 - i).toString().padStart(5, '0')}`, 'h-many', `text number ${i}`), part: i }));
      await store.addDocuments(rawOf('h-many', 'many'), many);
      const ids = (await all(store)).map((a) => a.id);
      expect(ids).toHaveLength(1234);
      expect(ids).toEqual(many.map((a) => a.id));
      expect((await store.stats()).documents).toBe(1234);
    });

    it('lists an input stored later at the place reserved for it earlier (when the store can reserve)', async () => {
      const store = await fresh();
      if (!store.reserveOrder) return;
      const early = await store.reserveOrder();
      const late = await store.reserveOrder();
      await store.addDocuments(rawOf('h-late', 'l'), [doc('d-late', 'h-late', 'late')], { order: late });
      await store.addDocuments(rawOf('h-none', 'n'), [doc('d-none', 'h-none', 'no place')]);
      await store.addDocuments(rawOf('h-early', 'e'), [doc('d-early-0', 'h-early', 'early'), { ...doc('d-early-1', 'h-early', 'early too'), part: 1 }], { order: early });
      expect((await all(store)).map((a) => a.id)).toEqual(['d-early-0', 'd-early-1', 'd-late', 'd-none']);
    });

    it('says whether a raw input is stored, and storing it twice keeps one copy', async () => {
      const store = await fresh();
      expect(await store.hasRaw('h-x')).toBe(false);
      await store.addDocuments(rawOf('h-x', 'x'), [doc('d-x', 'h-x', 'x')]);
      expect(await store.hasRaw('h-x')).toBe(true);
      expect(await store.hasRaw('h-x')).toBe(true);
      await store.addDocuments(rawOf('h-x', 'x'), [doc('d-x', 'h-x', 'x')]);
      const stats = await store.stats();
      expect([stats.rawInputs, stats.documents]).toEqual([1, 1]);
      expect(await store.hasRaw('h-y')).toBe(false);
    });

    it('stores all of an input or nothing: a failing article leaves no raw input and no document', async () => {
      const store = await fresh();
      await store.addDocuments(rawOf('h-ok', 'ok'), [doc('d-ok', 'h-ok', 'kept words here')]);
      const bad = doc('d-bad-2', 'h-bad', 'second');
      // An annotation that cannot be serialised: the second write of the transaction fails.
      bad.meta = { n: 10n };
      await expect(store.addDocuments(rawOf('h-bad', 'bad'), [doc('d-bad-1', 'h-bad', 'first words'), bad])).rejects.toThrow();
      expect(await store.hasRaw('h-bad')).toBe(false);
      expect(await store.getRaw('h-bad')).toBeNull();
      expect(await store.getArticle('d-bad-1')).toBeNull();
      expect((await all(store)).map((a) => a.id)).toEqual(['d-ok']);
      expect(await store.search('first')).toEqual([]);
      const stats = await store.stats();
      expect([stats.rawInputs, stats.documents]).toEqual([1, 1]);
      // The store still works after the failure.
      await store.addDocuments(rawOf('h-bad', 'bad'), [doc('d-bad-1', 'h-bad', 'first words')]);
      expect((await all(store)).map((a) => a.id)).toEqual(['d-ok', 'd-bad-1']);
    });

    it('tells an input kept raw without articles (past a budget) from one with articles', async () => {
      const store = await fresh();
      await store.addDocuments(rawOf('h-raw', '1'), []);
      expect(await store.hasRaw('h-raw')).toBe(true);
      expect(await store.hasDocuments!('h-raw')).toBe(false);
      await store.addDocuments(rawOf('h-raw', '1'), [doc('d-raw', 'h-raw', 'annotated at last')]);
      expect(await store.hasDocuments!('h-raw')).toBe(true);
      expect(await store.hasDocuments!('h-none')).toBe(false);
    });

    it('keeps the first copy of a document stored again, in its first place in ingest order', async () => {
      const store = await fresh();
      await store.addDocuments(rawOf('h-1', '1'), [doc('d-1', 'h-1', 'first text')]);
      await store.addDocuments(rawOf('h-2', '2'), [doc('d-2', 'h-2', 'second text')]);
      // The same input again (as when two ingests of one file race): nothing moves, nothing doubles.
      await store.addDocuments(rawOf('h-1', '1'), [doc('d-1', 'h-1', 'first text')]);
      const order: string[] = [];
      for await (const a of store.articles()) order.push(a.id);
      expect(order).toEqual(['d-1', 'd-2']);
      expect((await store.search('first')).map((h) => h.documentId)).toEqual(['d-1']);
      expect((await store.stats()).documents).toBe(2);
    });

    it('saves corpus results and reads them back in order; a second save replaces the first', async () => {
      const store = await fresh();
      const empty = await store.loadCorpus();
      expect(empty).toEqual({ entities: [], events: [], quotes: [], claims: [], discrepancies: [], duplicates: {}, propagatedDates: {} });
      const a = doc('d-1', 'h-1', 'Ilse Brandt thanked Omar Haddad.');
      a.entities = [
        { type: 'person', name: 'Ilse Brandt', aliases: [] },
        { type: 'person', name: 'Omar Haddad', aliases: [] },
      ];
      a.mentions = [
        { start: 0, end: 11, type: 'person', entity: 0, via: 'test' },
        { start: 20, end: 31, type: 'person', entity: 1, via: 'test' },
      ];
      await store.addDocuments(rawOf('h-1', a.text), [a]);
      const first: CorpusResult = {
        ...analyseCorpus([a]),
        events: [event('ev-late', 'd-1', '2024-06-02'), event('ev-early', 'd-1', '2024-01-01'), event('ev-undated', 'd-1', null)],
        quotes: [{ speaker: null, text: 'we will', documentId: 'd-1', start: 0, end: 7, partial: false }],
        duplicates: { 'd-2': 'd-1' },
      };
      expect(first.entities.map((e) => e.name).sort()).toEqual(['Ilse Brandt', 'Omar Haddad']);
      await store.saveCorpus(first);
      expect(await store.loadCorpus()).toEqual(first);
      expect(await store.stats()).toMatchObject({ entities: 2, events: 3 });

      const second: CorpusResult = { ...first, entities: first.entities.slice(1), events: [event('ev-other', 'd-1', '2023-03-03')], quotes: [], duplicates: {} };
      await store.saveCorpus(second);
      expect(await store.loadCorpus()).toEqual(second);
      expect(await store.stats()).toMatchObject({ entities: 1, events: 1 });
    });

    it('saves a large corpus result (more rows than one batch) in order', async () => {
      const store = await fresh();
      const events = Array.from({ length: 2500 }, (_, i) => event(`ev-${2500 - i}`, 'd-1', i % 3 ? `2020-01-${String((i % 28) + 1).padStart(2, '0')}` : null));
      const result: CorpusResult = { entities: [], events, quotes: [], claims: [], discrepancies: [], duplicates: {}, propagatedDates: {} };
      await store.saveCorpus(result);
      expect((await store.loadCorpus()).events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    });

    it('finds documents by a word, by several words and by a quoted phrase, with «» in the snippet', async () => {
      const store = await fresh();
      await store.addDocuments(rawOf('h-1', '1'), [doc('d-pipe', 'h-1', 'Engineers laid a new water pipeline between Alder Creek and the harbour on Monday.', { title: 'Harbour works' })]);
      await store.addDocuments(rawOf('h-2', '2'), [doc('d-apart', 'h-2', 'The water was cold; later a pipeline crew arrived at Alder Creek.')]);
      await store.addDocuments(rawOf('h-3', '3'), [doc('d-other', 'h-3', 'Farmers sold wheat at the county fair.')]);

      const one = await store.search('PIPELINE');
      expect(one.map((h) => h.documentId).sort()).toEqual(['d-apart', 'd-pipe']);
      for (const h of one) expect(h.snippet).toContain('«pipeline»');

      expect((await store.search('wheat fair')).map((h) => h.documentId)).toEqual(['d-other']);
      // Every word is required.
      expect(await store.search('wheat pipeline')).toEqual([]);
      // A phrase needs its words side by side.
      const phrase = await store.search('"water pipeline"');
      expect(phrase.map((h) => h.documentId)).toEqual(['d-pipe']);
      // One mark round the phrase (SQLite) or one per word (PostgreSQL).
      expect(phrase[0]!.snippet).toMatch(/«water»? «?pipeline»/);
      expect(phrase[0]!.title).toBe('Harbour works');
      // The title is searched too.
      expect((await store.search('harbour works')).map((h) => h.documentId)).toEqual(['d-pipe']);
      expect((await store.search('pipeline', 1)).length).toBe(1);
    });

    it('reads the search language (fts-query.ts): OR, NOT, -word, prefix*; a bad query is a coded error', async () => {
      const store = await fresh();
      await store.addDocuments(rawOf('h-1', '1'), [doc('d-1', 'h-1', 'Tram or bus: the council chose rail, not buses, in 2024.')]);
      await store.addDocuments(rawOf('h-2', '2'), [doc('d-2', 'h-2', 'The ferry timetable changed for the winter.')]);
      expect(await store.search('')).toEqual([]);
      const ids = async (q: string): Promise<string[]> => (await store.search(q)).map((h) => h.documentId).sort();
      expect(await ids('tram OR ferry')).toEqual(['d-1', 'd-2']);
      expect(await ids('tram OR trolley')).toEqual(['d-1']);
      // Lower-case "or" is a word, so every word is required.
      expect(await ids('tram or ferry')).toEqual([]);
      expect(await ids('timetable NOT ferry')).toEqual([]);
      expect(await ids('rail -ferry')).toEqual(['d-1']);
      expect(await ids('time*')).toEqual(['d-2']);
      expect(await ids('"council chose"')).toEqual(['d-1']);
      expect(await ids('"chose council"')).toEqual([]);
      for (const bad of ['"unbalanced AND (', 'tram OR', '(rail']) {
        await expect(store.search(bad)).rejects.toMatchObject({ code: 'E_USAGE' });
      }
    });

    it('matches words with and without accents on Latin letters, in any case', async () => {
      const store = await fresh();
      await store.addDocuments(rawOf('h-1', '1'), [doc('d-acc', 'h-1', 'Rita Müller visited São Tomé and a café.')]);
      await store.addDocuments(rawOf('h-2', '2'), [doc('d-plain', 'h-2', 'Ruth Muller stayed at home.')]);
      expect((await store.search('muller')).map((h) => h.documentId).sort()).toEqual(['d-acc', 'd-plain']);
      expect((await store.search('MÜLLER')).map((h) => h.documentId).sort()).toEqual(['d-acc', 'd-plain']);
      expect((await store.search('"sao tome" cafe')).map((h) => h.documentId)).toEqual(['d-acc']);
      expect((await store.search('Ruth')).map((h) => h.snippet)).toEqual([expect.stringContaining('«Ruth»')]);
    });

    it('counts raw inputs, documents, entities and events', async () => {
      const store = await fresh();
      expect(await store.stats()).toEqual({ rawInputs: 0, documents: 0, entities: 0, events: 0 });
      await store.addDocuments(rawOf('h-1', '1'), [doc('d-1', 'h-1', 'a'), { ...doc('d-2', 'h-1', 'b'), part: 1 }]);
      await store.addDocuments(rawOf('h-2', '2'), []);
      await store.saveCorpus({ entities: [], events: [event('e1', 'd-1', null)], quotes: [], claims: [], discrepancies: [], duplicates: {}, propagatedDates: {} });
      expect(await store.stats()).toEqual({ rawInputs: 2, documents: 2, entities: 0, events: 1 });
    });

    it('finds the sources of documents by their record id', async () => {
      const store = await fresh();
      if (!store.sourcesWithExternalId) return;
      await store.addDocuments(rawOf('h-1', '1', { source: 'feed-a.jsonl#1' }), [doc('d-1', 'h-1', 'a', { externalId: 'story-42', source: 'feed-a.jsonl#1' })]);
      await store.addDocuments(rawOf('h-2', '2', { source: 'feed-b.jsonl#3' }), [doc('d-2', 'h-2', 'b', { externalId: 'story-42', source: 'feed-b.jsonl#3' })]);
      await store.addDocuments(rawOf('h-3', '3'), [doc('d-3', 'h-3', 'c', { externalId: 'story-43' })]);
      await store.addDocuments(rawOf('h-4', '4'), [doc('d-4', 'h-4', 'd')]);
      expect(await store.sourcesWithExternalId('story-42')).toEqual(['feed-a.jsonl#1', 'feed-b.jsonl#3']);
      expect(await store.sourcesWithExternalId('story-43')).toEqual(['h-3.txt']);
      expect(await store.sourcesWithExternalId('story-44')).toEqual([]);
    });

    it('reads only the articles stored after a cursor, up to the newest at the call', async () => {
      const store = await fresh();
      if (!store.articlesAfter) return;
      await store.addDocuments(rawOf('h-1', '1'), [doc('d-1', 'h-1', 'first')]);
      const first = await store.articlesAfter(0);
      const seen: string[] = [];
      for await (const a of first.articles) seen.push(a.id);
      expect(seen).toEqual(['d-1']);
      await store.addDocuments(rawOf('h-2', '2'), [doc('d-2', 'h-2', 'second'), { ...doc('d-3', 'h-2', 'third'), part: 1 }]);
      const next = await store.articlesAfter(first.upTo);
      expect(next.upTo).toBeGreaterThan(first.upTo);
      // Stored after the call: not part of this walk.
      await store.addDocuments(rawOf('h-4', '4'), [doc('d-4', 'h-4', 'fourth')]);
      const later: string[] = [];
      for await (const a of next.articles) later.push(a.id);
      expect(later).toEqual(['d-2', 'd-3']);
      const last: string[] = [];
      for await (const a of (await store.articlesAfter(next.upTo)).articles) last.push(a.id);
      expect(last).toEqual(['d-4']);
    });

    it('keeps the incremental corpus state: objects, postings, a cursor checked before each write', async () => {
      const store = await fresh();
      if (!store.writeCorpusState || !store.corpusState || !store.getStateObjects || !store.lookupStateKeys || !store.allStateObjects || !store.clearCorpusState) return;
      expect(await store.corpusState()).toBeNull();
      const ok = await store.writeCorpusState({
        version: 'v1',
        cursor: 3,
        expect: null,
        objects: [
          { space: 'entity', id: 'person:ada-vale', data: { name: 'Ada Vale', n: 2 } },
          { space: 'entity', id: 'org:harbour-board', data: { name: 'Harbour Board' } },
          { space: 'doc', id: 'person:ada-vale', data: { other: true } },
        ],
        dropRefs: [],
        keys: [
          { space: 'name', key: 'person:vale|ada', ref: 'person:ada-vale' },
          { space: 'name', key: 'surname:vale', ref: 'person:ada-vale' },
          { space: 'name', key: 'surname:vale', ref: 'person:tom-vale' },
          { space: 'other', key: 'surname:vale', ref: 'x' },
        ],
      });
      expect(ok).toBe(true);
      expect(await store.corpusState()).toMatchObject({ version: 'v1', cursor: 3 });
      const objects = await store.getStateObjects('entity', ['person:ada-vale', 'person:nobody', 'person:ada-vale']);
      expect([...objects.entries()]).toEqual([['person:ada-vale', { name: 'Ada Vale', n: 2 }]]);
      expect([...(await store.allStateObjects('entity')).keys()]).toEqual(['org:harbour-board', 'person:ada-vale']);
      const found = await store.lookupStateKeys('name', ['surname:vale', 'surname:none', 'person:vale|ada']);
      expect(found.get('surname:vale')).toEqual(['person:ada-vale', 'person:tom-vale']);
      expect(found.get('person:vale|ada')).toEqual(['person:ada-vale']);
      expect(found.has('surname:none')).toBe(false);
      // A limit returns at most limit + 1 refs, so a caller can tell a key that has more.
      expect((await store.lookupStateKeys('name', ['surname:vale'], 1)).get('surname:vale')).toEqual(['person:ada-vale', 'person:tom-vale']);
      expect((await store.lookupStateKeys('name', ['surname:vale'], 0)).get('surname:vale')).toEqual(['person:ada-vale']);

      // A write expecting another cursor (another update got there first) changes nothing.
      const stale = await store.writeCorpusState({ version: 'v1', cursor: 9, expect: 2, objects: [{ space: 'entity', id: 'org:harbour-board', data: null }], dropRefs: [], keys: [] });
      expect(stale).toBe(false);
      expect(await store.corpusState()).toMatchObject({ cursor: 3 });
      expect((await store.getStateObjects('entity', ['org:harbour-board'])).size).toBe(1);

      const next = await store.writeCorpusState({
        version: 'v1',
        cursor: 5,
        expect: 3,
        objects: [
          { space: 'entity', id: 'org:harbour-board', data: null },
          { space: 'entity', id: 'person:ada-vale', data: { name: 'Ada Vale', n: 3 } },
        ],
        dropRefs: [{ space: 'name', ref: 'person:tom-vale' }],
        keys: [{ space: 'name', key: 'surname:vale', ref: 'person:ada-vale' }],
      });
      expect(next).toBe(true);
      expect(await store.corpusState()).toMatchObject({ cursor: 5 });
      expect([...(await store.getStateObjects('entity', ['org:harbour-board', 'person:ada-vale'])).values()]).toEqual([{ name: 'Ada Vale', n: 3 }]);
      expect((await store.lookupStateKeys('name', ['surname:vale'])).get('surname:vale')).toEqual(['person:ada-vale']);
      expect((await store.lookupStateKeys('other', ['surname:vale'])).get('surname:vale')).toEqual(['x']);
      expect((await store.getStateObjects('doc', ['person:ada-vale'])).size).toBe(1);

      await store.clearCorpusState();
      expect(await store.corpusState()).toBeNull();
      expect((await store.getStateObjects('entity', ['person:ada-vale'])).size).toBe(0);
      expect((await store.lookupStateKeys('name', ['surname:vale'])).size).toBe(0);
    });

    it('applies a corpus delta with a state write: events replaced and dropped, items appended, blobs replaced', async () => {
      const store = await fresh();
      if (!store.writeCorpusState) return;
      await store.addDocuments(rawOf('h-1', '1'), [doc('d-1', 'h-1', 'a'), { ...doc('d-2', 'h-1', 'b'), part: 1 }]);
      const quote = { speaker: null, text: 'we will build it', documentId: 'd-1', start: 0, end: 5, partial: false };
      await store.saveCorpus({ entities: [], events: [event('e1', 'd-1', '2024-01-02'), event('e2', 'd-1', null)], quotes: [quote], claims: [], discrepancies: [], duplicates: {}, propagatedDates: {} });
      await store.writeCorpusState({ version: 'v1', cursor: 1, expect: null, objects: [], dropRefs: [], keys: [] });
      const grown = { ...event('e1', 'd-1', '2024-01-02'), documents: ['d-1', 'd-2'] };
      const entity = { id: 'org:harbour-board', type: 'organization' as const, name: 'Harbour Board', aliases: [], country: null, roles: [], mentions: 1, documents: ['d-2'] };
      const ok = await store.writeCorpusState(
        { version: 'v1', cursor: 2, expect: 1, objects: [], dropRefs: [], keys: [] },
        {
          upTo: 2,
          entities: [entity],
          events: [grown, event('e3', 'd-2', '2024-02-03')],
          deleteEvents: ['e2'],
          quotes: [{ ...quote, documentId: 'd-2' }],
          claims: [],
          discrepancies: [],
          duplicates: { 'd-2': 'd-1' },
          propagatedDates: {},
        },
      );
      expect(ok).toBe(true);
      const corpus = await store.loadCorpus();
      expect(corpus.events.map((e) => e.id).sort()).toEqual(['e1', 'e3']);
      expect(corpus.events.find((e) => e.id === 'e1')!.documents).toEqual(['d-1', 'd-2']);
      expect(corpus.entities).toEqual([entity]);
      expect(corpus.quotes.map((q) => q.documentId)).toEqual(['d-1', 'd-2']);
      expect(corpus.duplicates).toEqual({ 'd-2': 'd-1' });
      expect(await store.corpusState!()).toMatchObject({ cursor: 2, corpusSeq: 2 });
    });
    describe('corpus read queries', () => {
      const page = { offset: 0, limit: 50 };
      const ids = (p: { items: { id: string }[] }): string[] => p.items.map((x) => x.id);

      it('pages the timeline in date order, undated last, without denied events', async () => {
        const store = await fresh();
        await readFixture(store);
        const all = await store.timelinePage({ ...page, undated: 'true' });
        expect(ids(all)).toEqual(['ev-strike', 'ev-meet', 'ev-deal', 'ev-plan', 'ev-undated']);
        expect(all.total).toBe(5);
        const second = await store.timelinePage({ offset: 1, limit: 2 });
        expect([ids(second), second.total]).toEqual([['ev-meet', 'ev-deal'], 5]);
        const deal = all.items[2]!;
        expect(deal).toMatchObject({ id: 'ev-deal', type: 'AGREE', sourceCount: 2, date: '2024-04-10', when: '2024-04-10', planned: false, reportedOn: '2024-03-02' });
        expect(deal.participants).toEqual([{ id: 'p-holt', name: 'Mira Holt' }, { id: 'c-valdia', name: 'Valdia' }]);
        // A month-only date is drawn before the days of that month.
        expect(all.items[0]).toMatchObject({ precision: 'month', location: { id: 'c-valdia', name: 'Valdia' } });
      });

      it('filters the timeline by dates, type or kind, entity id or name, source, topic, planned, undated and words', async () => {
        const store = await fresh();
        await readFixture(store);
        const tl = async (q: Omit<Parameters<Store['timelinePage']>[0], 'offset' | 'limit'>): Promise<string[]> => ids(await store.timelinePage({ ...page, ...q }));
        // A month overlaps from=2024-03-05; a day inside the month is within to=2024-03.
        expect(await tl({ from: '2024-03-05' })).toEqual(['ev-strike', 'ev-deal', 'ev-plan']);
        expect(await tl({ to: '2024-03' })).toEqual(['ev-strike', 'ev-meet']);
        expect(await tl({ from: '2024-04', to: '2024-04-30' })).toEqual(['ev-deal']);
        expect(await tl({ type: ['agree'] })).toEqual(['ev-deal']);
        expect(await tl({ type: ['MEET'] })).toEqual(['ev-meet', 'ev-plan']);
        // A name (or alias) matches every entity containing it; an id only that entity, as participant or place.
        expect(await tl({ entity: ['holt'] })).toEqual(['ev-meet', 'ev-deal', 'ev-undated']);
        expect(await tl({ entity: ['c-valdia'] })).toEqual(['ev-strike', 'ev-deal']);
        expect(await tl({ entity: ['nobody here'] })).toEqual([]);
        expect(await tl({ source: ['south'] })).toEqual(['ev-strike', 'ev-undated']);
        expect(await tl({ source: ['d-c'] })).toEqual(['ev-deal']);
        expect(await tl({ topic: ['TRADE'] })).toEqual(['ev-meet', 'ev-deal']);
        expect(await tl({ planned: true })).toEqual(['ev-plan']);
        expect(await tl({ planned: false, undated: 'false' })).toEqual(['ev-strike', 'ev-meet', 'ev-deal']);
        expect(await tl({ undated: 'only' })).toEqual(['ev-undated']);
        // top=2: the most reported (ev-deal, two documents), then the heaviest (ev-meet), in date order.
        expect(await tl({ top: 2 })).toEqual(['ev-meet', 'ev-deal']);
        expect(await tl({ q: 'tomas' })).toEqual(['ev-meet', 'ev-plan']);
        expect(await tl({ q: 'Reyes OR Union', entity: ['Holt'] })).toEqual(['ev-meet']);
        expect((await store.timelinePage({ ...page, entity: ['holt'], offset: 2 })).total).toBe(3);
      });

      it('summarises the timeline (dates, perDate) as buildTimeline does', async () => {
        const store = await fresh();
        const corpus = await readFixture(store);
        for (const [dates, perDate] of [[1, 1], [2, 1], [3, 5]] as const) {
          const want = buildTimeline(corpus, { dates, perDate }).map((t) => t.event.id);
          expect(want.length).toBe(dates);
          const got = await store.timelinePage({ ...page, dates, perDate });
          expect([ids(got), got.total]).toEqual([want, want.length]);
        }
      });

      it('reads an event with its sources and disagreements, also one that is not on the timeline', async () => {
        const store = await fresh();
        await readFixture(store);
        const deal = await store.eventById('ev-deal');
        expect(deal!.event.sources.map((s) => s.documentId)).toEqual(['d-c', 'd-a']);
        expect(deal!.listed).toBe(true);
        expect(deal!.item.headline).toContain('Mira Holt');
        expect(deal!.disagreements.map((d) => d.values.map((v) => v.value))).toEqual([['2024-04-10', '2024-04-09']]);
        const denied = await store.eventById('ev-denied');
        expect([denied!.listed, denied!.item.when, denied!.disagreements]).toEqual([false, '2024-03-03', []]);
        expect(await store.eventById('ev-none')).toBeNull();
      });

      it('lists entities most mentioned first, by type or name, with their latest role', async () => {
        const store = await fresh();
        await readFixture(store);
        const list = await store.entityList(page);
        expect(ids(list)).toEqual(['p-holt', 'c-valdia', 'p-reyes', 'o-union']);
        expect(list.items[0]).toMatchObject({ role: 'Mayor of Valdia', mentions: 5, documents: 2, aliases: ['Holt'] });
        expect(ids(await store.entityList({ ...page, type: 'person' }))).toEqual(['p-holt', 'p-reyes']);
        expect(ids(await store.entityList({ ...page, q: 'REYES' }))).toEqual(['p-reyes']);
        expect((await store.entityList({ offset: 1, limit: 1 })).total).toBe(4);
        expect((await store.pickEntity('a'))!.id).toBe('p-holt');
        expect((await store.pickEntity('c-valdia'))!.name).toBe('Valdia');
        expect(await store.pickEntity('zz')).toBeNull();
        expect(await store.entityNames(['c-valdia', 'x'])).toEqual(new Map([['c-valdia', 'Valdia']]));
      });

      it('reads an entity with a page of its events and documents, its quotes, claims and neighbours', async () => {
        const store = await fresh();
        await readFixture(store);
        const holt = await store.entityById('p-holt', page);
        expect([ids(holt!.events), holt!.events.total]).toEqual([['ev-meet', 'ev-deal', 'ev-undated'], 3]);
        expect(ids(holt!.documents)).toEqual(['d-a', 'd-c']);
        expect(holt!.quotes.map((q) => q.text)).toEqual(['The harbour will reopen soon']);
        expect(holt!.claims).toEqual([]);
        // Valdia shares ev-deal and documents d-a, d-c (2 x 1 + 2); Reyes ev-meet and d-a (2 x 1 + 1).
        expect(holt!.coOccurring).toEqual([
          { id: 'c-valdia', name: 'Valdia', type: 'country', events: 1, documents: 2 },
          { id: 'p-reyes', name: 'Tomás Reyes', type: 'person', events: 1, documents: 1 },
        ]);
        const paged = await store.entityById('p-holt', { offset: 1, limit: 1 });
        expect([ids(paged!.events), paged!.events.total, ids(paged!.documents), paged!.documents.total]).toEqual([['ev-deal'], 3, ['d-c'], 2]);
        expect((await store.entityById('p-reyes', page))!.claims.map((c) => c.subject)).toEqual(['Dock workers']);
        expect(await store.entityById('p-none', page)).toBeNull();
      });

      it('finds the events two entities share, a country also through its people', async () => {
        const store = await fresh();
        const corpus = await readFixture(store);
        const e = (id: string): Entity => corpus.entities.find((x) => x.id === id)!;
        expect((await store.relationshipEvents(e('c-valdia'), e('p-reyes'))).map((t) => t.id)).toEqual(['ev-meet']);
        // Holt is from Valdia (VLD): every event Holt takes part in involves Valdia too.
        expect((await store.relationshipEvents(e('p-holt'), e('c-valdia'))).map((t) => t.id)).toEqual(['ev-meet', 'ev-deal', 'ev-undated']);
        expect(await store.relationshipEvents(e('o-union'), e('p-reyes'))).toEqual([]);
      });

      it('pages documents in ingest order with their labels, shown dates and duplicates; filters them', async () => {
        const store = await fresh();
        await readFixture(store);
        const docs = await store.documentPage(page);
        expect(docs.items.map((d) => [d.id, d.label, d.published, d.duplicateOf, d.publisher])).toEqual([
          ['d-a', 'Harbour talks', '2024-03-02', null, 'North Gazette'],
          ['d-b', 'Ferry strike ends', '2024-03-05', null, 'South Courier'],
          ['d-c', 'Grain deal signed', '2024-04-10', 'd-a', 'North Gazette'],
        ]);
        expect(ids(await store.documentPage({ ...page, publisher: 'north' }))).toEqual(['d-a', 'd-c']);
        expect(ids(await store.documentPage({ ...page, q: 'GRAIN' }))).toEqual(['d-c']);
        expect(ids(await store.documentPage({ ...page, from: '2024-03-03' }))).toEqual(['d-b', 'd-c']);
        expect(ids(await store.documentPage({ ...page, to: '2024-03' }))).toEqual(['d-a', 'd-b']);
        expect((await store.documentPage({ offset: 2, limit: 5 })).items.length).toBe(1);
        const a = await store.documentById('d-a');
        expect(a!.events.map((x) => x.item.id)).toEqual(['ev-meet', 'ev-deal', 'ev-plan']);
        expect(a!.entities.map((x) => [x.id, x.names])).toEqual([['p-holt', ['mira holt', 'holt']], ['p-reyes', ['tomás reyes']], ['c-valdia', ['valdia']]]);
        expect((await store.documentById('d-b'))!.published).toEqual({ value: '2024-03-05', confidence: 0.5, evidence: 'event ev-strike' });
        expect(await store.documentById('d-none')).toBeNull();
        const labels = await store.labels(['d-b', 'd-x'], ['ev-deal', 'ev-denied']);
        expect([[...labels.documents.keys()], [...labels.events.keys()]]).toEqual([['d-b'], ['ev-deal']]);
      });

      it('pages quotes (with the speaker name), claims and discrepancies, with their filters', async () => {
        const store = await fresh();
        await readFixture(store);
        const quotes = await store.quotePage(page);
        expect(quotes.items.map((q) => [q.text, q.speakerName])).toEqual([['The harbour will reopen soon', 'Mira Holt'], ['Nobody expected this', null]]);
        expect((await store.quotePage({ ...page, speaker: 'mira' })).items.map((q) => q.documentId)).toEqual(['d-a']);
        expect((await store.quotePage({ ...page, speaker: 'nobody' })).total).toBe(0);
        expect((await store.quotePage({ ...page, q: 'EXPECTED' })).items.map((q) => q.documentId)).toEqual(['d-b']);
        expect((await store.quotePage({ ...page, document: 'd-b' })).total).toBe(1);
        expect((await store.claimPage({ ...page, subject: 'dock' })).total).toBe(1);
        expect((await store.claimPage({ ...page, claimant: 'holt' })).total).toBe(0);
        expect((await store.claimPage({ ...page, claimant: 'reyes', document: 'd-b' })).items.map((c) => c.value)).toEqual([300]);
        expect((await store.discrepancyPage(page)).items.map((d) => d.ref)).toEqual(['ev-deal']);
      });

      it('searches entities (names, aliases), timeline events (headline, sentence, names) and quotes (with the speaker)', async () => {
        const store = await fresh();
        await readFixture(store);
        expect(await store.searchCounts('holt')).toEqual({ entity: 1, event: 3, quote: 1 });
        expect((await store.searchCorpus('holt', 'event', 0, 10)).map((r) => r.id)).toEqual(['ev-meet', 'ev-deal', 'ev-undated']);
        expect((await store.searchCorpus('holt', 'event', 1, 1)).map((r) => r.id)).toEqual(['ev-deal']);
        const [quote] = await store.searchCorpus('holt harbour', 'quote', 0, 10);
        expect(quote).toEqual({ id: 'd-a', title: 'Mira Holt', text: 'The harbour will reopen soon', start: 5, end: 30 });
        // Accents folded; prefix; NOT.
        expect((await store.searchCorpus('TOMAS', 'entity', 0, 10)).map((r) => [r.id, r.title])).toEqual([['p-reyes', 'Tomás Reyes (person)']]);
        expect((await store.searchCounts('val*')).entity).toBe(1);
        expect(await store.searchCounts('holt -harbour')).toEqual({ entity: 1, event: 3, quote: 0 });
        await expect(store.searchCounts('(holt')).rejects.toMatchObject({ code: 'E_USAGE' });
      });

      it('counts the corpus and gives the facets', async () => {
        const store = await fresh();
        await readFixture(store);
        expect(await store.corpusStats()).toEqual({ documents: 3, entities: 4, events: 6, timeline: 5, undated: 1, quotes: 2, claims: 1, discrepancies: 1 });
        const f = await store.facets();
        expect(f.types).toEqual([{ value: 'CONSULT', count: 3 }, { value: 'AGREE', count: 1 }, { value: 'PROTEST', count: 1 }]);
        expect(f.topics.map((t) => [t.value, t.count]).sort()).toEqual([['Trade', 1], ['labour', 1], ['trade', 1]]);
        expect(f.publishers).toEqual([{ value: 'North Gazette', count: 2 }, { value: 'South Courier', count: 1 }]);
        expect(f.entities).toEqual([
          { value: 'p-holt', count: 3, name: 'Mira Holt' },
          { value: 'p-reyes', count: 2, name: 'Tomás Reyes' },
          { value: 'c-valdia', count: 1, name: 'Valdia' },
          { value: 'o-union', count: 1, name: 'Dock Union' },
        ]);
      });

      it('answers from the last saved corpus only', async () => {
        const store = await fresh();
        const corpus = await readFixture(store);
        await store.saveCorpus({ ...corpus, events: corpus.events.filter((e) => e.id === 'ev-meet'), quotes: [], discrepancies: [] });
        expect(ids(await store.timelinePage(page))).toEqual(['ev-meet']);
        expect((await store.entityById('p-holt', page))!.events.total).toBe(1);
        expect(await store.searchCounts('holt')).toEqual({ entity: 1, event: 1, quote: 0 });
        expect(await store.corpusStats()).toMatchObject({ events: 1, timeline: 1, quotes: 0, discrepancies: 0 });
        expect(await store.eventById('ev-deal')).toBeNull();
      });
    });
  });
}
