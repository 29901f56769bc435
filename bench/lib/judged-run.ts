/**
 * Runs dossier (the default pipeline and the corpus stages, as `dossier ingest` does) on some
 * inputs in a temporary store and lists every event mention as an analyst would check it: the
 * document (a record's own id, else the file name and part), the sentence, the trigger, the
 * kind, the named source and target sides, and the date the timeline shows (the merged
 * event's, after date propagation; the mention's own when it is not merged).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ingest } from '../../src/app/ingest.js';
import { defaultPipeline } from '../../src/app/pipeline.js';
import type { Article, EventMention } from '../../src/core/types.js';
import type { CorpusResult } from '../../src/corpus/types.js';
import { SqliteStore } from '../../src/store/sqlite.js';

export interface EventRow {
  doc: string;
  sentence: { start: number; end: number; text: string };
  trigger: { start: number; end: number; text: string };
  kind: string;
  plover: string;
  modality: string;
  aspect: string | null;
  source: string[];
  target: string[];
  /** Participants named without a side ("X and Y met"). */
  both: string[];
  location: string | null;
  /** The shown date value, or null. */
  date: string | null;
  dateEvidence: string;
  /** All names (entity names and mention texts) of each participant, lowercase, for matching. */
  names: Record<string, string[]>;
}

/** The key a judged item and a current event share: document, sentence start and end. */
export function sentenceKey(doc: string, s: { start: number; end: number }): string {
  return `${doc}@${s.start}-${s.end}`;
}

export function docKey(a: Article): string {
  if (a.externalId) return a.externalId;
  const file = basename(a.source.replace(/#\d+$/, ''));
  const part = /#(\d+)$/.exec(a.source)?.[1];
  return part ? `${file}#${part}` : file;
}

export async function runDossier(inputs: readonly string[]): Promise<EventRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-judged-'));
  const store = new SqliteStore(join(dir, 'judged.db'));
  try {
    await ingest(inputs, { store, pipeline: defaultPipeline() });
    const articles: Article[] = [];
    for await (const a of store.articles()) articles.push(a);
    const corpus = await store.loadCorpus();
    return articles.flatMap((a) => a.events.map((e) => row(a, e, corpus)));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function row(a: Article, e: EventMention, corpus: CorpusResult): EventRow {
  const nameOf = (i: number): string => a.entities[i]?.name ?? `#${i}`;
  const names: Record<string, string[]> = {};
  for (const p of e.participants) {
    const n = nameOf(p.entity);
    const all = new Set([n.toLowerCase()]);
    for (const m of a.mentions) if (m.entity === p.entity) all.add(a.text.slice(m.start, m.end).toLowerCase());
    names[n] = [...all];
  }
  const merged = corpus.events.find(
    (ev) => ev.kind === e.kind && ev.modality === e.modality && ev.sources.some((s) => s.documentId === a.id && s.start === e.sentence.start),
  );
  const date = merged ? merged.date : e.date;
  const aspect = (e as { aspect?: string }).aspect ?? null;
  return {
    doc: docKey(a),
    sentence: { ...e.sentence, text: a.text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ').trim() },
    trigger: { start: e.start, end: e.end, text: e.trigger },
    kind: e.kind,
    plover: e.plover,
    modality: e.modality,
    aspect,
    source: e.participants.filter((p) => p.role === 'source').map((p) => nameOf(p.entity)),
    target: e.participants.filter((p) => p.role === 'target').map((p) => nameOf(p.entity)),
    both: e.participants.filter((p) => p.role === 'participant').map((p) => nameOf(p.entity)),
    location: e.location >= 0 ? nameOf(e.location) : null,
    date: date.value,
    dateEvidence: date.evidence,
    names,
  };
}
