/** Accuracy and macro F1 over event types, and set-overlap accuracy for actor codes. */

export interface TypeScores {
  n: number;
  accuracy: number;
  macroF1: number;
  perType: Map<string, { p: number; r: number; f1: number; gold: number; predicted: number }>;
}

/** `gold[i]` vs `predicted[i]` (null = no prediction, a miss). Macro F1 over the gold types. */
export function scoreTypes(gold: readonly string[], predicted: readonly (string | null)[]): TypeScores {
  const types = [...new Set(gold)].sort();
  let correct = 0;
  const perType = new Map<string, { p: number; r: number; f1: number; gold: number; predicted: number }>();
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) correct++;
  let sum = 0;
  for (const t of types) {
    let tp = 0;
    let g = 0;
    let p = 0;
    for (let i = 0; i < gold.length; i++) {
      if (gold[i] === t) g++;
      if (predicted[i] === t) p++;
      if (gold[i] === t && predicted[i] === t) tp++;
    }
    const prec = p > 0 ? tp / p : 0;
    const rec = g > 0 ? tp / g : 0;
    const f1 = prec + rec > 0 ? (2 * prec * rec) / (prec + rec) : 0;
    perType.set(t, { p: prec, r: rec, f1, gold: g, predicted: p });
    sum += f1;
  }
  return { n: gold.length, accuracy: gold.length ? correct / gold.length : 0, macroF1: types.length ? sum / types.length : 0, perType };
}

/** Share of items where the predicted code set meets the gold set (lenient) and equals it (strict). */
export function scoreCodeSets(items: readonly { gold: ReadonlySet<string>; predicted: ReadonlySet<string> }[]): {
  n: number;
  overlap: number;
  exact: number;
} {
  let overlap = 0;
  let exact = 0;
  for (const { gold, predicted } of items) {
    const meets = [...predicted].some((c) => gold.has(c));
    if (meets) overlap++;
    if (meets && predicted.size === gold.size && [...predicted].every((c) => gold.has(c))) exact++;
  }
  const n = items.length;
  return { n, overlap: n ? overlap / n : 0, exact: n ? exact / n : 0 };
}
