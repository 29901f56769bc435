/**
 * The corpus stages for new documents only: given the state a full run (or an earlier update)
 * left in the store (incremental-state.ts) and the articles stored since, compute what changes
 * and write it, with the state, in one transaction. Old articles' texts are not read, except
 * those of the few candidate copies of a new document (dedup) and of documents whose date is
 * propagated anew (re-dating reads their time expressions again).
 *
 * Each stage works on the new documents and the stored items they can touch:
 *
 * - dedup: candidates by LSH band, sampled shingle and URL key; `findDuplicates` decides over
 *   the new documents and those candidates; groups are joined with the stored ones (the longest
 *   document stays the original).
 * - entities: `resolveEntities` over the new documents, then each of their entities joins the
 *   stored entity with one of its name keys (a bare surname the only person with it), or starts
 *   one. Stored ids and names stay.
 * - stories: over the new documents; a new story that holds a copy of a stored document joins
 *   that document's story.
 * - boilerplate: the lines the stored state knows as an outlet's boilerplate are dropped from
 *   the new documents.
 * - events: the stored events a new mention could join (postings by kind, modality, participant
 *   or story, and day) are formed again by `mergeEvents` from their members and the new
 *   mentions; an event keeps the id of its first mention.
 * - quotes and claims of the new documents are added; figure disagreements are recomputed for
 *   the claim groups they touch; dates are propagated over the events formed again.
 *
 * Where this can differ from a full run (bounded: it never drops an event's members, and no
 * mention ends up in two events) is listed in docs/architecture.md ("Incremental updates").
 */
import { createHash } from 'node:crypto';
import type { Article, EventMention } from '../core/types.js';
import type { CorpusDelta, CorpusStateKey, CorpusStateWrite, Store } from '../store/types.js';
import { lineKey, sourceOf, unitsOf } from './boilerplate.js';
import { DEDUP_MAX_SAMPLE_POSTINGS, dedupKeys, findDuplicates } from './dedup.js';
import { claimDiscrepancies } from './discrepancies.js';
import {
  type Blobs,
  claimGroup,
  docState,
  type DocState,
  entityKeys,
  eventMemberKeys,
  eventPostings,
  KEYS,
  memberKey,
  mentionLookups,
  pseudoArticle,
  SPACE,
  STATE_VERSION,
} from './incremental-state.js';
import { mergeEvents } from './merge.js';
import { personKey } from './names.js';
import { propagateDates, redateFromPropagated } from './propagate.js';
import { type EntityLinks, resolveEntities } from './resolve.js';
import type { CorpusParts } from './run.js';
import { collectClaims, collectQuotes } from './run.js';
import { groupStories, MAX_DF, type StoryMap, storyInput } from './stories.js';
import type { ClaimRecord, Discrepancy, Entity, Event, Role } from './types.js';
import { urlKey } from './url-key.js';

/** The store methods the incremental update needs. */
export type StateStore = Required<Pick<Store, 'getStateObjects' | 'allStateObjects' | 'lookupStateKeys' | 'writeCorpusState' | 'getArticle'>>;

export function hasState(store: Store): store is Store & StateStore & Required<Pick<Store, 'corpusState' | 'articlesAfter' | 'clearCorpusState'>> {
  return !!(store.getStateObjects && store.allStateObjects && store.lookupStateKeys && store.writeCorpusState && store.corpusState && store.articlesAfter && store.clearCorpusState);
}

/** Sampled shingles kept in the index: one in this many of dedup's samples (the same ones in every document). */
const INDEX_SAMPLE_MODULUS = 16;
/** Candidate copies compared per new document, the most similar first. */
const MAX_DEDUP_CANDIDATES = 20;
/** Events without a day looked at per key (the first by id; an undated mention looks at these only); a dated mention also looks at the events of its days. */
const MAX_UNDATED_CANDIDATES = 300;
/** Rounds of pulling in events that share a member mention with the ones formed again. */
const CLOSURE_ROUNDS = 3;

/** Stored documents compared with each new one when stories are formed (those sharing most names and days). */
const MAX_STORY_CANDIDATES = 8;
/** Names and days in more documents than this say nothing about a story (as stories.ts MAX_DF). */
const MAX_STORY_FEATURE_DOCS = MAX_DF;

/** A document's story features kept in the index: its entity names and exact days. */
function storyKeys(a: Article): string[] {
  const input = storyInput(a);
  const keys = new Set<string>();
  for (const n of input.names ?? []) {
    const key = n.toLowerCase().replace(/\s+/g, ' ').trim();
    if (key) keys.add(`n:${key}`);
  }
  for (const d of input.days ?? []) keys.add(`d:${d}`);
  return [...keys];
}

/** Collects one state write. */
class StateWriter {
  readonly objects: CorpusStateWrite['objects'] = [];
  readonly keys: CorpusStateKey[] = [];
  readonly dropRefs: CorpusStateWrite['dropRefs'] = [];
  put(space: string, id: string, data: unknown): void {
    this.objects.push({ space, id, data });
  }
  post(space: string, key: string, ref: string): void {
    this.keys.push({ space, key, ref });
  }
  drop(space: string, ref: string): void {
    this.dropRefs.push({ space, ref });
  }
  write(cursor: number, expect: number | null): CorpusStateWrite {
    return { version: STATE_VERSION, cursor, expect, objects: this.objects, dropRefs: this.dropRefs, keys: this.keys };
  }
}

const short = (s: string): string => createHash('sha1').update(s).digest('base64url').slice(0, 12);

/** The dedup index keys of a document: band keys, a subsample of its sampled shingles, its URL key. */
function dedupIndexKeys(a: Pick<Article, 'text' | 'url'>): { bands: string[]; samples: string[]; url: string | null } {
  const { bands, samples } = dedupKeys(a.text);
  const url = urlKey(a.url);
  return { bands: bands.map((b) => `b:${short(b)}`), samples: samples.filter((h) => h % INDEX_SAMPLE_MODULUS === 0).map((h) => `s:${h}`), url: url === null ? null : `u:${url}` };
}

/** Every dedup index key of a document, as posted. */
function allDedupKeys(k: ReturnType<typeof dedupIndexKeys>): string[] {
  return [...k.bands, ...k.samples, ...(k.url ? [k.url] : [])];
}

function postEvent(w: StateWriter, event: Event, stories: readonly string[]): void {
  w.put(SPACE.event, event.id, event);
  for (const key of eventPostings(event, stories)) w.post(KEYS.event, key, event.id);
  for (const key of eventMemberKeys(event)) w.post(KEYS.member, key, event.id);
}

function postEntity(w: StateWriter, e: Entity): void {
  w.put(SPACE.entity, e.id, e);
  for (const key of entityKeys(e)) w.post(KEYS.entity, key, e.id);
}

function groupClaims(claims: readonly ClaimRecord[]): Map<string, ClaimRecord[]> {
  const out = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    const g = claimGroup(c);
    if (g === null) continue;
    const list = out.get(g);
    if (list) list.push(c);
    else out.set(g, [c]);
  }
  return out;
}

function storiesOf(event: Event, storyOfDoc: (id: string) => string | null): string[] {
  const out = new Set<string>();
  for (const s of event.sources) {
    const story = storyOfDoc(s.documentId);
    if (story !== null) out.add(story);
  }
  return [...out];
}

/**
 * The whole state from a full run over `articles` (in ingest order), covering documents up to
 * `cursor`; it replaces whatever state is stored.
 */
export function buildState(articles: readonly Article[], parts: CorpusParts, cursor: number): CorpusStateWrite {
  const { result, links, stories, kept, boilerplate } = parts;
  const w = new StateWriter();
  kept.forEach((a, order) => {
    w.put(SPACE.doc, a.id, docState(a, links, stories.get(a.id) ?? null, order));
    const k = dedupIndexKeys(a);
    for (const key of allDedupKeys(k)) w.post(KEYS.dedup, key, a.id);
    for (const key of storyKeys(a)) w.post(KEYS.story, key, a.id);
  });
  for (const e of result.entities) postEntity(w, e);
  // A re-dated event is posted as undated (eventPostings): merging compared it by its members' dates.
  for (const e of result.events) postEvent(w, e, storiesOf(e, (id) => stories.get(id) ?? null));
  for (const d of result.discrepancies) if (d.kind === 'date') w.put(SPACE.dateDisagreement, d.ref, d);
  for (const [group, claims] of groupClaims(result.claims)) {
    w.put(SPACE.claims, group, claims);
    const [figure] = claimDiscrepancies(claims, result.duplicates);
    if (figure) w.put(SPACE.figure, group, figure);
  }
  const lines = new Map<string, Set<string>>();
  for (const l of boilerplate.lines) {
    const set = lines.get(l.source) ?? new Set<string>();
    set.add(lineKey(l.text));
    lines.set(l.source, set);
  }
  for (const [source, set] of lines) w.put(SPACE.boilerplate, source, [...set].sort());
  w.put(SPACE.blob, 'duplicates', result.duplicates);
  w.put(SPACE.blob, 'propagated', result.propagatedDates);
  w.put(SPACE.blob, 'meta', { nextOrder: articles.length });
  return w.write(cursor, null);
}

export interface UpdateSummary {
  /** False when another update changed the state first (nothing written). */
  applied: boolean;
  documents: number;
  /** Stored events formed again, and events written (new or changed). */
  eventsRevisited: number;
  eventsWritten: number;
}

/**
 * Update the stored corpus with `fresh` (the articles stored after `from`, in ingest order, up
 * to `upTo`). Writes the changed corpus results and state in one transaction, provided the
 * state still covers exactly up to `from`.
 */
export async function updateCorpus(
  store: StateStore,
  fresh: readonly Article[],
  from: number,
  upTo: number,
  onStage?: (stage: string, cpuMs: number) => void,
): Promise<UpdateSummary> {
  let mark = process.cpuUsage();
  const stage = (name: string): void => {
    if (!onStage) return;
    const used = process.cpuUsage(mark);
    onStage(name, (used.user + used.system) / 1000);
    mark = process.cpuUsage();
  };
  const w = new StateWriter();
  const blobObjects = await store.getStateObjects(SPACE.blob, ['duplicates', 'propagated', 'meta']);
  const blobs: Blobs = {
    duplicates: { ...((blobObjects.get('duplicates') as Blobs['duplicates'] | undefined) ?? {}) },
    propagated: { ...((blobObjects.get('propagated') as Blobs['propagated'] | undefined) ?? {}) },
    nextOrder: ((blobObjects.get('meta') as { nextOrder?: number } | undefined)?.nextOrder ?? 0),
  };
  const order = new Map<string, number>();
  fresh.forEach((a, i) => order.set(a.id, blobs.nextOrder + i));
  const freshIds = new Set(fresh.map((a) => a.id));
  const docStates = new Map<string, DocState>();
  const loadDocs = async (ids: Iterable<string>): Promise<void> => {
    const missing = [...new Set(ids)].filter((id) => !docStates.has(id) && !freshIds.has(id));
    if (missing.length === 0) return;
    for (const [id, s] of await store.getStateObjects(SPACE.doc, missing)) docStates.set(id, s as DocState);
  };

  // Dedup.
  const duplicates = blobs.duplicates;
  const freshKeys = fresh.map((a) => dedupIndexKeys(a));
  const allKeys = freshKeys.flatMap(allDedupKeys);
  const found = await store.lookupStateKeys(KEYS.dedup, allKeys, DEDUP_MAX_SAMPLE_POSTINGS);
  const candidates = new Set<string>();
  freshKeys.forEach((k) => {
    const strong = new Set<string>();
    for (const key of [...k.bands, ...(k.url ? [k.url] : [])]) for (const ref of found.get(key) ?? []) strong.add(ref);
    const shared = new Map<string, number>();
    for (const key of k.samples) {
      const refs = found.get(key) ?? [];
      if (refs.length > DEDUP_MAX_SAMPLE_POSTINGS) continue;
      for (const ref of refs) shared.set(ref, (shared.get(ref) ?? 0) + 1);
    }
    const need = Math.max(1, Math.min(2, k.samples.length));
    const bySamples = [...shared.entries()].filter(([, n]) => n >= need).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const ref of [...strong, ...bySamples.map(([ref]) => ref)].slice(0, MAX_DEDUP_CANDIDATES)) candidates.add(ref);
  });
  // Stored groups the candidates belong to, whole (their original may change).
  const members = new Map<string, string[]>();
  for (const [dup, original] of Object.entries(duplicates)) {
    const list = members.get(original);
    if (list) list.push(dup);
    else members.set(original, [dup]);
  }
  const groupOf = (id: string): string[] => {
    const root = duplicates[id] ?? id;
    return [root, ...(members.get(root) ?? [])];
  };
  await loadDocs([...candidates].flatMap(groupOf));
  const orderOf = (id: string): number => order.get(id) ?? docStates.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
  const lengthOf = (id: string): number => fresh.find((a) => a.id === id)?.text.length ?? docStates.get(id)?.length ?? 0;
  if (candidates.size > 0 || fresh.length > 1) {
    const old: Article[] = [];
    for (const id of [...candidates].sort((a, b) => orderOf(a) - orderOf(b))) {
      const a = await store.getArticle(id);
      if (a) old.push(a);
    }
    const small = findDuplicates([...old, ...fresh].map((a) => ({ id: a.id, text: a.text, url: a.url })));
    // Union of the stored groups and the new pairs.
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let r = x;
      while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
      parent.set(x, r);
      return r;
    };
    const union = (a: string, b: string): void => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(ra, rb);
    };
    for (const [dup, original] of Object.entries(small)) {
      for (const x of [dup, original]) for (const m of groupOf(x)) union(m, x);
      union(dup, original);
    }
    const groups = new Map<string, string[]>();
    for (const x of parent.keys()) {
      const r = find(x);
      const list = groups.get(r);
      if (list) list.push(x);
      else groups.set(r, [x]);
    }
    for (const group of groups.values()) {
      const sorted = [...new Set(group)].sort((a, b) => orderOf(a) - orderOf(b));
      const canonical = sorted.reduce((best, id) => (lengthOf(id) > lengthOf(best) ? id : best), sorted[0]!);
      delete duplicates[canonical];
      for (const id of sorted) if (id !== canonical) duplicates[id] = canonical;
    }
  }

  stage('dedup');
  // Entities.
  const batch = resolveEntities(fresh);
  const lookups = new Set<string>();
  for (const e of batch.entities) {
    for (const k of entityKeys(e)) lookups.add(k);
    const pk = e.type === 'person' ? personKey(e.name) : null;
    if (pk) {
      lookups.add(`surname:${pk.surname}`);
      lookups.add(`person:${pk.surname}|`);
    }
  }
  const named = await store.lookupStateKeys(KEYS.entity, [...lookups], 50);
  const target = new Map<string, string>();
  for (const e of batch.entities) {
    const refs = new Set<string>();
    for (const k of entityKeys(e)) if (!k.startsWith('surname:')) for (const r of named.get(k) ?? []) refs.add(r);
    const pk = e.type === 'person' ? personKey(e.name) : null;
    if (refs.size === 0 && pk) {
      const withSurname = named.get(`surname:${pk.surname}`) ?? [];
      const bare = named.get(`person:${pk.surname}|`) ?? [];
      // A bare surname joins the only person with it; a full name the bare surname when no one else has it.
      if (!pk.given && withSurname.length === 1) refs.add(withSurname[0]!);
      else if (pk.given && withSurname.length === 0 && bare.length === 1) refs.add(bare[0]!);
    }
    const first = [...refs].sort()[0];
    if (first !== undefined) target.set(e.id, first);
  }
  const stored = await store.getStateObjects(SPACE.entity, [...new Set(target.values())]);
  // New entities whose id a stored one holds get another.
  const clash = await store.getStateObjects(SPACE.entity, batch.entities.filter((e) => !target.has(e.id)).map((e) => e.id));
  const taken = new Set([...stored.keys(), ...clash.keys()]);
  for (const e of batch.entities) {
    if (target.has(e.id)) continue;
    let id = e.id;
    if (clash.has(id)) {
      for (let n = 2; taken.has(id) || (await store.getStateObjects(SPACE.entity, [id])).size > 0; n++) id = `${e.id.replace(/~\d+$/, '')}~${n}`;
    }
    taken.add(id);
    target.set(e.id, id);
  }
  const finalId = (batchId: string): string => target.get(batchId) ?? batchId;
  const changed = new Map<string, Entity>();
  for (const e of batch.entities) {
    const id = finalId(e.id);
    const base = changed.get(id) ?? (stored.get(id) as Entity | undefined);
    const roles = e.roles.map((r): Role => ({ ...r, of: r.of !== null && target.has(r.of) ? finalId(r.of) : r.of }));
    if (!base) {
      changed.set(id, { ...e, id, roles });
      continue;
    }
    const aliases = new Set(base.aliases);
    for (const n of [e.name, ...e.aliases]) if (n !== base.name) aliases.add(n);
    const seen = new Set(base.roles.map((r) => JSON.stringify([r.title.toLowerCase(), r.of, r.asOf])));
    const allRoles = [...base.roles];
    for (const r of roles) {
      const key = JSON.stringify([r.title.toLowerCase(), r.of, r.asOf]);
      if (seen.has(key)) continue;
      seen.add(key);
      allRoles.push(r);
    }
    allRoles.sort((x, y) => (x.asOf ?? '').localeCompare(y.asOf ?? ''));
    changed.set(id, {
      ...base,
      aliases: [...aliases].sort(),
      country: base.country ?? e.country,
      roles: allRoles,
      mentions: base.mentions + e.mentions,
      documents: [...new Set([...base.documents, ...e.documents])],
    });
  }
  for (const e of changed.values()) postEntity(w, e);
  const links: EntityLinks = new Map();
  for (const [key, id] of batch.links) links.set(key, finalId(id));

  stage('resolve');
  // Stories: formed over the new documents and the stored ones sharing most of their names and
  // days; a new document grouped with stored ones takes their story, and one that copies a stored
  // document that document's story.
  const storyFound = await store.lookupStateKeys(KEYS.story, fresh.flatMap(storyKeys), MAX_STORY_FEATURE_DOCS);
  const storyCandidates = new Set<string>();
  for (const a of fresh) {
    const shared = new Map<string, number>();
    for (const key of storyKeys(a)) {
      const refs = storyFound.get(key) ?? [];
      if (refs.length > MAX_STORY_FEATURE_DOCS) continue;
      for (const r of refs) shared.set(r, (shared.get(r) ?? 0) + 1);
    }
    const best = [...shared.entries()].filter(([, n]) => n >= 2).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [id] of best.slice(0, MAX_STORY_CANDIDATES)) storyCandidates.add(id);
  }
  await loadDocs([...storyCandidates, ...fresh.map((a) => duplicates[a.id]).filter((x): x is string => !!x)]);
  const storyOld: Article[] = [];
  for (const id of [...storyCandidates].filter((x) => docStates.has(x)).sort((a, b) => orderOf(a) - orderOf(b))) {
    const a = await store.getArticle(id);
    if (a) storyOld.push(a);
  }
  const stories: StoryMap = new Map();
  for (const group of groupStories([...storyOld, ...fresh].map(storyInput))) {
    const old = group.find((id) => !freshIds.has(id));
    const story = old !== undefined ? (docStates.get(old)?.story ?? old) : group[0]!;
    for (const id of group) if (freshIds.has(id)) stories.set(id, story);
  }
  for (const a of fresh) {
    const original = duplicates[a.id];
    const story = original !== undefined && !freshIds.has(original) ? docStates.get(original)?.story : undefined;
    if (story) stories.set(a.id, story);
  }

  stage('stories');
  // Boilerplate the state knows, per outlet.
  const sources = new Map(fresh.map((a) => [a.id, sourceOf(a)]));
  const known = await store.getStateObjects(SPACE.boilerplate, [...new Set([...sources.values()].filter((s): s is string => s !== null))]);
  const kept = fresh.map((a) => {
    const source = sources.get(a.id);
    const lines = source ? (known.get(source) as string[] | undefined) : undefined;
    if (!lines) return a;
    const set = new Set(lines);
    const chrome = unitsOf(a).filter((u) => set.has(lineKey(a.text.slice(u.start, u.end))));
    if (chrome.length === 0) return a;
    const inside = (s: { start: number; end: number }): boolean => chrome.some((c) => s.start >= c.start && s.end <= c.end);
    return { ...a, events: a.events.filter((e) => !inside(e.sentence)), quotes: a.quotes.filter((q) => !inside(q)), claims: a.claims.filter((c) => !inside(c)) };
  });

  stage('boilerplate');
  // Events: the stored events the new mentions could join, formed again with them.
  const dated = new Set<string>();
  const undated = new Set<string>();
  for (const a of kept) {
    for (const m of a.events) {
      if (m.modality === 'denied' || m.modality === 'hypothetical') continue;
      const participants = m.participants.map((p) => links.get(`${a.id}#${p.entity}`)).filter((x): x is string => !!x);
      const keys = mentionLookups(m, participants, stories.get(a.id) ?? null);
      for (const k of keys.dated) dated.add(k);
      for (const k of keys.undated) undated.add(k);
    }
  }
  const revisit = new Set<string>();
  // Events without a day (under "*") are bounded like those an undated mention looks at.
  for (const k of dated) if (k.endsWith('@*')) undated.add(k);
  for (const refs of (await store.lookupStateKeys(KEYS.event, [...dated].filter((k) => !k.endsWith('@*')))).values()) for (const r of refs) revisit.add(r);
  for (const refs of (await store.lookupStateKeys(KEYS.event, [...undated], MAX_UNDATED_CANDIDATES)).values()) for (const r of refs.slice(0, MAX_UNDATED_CANDIDATES)) revisit.add(r);
  const oldEvents = new Map<string, Event>();
  const memberKeys = new Set<string>();
  for (let round = 0, pending = [...revisit]; pending.length > 0 && round < CLOSURE_ROUNDS; round++) {
    for (const [id, e] of await store.getStateObjects(SPACE.event, pending)) {
      oldEvents.set(id, e as Event);
      for (const k of eventMemberKeys(e as Event)) memberKeys.add(k);
    }
    // Events sharing a member mention with these are formed again too: no mention may end up in two events.
    const more = new Set<string>();
    for (const refs of (await store.lookupStateKeys(KEYS.member, [...memberKeys])).values()) for (const r of refs) if (!oldEvents.has(r)) more.add(r);
    pending = [...more];
  }
  const memberDocs = new Set([...oldEvents.values()].flatMap((e) => e.sources.map((s) => s.documentId)));
  await loadDocs(memberDocs);
  const storyOfDoc = (id: string): string | null => stories.get(id) ?? docStates.get(id)?.story ?? null;
  const oldArticles = [...memberDocs]
    .filter((id) => docStates.has(id))
    .sort((a, b) => orderOf(a) - orderOf(b))
    .map((id) => {
      const s = docStates.get(id)!;
      for (const [local, entity] of Object.entries(s.links)) links.set(`${id}#${local}`, entity);
      return pseudoArticle(id, s, (m: EventMention) => memberKeys.has(memberKey(id, m.sentence.start, m.kind, m.modality)));
    });
  const allStories: StoryMap = new Map(stories);
  for (const id of memberDocs) {
    const s = docStates.get(id)?.story;
    if (s) allStories.set(id, s);
  }
  const merged = mergeEvents([...oldArticles, ...kept], links, duplicates, allStories);

  stage('merge');
  // Propagated dates over the events formed again; re-dating reads those documents again.
  const pseudoDated = [...oldArticles, ...kept];
  const propagatedNow = propagateDates(pseudoDated, merged.events);
  const redateDocs = new Set<string>();
  for (const [doc, date] of Object.entries(propagatedNow)) {
    const before = blobs.propagated[doc];
    if (!before || (before.value ?? '') < (date.value ?? '')) blobs.propagated[doc] = date;
  }
  for (const e of merged.events) {
    if (e.date.value) continue;
    for (const s of e.sources) if (blobs.propagated[s.documentId]) redateDocs.add(s.documentId);
  }
  const redateArticles: Article[] = [];
  for (const id of redateDocs) {
    const a = kept.find((x) => x.id === id) ?? (await store.getArticle(id));
    if (a) redateArticles.push(a);
  }
  const events = redateArticles.length > 0 ? redateFromPropagated(redateArticles, merged.events, blobs.propagated) : merged.events;

  const newIds = new Set(events.map((e) => e.id));
  const deleteEvents = [...oldEvents.keys()].filter((id) => !newIds.has(id));
  for (const id of [...oldEvents.keys()]) {
    w.drop(KEYS.event, id);
    w.drop(KEYS.member, id);
    w.put(SPACE.dateDisagreement, id, null);
  }
  for (const id of deleteEvents) w.put(SPACE.event, id, null);
  const mergedById = new Map(merged.events.map((e) => [e.id, e]));
  for (const e of events) {
    w.drop(KEYS.event, e.id);
    w.drop(KEYS.member, e.id);
    // Posted by the date merging gave it (a re-dated event stays where its members' dates put it).
    postEvent(w, mergedById.get(e.id) ?? e, storiesOf(e, storyOfDoc));
    w.put(SPACE.event, e.id, e);
  }
  const dateDisagreements = new Map<string, Discrepancy>();
  for (const d of merged.discrepancies) {
    if (d.kind !== 'date') continue;
    w.put(SPACE.dateDisagreement, d.ref, d);
    dateDisagreements.set(d.ref, d);
  }

  stage('propagate');
  // Quotes, claims, figure disagreements.
  const quotes = collectQuotes(kept, links);
  const claims = collectClaims(kept, links);
  const touched = groupClaims(claims);
  const storedClaims = await store.getStateObjects(SPACE.claims, [...touched.keys()]);
  const figures = new Map<string, Discrepancy | null>();
  for (const [group, added] of touched) {
    const all = [...((storedClaims.get(group) as ClaimRecord[] | undefined) ?? []), ...added];
    w.put(SPACE.claims, group, all);
    const [figure] = claimDiscrepancies(all, duplicates);
    w.put(SPACE.figure, group, figure ?? null);
    figures.set(group, figure ?? null);
  }

  stage('claims');
  // The new documents' own state.
  kept.forEach((a) => {
    w.put(SPACE.doc, a.id, docState(a, links, stories.get(a.id) ?? null, order.get(a.id)!));
    const k = freshKeys[fresh.findIndex((f) => f.id === a.id)]!;
    for (const key of allDedupKeys(k)) w.post(KEYS.dedup, key, a.id);
    for (const key of storyKeys(a)) w.post(KEYS.story, key, a.id);
  });
  w.put(SPACE.blob, 'duplicates', duplicates);
  w.put(SPACE.blob, 'propagated', blobs.propagated);
  w.put(SPACE.blob, 'meta', { nextOrder: blobs.nextOrder + fresh.length });

  stage('state');
  // Every disagreement, as saved: the stored ones with these changes.
  const allDates = await store.allStateObjects(SPACE.dateDisagreement);
  for (const id of oldEvents.keys()) allDates.delete(id);
  for (const [id, d] of dateDisagreements) allDates.set(id, d);
  const allFigures = await store.allStateObjects(SPACE.figure);
  for (const [group, d] of figures) {
    if (d) allFigures.set(group, d);
    else allFigures.delete(group);
  }
  const delta: CorpusDelta = {
    upTo,
    entities: [...changed.values()],
    events,
    deleteEvents,
    quotes,
    claims,
    discrepancies: [...(allDates.values() as Iterable<Discrepancy>), ...(allFigures.values() as Iterable<Discrepancy>)],
    duplicates,
    propagatedDates: blobs.propagated,
  };
  stage('disagreements');
  const applied = await store.writeCorpusState(w.write(upTo, from), delta);
  stage('write');
  return { applied, documents: fresh.length, eventsRevisited: oldEvents.size, eventsWritten: events.length };
}
