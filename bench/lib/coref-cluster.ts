/**
 * The clusterings of gold event mentions compared by bench:coref, all within a topic:
 * - same-lemma baseline: mentions whose head lemma is equal;
 * - dossier (what corpus event merging does, src/corpus/merge.ts): two mentions are one event
 *   when their documents are in one story (src/corpus/stories.ts) and their triggers name the
 *   same kind of happening (same root or family, src/corpus/event-words.ts) without naming
 *   disjoint participants; or, in one story, when they have the same dossier event kind and two
 *   shared participants (the story stands in for merge.ts's date check: ECB+ texts carry no
 *   publication dates). Closed transitively (union-find), as merging chains pairwise merges;
 * - the previous dossier method, for comparison: same lemma OR (same kind AND a shared name).
 */
import { eventWords } from '../../src/corpus/event-words.js';
import { figuresDiffer, type Happening, objectsConflict } from '../../src/corpus/happening.js';
import { type Place, placesConflict } from '../../src/corpus/places.js';
import { sameStoryEvent } from '../../src/corpus/stories.js';
import type { Clusters } from './coref-metrics.js';

export interface ClusterInput {
  id: string;
  topic: number;
  lemma: string;
  kind: string | null;
  /** Names in the mention's sentence. */
  participants: readonly string[];
  /** The mention's words (for the trigger's family); the lemma alone when absent. */
  text?: string;
  /** Names of the dossier event's own participants (source, target, ...). */
  eventParticipants?: readonly string[];
  /** Story id of the mention's document; null or absent: the whole topic is one story. */
  story?: string | null;
  /** What the mention's clause says happened (objects, figures), as merge.ts compares it. */
  what?: Happening;
  /** The dossier event's place. */
  place?: Place | null;
}

/** merge.ts's test of what happened: different places, different things acted on, far-apart amounts (ECB+ has no dates to excuse them). */
function happeningsConflict(a: ClusterInput, b: ClusterInput): boolean {
  if (placesConflict(a.place ?? null, b.place ?? null)) return true;
  return !!a.what && !!b.what && (objectsConflict(a.what, b.what) || figuresDiffer(a.what, b.what));
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p === x) return x;
    p = this.find(p);
    this.parent.set(x, p);
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
  /** The sets of `ids`, each in the order of `ids`, in the order of their first members. */
  groups(ids: Iterable<string>): string[][] {
    const out = new Map<string, string[]>();
    for (const id of ids) {
      const root = this.find(id);
      let g = out.get(root);
      if (!g) out.set(root, (g = []));
      g.push(id);
    }
    return [...out.values()];
  }
}

/** Union every group of mentions that share a key; return the resulting clusters in input order. */
function clusterByKeys(mentions: readonly ClusterInput[], keysOf: (m: ClusterInput) => string[]): string[][] {
  const uf = new UnionFind();
  const first = new Map<string, string>();
  for (const m of mentions) {
    uf.find(m.id);
    for (const key of keysOf(m)) {
      const other = first.get(key);
      if (other === undefined) first.set(key, m.id);
      else uf.union(m.id, other);
    }
  }
  return uf.groups(mentions.map((m) => m.id));
}

export function sameLemmaClusters(mentions: readonly ClusterInput[]): string[][] {
  return clusterByKeys(mentions, (m) => [`${m.topic}\u0000lemma\u0000${m.lemma}`]);
}

/** The previous dossier method: same lemma OR (same kind AND a shared name from `participantsOf`). */
export function lemmaOrKindClusters(
  mentions: readonly ClusterInput[],
  participantsOf: (m: ClusterInput) => readonly string[] = (m) => m.participants,
): string[][] {
  return clusterByKeys(mentions, (m) => [
    `${m.topic}\u0000lemma\u0000${m.lemma}`,
    ...(m.kind === null ? [] : participantsOf(m).map((p) => `${m.topic}\u0000kind\u0000${m.kind}\u0000${p}`)),
  ]);
}

/** Why dossier links two mentions: story and event words, or story, kind and a shared participant. */
export type LinkReason = 'story-words' | 'story-kind' | null;

/** The pairwise rule of dossier's clustering (see the file comment). */
export function dossierLink(a: ClusterInput, b: ClusterInput): LinkReason {
  if (a.topic !== b.topic || happeningsConflict(a, b)) return null;
  const story = (m: ClusterInput) => `${m.topic}:${m.story ?? ''}`;
  const ea = { story: story(a), words: eventWords(a.text ?? a.lemma, a.lemma), participants: a.eventParticipants ?? [] };
  const eb = { story: story(b), words: eventWords(b.text ?? b.lemma, b.lemma), participants: b.eventParticipants ?? [] };
  if (sameStoryEvent(ea, eb)) return 'story-words';
  if (ea.story !== eb.story || a.kind === null || a.kind !== b.kind) return null;
  // merge.ts needs two shared participants, or one and the same exact day (no dates here).
  const own = a.eventParticipants ?? [];
  return (b.eventParticipants ?? []).filter((p) => own.includes(p)).length >= 2 ? 'story-kind' : null;
}

/** Dossier's clustering: pairs linked by `dossierLink`, closed transitively. */
export function dossierClusters(mentions: readonly ClusterInput[]): string[][] {
  const uf = new UnionFind();
  const byTopic = new Map<number, ClusterInput[]>();
  for (const m of mentions) {
    uf.find(m.id);
    let list = byTopic.get(m.topic);
    if (!list) byTopic.set(m.topic, (list = []));
    list.push(m);
  }
  for (const list of byTopic.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) if (dossierLink(list[i]!, list[j]!)) uf.union(list[i]!.id, list[j]!.id);
    }
  }
  return uf.groups(mentions.map((m) => m.id));
}

/** Gold clusters from each mention's gold cluster id. */
export function goldClusters(mentions: readonly { id: string; cluster: string }[]): Clusters {
  const map = new Map<string, string[]>();
  for (const m of mentions) {
    let c = map.get(m.cluster);
    if (!c) map.set(m.cluster, (c = []));
    c.push(m.id);
  }
  return [...map.values()];
}
