import { api, ApiError, qs, type Facets, type Relationship } from '../api.js';
import { h, mount } from '../dom.js';
import { eventRow } from './timeline.js';

/** Two entities' shared events over time: counts by type per month, then the events. */
export async function relationshipPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const facets = await api<Facets>('/facets');
  const input = (name: string, value: string, label: string): HTMLElement => h('label', {}, label, h('input', { name, value, list: 'rel-entities', placeholder: 'name or id', required: true }));
  const form = h(
    'form',
    { class: 'filters', id: 'relationship-form' },
    input('a', a, 'Entity'),
    input('b', b, 'and entity'),
    h('datalist', { id: 'rel-entities' }, facets.entities.map((e) => h('option', { value: e.name }))),
    h('button', { type: 'submit' }, 'Show'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    location.hash = `#/relationship${qs({ a: String(d.get('a') ?? '').trim(), b: String(d.get('b') ?? '').trim() })}`;
  });
  if (!a || !b) {
    mount(root, h('h1', {}, 'Relationship'), h('p', { class: 'muted' }, 'Two entities (people, countries, organisations): the events they share, by kind and month.'), form);
    return;
  }
  let r: Relationship;
  try {
    r = await api<Relationship>(`/relationship${qs({ a, b })}`);
  } catch (e) {
    if (!(e instanceof ApiError) || (e.status !== 404 && e.status !== 400)) throw e;
    mount(root, h('h1', {}, 'Relationship'), form, h('p', { class: 'error', role: 'alert' }, e.message));
    return;
  }
  const link = (x: { id: string; name: string }): HTMLElement => h('a', { href: `#/entity/${encodeURIComponent(x.id)}` }, x.name);
  const max = Math.max(1, ...r.months.map((m) => m.total));
  const types = r.kinds.map((k) => k.type);
  const colour = (i: number): string => `kind-${i % 6}`;
  const table = h(
    'table',
    { class: 'relationship', id: 'relationship-months' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Month'), r.kinds.map((k, i) => h('th', { title: `PLOVER ${k.type}` }, h('span', { class: `swatch ${colour(i)}` }), ` ${k.name}`)), h('th', {}, 'All'))),
    h(
      'tbody',
      {},
      r.months.map((m) =>
        h(
          'tr',
          { 'data-month': m.month },
          h('th', { scope: 'row' }, m.month),
          types.map((t) => h('td', {}, String(m.counts[t] ?? 0))),
          h('td', { class: 'bar-cell' }, h('span', { class: 'bar' }, types.map((t, i) => (m.counts[t] ? h('span', { class: colour(i), style: `width:${(100 * m.counts[t]!) / max}%` }) : null))), ` ${m.total}`),
        ),
      ),
    ),
  );
  mount(
    root,
    h('h1', {}, link(r.a), ' and ', link(r.b)),
    form,
    h('p', { role: 'status', id: 'relationship-status' }, `${r.total} shared event${r.total === 1 ? '' : 's'}`, r.kinds.length ? `: ${r.kinds.map((k) => `${k.count} ${k.name}`).join(' · ')}` : ''),
    r.total ? h('div', { class: 'table-scroll' }, table) : h('p', { class: 'muted' }, 'No event names both.'),
    h('h2', {}, 'Shared events'),
    h('ol', { class: 'event-list', id: 'relationship-events' }, r.events.map(eventRow)),
  );
}
