import cytoscape from 'cytoscape';
import { api, qs, type EntityDetail, type EntityListItem, type Page } from '../api.js';
import { dateLabel, h, mount } from '../dom.js';

const COLORS: Record<string, string> = { person: '#2563eb', country: '#059669', organization: '#d97706', place: '#7c3aed', other: '#6b7280' };

export async function entityPage(root: HTMLElement, id: string): Promise<void> {
  const e = await api<EntityDetail>(`/entities/${encodeURIComponent(id)}`);
  const graph = h('div', { class: 'graph', id: 'entity-graph' });
  mount(root, 
    h('p', {}, h('a', { href: '#/entities' }, "← Who's who")),
    h('h1', {}, e.name, ' ', h('span', { class: `badge type-${e.type}` }, e.type)),
    h('p', { class: 'muted' }, [e.aliases.length ? `also: ${e.aliases.join(', ')}` : '', e.country ? `country: ${e.country}` : '', `${e.mentions} mentions in ${e.documents.length} document(s)`].filter(Boolean).join(' · ')),
    h('h2', {}, 'Roles over time'),
    e.roles.length
      ? h('ol', { class: 'roles' }, e.roles.map((r) => h('li', {}, h('span', { class: 'when' }, r.asOf ?? 'undated'), ` ${r.title}${r.ofName ? ` of ${r.ofName}` : ''} `, h('a', { href: `#/doc/${encodeURIComponent(r.source.documentId)}?at=${r.source.start}`, class: 'muted' }, 'source'))))
      : h('p', { class: 'muted' }, 'No roles stated.'),
    h('h2', {}, 'Appears with'),
    e.coOccurring.length ? graph : h('p', { class: 'muted' }, 'No other entity shares an event or document with it.'),
    h('ul', { class: 'cooccur' }, e.coOccurring.map((c) => h('li', {}, h('a', { href: `#/entity/${encodeURIComponent(c.id)}` }, c.name), ` — ${c.events} shared event(s), ${c.documents} shared document(s)`))),
    h('h2', {}, `Events (${e.events.length})`),
    h('ol', { class: 'event-list' }, e.events.map((t) => h('li', { class: `event-row ${t.planned ? 'planned' : 'happened'}` }, h('span', { class: 'when' }, dateLabel(t.when, t.precision)), h('span', { class: 'badge' }, `${t.sourceCount} src`), h('a', { href: `#/event/${encodeURIComponent(t.id)}` }, t.summary)))),
    h('h2', {}, `Quotes (${e.quotes.length})`),
    h('ul', { class: 'quotes' }, e.quotes.map((q) => h('li', {}, h('q', {}, q.text), ' ', h('a', { href: `#/doc/${encodeURIComponent(q.documentId)}?at=${q.start}`, class: 'muted' }, 'in context')))),
    e.claims.length ? [h('h2', {}, 'Figures claimed'), h('ul', {}, e.claims.map((c) => h('li', {}, `${c.text} — ${c.subject ?? ''} `, h('a', { href: `#/doc/${encodeURIComponent(c.documentId)}?at=${c.start}`, class: 'muted' }, 'source'))))] : [],
    h('h2', {}, 'Documents'),
    h('ul', {}, e.documents.map((d) => h('li', {}, h('a', { href: `#/doc/${encodeURIComponent(d.id)}` }, d.title ?? d.source), h('span', { class: 'muted' }, ` ${[d.publisher, d.published].filter(Boolean).join(' · ')}`)))),
  );
  if (!e.coOccurring.length) return;
  // The graph shows the 15 closest; the list below has them all.
  const top = e.coOccurring.slice(0, 15);
  const maxW = Math.max(...top.map((c) => c.events * 2 + c.documents), 1);
  const cy = cytoscape({
    container: graph,
    elements: [
      { data: { id: e.id, label: e.name, color: COLORS[e.type] ?? '#000' } },
      ...top.map((c) => ({ data: { id: c.id, label: c.name, color: COLORS[c.type] ?? '#000' } })),
      ...top.map((c) => ({ data: { id: `edge:${c.id}`, source: e.id, target: c.id, w: 1 + (6 * (c.events * 2 + c.documents)) / maxW } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(color)', 'font-size': 13, 'min-zoomed-font-size': 6, width: 16, height: 16, color: '#111', 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: `node[id = "${e.id.replace(/"/g, '\\"')}"]`, style: { width: 30, height: 30, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 'data(w)', 'line-color': '#cbd5e1' } },
    ],
    layout: { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => (n.id() === e.id ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 60 },
    maxZoom: 2,
  });
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
  mount(root, 
    h('h1', {}, "Who's who"),
    form,
    h('p', { class: 'muted' }, `${page.total} entities`),
    h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Type'), h('th', {}, 'Mentions'), h('th', {}, 'Documents'))), h('tbody', {}, page.items.map((e) => h('tr', {}, h('td', {}, h('a', { href: `#/entity/${encodeURIComponent(e.id)}` }, e.name)), h('td', {}, e.type), h('td', {}, String(e.mentions)), h('td', {}, String(e.documents)))))),
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
