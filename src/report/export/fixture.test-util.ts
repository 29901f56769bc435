/**
 * A small hand-made dossier for the export tests (invented people, our own sentences): three
 * documents, five entities, four events (an exact day, a month, an "on or before" date, and
 * one undated), a quote, two claims and the figure they disagree on. Every expected count in
 * the tests is worked out from this file by hand (see the comments there).
 */
import type { CorpusResult, SourceRef } from '../../corpus/types.js';
import type { DocumentView } from '../documents.js';
import type { ExportData } from './data.js';
import type { ParticipantRole } from './roles.js';

const A1 = 'Norwegian Trade Minister Lena Marsh met Chilean envoy Omar Castell in Oslo on 3 March 2022.';
const A2 = '"We will build the port together, & soon," Marsh said.';
const A3 = 'Norway shipped 40 tonnes of salmon, worth $12 million, to Chile in March.';
const B1 = 'Lena Marsh and Omar Castell held talks in Oslo on 3 March 2022.';
const B2 = 'Chile later condemned a raid on a <fishing> depot.';
const B3 = 'Castell said the shipment was worth $15 million.';
const C1 = 'Marsh telephoned Castell, according to aides.';

function doc(id: string, sentences: string[], over: Partial<DocumentView>): DocumentView {
  return {
    id,
    externalId: null,
    metadata: {},
    source: `${id}.txt`,
    url: null,
    title: null,
    publisher: null,
    byline: null,
    language: 'en',
    published: { value: null, confidence: 0, evidence: 'none' },
    captured: null,
    text: sentences.join(' '),
    duplicateOf: null,
    messages: [],
    ...over,
  };
}

export const docA = doc('doc-a', [A1, A2, A3], {
  title: 'Ports, "partners" & <trade>',
  publisher: 'Harbour Gazette',
  url: 'https://example.org/a?x=1&y=2',
  published: { value: '2022-03-04', confidence: 0.9, evidence: 'record:published' },
});
export const docB = doc('doc-b', [B1, B2, B3], { published: { value: '2022-03-05', confidence: 0.9, evidence: 'record:published' } });
export const docC = doc('doc-c', [C1], { title: 'Note\nwith a line break' });

function at(d: DocumentView, sentence: string): SourceRef {
  const start = d.text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: "${sentence}" not in ${d.id}`);
  return { documentId: d.id, start, end: start + sentence.length };
}

export const MARSH = 'person:lena-marsh';
export const CASTELL = 'person:omar-castell';
export const NOR = 'country:nor';
export const CHL = 'country:chl';
export const OSLO = 'place:oslo';

const exact = (value: string, quote: string) => ({ value, granularity: 'day' as const, confidence: 0.8, evidence: 'timex', quote });

export const corpus: CorpusResult = {
  entities: [
    {
      id: MARSH,
      type: 'person',
      name: 'Lena Marsh',
      aliases: ['Marsh'],
      country: null,
      roles: [
        { title: 'Trade Minister', of: NOR, asOf: '2022-03-04', source: at(docA, A1) },
        { title: 'Trade Minister', of: NOR, asOf: '2022-03-05', source: at(docB, B1) },
      ],
      mentions: 4,
      documents: ['doc-a', 'doc-b', 'doc-c'],
    },
    { id: CASTELL, type: 'person', name: 'Omar Castell', aliases: ['Castell'], country: null, roles: [{ title: 'envoy', of: CHL, asOf: '2022-03-04', source: at(docA, A1) }], mentions: 4, documents: ['doc-a', 'doc-b', 'doc-c'] },
    { id: NOR, type: 'country', name: 'Norway', aliases: ['Norwegian'], country: 'NOR', roles: [], mentions: 2, documents: ['doc-a'] },
    { id: CHL, type: 'country', name: 'Chile', aliases: ['Chilean'], country: 'CHL', roles: [], mentions: 3, documents: ['doc-a', 'doc-b'] },
    { id: OSLO, type: 'place', name: 'Oslo', aliases: [], country: null, roles: [], mentions: 2, documents: ['doc-a', 'doc-b'] },
  ],
  events: [
    {
      id: 'ev:000000000001',
      type: 'CONSULT',
      kind: 'meet',
      date: exact('2022-03-03', '3 March 2022'),
      future: false,
      modality: 'asserted',
      participants: [MARSH, CASTELL],
      countries: { source: ['NOR'], target: ['CHL'] },
      location: OSLO,
      topics: ['trade'],
      summary: A1,
      sources: [at(docA, A1), at(docB, B1)],
      documents: ['doc-a', 'doc-b'],
      weight: 6,
    },
    {
      id: 'ev:000000000002',
      type: 'AID',
      kind: 'supply',
      date: { value: '2022-03', granularity: 'month', confidence: 0.7, evidence: 'timex', quote: 'in March' },
      future: false,
      modality: 'asserted',
      participants: [NOR, CHL],
      countries: { source: ['NOR'], target: ['CHL'] },
      location: null,
      topics: ['trade'],
      summary: A3,
      sources: [at(docA, A3)],
      documents: ['doc-a'],
      weight: 3,
    },
    {
      id: 'ev:000000000003',
      type: 'DISAPPROVE',
      kind: 'condemn',
      date: { value: '2022-03-05', granularity: 'day', confidence: 0.3, evidence: 'article-date' },
      future: false,
      modality: 'asserted',
      participants: [CHL],
      countries: { source: ['CHL'], target: [] },
      location: null,
      topics: [],
      summary: B2,
      sources: [at(docB, B2)],
      documents: ['doc-b'],
      weight: 3,
    },
    {
      id: 'ev:000000000004',
      type: 'CONSULT',
      kind: 'call',
      date: { value: null, confidence: 0, evidence: 'none' },
      future: false,
      modality: 'asserted',
      participants: [MARSH, CASTELL],
      location: null,
      topics: [],
      summary: C1,
      sources: [at(docC, C1)],
      documents: ['doc-c'],
      weight: 3,
    },
  ],
  quotes: [{ speaker: MARSH, text: 'We will build the port together, & soon,', ...at(docA, A2), partial: false }],
  claims: [
    { value: 12_000_000, unit: 'USD', text: '$12 million', subject: 'salmon shipment', claimant: null, time: '2022-03', ...at(docA, '$12 million') },
    { value: 15_000_000, unit: 'USD', text: '$15 million', subject: 'salmon shipment', claimant: CASTELL, time: null, ...at(docB, '$15 million') },
  ],
  discrepancies: [
    {
      kind: 'figure',
      about: 'salmon shipment (USD)',
      ref: 'salmon shipment',
      values: [
        { value: '12000000', sources: [at(docA, '$12 million')] },
        { value: '15000000', sources: [at(docB, '$15 million')] },
      ],
    },
  ],
  duplicates: {},
  propagatedDates: {},
};

const roles = (entries: [string, ParticipantRole][]) => new Map(entries);

export const fixture: ExportData = {
  documents: [docA, docB, docC],
  corpus,
  roles: new Map([
    ['ev:000000000001', roles([[MARSH, 'source'], [CASTELL, 'target']])],
    ['ev:000000000002', roles([[NOR, 'source'], [CHL, 'target']])],
    ['ev:000000000003', roles([[CHL, 'source']])],
    ['ev:000000000004', roles([[MARSH, 'source'], [CASTELL, 'target']])],
  ]),
};
