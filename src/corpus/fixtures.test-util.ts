import { createArticle } from '../core/article.js';
import type { Article, DateEvidence, DocEntity, EventMention } from '../core/types.js';

/** A hand-built article for corpus-stage tests: entities by name, events by sentence. */
export function makeArticle(
  id: string,
  text: string,
  published: string | null,
  entities: DocEntity[],
  events: { sentence: string; kind: string; plover: string; participants: number[]; location?: number; date: DateEvidence; modality?: EventMention['modality'] }[],
): Article {
  const a = createArticle({
    id,
    source: `${id}.txt`,
    rawHash: id,
    text,
    published: published ? { value: published, confidence: 0.9, evidence: 'test' } : undefined,
  });
  a.entities = entities;
  a.mentions = entities.map((e, i) => {
    const start = text.indexOf(e.name.split(' ').at(-1)!);
    return { start, end: start + e.name.length, type: e.type, entity: i, via: 'test' };
  });
  a.events = events.map((e) => {
    const start = text.indexOf(e.sentence);
    if (start < 0) throw new Error(`fixture: "${e.sentence}" not in text`);
    return {
      start,
      end: start + 3,
      trigger: e.sentence.slice(0, 3),
      sentence: { start, end: start + e.sentence.length },
      kind: e.kind,
      plover: e.plover,
      participants: e.participants.map((entity) => ({ entity, role: 'participant' as const })),
      location: e.location ?? -1,
      date: e.date,
      modality: e.modality ?? 'asserted',
      topics: [],
    };
  });
  return a;
}

export const person = (name: string): DocEntity => ({ type: 'person', name, aliases: [] });
export const country = (name: string, code: string): DocEntity => ({ type: 'country', name, aliases: [], country: code });
export const place = (name: string): DocEntity => ({ type: 'place', name, aliases: [] });
export const exact = (value: string): DateEvidence => ({ value, granularity: 'day', confidence: 0.8, evidence: 'timex' });
export const reported = (value: string): DateEvidence => ({ value, granularity: 'day', confidence: 0.3, evidence: 'article-date' });
export const undated: DateEvidence = { value: null, confidence: 0, evidence: 'none' };
