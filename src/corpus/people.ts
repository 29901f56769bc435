/**
 * People across documents: which documents' person entities are one person.
 *
 * 1. The same name (titles, case, diacritics and hyphens aside) is one person.
 * 2. Spellings of one name join when only one part varies (`variantKeys`): "Shah Mehmood
 *    Qureshi" / "Shah Mahmood Qureshi", "Ayman al-Zawahri" / "Ayman al-Zawahiri". Two given
 *    names that differ in more than spelling ("Imran Khan" / "Ayub Khan") never join.
 * 3. Given names with initials join the one name they abbreviate ("W. Mark Felt" / "William
 *    Mark Felt"; "Mark Felt" / "W. Mark Felt"). A name without its middle names ("Lena Marrow") joins the one fuller name with the same
 *    surname that starts with the same first name ("Lena Adair Marrow"), and stays apart when
 *    there are two.
 * 4. A bare surname ("Marrow") joins the one person with that surname written the same way,
 *    and stays apart when there are several (a father and his son).
 * Two entities of one document are two people there (in-document coreference kept them
 * apart), so no step joins them.
 */
import { personName, variantKeys, vowelKey, type PersonName } from './names.js';

const isInitialToken = (t: string): boolean => t.length === 1;

/** Two given-name tokens that may be one name: the same spelling key, or an initial and a name it starts. */
function tokenAgrees(a: string, b: string): boolean {
  if (isInitialToken(a) || isInitialToken(b)) return a[0] === b[0];
  return vowelKey(a) === vowelKey(b);
}

/**
 * Given names `a` abbreviate given names `b`: token by token they agree and `a` writes an
 * initial where `b` writes the name ("w mark" / "william mark", "frederick c" / "frederick
 * cheney"), or `a` is `b` without its leading initial ("mark" / "w mark"). "george w" and
 * "george h w" do not: a middle initial more is another person.
 */
export function abbreviates(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length) {
    let shorter = false;
    for (let i = 0; i < a.length; i++) {
      if (!tokenAgrees(a[i]!, b[i]!)) return false;
      if (isInitialToken(b[i]!) && !isInitialToken(a[i]!)) return false;
      if (isInitialToken(a[i]!) && !isInitialToken(b[i]!)) shorter = true;
    }
    return shorter;
  }
  if (b.length === a.length + 1 && isInitialToken(b[0]!)) return a.every((t, i) => t === b[i + 1]);
  return false;
}

export interface PersonRef {
  name: string;
  documentId: string;
  /** The entity's index within its document. */
  local: number;
}

interface Cluster {
  refs: number[];
  /** documentId -> local entity indexes in this cluster. */
  docs: Map<string, Set<number>>;
}

/** Groups of indexes into `people`, each one person. */
export function clusterPeople(people: readonly PersonRef[]): number[][] {
  const parsed = people.map((p) => personName(p.name));
  const parent: number[] = [];
  const clusters: Cluster[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const conflict = (a: Cluster, b: Cluster): boolean => {
    const [small, large] = a.docs.size <= b.docs.size ? [a, b] : [b, a];
    for (const [doc, locals] of small.docs) {
      const other = large.docs.get(doc);
      if (other && [...locals].some((l) => !other.has(l))) return true;
      if (other && [...other].some((l) => !locals.has(l))) return true;
    }
    return false;
  };
  /** Join the clusters of a and b unless one document holds both as different entities. */
  const union = (a: number, b: number): boolean => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return true;
    const ca = clusters[ra]!;
    const cb = clusters[rb]!;
    if (conflict(ca, cb)) return false;
    parent[rb] = ra;
    ca.refs.push(...cb.refs);
    for (const [doc, locals] of cb.docs) {
      const mine = ca.docs.get(doc);
      if (mine) for (const l of locals) mine.add(l);
      else ca.docs.set(doc, new Set(locals));
    }
    return true;
  };

  // 1. Units: one exact normalised name each (unnamed people stay alone).
  const units = new Map<string, number>();
  const unitOf: number[] = [];
  people.forEach((p, i) => {
    const n = parsed[i];
    const key = n ? `${n.given.join(' ')}|${n.surname}` : `#${i}`;
    let u = units.get(key);
    if (u === undefined) {
      u = clusters.length;
      units.set(key, u);
      parent.push(u);
      clusters.push({ refs: [], docs: new Map() });
    }
    unitOf.push(u);
    const c = clusters[u]!;
    c.refs.push(i);
    const locals = c.docs.get(p.documentId);
    if (locals) locals.add(p.local);
    else c.docs.set(p.documentId, new Set([p.local]));
  });
  const unitName: (PersonName | null)[] = new Array(clusters.length).fill(null);
  unitOf.forEach((u, i) => (unitName[u] = parsed[i] ?? null));

  // 2. Spelling variants.
  const byVariant = new Map<string, number>();
  unitName.forEach((n, u) => {
    if (!n) return;
    for (const k of variantKeys(n)) {
      const seen = byVariant.get(k);
      if (seen === undefined) byVariant.set(k, u);
      else union(seen, u);
    }
  });

  // Full names by surname, for steps 3 and 4.
  const bySurname = new Map<string, number[]>();
  unitName.forEach((n, u) => {
    if (!n || n.given.length === 0) return;
    const list = bySurname.get(n.surname);
    if (list) list.push(u);
    else bySurname.set(n.surname, [u]);
  });
  const roots = (us: readonly number[]): number[] => [...new Set(us.map(find))];

  // 3a. Given names written with initials join the one name they abbreviate: "W. Mark Felt" /
  // "William Mark Felt", and a leading initial dropped: "Mark Felt" / "W. Mark Felt".
  const fuller = new Map<number, number[]>();
  unitName.forEach((n, u) => {
    if (!n || n.given.length === 0) return;
    fuller.set(u, (bySurname.get(n.surname) ?? []).filter((v) => v !== u && abbreviates(n.given, unitName[v]!.given)));
  });
  for (const [u, options] of fuller) {
    const targets = roots(options);
    if (targets.length === 1 && targets[0] !== find(u)) union(targets[0]!, u);
  }

  // 3. A first name and surname joins the one fuller name with that first name.
  unitName.forEach((n, u) => {
    if (!n || n.given.length !== 1) return;
    const first = vowelKey(n.given[0]!);
    const longer = (bySurname.get(n.surname) ?? []).filter((v) => {
      const m = unitName[v]!;
      return m.given.length > 1 && vowelKey(m.given[0]!) === first && find(v) !== find(u);
    });
    const targets = roots(longer);
    if (targets.length === 1) union(targets[0]!, u);
  });

  // 4. A bare surname joins the one person with that surname written the same way ("Rait" is
  // not "Route"); bare surnames with no one person stay together.
  const bareBy = new Map<string, number>();
  unitName.forEach((n, u) => {
    if (!n || n.given.length > 0) return;
    const k = n.surname;
    const targets = roots(bySurname.get(k) ?? []);
    if (targets.length === 1 && union(targets[0]!, u)) return;
    const seen = bareBy.get(k);
    if (seen === undefined) bareBy.set(k, u);
    else union(seen, u);
  });

  const out: number[][] = [];
  clusters.forEach((c, u) => {
    if (find(u) === u) out.push(c.refs.sort((a, b) => a - b));
  });
  return out;
}
