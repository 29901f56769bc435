/**
 * The server's sample corpus (src/server/sample.ts) plus a third, untitled report written
 * for these tests: a dated agreement between two countries and an undated phone call. Used by
 * the browser tests and the API tests of what the web app shows.
 */
import { createArticle } from '../../src/core/article.js';
import type { RawInput } from '../../src/core/types.js';
import type { CorpusResult, Event } from '../../src/corpus/types.js';
import { sampleArticles, sampleCorpus } from '../../src/server/sample.js';
import type { Store } from '../../src/store/types.js';

export const C_TEXT = [
  'Moscow and Islamabad sign a grain accord',
  '',
  'Russia and Pakistan signed an agreement on wheat deliveries in Moscow on 3 March 2024, officials of both governments said after a ceremony that ran late into the evening.',
  'President Putin spoke with Kakar by telephone about the accord, the Kremlin said.',
].join('\n');

const at = (s: string): { start: number; end: number } => {
  const start = C_TEXT.indexOf(s);
  if (start < 0) throw new Error(`story-store: "${s}" not in text`);
  return { start, end: start + s.length };
};

const AGREE_SENTENCE = 'Russia and Pakistan signed an agreement on wheat deliveries in Moscow on 3 March 2024, officials of both governments said after a ceremony that ran late into the evening.';
const CALL_SENTENCE = 'President Putin spoke with Kakar by telephone about the accord, the Kremlin said.';

export function storyCorpus(): CorpusResult {
  const c = sampleCorpus();
  c.entities.push(
    { id: 'country:rus', type: 'country', name: 'Russia', aliases: [], country: 'RUS', mentions: 1, documents: ['docC'], roles: [] },
    { id: 'country:pak', type: 'country', name: 'Pakistan', aliases: [], country: 'PAK', mentions: 1, documents: ['docC'], roles: [] },
    { id: 'moscow', type: 'place', name: 'Moscow', aliases: [], country: 'RUS', mentions: 1, documents: ['docC'], roles: [] },
  );
  for (const e of c.entities) if (e.id === 'putin' || e.id === 'kakar') e.documents.push('docC');
  // The same role again, in another case, from the later report: one role, first and last seen.
  c.entities.find((e) => e.id === 'putin')!.roles.push({ title: 'president', of: 'russia', asOf: '2024-03-04', source: { documentId: 'docC', ...at('President Putin') } });
  const agree: Event = {
    id: 'ev-agree', type: 'AGREE', kind: 'agree',
    date: { value: '2024-03-03', granularity: 'day', confidence: 0.8, evidence: 'weekday-inference: "Sunday" in document docC, on or before 2024-03-04' },
    future: false, modality: 'asserted', participants: ['country:rus', 'country:pak'], countries: { source: ['RUS'], target: ['PAK'] },
    location: 'moscow', topics: ['economy'], summary: AGREE_SENTENCE, sources: [{ documentId: 'docC', ...at(AGREE_SENTENCE) }], documents: ['docC'], weight: 3,
  };
  const call: Event = {
    id: 'ev-call', type: 'CONSULT', kind: 'call',
    date: { value: null, confidence: 0, evidence: 'none' },
    future: false, modality: 'asserted', participants: ['putin', 'kakar'], countries: { source: ['RUS'], target: ['PAK'] },
    location: null, topics: ['diplomacy'], summary: CALL_SENTENCE, sources: [{ documentId: 'docC', ...at(CALL_SENTENCE) }], documents: ['docC'], weight: 3,
  };
  c.events.push(agree, call);
  return c;
}

/** Store the three articles and the corpus. */
export async function loadStoryStore(store: Store): Promise<void> {
  const c = createArticle({
    id: 'docC', source: 'inbox/2024/wire-0042.txt', rawHash: 'hash-docC', text: C_TEXT, title: null, publisher: 'Wire Desk', url: null,
    published: { value: '2024-03-04', confidence: 0.9, evidence: 'text:dateline', granularity: 'day' },
  });
  for (const a of [...sampleArticles(), c]) {
    const raw: RawInput = { source: a.source, bytes: new TextEncoder().encode(a.text), contentType: 'text/plain', meta: {}, hash: a.rawHash };
    await store.addDocuments(raw, [a]);
  }
  await store.saveCorpus(storyCorpus());
}
