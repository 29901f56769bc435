import { exportOf } from '../export.js';
import { toCsv } from './csv.js';
import type { ExportData } from './data.js';
import { toGraphml } from './graphml.js';
import { toJsonl } from './jsonl.js';
import { toMarkdown } from './md.js';
import { toPlover } from './plover.js';
import { toTimelineJs } from './timelinejs.js';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'md', 'graphml', 'timelinejs', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a format produced: one text, or (csv) one file per table; `notes` are for the user (stderr). */
export type ExportOutput = { kind: 'text'; text: string; notes: string[] } | { kind: 'files'; files: Map<string, string>; notes: string[] };

export function renderExport(format: ExportFormat, data: ExportData, now = new Date()): ExportOutput {
  switch (format) {
    case 'json': {
      return { kind: 'text', text: JSON.stringify(exportOf(data.documents, data.corpus, now), null, 2) + '\n', notes: [] };
    }
    case 'jsonl':
      return { kind: 'text', text: toJsonl(data), notes: [] };
    case 'csv':
      return { kind: 'files', files: toCsv(data), notes: [] };
    case 'md':
      return { kind: 'text', text: toMarkdown(data), notes: [] };
    case 'graphml':
      return { kind: 'text', text: toGraphml(data), notes: [] };
    case 'timelinejs': {
      const { timeline, undated } = toTimelineJs(data);
      const notes = undated ? [`left out ${undated} undated event(s): TimelineJS needs a date to place an event (the other formats list them)`] : [];
      return { kind: 'text', text: JSON.stringify(timeline, null, 2) + '\n', notes };
    }
    case 'plover':
      return { kind: 'text', text: toPlover(data), notes: [] };
  }
}
