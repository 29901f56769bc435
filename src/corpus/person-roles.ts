/**
 * Roles over time: each person's offices gathered from every report, one per title and
 * country (or organisation), with the first and last date seen and how many passages give it.
 */
import type { Article } from '../core/types.js';
import { isRank, titleKey } from '../language/roles/titles.js';
import type { Entity, Role } from './types.js';

interface Gathered {
  key: string;
  of: string | null;
  /** Written forms of the title and how often each is used. */
  forms: Map<string, number>;
  first: string | null;
  last: string | null;
  reports: number;
  source: Role['source'];
  /** Order of the first report, to keep undated roles in text order. */
  order: number;
}

/** Capitalised forms first ("Foreign Minister" over "foreign minister"), then the commonest, then the first used. */
function displayTitle(forms: Map<string, number>): string {
  const capital = (t: string): number => (/^\p{Lu}/u.test(t) ? 1 : 0);
  let best = '';
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (bestCount < 0 || capital(form) > capital(best) || (capital(form) === capital(best) && count > bestCount)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a <= b ? a : b);
const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a >= b ? a : b);

/**
 * Fill `roles` of the people in `entities`. `personOf` gives the entity id a document's local
 * entity went to. `of` becomes an entity id when an entity has that name. A role given without
 * a country joins the person's one role with the same title and a country ("President" and
 * "President of Chile"); with two such roles it stays on its own.
 */
export function attachRoles(articles: readonly Article[], entities: Entity[], personOf: (documentId: string, local: number) => string | undefined): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byName = new Map<string, string>();
  for (const e of entities) {
    if (e.type === 'person') continue;
    for (const n of [e.name, ...e.aliases]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), e.id);
  }
  const perPerson = new Map<string, Map<string, Gathered>>();
  let order = 0;
  for (const a of articles) {
    for (const r of a.roles) {
      const id = personOf(a.id, r.person);
      if (!id || !byId.has(id)) continue;
      const of = r.of ? (byName.get(r.of.toLowerCase()) ?? r.of) : null;
      const key = titleKey(r.title);
      if (key === '') continue;
      let roles = perPerson.get(id);
      if (!roles) perPerson.set(id, (roles = new Map()));
      const k = `${key}\u0000${of ?? ''}`;
      const source = { documentId: a.id, start: r.start, end: r.end };
      const g = roles.get(k);
      if (!g) {
        roles.set(k, { key, of, forms: new Map([[r.title, 1]]), first: r.asOf, last: r.asOf, reports: 1, source, order: order++ });
        continue;
      }
      g.forms.set(r.title, (g.forms.get(r.title) ?? 0) + 1);
      g.reports++;
      if (r.asOf !== null && (g.first === null || r.asOf < g.first)) g.source = source;
      g.first = earlier(g.first, r.asOf);
      g.last = later(g.last, r.asOf);
    }
  }
  for (const [id, roles] of perPerson) {
    const list = [...roles.values()];
    const gone = new Set<Gathered>();
    const fold = (g: Gathered, into: Gathered): void => {
      into.reports += g.reports;
      if (g.first !== null && (into.first === null || g.first < into.first)) into.source = g.source;
      into.first = earlier(into.first, g.first);
      into.last = later(into.last, g.last);
      into.order = Math.min(into.order, g.order);
      gone.add(g);
    };
    // A rank alone ("General X" after "Lieutenant General X") joins the one full rank ending in it.
    for (const g of list) {
      if (!isRank(g.key)) continue;
      const full = list.filter((o) => o !== g && !gone.has(o) && o.key.endsWith(` ${g.key}`) && (g.of === null || o.of === g.of));
      if (full.length === 1) fold(g, full[0]!);
    }
    // A title without a country joins the one same title with a country.
    for (const g of list) {
      if (g.of !== null || gone.has(g)) continue;
      const withOf = list.filter((o) => o.key === g.key && o.of !== null && !gone.has(o));
      if (withOf.length !== 1) continue;
      const into = withOf[0]!;
      for (const [f, n] of g.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
      fold(g, into);
    }
    const kept = list.filter((g) => !gone.has(g));
    kept.sort((x, y) => (x.first ?? '\uffff').localeCompare(y.first ?? '\uffff') || x.order - y.order);
    byId.get(id)!.roles = kept.map((g) => ({ title: displayTitle(g.forms), of: g.of, asOf: g.first, lastSeen: g.last, reports: g.reports, source: g.source }));
  }
}
