/**
 * Coreference metrics over clusterings of the same mention set (gold mentions): MUC (Vilain et
 * al. 1995), B³ (Bagga & Baldwin 1998), entity-based CEAF with φ4 (Luo 2005) and the CoNLL F1,
 * their mean (Pradhan et al. 2014). A clustering is a list of clusters of mention ids.
 */

export type Clusters = readonly (readonly string[])[];

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface CorefScores {
  muc: PRF;
  b3: PRF;
  ceafe: PRF;
  /** Mean of the MUC, B³ and CEAF-e F1. */
  conll: number;
}

function prf(precision: number, recall: number): PRF {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function clusterOf(clusters: Clusters): Map<string, number> {
  const map = new Map<string, number>();
  clusters.forEach((c, i) => {
    for (const m of c) map.set(m, i);
  });
  return map;
}

/** MUC recall of `key` against `response` (swap the arguments for precision). */
function mucRecall(key: Clusters, response: Clusters): number {
  const of = clusterOf(response);
  let num = 0;
  let den = 0;
  for (const k of key) {
    if (k.length === 0) continue;
    const parts = new Set<string>();
    for (const m of k) {
      const r = of.get(m);
      // A mention missing from the response is its own partition.
      parts.add(r === undefined ? `missing:${m}` : String(r));
    }
    num += k.length - parts.size;
    den += k.length - 1;
  }
  return den === 0 ? 0 : num / den;
}

export function muc(key: Clusters, response: Clusters): PRF {
  return prf(mucRecall(response, key), mucRecall(key, response));
}

/** B³ recall of `key` against `response` (swap for precision). */
function b3Recall(key: Clusters, response: Clusters): number {
  const of = clusterOf(response);
  let sum = 0;
  let n = 0;
  for (const k of key) {
    const counts = new Map<number, number>();
    for (const m of k) {
      const r = of.get(m);
      if (r !== undefined) counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    for (const c of counts.values()) sum += (c * c) / k.length;
    n += k.length;
  }
  return n === 0 ? 0 : sum / n;
}

export function bcubed(key: Clusters, response: Clusters): PRF {
  return prf(b3Recall(response, key), b3Recall(key, response));
}

/**
 * Maximum-weight assignment of rows to columns (each used at most once) for a non-negative
 * weight matrix: the Hungarian algorithm (O(n²m)) on costs = max − weight. Returns the total.
 */
export function maxAssignment(weights: readonly (readonly number[])[]): number {
  const rows0 = weights.length;
  const cols0 = rows0 === 0 ? 0 : Math.max(...weights.map((r) => r.length));
  if (rows0 === 0 || cols0 === 0) return 0;
  // Square matrix padded with zeros (a zero weight is the same as leaving unassigned).
  const n = Math.max(rows0, cols0);
  let max = 0;
  for (const r of weights) for (const w of r) if (w > max) max = w;
  const cost = (i: number, j: number): number => max - (weights[i]?.[j] ?? 0);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1); // p[j] = row assigned to column j (1-based), 0 = none
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) {
    const i = p[j]!;
    if (i > 0) total += weights[i - 1]?.[j - 1] ?? 0;
  }
  return total;
}

/** CEAF-e: φ4(K, R) = 2|K∩R| / (|K| + |R|), best one-to-one alignment of key and response clusters. */
export function ceafe(key: Clusters, response: Clusters): PRF {
  const keyC = key.filter((c) => c.length > 0);
  const respC = response.filter((c) => c.length > 0);
  if (keyC.length === 0 || respC.length === 0) return prf(0, 0);
  const respOf = clusterOf(respC);
  // Split into connected components (clusters linked by shared mentions) so that each
  // assignment problem stays small.
  const parent = new Int32Array(keyC.length + respC.length).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const overlaps: Map<number, number>[] = keyC.map(() => new Map());
  keyC.forEach((k, i) => {
    for (const m of k) {
      const r = respOf.get(m);
      if (r === undefined) continue;
      overlaps[i]!.set(r, (overlaps[i]!.get(r) ?? 0) + 1);
      const a = find(i);
      const b = find(keyC.length + r);
      if (a !== b) parent[a] = b;
    }
  });
  const components = new Map<number, { keys: number[]; resps: number[] }>();
  const comp = (x: number) => {
    const root = find(x);
    let c = components.get(root);
    if (!c) components.set(root, (c = { keys: [], resps: [] }));
    return c;
  };
  keyC.forEach((_, i) => comp(i).keys.push(i));
  respC.forEach((_, r) => comp(keyC.length + r).resps.push(r));
  let total = 0;
  for (const { keys, resps } of components.values()) {
    if (keys.length === 0 || resps.length === 0) continue;
    const matrix = keys.map((i) =>
      resps.map((r) => {
        const o = overlaps[i]!.get(r) ?? 0;
        return o === 0 ? 0 : (2 * o) / (keyC[i]!.length + respC[r]!.length);
      }),
    );
    total += maxAssignment(matrix);
  }
  return prf(total / respC.length, total / keyC.length);
}

export function scoreCoref(key: Clusters, response: Clusters): CorefScores {
  const m = muc(key, response);
  const b = bcubed(key, response);
  const c = ceafe(key, response);
  return { muc: m, b3: b, ceafe: c, conll: (m.f1 + b.f1 + c.f1) / 3 };
}
