import type { Article, DocEntity, EntityType } from '../core/types.js';
import { linkAcronyms, type NameGroup } from './acronyms.js';
import { nameTokens, slug } from './names.js';
import { clusterPeople } from './people.js';
import { genericVariantLinks } from './name-variants.js';
import type { Entity } from './types.js';
import { attachRoles } from './person-roles.js';

/** Where each document's local entities went: `${documentId}#${localIndex}` -> entity id. */
export type EntityLinks = Map<string, string>;

export function linkKey(documentId: string, local: number): string {
  return `${documentId}#${local}`;
}

interface Member {
  documentId: string;
  local: number;
  entity: DocEntity;
  mentions: number;
}

/**
 * Entity resolution across documents: spellings of one name ("Shah Mehmood Qureshi" /
 * "Shah Mahmood Qureshi"), a bare surname when only one person in the corpus has it, and
 * countries by their ISO code (so "Moscow" used as Russia's government joins Russia), and an
 * acronym with its full name when the corpus shows they are one (acronyms.ts) become one entity; two people who share only a surname stay two.
 */
export function resolveEntities(articles: readonly Article[]): { entities: Entity[]; links: EntityLinks } {
  const members: Member[] = [];
  for (const a of articles) {
    const counts = new Array<number>(a.entities.length).fill(0);
    for (const m of a.mentions) if (m.entity >= 0 && m.entity < counts.length) counts[m.entity]!++;
    a.entities.forEach((entity, local) => members.push({ documentId: a.id, local, entity, mentions: counts[local] ?? 0 }));
  }
  const clusters: Member[][] = [];
  const byKey = new Map<string, Member[]>();
  const add = (key: string, m: Member): void => {
    const list = byKey.get(key);
    if (list) list.push(m);
    else {
      const fresh = [m];
      byKey.set(key, fresh);
      clusters.push(fresh);
    }
  };
  const people: Member[] = [];
  for (const m of members) {
    if (m.entity.type === 'person') people.push(m);
    else if (m.entity.type === 'country' && m.entity.country) add(`country:${m.entity.country}`, m);
    else add(`${m.entity.type}:${nameTokens(m.entity.name).join(' ')}`, m);
  }
  const merged = joinAcronyms(joinGenericVariants(clusters), articles);
  const personRefs = people.map((m) => ({ name: m.entity.name, documentId: m.documentId, local: m.local }));
  for (const group of clusterPeople(personRefs)) {
    const members = group.map((i) => people[i]!);
    merged.push({ members, nameFrom: members });
  }

  const entities: Entity[] = [];
  const links: EntityLinks = new Map();
  const usedIds = new Set<string>();
  for (const { members: cluster, nameFrom } of merged) {
    const entity = mergeCluster(cluster, usedIds, nameFrom);
    entities.push(entity);
    for (const m of cluster) links.set(linkKey(m.documentId, m.local), entity.id);
  }
  attachRoles(articles, entities, (documentId, local) => links.get(linkKey(documentId, local)));
  entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return { entities, links };
}

/** Clusters whose names differ by one generic word ("Lisbon Agreement" / "Lisbon Peace Agreement") made one (see name-variants.ts). */
function joinGenericVariants(clusters: Member[][]): Member[][] {
  const links = genericVariantLinks(clusters.map((c) => ({ type: c[0]!.entity.type, tokens: nameTokens(c[0]!.entity.name) })));
  if (links.length === 0) return clusters;
  const parent = clusters.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [a, b] of links) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const out = new Map<number, Member[]>();
  clusters.forEach((c, i) => {
    const r = find(i);
    const list = out.get(r);
    if (list) list.push(...c);
    else out.set(r, [...c]);
  });
  return [...out.values()];
}

/** Acronym clusters joined to their full name's cluster (see acronyms.ts); the full name names the result. */
function joinAcronyms(clusters: Member[][], articles: readonly Article[]): { members: Member[]; nameFrom: Member[] }[] {
  const groups: NameGroup[] = clusters.map((c) => ({
    type: c[0]!.entity.type,
    names: [topName(c), ...new Set(c.flatMap((m) => [m.entity.name, ...m.entity.aliases]))],
    documents: new Set(c.map((m) => m.documentId)),
  }));
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const into = new Map<number, number>();
  for (const l of linkAcronyms(groups, texts)) into.set(l.acronym, l.full);
  const out = clusters.map((members) => ({ members: [...members], nameFrom: members }));
  for (const [acr, full] of into) out[full]!.members.push(...clusters[acr]!);
  return out.filter((_, i) => !into.has(i));
}

function topName(cluster: readonly Member[]): string {
  const nameCounts = new Map<string, number>();
  for (const m of cluster) nameCounts.set(m.entity.name, (nameCounts.get(m.entity.name) ?? 0) + 1);
  return [...nameCounts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]![0];
}

/** One entity from a cluster; its name is the commonest name among `nameFrom` (the full name's members when an acronym joined). */
function mergeCluster(cluster: Member[], usedIds: Set<string>, nameFrom: readonly Member[] = cluster): Entity {
  const name = topName(nameFrom);
  const aliases = new Set<string>();
  for (const m of cluster) for (const n of [m.entity.name, ...m.entity.aliases]) if (n !== name) aliases.add(n);
  const type: EntityType = cluster[0]!.entity.type;
  const country = cluster.find((m) => m.entity.country)?.entity.country ?? null;
  let id = `${type}:${type === 'country' && country ? country.toLowerCase() : slug(name)}`;
  for (let n = 2; usedIds.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
  usedIds.add(id);
  return {
    id,
    type,
    name,
    aliases: [...aliases].sort(),
    country,
    roles: [],
    mentions: cluster.reduce((s, m) => s + m.mentions, 0),
    documents: [...new Set(cluster.map((m) => m.documentId))],
  };
}
