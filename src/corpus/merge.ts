import { createHash } from 'node:crypto';
import type { Article, DateEvidence, EventMention } from '../core/types.js';
import { ClusterIndex } from './cluster-index.js';
import { compareDateStrength, dateKind, daysBetween, sameOrWithin } from './dates.js';
import { type EventWords, eventWords } from './event-words.js';
import { conflictingFigures, figuresDiffer, type Happening, happeningOf, objectsAgree, objectsConflict } from './happening.js';
import { finerPlace, type Place, placeOf, placesConflict, samePlace } from './places.js';
import { type EntityLinks, linkKey } from './resolve.js';
import { type StoryMap, sameStoryEvent } from './stories.js';
import type { Discrepancy, Event, SourceRef } from './types.js';

interface Candidate {
  documentId: string;
  /** Position of the document in ingest order (articles as given; store.articles() yields them in ingest order): with the trigger's offset, which mention of an event is first, and names it. */
  order: number;
  /** Day of the week (0 = Sunday) an unresolved time expression of the sentence names ("on Wednesday" in an undated article). */
  weekday: number | null;
  mention: EventMention;
  participants: string[];
  location: Place | null;
  /** What the mention says happened: objects, figures, clause words (happening.ts). */
  what: Happening;
  summary: string;
  /** Story of the document (see stories.ts), or null when stories are not given. */
  story: string | null;
  /** Root and family of the trigger words. */
  words: EventWords;
}

interface Cluster {
  members: Candidate[];
  /** Members by story (only same-story members can give story evidence). */
  byStory: Map<string, Candidate[]>;
  documents: Set<string>;
  participants: Set<string>;
  location: Place | null;
  /** Every place a member names (a mention must agree with each). */
  places: Place[];
  /** The members' objects, object classes, figures and clause words together. */
  what: Happening;
  date: DateEvidence;
  kind: string;
  modality: EventMention['modality'];
  conflicts: Candidate[];
}

/** Days an event may precede the article that reports it without a date of its own. */
const REPORT_WINDOW_DAYS = 7;
/** Different exact dates this close, same people and place, from different documents: a disagreement. */
const CONFLICT_WINDOW_DAYS = 2;

/**
 * One event per real-world happening: event mentions from all documents are grouped when
 * their kind and modality agree, their participants overlap, their places do not differ and
 * their dates are compatible. Two meetings of the same people on different days stay two.
 * With `stories` (document -> story, see stories.ts), two mentions from documents of one story
 * whose triggers name the same kind of happening ("killed" / "murdered", "met" / "talks") need
 * only one shared participant that is not a country and no second party of their own on both
 * sides (or, for a mention that names none, a date of its own), instead of two shared
 * participants or one and the same day.
 */
export function mergeEvents(
  articles: readonly Article[],
  links: EntityLinks,
  duplicates: Record<string, string>,
  stories?: StoryMap,
): { events: Event[]; discrepancies: Discrepancy[] } {
  const candidates: Candidate[] = [];
  for (const [order, a] of articles.entries()) {
    for (const m of a.events) {
      if (m.modality === 'denied' || m.modality === 'hypothetical') continue;
      const participants = m.participants.map((p) => links.get(linkKey(a.id, p.entity))).filter((x): x is string => !!x);
      candidates.push({
        documentId: a.id,
        order,
        mention: m,
        participants: [...new Set(participants)],
        location: placeOf(a, m.location, links),
        what: happeningOf(a, m),
        summary: summarise(a.text.slice(m.sentence.start, m.sentence.end)),
        weekday: dateKind(m.date) === 'none' ? unresolvedWeekday(a, m) : null,
        story: stories?.get(a.id) ?? null,
        words: eventWords(m.trigger),
      });
    }
  }
  candidates.sort((x, y) => compareDateStrength(x.mention.date, y.mention.date));
  const clusters: Cluster[] = [];
  // Only clusters sharing a participant or a story, with a date close enough, can take a
  // mention (see `compatible`): they are looked up by index, then tried in creation order.
  const index = new ClusterIndex();
  const block = (c: Candidate): string => `${c.mention.kind}|${c.mention.modality}|`;
  const keysOf = (c: Candidate): string[] => {
    const keys = c.participants.map((p) => `${block(c)}p:${p}`);
    if (c.story !== null) keys.push(`${block(c)}s:${c.story}`);
    return keys;
  };
  const join = (i: number, c: Candidate): void => {
    const cluster = clusters[i]!;
    cluster.members.push(c);
    cluster.documents.add(c.documentId);
    addHappening(cluster.what, c.what);
    for (const p of c.participants) {
      if (cluster.participants.has(p)) continue;
      cluster.participants.add(p);
      index.post(`${block(c)}p:${p}`, i);
    }
    if (c.story !== null) {
      const same = cluster.byStory.get(c.story);
      if (same) same.push(c);
      else {
        cluster.byStory.set(c.story, [c]);
        index.post(`${block(c)}s:${c.story}`, i);
      }
    }
  };
  for (const c of candidates) {
    let placed = false;
    for (const i of index.lookup(keysOf(c), c.mention.date)) {
      const cluster = clusters[i]!;
      const verdict = compatible(cluster, c);
      if (verdict === 'no') continue;
      join(i, c);
      if (verdict === 'conflict') cluster.conflicts.push(c);
      cluster.location = finerPlace(cluster.location, c.location);
      if (c.location && !cluster.places.some((p) => p.id === c.location!.id)) cluster.places.push(c.location);
      if (compareDateStrength(c.mention.date, cluster.date) < 0) {
        cluster.date = c.mention.date;
        index.redate(i);
      }
      placed = true;
      break;
    }
    if (!placed) {
      const i = clusters.length;
      clusters.push({
        members: [],
        byStory: new Map(),
        documents: new Set(),
        participants: new Set(),
        location: c.location,
        places: c.location ? [c.location] : [],
        what: { objects: [], classes: [], figures: [], words: new Set() },
        date: c.mention.date,
        kind: c.mention.kind,
        modality: c.mention.modality,
        conflicts: [],
      });
      index.open(i, c.mention.date);
      join(i, c);
    }
  }
  for (const cl of clusters) refineByWeekday(cl);
  const events = clusters.map((cl) => toEvent(cl, duplicates));
  const discrepancies: Discrepancy[] = [];
  clusters.forEach((cl, i) => {
    if (cl.conflicts.length === 0) return;
    const byValue = new Map<string, SourceRef[]>();
    for (const m of cl.members) {
      if (dateKind(m.mention.date) !== 'exact') continue;
      const v = m.mention.date.value!;
      const list = byValue.get(v);
      if (list) list.push(sourceOf(m));
      else byValue.set(v, [sourceOf(m)]);
    }
    if (byValue.size > 1) {
      discrepancies.push({
        kind: 'date',
        about: `date of: ${events[i]!.summary}`,
        ref: events[i]!.id,
        values: [...byValue.entries()].map(([value, sources]) => ({ value, sources })),
      });
    }
  });
  clusters.forEach((cl, i) => {
    const d = figureDiscrepancy(cl, events[i]!);
    if (d) discrepancies.push(d);
  });
  events.sort((a, b) => (a.date.value ?? '9999').localeCompare(b.date.value ?? '9999') || b.weight - a.weight);
  return { events, discrepancies };
}

function compatible(cluster: Cluster, c: Candidate): 'yes' | 'no' | 'conflict' {
  if (cluster.kind !== c.mention.kind || cluster.modality !== c.mention.modality) return 'no';
  // What happened: two places, or two things acted on, that cannot be one happening.
  if (cluster.places.some((p) => placesConflict(p, c.location))) return 'no';
  if (objectsConflict(cluster.what, c.what)) return 'no';
  const a = cluster.date;
  const b = c.mention.date;
  const ka = dateKind(a);
  const kb = dateKind(b);
  const sharedIds = c.participants.filter((p) => cluster.participants.has(p));
  // Two shared participants, one of them not a country, make the same actors; countries alone
  // (Pakistan and Russia are in every article about them) need the same exact day as well.
  const strong = sharedIds.length >= 2 && sharedIds.some((p) => !p.startsWith('country:'));
  // A day, not a month or a year: two reports of one kind between the same parties in one year are often two happenings.
  const sameDay = ka === 'exact' && kb === 'exact' && a.value === b.value && a.value!.length === 10;
  if (!strong && !(sharedIds.length >= 1 && sameDay) && !(c.story !== null && (cluster.byStory.get(c.story)?.some((m) => storyEvidence(m, c)) ?? false))) return 'no';
  // Amounts of one unit far apart ("300 tons" and "12,000 tons") are two happenings, unless the
  // day and the place or the thing are the same (then sources disagree: see figureDiscrepancies).
  if (figuresDiffer(cluster.what, c.what) && !(sameDay && (samePlace(cluster.location, c.location) || objectsAgree(cluster.what, c.what)))) return 'no';
  const shared = sharedIds.length;
  if (ka === 'none' || kb === 'none') return 'yes';
  if (ka === 'exact' && kb === 'exact') {
    if (sameOrWithin(a.value!, b.value!)) return 'yes';
    const differentDocs = !cluster.documents.has(c.documentId);
    const close = Math.abs(daysBetween(a.value!, b.value!)) <= CONFLICT_WINDOW_DAYS;
    return differentDocs && close && shared >= 2 && samePlace(cluster.location, c.location) ? 'conflict' : 'no';
  }
  if (ka === 'reported' && kb === 'reported') return Math.abs(daysBetween(a.value!, b.value!)) <= 3 ? 'yes' : 'no';
  // One exact date, one "on or before the article's date".
  const [exact, reported] = ka === 'exact' ? [a.value!, b.value!] : [b.value!, a.value!];
  const gap = daysBetween(exact, reported);
  return gap >= 0 && gap <= REPORT_WINDOW_DAYS ? 'yes' : sameOrWithin(exact, reported) ? 'yes' : 'no';
}

/**
 * Sources that give one event different amounts of one unit ("12 soldiers" / "15 soldiers"
 * killed in one ambush): the values, each with the sentences that give it. Amounts that can
 * both be true ("at least 10" / "12") are no disagreement (extract/claims/bounds.ts).
 */
function figureDiscrepancy(cl: Cluster, event: Event): Discrepancy | null {
  if (cl.documents.size < 2) return null;
  for (let i = 0; i < cl.members.length; i++) {
    for (let j = i + 1; j < cl.members.length; j++) {
      const [x, y] = [cl.members[i]!, cl.members[j]!];
      if (x.documentId === y.documentId) continue;
      const pair = conflictingFigures(x.what, y.what)[0];
      if (!pair) continue;
      const { unit, unitText } = pair[0];
      const byValue = new Map<number, SourceRef[]>();
      for (const m of cl.members) {
        for (const f of m.what.figures) {
          if (f.unit !== unit) continue;
          const value = [...byValue.keys()].find((v) => Math.abs(v - f.value) <= Math.abs(v) * 0.01) ?? f.value;
          const list = byValue.get(value) ?? [];
          if (!list.some((s) => s.documentId === m.documentId && s.start === m.mention.sentence.start)) list.push(sourceOf(m));
          byValue.set(value, list);
        }
      }
      return {
        kind: 'figure',
        about: `figures of: ${event.summary}`,
        ref: event.id,
        values: [...byValue.entries()].map(([value, sources]) => ({ value: `${value} ${unitText}`, sources })),
      };
    }
  }
  return null;
}

/** Fold a member's happening into its cluster's. */
function addHappening(into: Happening, from: Happening): void {
  for (const o of from.objects) if (!into.objects.includes(o)) into.objects.push(o);
  for (const k of from.classes) if (!into.classes.includes(k)) into.classes.push(k);
  into.figures.push(...from.figures);
  for (const w of from.words) into.words.add(w);
}

/** Story evidence (see stories.ts) for joining `c`; a mention that names no participant needs a date of its own. */
function storyEvidence(m: Candidate, c: Candidate): boolean {
  if (!sameStoryEvent(m, c, (p) => p.startsWith('country:'))) return false;
  const bare = [m, c].filter((x) => x.participants.length === 0);
  return bare.every((x) => dateKind(x.mention.date) !== 'none');
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function unresolvedWeekday(a: Article, m: EventMention): number | null {
  for (const t of a.timexes) {
    if (t.value !== null || t.start < m.sentence.start || t.end > m.sentence.end) continue;
    const day = WEEKDAYS.indexOf(a.text.slice(t.start, t.end).toLowerCase().replace(/^(on|last|this)\s+/, '').trim());
    if (day >= 0) return day;
  }
  return null;
}

/**
 * An event known to be on or before a report's date, which an undated source says happened
 * "on Wednesday": news names a weekday for the past seven days, so it is the last Wednesday
 * on or before that date.
 */
function refineByWeekday(cl: Cluster): void {
  if (dateKind(cl.date) !== 'reported' || cl.date.value?.length !== 10) return;
  const withDay = cl.members.find((m) => m.weekday !== null);
  if (!withDay) return;
  const reported = new Date(`${cl.date.value}T00:00:00Z`);
  const back = (reported.getUTCDay() - withDay.weekday! + 7) % 7;
  const day = new Date(reported.getTime() - back * 86_400_000).toISOString().slice(0, 10);
  cl.date = {
    value: day,
    granularity: 'day',
    confidence: Math.min(0.6, cl.date.confidence + 0.3),
    evidence: `weekday-inference: "${WEEKDAYS[withDay.weekday!]}" in document ${withDay.documentId}, on or before ${cl.date.value}`,
    quote: withDay.summary,
  };
}

function sourceOf(c: Candidate): SourceRef {
  return { documentId: c.documentId, start: c.mention.sentence.start, end: c.mention.sentence.end };
}

function toEvent(cl: Cluster, duplicates: Record<string, string>): Event {
  const sources: SourceRef[] = [];
  const seen = new Set<string>();
  for (const m of cl.members) {
    const s = sourceOf(m);
    const key = `${s.documentId}:${s.start}`;
    if (!seen.has(key)) {
      seen.add(key);
      sources.push(s);
    }
  }
  const documents = [...new Set(cl.members.map((m) => m.documentId).filter((d) => !duplicates[d]))];
  const ploverCounts = new Map<string, number>();
  for (const m of cl.members) ploverCounts.set(m.mention.plover, (ploverCounts.get(m.mention.plover) ?? 0) + 1);
  const participantCounts = new Map<string, number>();
  for (const m of cl.members) for (const p of m.participants) participantCounts.set(p, (participantCounts.get(p) ?? 0) + 1);
  const best = [...cl.members].sort((x, y) => compareDateStrength(x.mention.date, y.mention.date) || x.summary.length - y.summary.length)[0]!;
  const id = eventId(cl);
  return {
    id,
    type: [...ploverCounts.entries()].sort((a, b) => b[1] - a[1])[0]![0],
    kind: cl.kind,
    date: cl.date,
    future: cl.modality === 'planned',
    modality: cl.modality,
    participants: [...participantCounts.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p),
    countries: { source: byCount(cl.members.flatMap((m) => m.mention.countries?.source ?? [])), target: byCount(cl.members.flatMap((m) => m.mention.countries?.target ?? [])) },
    location: cl.location?.id ?? null,
    topics: [...new Set(cl.members.flatMap((m) => m.mention.topics))].sort(),
    summary: best.summary,
    sources,
    documents,
    weight: 2 * Math.max(1, documents.length) + cl.members.length,
    ...(cl.members.every((m) => m.mention.aspect === 'background') ? { aspect: 'background' as const } : {}),
  };
}

/**
 * An event's id names its first mention (the earliest-ingested document, then the earliest
 * trigger in it), with the kind and modality every member shares: a later report that joins
 * the event leaves the id, and links to it, as they were.
 */
function eventId(cl: Cluster): string {
  const first = cl.members.reduce((a, b) => (b.order - a.order || b.mention.start - a.mention.start) < 0 ? b : a);
  return 'ev:' + createHash('sha1').update(`${cl.kind}|${cl.modality}|${first.documentId}:${first.mention.start}`).digest('hex').slice(0, 12);
}

/** Distinct values, most frequent first (ties in order of first appearance). */
function byCount(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

/** One line from a source sentence: whitespace folded, a leading dateline dropped, length capped. */
export function summarise(sentence: string): string {
  let s = sentence.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[A-Z][A-Z .'-]{2,40}(?:,[^:–—-]{0,40})?\s*[:–—-]\s+/, '');
  return s.length > 240 ? s.slice(0, 237).replace(/\s+\S*$/, '') + '…' : s;
}
