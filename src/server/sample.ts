import { createArticle } from '../core/article.js';
import type { Article, RawInput } from '../core/types.js';
import type { CorpusResult } from '../corpus/types.js';
import type { Store } from '../store/types.js';

/**
 * A small hand-annotated corpus (two reports of the Putin–Kakar meeting of 17 October 2023,
 * one planned visit) for the server's tests: offsets are computed from the sentences, so the
 * fixture stays right when a sentence is edited.
 */
const A_TEXT = [
  'Putin meets Pakistani PM in Beijing',
  '',
  'ISLAMABAD: Russian President Vladimir Putin met Pakistani Prime Minister Anwaar-ul-Haq Kakar in Beijing on October 17, 2023. The potential for cooperation was “much higher, much bigger” than at present, Putin said.',
  'Lavrov will visit Islamabad in December.',
].join('\n');
const B_TEXT = [
  'Kakar holds talks with Putin',
  '',
  'Caretaker Prime Minister Anwaarul Haq Kakar met Russian President Vladimir Putin in Beijing on Tuesday.',
  'Trade between the two countries reached $1 billion, Kakar said.',
].join('\n');

const at = (text: string, s: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`sample: "${s}" not in text`);
  return { start, end: start + s.length };
};

function article(id: string, text: string, title: string, publisher: string, published: string): Article {
  return createArticle({
    id,
    source: `${id}.txt`,
    rawHash: `hash-${id}`,
    text,
    title,
    publisher,
    url: `https://example.org/${id}`,
    published: { value: published, confidence: 0.9, evidence: 'text:updated-line', granularity: 'day' },
  });
}

export function sampleArticles(): Article[] {
  const a = article('docA', A_TEXT, 'Putin meets Pakistani PM in Beijing', 'Arab News', '2023-10-18');
  a.entities = [
    { type: 'person', name: 'Vladimir Putin', aliases: ['Putin'] },
    { type: 'person', name: 'Anwaar-ul-Haq Kakar', aliases: ['Kakar'] },
    { type: 'place', name: 'Beijing', aliases: [] },
  ];
  a.mentions = [
    { ...at(A_TEXT, 'Vladimir Putin'), type: 'person', entity: 0, via: 'test' },
    { ...at(A_TEXT, 'Anwaar-ul-Haq Kakar'), type: 'person', entity: 1, via: 'test' },
    { ...at(A_TEXT, 'Beijing', 50), type: 'place', entity: 2, via: 'test' },
  ];
  a.timexes = [{ ...at(A_TEXT, 'October 17, 2023'), type: 'date', value: '2023-10-17', granularity: 'day', direction: 'past', relative: false }];
  const q = at(A_TEXT, '“much higher, much bigger”');
  a.quotes = [{ ...q, content: { start: q.start + 1, end: q.end - 1 }, speaker: 0, cue: 'said', partial: true }];
  const s1 = at(A_TEXT, 'Russian President Vladimir Putin met');
  a.events = [
    {
      ...at(A_TEXT, 'met'),
      trigger: 'met',
      sentence: { start: s1.start, end: A_TEXT.indexOf('2023.') + 5 },
      kind: 'meet',
      plover: 'CONSULT',
      participants: [
        { entity: 0, role: 'participant' },
        { entity: 1, role: 'participant' },
      ],
      location: 2,
      date: { value: '2023-10-17', confidence: 0.9, evidence: 'timex' },
      modality: 'asserted',
      topics: ['diplomacy'],
    },
  ];
  const b = article('docB', B_TEXT, 'Kakar holds talks with Putin', 'Dawn', '2023-10-18');
  b.entities = [
    { type: 'person', name: 'Anwaarul Haq Kakar', aliases: ['Kakar'] },
    { type: 'person', name: 'Vladimir Putin', aliases: ['Putin'] },
  ];
  b.mentions = [
    { ...at(B_TEXT, 'Anwaarul Haq Kakar'), type: 'person', entity: 0, via: 'test' },
    { ...at(B_TEXT, 'Vladimir Putin'), type: 'person', entity: 1, via: 'test' },
  ];
  return [a, b];
}

export function sampleCorpus(): CorpusResult {
  const aSentence = at(A_TEXT, 'Russian President Vladimir Putin met Pakistani Prime Minister Anwaar-ul-Haq Kakar in Beijing on October 17, 2023.');
  const bSentence = at(B_TEXT, 'Caretaker Prime Minister Anwaarul Haq Kakar met Russian President Vladimir Putin in Beijing on Tuesday.');
  const visit = at(A_TEXT, 'Lavrov will visit Islamabad in December.');
  return {
    entities: [
      { id: 'putin', type: 'person', name: 'Vladimir Putin', aliases: ['Putin'], country: 'RUS', mentions: 4, documents: ['docA', 'docB'],
        roles: [{ title: 'President', of: 'russia', asOf: '2023-10-18', source: { documentId: 'docA', ...at(A_TEXT, 'Russian President Vladimir Putin') } }] },
      { id: 'kakar', type: 'person', name: 'Anwaar-ul-Haq Kakar', aliases: ['Kakar', 'Anwaarul Haq Kakar'], country: 'PAK', mentions: 3, documents: ['docA', 'docB'],
        roles: [{ title: 'Caretaker Prime Minister', of: 'pakistan', asOf: '2023-10-18', source: { documentId: 'docB', ...at(B_TEXT, 'Caretaker Prime Minister Anwaarul Haq Kakar') } }] },
      { id: 'beijing', type: 'place', name: 'Beijing', aliases: [], country: 'CHN', mentions: 2, documents: ['docA', 'docB'], roles: [] },
      { id: 'lavrov', type: 'person', name: 'Sergey Lavrov', aliases: ['Lavrov'], country: 'RUS', mentions: 1, documents: ['docA'], roles: [] },
    ],
    events: [
      { id: 'ev-meet', type: 'CONSULT', kind: 'meet', date: { value: '2023-10-17', granularity: 'day', confidence: 0.9, evidence: 'timex', quote: 'October 17, 2023' },
        future: false, modality: 'asserted', participants: ['putin', 'kakar'], location: 'beijing', topics: ['diplomacy'],
        summary: 'Putin met Kakar in Beijing', sources: [{ documentId: 'docA', ...aSentence }, { documentId: 'docB', ...bSentence }], documents: ['docA', 'docB'], weight: 3 },
      { id: 'ev-visit', type: 'CONSULT', kind: 'visit', date: { value: '2023-12', granularity: 'month', confidence: 0.6, evidence: 'timex' },
        future: true, modality: 'planned', participants: ['lavrov'], location: null, topics: ['diplomacy'],
        summary: 'Lavrov will visit Islamabad', sources: [{ documentId: 'docA', ...visit }], documents: ['docA'], weight: 1 },
    ],
    quotes: [{ speaker: 'putin', text: 'much higher, much bigger', documentId: 'docA', ...at(A_TEXT, 'much higher, much bigger'), partial: true }],
    claims: [{ value: 1e9, unit: 'USD', text: '$1 billion', subject: 'trade between the two countries', claimant: 'kakar', time: null, documentId: 'docB', ...at(B_TEXT, '$1 billion') }],
    discrepancies: [{ kind: 'place', about: 'where the meeting took place', ref: 'ev-meet', values: [{ value: 'Beijing', sources: [{ documentId: 'docA', ...aSentence }] }, { value: 'Beijing (forum)', sources: [{ documentId: 'docB', ...bSentence }] }] }],
    duplicates: {},
    propagatedDates: {},
  };
}

/** Store the sample articles and corpus. */
export async function loadSample(store: Store): Promise<void> {
  for (const a of sampleArticles()) {
    const raw: RawInput = { source: a.source, bytes: new TextEncoder().encode(a.text), contentType: 'text/plain', meta: {}, hash: a.rawHash };
    await store.addDocuments(raw, [a]);
  }
  await store.saveCorpus(sampleCorpus());
}
