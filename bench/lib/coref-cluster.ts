/**
 * The two clusterings of gold event mentions compared by bench:coref, both within a topic:
 * - same-lemma baseline: mentions whose head lemma is equal;
 * - dossier: same lemma OR (same dossier event kind AND at least one shared participant name),
 *   closed transitively (union-find), as corpus event merging chains pairwise merges.
 */
import type { Clusters } from './coref-metrics.js';

export interface ClusterInput {
  id: string;
  topic: number;
  lemma: string;
  kind: string | null;
  participants: readonly string[];
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
  const clusters = new Map<string, string[]>();
  for (const m of mentions) {
    const root = uf.find(m.id);
    let c = clusters.get(root);
    if (!c) clusters.set(root, (c = []));
    c.push(m.id);
  }
  return [...clusters.values()];
}

export function sameLemmaClusters(mentions: readonly ClusterInput[]): string[][] {
  return clusterByKeys(mentions, (m) => [`${m.topic}\u0000lemma\u0000${m.lemma}`]);
}

/** `participantsOf` picks the names compared (default: the entity names of the mention's sentence). */
export function dossierClusters(
  mentions: readonly ClusterInput[],
  participantsOf: (m: ClusterInput) => readonly string[] = (m) => m.participants,
): string[][] {
  return clusterByKeys(mentions, (m) => [
    `${m.topic}\u0000lemma\u0000${m.lemma}`,
    ...(m.kind === null ? [] : participantsOf(m).map((p) => `${m.topic}\u0000kind\u0000${m.kind}\u0000${p}`)),
  ]);
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
