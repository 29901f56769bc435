/**
 * Names of one agreement, body or programme written with or without a generic word: "Lisbon
 * Agreement" / "Lisbon Peace Agreement", "the Arctic Council" / "Arctic Council", "Council
 * of the Elders" / "Council of Elders". Two names join when one is the other with one generic
 * word added, their types agree and nothing else competes: no second name is the same short
 * name plus one word, and the longer name drops to no second shorter name.
 */
import type { EntityType } from '../core/types.js';

/** Words that do not tell two names apart when they are added or dropped. */
const GENERIC = new Set(['the', 'of', 'for', 'on', 'and', 'peace']);

/** Types whose names are compared this way (people, countries and places have their own rules). */
const NAMED_THINGS: ReadonlySet<EntityType> = new Set<EntityType>(['organization', 'other']);

export interface VariantName {
  type: EntityType;
  /** Normalised tokens of the name (see `nameTokens`). */
  tokens: readonly string[];
}

/** The shorter names `tokens` gives by dropping one generic word. */
function drops(tokens: readonly string[]): string[] {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (!GENERIC.has(t)) return;
    const rest = [...tokens.slice(0, i), ...tokens.slice(i + 1)];
    // What remains must still be a name: two words, or one when only "the" went.
    if (rest.filter((w) => !GENERIC.has(w)).length === 0) return;
    if (rest.length < 2 && t !== 'the') return;
    out.add(rest.join(' '));
  });
  return [...out];
}

/** Pairs [longer, shorter] of indexes into `names` that are one thing. */
export function genericVariantLinks(names: readonly VariantName[]): [number, number][] {
  const byKey = new Map<string, number[]>();
  names.forEach((n, i) => {
    if (!NAMED_THINGS.has(n.type) || n.tokens.length === 0) return;
    const key = `${n.type}:${n.tokens.join(' ')}`;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const longerOf = new Map<number, number[]>();
  const shorterOf = new Map<number, number[]>();
  names.forEach((n, i) => {
    if (!NAMED_THINGS.has(n.type)) return;
    for (const d of drops(n.tokens)) {
      const shorter = byKey.get(`${n.type}:${d}`);
      if (!shorter || shorter.length !== 1) continue;
      const s = shorter[0]!;
      longerOf.set(s, [...(longerOf.get(s) ?? []), i]);
      shorterOf.set(i, [...(shorterOf.get(i) ?? []), s]);
    }
  });
  const links: [number, number][] = [];
  for (const [s, longer] of longerOf) {
    if (longer.length !== 1) continue;
    const l = longer[0]!;
    if ((shorterOf.get(l) ?? []).length !== 1) continue;
    links.push([l, s]);
  }
  return links.sort((a, b) => a[1] - b[1]);
}
