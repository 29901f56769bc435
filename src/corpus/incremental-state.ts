/**
 * The corpus state kept in the store between ingests, so that an ingest updates the corpus
 * from its new documents only (incremental.ts): per document what event merging, dedup and
 * date propagation need (not its text), entities with their name keys, events with postings by
 * (kind, modality, participant or story) and day bucket, claims by subject, and the duplicates
 * and propagated dates. Objects live in spaces (`SPACE`), postings in key spaces (`KEYS`).
 */
import { createArticle } from '../core/article.js';
import type { Article, EventMention, TimeExpression } from '../core/types.js';
import { daySpan } from './cluster-index.js';
import { dateKind } from './dates.js';
import { nameTokens, personKey } from './names.js';
import type { Entity, Event } from './types.js';

/** Bump when the state's shape or meaning changes: a state of another version is rebuilt. */
export const STATE_VERSION = 'incremental-1';

export const SPACE = {
  doc: 'doc',
  entity: 'entity',
  event: 'event',
  /** Date disagreements, by event id. */
  dateDisagreement: 'date-disagreement',
  /** Claims, by subject/unit/time group. */
  claims: 'claims',
  /** Figure disagreements, by claim group. */
  figure: 'figure',
  /** Boilerplate line keys, by source (outlet). */
  boilerplate: 'boilerplate',
  /** duplicates, propagated dates, counters. */
  blob: 'blob',
} as const;

export const KEYS = {
  /** LSH band and sampled shingle keys, URL keys -> document. */
  dedup: 'dedup',
  /** Name keys -> entity. */
  entity: 'entity',
  /** Story features (entity names, exact days) -> document. */
  story: 'story',
  /** (kind, modality, participant or story) at a day bucket -> event. */
  event: 'event',
  /** A member mention (document, sentence, kind, modality) -> event. */
  member: 'member',
} as const;

/** What a document contributes to later updates, without its text. */
export interface DocState {
  /** Position in ingest order over the whole corpus. */
  order: number;
  /** Length of the text (the longest document of a duplicate group is its original). */
  length: number;
  /** The article has a publication date of its own. */
  dated: boolean;
  story: string | null;
  /** Local entity index -> entity id, for the entities its event mentions name. */
  links: Record<string, string>;
  /** Its event mentions that can form events (boilerplate, denied and hypothetical ones left out). */
  mentions: EventMention[];
  /** The text of each mention's sentence, by sentence start. */
  sentences: [number, string][];
  /** Unresolved time expressions inside those sentences ("on Wednesday" in an undated article). */
  timexes: TimeExpression[];
}

export interface Blobs {
  duplicates: Record<string, string>;
  propagated: Record<string, import('../core/types.js').DateEvidence>;
  /** Next document's `order`. */
  nextOrder: number;
}

/** Days per bucket and the margin a lookup adds on both sides (as cluster-index.ts). */
const BUCKET_DAYS = 8;
const MARGIN_DAYS = 8;
const MAX_BUCKETS = 64;

/** The state of one (boilerplate-free) article. */
export function docState(article: Article, links: ReadonlyMap<string, string>, story: string | null, order: number): DocState {
  const mentions = article.events.filter((m) => m.modality !== 'denied' && m.modality !== 'hypothetical');
  const sentences = new Map<number, string>();
  for (const m of mentions) sentences.set(m.sentence.start, article.text.slice(m.sentence.start, m.sentence.end));
  const local: Record<string, string> = {};
  for (const m of mentions) {
    for (const index of [...m.participants.map((p) => p.entity), m.location]) {
      const id = index >= 0 ? links.get(`${article.id}#${index}`) : undefined;
      if (id) local[String(index)] = id;
    }
  }
  const timexes = article.timexes.filter((t) => t.value === null && mentions.some((m) => t.start >= m.sentence.start && t.end <= m.sentence.end));
  return { order, length: article.text.length, dated: !!article.published.value, story, links: local, mentions, sentences: [...sentences.entries()], timexes };
}

/**
 * An article holding only what merging reads of `state` (the mentions `keep` accepts, their
 * sentences at their offsets, the unresolved time expressions), for `mergeEvents`.
 */
export function pseudoArticle(id: string, state: DocState, keep: (m: EventMention) => boolean): Article {
  const parts: string[] = [];
  let at = 0;
  for (const [start, text] of [...state.sentences].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    parts.push(' '.repeat(start - at), text);
    at = start + text.length;
  }
  const article = createArticle({ id, source: id, rawHash: id, text: parts.join('') });
  article.events = state.mentions.filter(keep);
  article.timexes = state.timexes;
  article.published = state.dated ? { value: 'dated', confidence: 1, evidence: 'state' } : article.published;
  return article;
}

/** The member key of a mention: document, sentence, kind and modality (what an event's sources name). */
export function memberKey(documentId: string, sentenceStart: number, kind: string, modality: string): string {
  return `${documentId}|${sentenceStart}|${kind}|${modality}`;
}

export function eventMemberKeys(event: Pick<Event, 'sources' | 'kind' | 'modality'>): string[] {
  return [...new Set(event.sources.map((s) => memberKey(s.documentId, s.start, event.kind, event.modality)))];
}

/** Keys an entity is found by: its country code, or its type and each of its names' tokens; a person by surname and given names. */
export function entityKeys(e: Pick<Entity, 'type' | 'name' | 'aliases' | 'country'>): string[] {
  if (e.type === 'country' && e.country) return [`country:${e.country}`];
  const keys = new Set<string>();
  for (const n of [e.name, ...e.aliases]) {
    if (e.type === 'person') {
      const k = personKey(n);
      if (!k) continue;
      keys.add(`person:${k.surname}|${k.given}`);
      if (k.given) keys.add(`surname:${k.surname}`);
    } else {
      const tokens = nameTokens(n).join(' ');
      if (tokens) keys.add(`${e.type}:${tokens}`);
    }
  }
  return [...keys];
}

function buckets(span: [number, number] | null, margin: number): number[] | null {
  if (!span) return null;
  const first = Math.floor((span[0] - margin) / BUCKET_DAYS);
  const last = Math.floor((span[1] + margin) / BUCKET_DAYS);
  if (last - first + 1 > MAX_BUCKETS) return null;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const isCountry = (id: string): boolean => id.startsWith('country:');

/**
 * Postings of an event: under each (kind, modality, participant) and (kind, modality, story)
 * key, at the day buckets its date covers, or at "*" when it has none; also at "all" (what an
 * undated mention looks up). A country participant is posted at its buckets only: a country
 * alone joins a mention to an event only on the same exact day (merge.ts `compatible`); with
 * another shared participant that one's key finds the event.
 */
export function eventPostings(event: Pick<Event, 'kind' | 'modality' | 'participants' | 'date'>, stories: readonly string[]): string[] {
  const block = `${event.kind}|${event.modality}|`;
  const propagated = event.date.evidence.startsWith('timex-propagated');
  const days = buckets(propagated ? null : daySpan(event.date), 0);
  const out: string[] = [];
  const post = (base: string, country: boolean): void => {
    if (days) for (const b of days) out.push(`${base}@${b}`);
    if (country) return;
    if (!days) out.push(`${base}@*`);
    out.push(`${base}@all`);
  };
  for (const p of new Set(event.participants)) post(`${block}p:${p}`, isCountry(p));
  for (const s of new Set(stories)) post(`${block}s:${s}`, false);
  return out;
}

/** What a new mention looks up to find the events it could join (a superset; see eventPostings). */
export function mentionLookups(m: Pick<EventMention, 'kind' | 'modality' | 'date'>, participants: readonly string[], story: string | null): { dated: string[]; undated: string[] } {
  const block = `${m.kind}|${m.modality}|`;
  const days = buckets(daySpan(m.date), MARGIN_DAYS);
  const exact = dateKind(m.date) === 'exact';
  const dated: string[] = [];
  const undated: string[] = [];
  const look = (base: string, country: boolean): void => {
    if (country) {
      if (exact && days) for (const b of days) dated.push(`${base}@${b}`);
      return;
    }
    if (days) {
      for (const b of days) dated.push(`${base}@${b}`);
      dated.push(`${base}@*`);
    } else undated.push(`${base}@all`);
  };
  for (const p of new Set(participants)) look(`${block}p:${p}`, isCountry(p));
  if (story !== null) look(`${block}s:${story}`, false);
  return { dated, undated };
}

/** The group a claim's figure is compared in (discrepancies.ts): subject, unit and time; null without a subject. */
export function claimGroup(c: { subject: string | null; unit: string | null; time: string | null }): string | null {
  const subject = nameTokens(c.subject ?? '').join(' ');
  return subject ? `${subject}|${c.unit ?? ''}|${c.time ?? ''}` : null;
}
