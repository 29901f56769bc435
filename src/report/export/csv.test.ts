import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_TABLES, toCsv } from './csv.js';
import { corpus, docA, docB, docC, fixture } from './fixture.test-util.js';

const read = (files: Map<string, string>, name: string): Record<string, string>[] => parse(files.get(name)!, { columns: true, relax_column_count: false }) as Record<string, string>[];

describe('csv export', () => {
  const files = toCsv(fixture);

  it('writes one file per table, each with a header row and CRLF line ends', () => {
    expect([...files.keys()]).toEqual(CSV_TABLES.map((t) => `${t}.csv`));
    for (const text of files.values()) {
      expect(text).toMatch(/^[a-z_,]+\r\n/);
      expect(text.endsWith('\r\n')).toBe(true);
    }
    // A field with a line break is quoted (RFC 4180 2.6), even a lone LF.
    expect(files.get('documents.csv')).toContain(',"Note\nwith a line break",');
    // Strict CRLF records: 3 documents and the header.
    expect(parse(files.get('documents.csv')!, { record_delimiter: '\r\n' })).toHaveLength(4);
  });

  it('round-trips values with commas, quotes and line breaks through a real CSV reader', () => {
    const docs = read(files, 'documents.csv');
    // 3 documents in the fixture, in order.
    expect(docs.map((d) => d.id)).toEqual(['doc-a', 'doc-b', 'doc-c']);
    expect(docs[0]!.title).toBe('Ports, "partners" & <trade>');
    expect(docs[2]!.title).toBe('Note\nwith a line break');
    expect(docs[0]!.text).toBe(docA.text);
    expect(docs[0]!.url).toBe('https://example.org/a?x=1&y=2');
    expect(docs[1]!.title).toBe(''); // null is an empty field
    expect(docs[0]!.published).toBe('2022-03-04');
    expect(docs[2]!.published).toBe('');
  });

  it('joins lists with "; " and names entities next to their ids', () => {
    const ents = read(files, 'entities.csv');
    expect(ents).toHaveLength(5);
    const marsh = ents.find((e) => e.id === 'person:lena-marsh')!;
    // Two "Trade Minister of Norway" roles (two dates) become one.
    expect(marsh.roles).toBe('Trade Minister of Norway');
    expect(marsh.documents).toBe('doc-a; doc-b; doc-c');
    const events = read(files, 'events.csv');
    expect(events.map((e) => e.id)).toEqual(corpus.events.map((e) => e.id));
    const meeting = events[0]!;
    expect(meeting.participant_names).toBe('Lena Marsh; Omar Castell');
    expect(meeting.actors).toBe('person:lena-marsh');
    expect(meeting.recipients).toBe('person:omar-castell');
    expect(meeting.location_name).toBe('Oslo');
    expect(meeting.future).toBe('false');
    expect(meeting.source_count).toBe('2');
    expect(events[3]!.date).toBe('');
  });

  it('gives every cited sentence its own row, and one row per disputed value', () => {
    const sources = read(files, 'event_sources.csv');
    // Sources: 2 (meeting) + 1 + 1 + 1.
    expect(sources).toHaveLength(5);
    const b = sources.find((s) => s.event_id === 'ev:000000000001' && s.document_id === 'doc-b')!;
    expect(b.text).toBe('Lena Marsh and Omar Castell held talks in Oslo on 3 March 2022.');
    expect(docB.text.slice(Number(b.start), Number(b.end))).toBe(b.text);
    const c = sources.find((s) => s.document_id === 'doc-c')!;
    expect(docC.text.slice(Number(c.start), Number(c.end))).toBe('Marsh telephoned Castell, according to aides.');
    expect(read(files, 'quotes.csv')).toEqual([
      { speaker: 'person:lena-marsh', speaker_name: 'Lena Marsh', text: 'We will build the port together, & soon,', partial: 'false', document_id: 'doc-a', start: String(corpus.quotes[0]!.start), end: String(corpus.quotes[0]!.end) },
    ]);
    const claims = read(files, 'claims.csv');
    expect(claims.map((c) => [c.value, c.claimant_name])).toEqual([['12000000', ''], ['15000000', 'Omar Castell']]);
    const disc = read(files, 'discrepancies.csv');
    expect(disc.map((d) => d.value)).toEqual(['12000000', '15000000']);
    const [doc, span] = disc[1]!.sources!.split(':') as [string, string];
    const [start, end] = span.split('-').map(Number) as [number, number];
    expect(doc).toBe('doc-b');
    expect(docB.text.slice(start, end)).toBe('$15 million');
  });

  it('writes the header row of an empty table', () => {
    const empty = toCsv({ documents: [], corpus: { ...corpus, entities: [], events: [], quotes: [], claims: [], discrepancies: [] }, roles: new Map() });
    expect(empty.get('quotes.csv')).toBe('speaker,speaker_name,text,partial,document_id,start,end\r\n');
  });
});
