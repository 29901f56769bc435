import type { Event } from '../../corpus/types.js';
import { type ExportData, ExportIndex } from './data.js';

/** PLOVER modes (structured codebook) an event kind settles by itself; other kinds leave the mode unknown. */
const MODES: Record<string, string> = {
  call: 'phone',
  visit: 'visit',
  travel: 'visit',
  release: 'release',
  withdraw: 'withdraw',
};

export interface PloverActor {
  /** dossier entity id */
  actor: string;
  actorText: string;
  /** ISO 3166-1 alpha-3 code: the actor's own country, else the side's coded country; null when unknown. */
  code: string | null;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  date_precision: string | null;
  /** `timex`: a time expression in the text dates it; `article-date`: on or before the report. */
  date_evidence: string;
  event_type: string;
  mode: string | null;
  context: string[];
  planned: boolean;
  source: PloverActor[];
  source_country: string | null;
  target: PloverActor[];
  target_country: string | null;
  location: { id: string; name: string; code: string | null } | null;
  sentences: { document_id: string; start: number; end: number; text: string }[];
}

/**
 * Events as PLOVER-style records (one JSON object a line), field names after the PLOVER gold
 * standard records and the NGEC/POLECAT output: the PLOVER type and mode, the source and
 * target actors with their countries, the place, and every cited sentence with its document
 * and offsets. Participants no report gives a part to: when no report names an actor they are
 * the source side (co-equal parties, as PLOVER codes "A and B met"); when an actor is named and
 * no recipient, they are the target side; otherwise they join the source side.
 */
export function ploverRecord(e: Event, ix: ExportIndex): PloverRecord {
  const sourceCountry = e.countries?.source[0] ?? null;
  const targetCountry = e.countries?.target[0] ?? null;
  const actor = (id: string, side: string | null): PloverActor => {
    const ent = ix.entities.get(id);
    return { actor: id, actorText: ent?.name ?? id, code: ent?.country ?? side };
  };
  const ofRole = (role: string) => e.participants.filter((p) => ix.roleOf(e, p) === role);
  let source = ofRole('source');
  let target = ofRole('target');
  const rest = ofRole('participant');
  if (source.length === 0) source = rest;
  else if (target.length === 0) target = rest;
  else source = [...source, ...rest];
  const place = e.location ? ix.entities.get(e.location) : undefined;
  return {
    id: e.id,
    date: e.date.value,
    date_precision: e.date.value ? (e.date.granularity ?? null) : null,
    date_evidence: e.date.evidence,
    event_type: e.type,
    mode: MODES[e.kind] ?? null,
    context: e.topics,
    planned: e.future,
    source: source.map((p) => actor(p, sourceCountry)),
    source_country: sourceCountry,
    target: target.map((p) => actor(p, targetCountry)),
    target_country: targetCountry,
    location: e.location ? { id: e.location, name: place?.name ?? e.location, code: place?.country ?? null } : null,
    sentences: e.sources.map((s) => ({ document_id: s.documentId, start: s.start, end: s.end, text: ix.cited(s) })),
  };
}

export function toPlover(data: ExportData): string {
  const ix = new ExportIndex(data);
  const lines = data.corpus.events.map((e) => JSON.stringify(ploverRecord(e, ix)));
  return lines.length ? lines.join('\n') + '\n' : '';
}
