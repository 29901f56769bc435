import { stringify } from 'csv-stringify/sync';
import type { SourceRef } from '../../corpus/types.js';
import { type ExportData, ExportIndex } from './data.js';

/** The tables the CSV export writes, one file each, in this order. */
export const CSV_TABLES = ['documents', 'entities', 'events', 'event_sources', 'quotes', 'claims', 'discrepancies'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

/** Lists in one cell are joined with this. */
export const LIST_SEPARATOR = '; ';

const list = (values: readonly (string | null)[]): string => values.filter((v): v is string => !!v).join(LIST_SEPARATOR);
const cite = (s: SourceRef): string => `${s.documentId}:${s.start}-${s.end}`;

/** Each table's rows (column order is the key order of the first row; see COLUMNS). */
function tables(data: ExportData): Record<CsvTable, Row[]> {
  const ix = new ExportIndex(data);
  const { corpus } = data;
  return {
    documents: data.documents.map((d) => ({
      id: d.id,
      external_id: d.externalId,
      source: d.source,
      url: d.url,
      title: d.title,
      publisher: d.publisher,
      byline: d.byline,
      language: d.language,
      published: d.published.value,
      published_confidence: d.published.confidence,
      published_evidence: d.published.evidence,
      captured: d.captured,
      duplicate_of: d.duplicateOf,
      text: d.text,
    })),
    entities: corpus.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: list(e.aliases),
      country: e.country,
      roles: list([...new Set(e.roles.map((r) => `${r.title}${r.of ? ` of ${ix.name(r.of)}` : ''}`))]),
      mentions: e.mentions,
      documents: list(e.documents),
    })),
    events: corpus.events.map((e) => ({
      id: e.id,
      date: e.date.value,
      date_granularity: e.date.granularity ?? null,
      date_evidence: e.date.evidence,
      date_confidence: e.date.confidence,
      kind: e.kind,
      plover_type: e.type,
      modality: e.modality,
      future: e.future,
      participants: list(e.participants),
      participant_names: list(e.participants.map((p) => ix.name(p))),
      actors: list(e.participants.filter((p) => ix.roleOf(e, p) === 'source')),
      recipients: list(e.participants.filter((p) => ix.roleOf(e, p) === 'target')),
      source_countries: list(e.countries?.source ?? []),
      target_countries: list(e.countries?.target ?? []),
      location: e.location,
      location_name: ix.name(e.location),
      topics: list(e.topics),
      summary: e.summary,
      documents: list(e.documents),
      source_count: e.documents.length,
      weight: e.weight,
    })),
    event_sources: corpus.events.flatMap((e) => e.sources.map((s) => ({ event_id: e.id, document_id: s.documentId, start: s.start, end: s.end, text: ix.cited(s) }))),
    quotes: corpus.quotes.map((q) => ({
      speaker: q.speaker,
      speaker_name: ix.name(q.speaker),
      text: q.text,
      partial: q.partial,
      document_id: q.documentId,
      start: q.start,
      end: q.end,
    })),
    claims: corpus.claims.map((c) => ({
      value: c.value,
      unit: c.unit,
      text: c.text,
      subject: c.subject,
      claimant: c.claimant,
      claimant_name: ix.name(c.claimant),
      time: c.time,
      document_id: c.documentId,
      start: c.start,
      end: c.end,
    })),
    discrepancies: corpus.discrepancies.flatMap((x) =>
      x.values.map((v) => ({ kind: x.kind, about: x.about, ref: x.ref, value: v.value, sources: list(v.sources.map(cite)) })),
    ),
  };
}

/** Column names of each table, so that an empty table still has its header row. */
export const COLUMNS: Record<CsvTable, string[]> = {
  documents: ['id', 'external_id', 'source', 'url', 'title', 'publisher', 'byline', 'language', 'published', 'published_confidence', 'published_evidence', 'captured', 'duplicate_of', 'text'],
  entities: ['id', 'type', 'name', 'aliases', 'country', 'roles', 'mentions', 'documents'],
  events: ['id', 'date', 'date_granularity', 'date_evidence', 'date_confidence', 'kind', 'plover_type', 'modality', 'future', 'participants', 'participant_names', 'actors', 'recipients', 'source_countries', 'target_countries', 'location', 'location_name', 'topics', 'summary', 'documents', 'source_count', 'weight'],
  event_sources: ['event_id', 'document_id', 'start', 'end', 'text'],
  quotes: ['speaker', 'speaker_name', 'text', 'partial', 'document_id', 'start', 'end'],
  claims: ['value', 'unit', 'text', 'subject', 'claimant', 'claimant_name', 'time', 'document_id', 'start', 'end'],
  discrepancies: ['kind', 'about', 'ref', 'value', 'sources'],
};

/**
 * The export as CSV files, `table.csv` -> content: RFC 4180 (CRLF line ends, fields with a
 * comma, quote or line break in double quotes, quotes doubled), a header row, booleans as
 * `true`/`false`, missing values empty, lists joined with "; ".
 */
export function toCsv(data: ExportData): Map<string, string> {
  const all = tables(data);
  const out = new Map<string, string>();
  for (const name of CSV_TABLES) {
    out.set(
      `${name}.csv`,
      stringify(all[name], {
        header: true,
        columns: COLUMNS[name],
        record_delimiter: 'windows',
        // csv-stringify quotes fields holding the record delimiter (CRLF); a lone LF or CR needs it too.
        quoted_match: /[\r\n]/,
        cast: { boolean: (v) => (v ? 'true' : 'false') },
      }),
    );
  }
  return out;
}
