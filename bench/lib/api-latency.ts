/** Latency percentiles for bench:api. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** Time `run` once per input, in order; milliseconds. */
export async function measure<T>(inputs: readonly T[], run: (x: T) => Promise<unknown>): Promise<Latency> {
  const times: number[] = [];
  for (const x of inputs) {
    const t = performance.now();
    await run(x);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { n: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] ?? NaN };
}

export const fmt = (l: Latency): string => `p50 ${l.p50.toFixed(1)} ms  p95 ${l.p95.toFixed(1)} ms  max ${l.max.toFixed(1)} ms  (n=${l.n})`;
