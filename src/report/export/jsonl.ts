import type { ExportData } from './data.js';

/**
 * One JSON record a line, each with `type` saying what it is: document, entity, event,
 * quote, claim, discrepancy. An entity's own type is `entityType`, an event's PLOVER type
 * `eventType` (the record's `type` takes their place); events also carry `roles`.
 */
export function toJsonl(data: ExportData): string {
  const lines: string[] = [];
  const put = (record: object): void => {
    lines.push(JSON.stringify(record));
  };
  for (const d of data.documents) put({ type: 'document', ...d });
  for (const { type, ...e } of data.corpus.entities) put({ type: 'entity', entityType: type, ...e });
  for (const { type, ...e } of data.corpus.events) put({ type: 'event', eventType: type, ...e, roles: Object.fromEntries(data.roles.get(e.id) ?? []) });
  for (const q of data.corpus.quotes) put({ type: 'quote', ...q });
  for (const c of data.corpus.claims) put({ type: 'claim', ...c });
  for (const x of data.corpus.discrepancies) put({ type: 'discrepancy', ...x });
  return lines.length ? lines.join('\n') + '\n' : '';
}
