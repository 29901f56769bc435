/**
 * Which event clusters a new mention could join, without looking at every cluster. A mention
 * joins a cluster only when both have the same kind and modality and they share a participant
 * or a story (see merge.ts `compatible`), and, when both are dated, only when their dates are
 * within a week or so of each other. Clusters are posted under each (kind, modality, participant)
 * and (kind, modality, story) key, and within a key by the days their date covers; a lookup
 * returns a superset of the clusters `compatible` can accept, in creation order, so first-fit
 * merging gives exactly what a scan of every cluster gives.
 */
import type { DateEvidence } from '../core/types.js';

const DAY_MS = 86_400_000;
/** Width of a day bucket. */
const BUCKET_DAYS = 8;
/** Largest distance in days at which two dates can still be compatible (the report window is 7; a day past the month's end, as "February 30", 3). */
const MARGIN_DAYS = 8;
/** A date covering more buckets than this (a decade, an odd value) is checked by every lookup. */
const MAX_BUCKETS = 64;

/** Days (since 1970) a date value covers, as [first, last], or null when it is not a plain day, month or year. */
export function daySpan(date: DateEvidence): [number, number] | null {
  const v = date.value;
  if (!v) return null;
  let m = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/.exec(v);
  if (m) {
    const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / DAY_MS;
    return [t, t];
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(v);
  if (m) return [Date.UTC(+m[1]!, +m[2]! - 1, 1) / DAY_MS, Date.UTC(+m[1]!, +m[2]!, 1) / DAY_MS - 1];
  m = /^(\d{4})$/.exec(v);
  if (m) return [Date.UTC(+m[1]!, 0, 1) / DAY_MS, Date.UTC(+m[1]! + 1, 0, 1) / DAY_MS - 1];
  return null;
}

interface Postings {
  /** Every cluster under the key, in creation order (for undated lookups). */
  all: number[];
  /** Clusters with no usable date span: checked by every lookup of the key. */
  wide: number[];
  byBucket: Map<number, number[]>;
}

export class ClusterIndex {
  private readonly keys = new Map<string, Postings>();
  private readonly spans: ([number, number] | null)[] = [];
  /** Clusters whose date changed after they were posted: checked by every lookup. */
  private readonly always: number[] = [];

  /** Register cluster `cluster` (numbered from 0 in creation order) with its date. */
  open(cluster: number, date: DateEvidence): void {
    this.spans[cluster] = daySpan(date);
  }

  /** The cluster's date changed (it should not: mentions come strongest date first): check it everywhere. */
  redate(cluster: number): void {
    this.always.push(cluster);
  }

  /** Post the cluster under a key (once per key). */
  post(key: string, cluster: number): void {
    let p = this.keys.get(key);
    if (!p) this.keys.set(key, (p = { all: [], wide: [], byBucket: new Map() }));
    p.all.push(cluster);
    const span = this.spans[cluster] ?? null;
    const range = span ? bucketRange(span[0], span[1]) : null;
    if (!range) {
      p.wide.push(cluster);
      return;
    }
    for (let b = range[0]; b <= range[1]; b++) {
      const list = p.byBucket.get(b);
      if (list) list.push(cluster);
      else p.byBucket.set(b, [cluster]);
    }
  }

  /** Clusters under any of `keys` whose dates could be compatible with `date`, ascending, each once. */
  lookup(keys: readonly string[], date: DateEvidence): number[] {
    const span = daySpan(date);
    const range = span ? bucketRange(span[0] - MARGIN_DAYS, span[1] + MARGIN_DAYS) : null;
    const found = new Set<number>(this.always);
    for (const key of keys) {
      const p = this.keys.get(key);
      if (!p) continue;
      if (!range || range[1] - range[0] + 1 > p.byBucket.size) {
        // Undated (or a span wider than the key's postings): every cluster of the key.
        for (const c of p.all) found.add(c);
        continue;
      }
      for (const c of p.wide) found.add(c);
      for (let b = range[0]; b <= range[1]; b++) for (const c of p.byBucket.get(b) ?? []) found.add(c);
    }
    return [...found].sort((x, y) => x - y);
  }
}

function bucketRange(lo: number, hi: number): [number, number] | null {
  const first = Math.floor(lo / BUCKET_DAYS);
  const last = Math.floor(hi / BUCKET_DAYS);
  return last - first + 1 > MAX_BUCKETS ? null : [first, last];
}
