import type cytoscape from 'cytoscape';
import { api, qs, type EntityDetail, type EntityListItem, type Page } from '../api.js';
import { h, mount } from '../dom.js';
import { eventRow } from './timeline.js';

const COLORS: Record<string, string> = { person: '#2563eb', country: '#059669', organization: '#d97706', place: '#7c3aed', other: '#6b7280' };
/** Graph labels are drawn at this size at zoom 1 and never below MIN_LABEL_PX on screen. */
const LABEL_PX = 14;
const MIN_LABEL_PX = 11;

const docLink = (documentId: string, start: number, text: string): HTMLElement => h('a', { href: `#/doc/${encodeURIComponent(documentId)}?at=${start}`, class: 'muted' }, text);

export async function entityPage(root: HTMLElement, id: string): Promise<void> {
  const e = await api<EntityDetail>(`/entities/${encodeURIComponent(id)}`);
  const graph = h('div', { class: 'graph', id: 'entity-graph' });
  const seen = (a: string | null, b: string | null): string => (!a ? 'undated' : a === b || !b ? `seen ${a}` : `first seen ${a}, last seen ${b}`);
  mount(
    root,
    h('p', {}, h('a', { href: '#/entities' }, "← Who's who")),
    h('h1', {}, e.name, ' ', h('span', { class: `badge type-${e.type}` }, e.type)),
    h('p', { class: 'muted' }, [e.aliases.length ? `also: ${e.aliases.join(', ')}` : '', e.country ? `country: ${e.country}` : '', `${e.mentions} mentions in ${e.documentsTotal} document(s)`].filter(Boolean).join(' · ')),
    h('h2', {}, 'Roles over time'),
    e.roleSpans.length
      ? h(
          'ol',
          { class: 'roles', id: 'roles' },
          e.roleSpans.map((r) =>
            h('li', {}, h('strong', {}, `${r.title}${r.ofName ? ` of ${r.ofName}` : ''}`), h('span', { class: 'when' }, ` — ${seen(r.firstSeen, r.lastSeen)}`), ` (${r.reports} report${r.reports === 1 ? '' : 's'}) `, docLink(r.source.documentId, r.source.start, 'source')),
          ),
        )
      : h('p', { class: 'muted' }, 'No roles stated.'),
    h('h2', {}, e.eventsTotal > e.events.length ? `Events (the first ${e.events.length} of ${e.eventsTotal})` : `Events (${e.events.length})`),
    e.events.length ? h('ol', { class: 'event-list', id: 'entity-events' }, e.events.map(eventRow)) : h('p', { class: 'muted' }, 'No events name it.'),
    h('h2', {}, `Quotes by ${e.name} (${e.quotes.length})`),
    e.quotes.length ? h('ul', { class: 'quotes' }, e.quotes.map((q) => h('li', {}, h('q', {}, q.text), ' ', docLink(q.documentId, q.start, 'in context')))) : h('p', { class: 'muted' }, 'No quotes attributed.'),
    h('h2', {}, `Figures claimed (${e.claims.length})`),
    e.claims.length ? h('ul', { class: 'claims' }, e.claims.map((c) => h('li', {}, h('strong', {}, c.text), ` — ${c.subject ?? ''}${c.time ? ` (${c.time})` : ''} `, docLink(c.documentId, c.start, 'source')))) : h('p', { class: 'muted' }, 'No figures claimed.'),
    h('h2', {}, 'Appears with'),
    e.coOccurring.length ? graph : h('p', { class: 'muted' }, 'No other entity shares an event or document with it.'),
    h(
      'ul',
      { class: 'cooccur' },
      e.coOccurring.map((c) =>
        h('li', {}, h('a', { href: `#/entity/${encodeURIComponent(c.id)}` }, c.name), ` — ${c.events} shared event(s), ${c.documents} shared document(s) `, c.events ? h('a', { href: `#/relationship${qs({ a: e.id, b: c.id })}`, class: 'muted compare' }, 'their events over time') : null),
      ),
    ),
    h('h2', {}, 'Documents'),
    h('ul', {}, e.documents.map((d) => h('li', {}, h('a', { href: `#/doc/${encodeURIComponent(d.id)}` }, d.label), h('span', { class: 'muted' }, ` ${[d.publisher, d.published].filter(Boolean).join(' · ')}`)))),
  );
  if (!e.coOccurring.length) return;
  // The graph library is large: it loads after the page is on screen.
  const { default: cytoscape } = await import('cytoscape');
  if (!graph.isConnected) return;
  drawGraph(cytoscape, graph, e);
}

/** The entity and its (at most 30, strongest) neighbours; labels stay readable at every zoom allowed. */
function drawGraph(lib: typeof cytoscape, box: HTMLElement, e: EntityDetail): void {
  const top = e.coOccurring;
  const strength = (c: (typeof top)[number]): number => c.events * 2 + c.documents;
  const maxW = Math.max(...top.map(strength), 1);
  const cy = lib({
    container: box,
    elements: [
      { data: { id: e.id, label: e.name, color: COLORS[e.type] ?? '#000', ring: 3 } },
      // Stronger neighbours on the inner ring.
      ...top.map((c) => ({ data: { id: c.id, label: c.name, color: COLORS[c.type] ?? '#000', ring: strength(c) * 2 > maxW ? 2 : 1 } })),
      ...top.map((c) => ({ data: { id: `edge:${c.id}`, source: e.id, target: c.id, w: 1 + (6 * strength(c)) / maxW } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(color)', 'font-size': LABEL_PX, 'min-zoomed-font-size': MIN_LABEL_PX, width: 14, height: 14, color: '#111', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': '1px' } },
      { selector: `node[id = "${e.id.replace(/"/g, '\\"')}"]`, style: { width: 26, height: 26, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 'data(w)', 'line-color': '#cbd5e1' } },
    ],
    layout: { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => Number(n.data('ring')), levelWidth: () => 1, minNodeSpacing: 34, avoidOverlap: true, padding: 20 },
    // Never zoom out so far that labels fall under MIN_LABEL_PX; pan to see the rest.
    minZoom: MIN_LABEL_PX / LABEL_PX,
    maxZoom: 2,
  });
  const report = (): void => {
    box.dataset.labelPx = (LABEL_PX * cy.zoom()).toFixed(1);
  };
  report();
  cy.on('zoom', report);
  cy.on('tap', 'node', (evt) => {
    const nid = evt.target.id() as string;
    if (nid !== e.id) location.hash = `#/entity/${encodeURIComponent(nid)}`;
  });
}

export async function entitiesPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const type = params.get('type') ?? '';
  const q = params.get('q') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const page = await api<Page<EntityListItem>>(`/entities${qs({ type, q, offset: String(offset), limit: '100' })}`);
  const form = h(
    'form',
    { class: 'filters' },
    h('label', {}, 'Name', h('input', { name: 'q', value: q })),
    h('label', {}, 'Type', h('select', { name: 'type' }, ['', 'person', 'country', 'organization', 'place', 'other'].map((t) => h('option', { value: t, selected: t === type }, t || 'any')))),
    h('button', { type: 'submit' }, 'Filter'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    location.hash = `#/entities${qs({ q: String(d.get('q') ?? ''), type: String(d.get('type') ?? '') })}`;
  });
  mount(
    root,
    h('h1', {}, "Who's who"),
    form,
    h('p', { class: 'muted' }, `${page.total} entities`),
    h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Role (latest)'), h('th', {}, 'Type'), h('th', {}, 'Mentions'), h('th', {}, 'Documents'))), h('tbody', {}, page.items.map((e) => h('tr', {}, h('td', {}, h('a', { href: `#/entity/${encodeURIComponent(e.id)}` }, e.name)), h('td', { class: 'role' }, e.role ?? ''), h('td', {}, e.type), h('td', {}, String(e.mentions)), h('td', {}, String(e.documents)))))),
    pager(page, (o) => `#/entities${qs({ q, type, offset: String(o) })}`),
  );
}

export function pager(page: { total: number; offset: number; limit: number }, href: (offset: number) => string): HTMLElement {
  return h(
    'p',
    { class: 'pager' },
    page.offset > 0 ? h('a', { href: href(Math.max(0, page.offset - page.limit)) }, '← previous') : null,
    ` ${page.total ? page.offset + 1 : 0}–${Math.min(page.total, page.offset + page.limit)} of ${page.total} `,
    page.offset + page.limit < page.total ? h('a', { href: href(page.offset + page.limit) }, 'next →') : null,
  );
}

