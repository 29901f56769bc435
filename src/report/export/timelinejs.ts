import { dateKind } from '../../corpus/dates.js';
import type { Event } from '../../corpus/types.js';
import { ploverInfo } from '../../extract/events/plover.js';
import { type ExportData, ExportIndex } from './data.js';
import { headline } from './headline.js';
import { escapeXml } from './xml.js';

/** A TimelineJS3 date: year required, month and day when known. */
export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineSlide {
  start_date: TimelineDate;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
  /** Shown instead of the date: "on or before 2023-10-18" for an event only its report dates. */
  display_date?: string;
}

/** TimelineJS3's JSON: https://timeline.knightlab.com/docs/json-format.html */
export interface TimelineJs {
  title: { text: { headline: string; text: string } };
  events: TimelineSlide[];
}

/** "2023", "2023-10", "2023-10-17" -> its parts; null for anything else. */
export function timelineDate(value: string | null): TimelineDate | null {
  const m = value?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!m) return null;
  return { year: Number(m[1]), ...(m[2] ? { month: Number(m[2]) } : {}), ...(m[3] ? { day: Number(m[3]) } : {}) };
}

/**
 * The dated events as a TimelineJS3 timeline: one slide an event, its headline who did what
 * to whom (headline.ts), its text the date's grounds and each cited sentence with its
 * document, `group` the plain name of the PLOVER type, `unique_id` the event id with "-" for
 * ":" (it becomes an HTML id and URL fragment). An event dated only "on or before" its
 * report sits on the report's date and says so (`display_date` and its text). Events no source dates cannot be placed and
 * are left out: `undated` counts them.
 */
export function toTimelineJs(data: ExportData, title = 'Dossier'): { timeline: TimelineJs; undated: number } {
  const ix = new ExportIndex(data);
  const events: TimelineSlide[] = [];
  let undated = 0;
  for (const e of data.corpus.events) {
    const start = timelineDate(e.date.value);
    if (!start) {
      undated++;
      continue;
    }
    events.push({
      start_date: start,
      text: { headline: escapeXml(headline(e, ix)), text: slideText(e, ix) },
      group: ploverInfo(e.type)?.name ?? e.type,
      unique_id: e.id.replace(/:/g, '-'),
      ...(dateKind(e.date) === 'reported' ? { display_date: `on or before ${e.date.value}` } : {}),
    });
  }
  const docs = data.documents.length;
  return {
    timeline: { title: { text: { headline: escapeXml(title), text: `${events.length} dated event(s) from ${docs} document(s)` } }, events },
    undated,
  };
}

function slideText(e: Event, ix: ExportIndex): string {
  const when = dateKind(e.date) === 'reported' ? `<p><em>On or before ${e.date.value}: the date of the report; the sources give no date of their own.</em></p>` : '';
  const sources = e.sources.map((s) => {
    const d = ix.documents.get(s.documentId);
    const name = d?.title ?? d?.publisher ?? d?.source ?? s.documentId;
    return `<li>“${escapeXml(ix.cited(s))}” — ${escapeXml(name)}${d?.published.value ? `, ${d.published.value}` : ''}</li>`;
  });
  return `${when}<ul>${sources.join('')}</ul>`;
}
