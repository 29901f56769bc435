import { Timeline } from 'vis-timeline/standalone';
import { api, qs, type Facets, type Page, type TimelineItem } from '../api.js';
import { dateLabel, escapeHtml, h, mount } from '../dom.js';

const FILTERS = ['entity', 'type', 'topic', 'source', 'from', 'to', 'planned'] as const;

/** [start, end) of a partial date, for drawing its precision: a day, a month, a year. */
function span(date: string): { start: Date; end: Date } {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined && m !== undefined) return { start: new Date(Date.UTC(y, m - 1, d)), end: new Date(Date.UTC(y, m - 1, d + 1)) };
  if (m !== undefined) return { start: new Date(Date.UTC(y, m - 1, 1)), end: new Date(Date.UTC(y, m, 1)) };
  return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y + 1, 0, 1)) };
}

function eventRow(t: TimelineItem): HTMLElement {
  return h(
    'li',
    { class: `event-row ${t.planned ? 'planned' : 'happened'}`, 'data-event': t.id },
    h('span', { class: 'when' }, dateLabel(t.when, t.precision)),
    t.planned ? h('span', { class: 'badge planned-badge' }, 'planned') : null,
    h('span', { class: 'badge', title: 'sources reporting it' }, `${t.sourceCount} source${t.sourceCount === 1 ? '' : 's'}`),
    h('span', { class: 'badge type' }, t.type),
    h('a', { href: `#/event/${encodeURIComponent(t.id)}`, class: 'summary' }, t.summary),
  );
}

export async function timelinePage(root: HTMLElement, params: URLSearchParams): Promise<() => Promise<void>> {
  const facets = await api<Facets>('/facets');
  const select = (name: string, label: string, options: { value: string; text: string }[]): HTMLElement =>
    h('label', {}, label, h('select', { name }, h('option', { value: '' }, 'any'), options.map((o) => h('option', { value: o.value, selected: params.get(name) === o.value }, o.text))));
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Timeline filters' },
    h('label', {}, 'Entity', h('input', { name: 'entity', list: 'entity-list', value: params.get('entity') ?? '', placeholder: 'name or id' })),
    h('datalist', { id: 'entity-list' }, facets.entities.map((e) => h('option', { value: e.name }))),
    select('type', 'Event type', facets.types.map((t) => ({ value: t.value, text: `${t.value} (${t.count})` }))),
    select('topic', 'Topic', facets.topics.map((t) => ({ value: t.value, text: `${t.value} (${t.count})` }))),
    select('source', 'Source', facets.publishers.map((t) => ({ value: t.value, text: `${t.value} (${t.count})` }))),
    h('label', {}, 'From', h('input', { name: 'from', value: params.get('from') ?? '', placeholder: 'YYYY[-MM[-DD]]', size: 10 })),
    h('label', {}, 'To', h('input', { name: 'to', value: params.get('to') ?? '', placeholder: 'YYYY[-MM[-DD]]', size: 10 })),
    select('planned', 'Show', [
      { value: 'false', text: 'happened' },
      { value: 'true', text: 'planned' },
    ]),
    h('button', { type: 'submit' }, 'Apply'),
    h('a', { href: '#/', class: 'reset' }, 'reset'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const p: Record<string, string> = {};
    for (const k of FILTERS) {
      const v = String(data.get(k) ?? '').trim();
      if (v) p[k] = v;
    }
    location.hash = `#/${qs(p)}`;
  });
  const status = h('p', { class: 'muted', role: 'status' });
  const chart = h('div', { class: 'timeline-chart', id: 'timeline-chart' });
  const list = h('ol', { class: 'event-list', id: 'event-list' });
  const legend = h('p', { class: 'legend' }, h('span', { class: 'swatch happened' }), ' happened ', h('span', { class: 'swatch planned' }), ' planned ', h('span', { class: 'swatch reported' }), ' date known only as "on or before" the report');
  mount(root, h('h1', {}, 'Timeline'), form, legend, status, chart, h('h2', {}, 'Events'), list);

  let timeline: Timeline | null = null;

  const load = async (): Promise<void> => {
    const q: Record<string, string> = { limit: '5000' };
    for (const k of FILTERS) {
      const v = params.get(k);
      if (v) q[k] = v;
    }
    const page = await api<Page<TimelineItem>>(`/timeline${qs(q)}`);
    const dated = page.items.filter((t) => t.date);
    status.textContent = `${page.total} event${page.total === 1 ? '' : 's'} (${page.total - dated.length} undated). Scroll or pinch on the chart to zoom from years to days; click an event to open it.`;
    const items = dated.map((t) => {
        const s = span(t.date!);
        const point = t.precision === 'day';
        const cls = [t.planned ? 'planned' : 'happened', t.when.startsWith('on or before') ? 'reported' : '', `prec-${t.precision}`].join(' ');
        return {
          id: t.id,
          content: escapeHtml(`${t.summary.length > 70 ? `${t.summary.slice(0, 68)}…` : t.summary} [${t.sourceCount}]`),
          start: s.start,
          ...(point ? {} : { end: s.end }),
          type: point ? ('box' as const) : ('range' as const),
          className: cls,
          title: `${dateLabel(t.when, t.precision)}${t.planned ? ' · planned' : ''} · ${t.sourceCount} source(s)\n${t.summary}`,
        };
      });
    if (timeline) {
      timeline.setItems(items);
      if (items.length) timeline.fit();
    } else if (items.length) {
      timeline = new Timeline(chart, items, {
        zoomMin: 24 * 3600 * 1000,
        zoomMax: 200 * 365 * 24 * 3600 * 1000,
        stack: true,
        maxHeight: 420,
        tooltip: { followMouse: true },
        xss: { disabled: false },
      });
      timeline.on('select', (p: { items: string[] }) => {
        if (p.items[0]) location.hash = `#/event/${encodeURIComponent(p.items[0])}`;
      });
    }
    chart.hidden = dated.length === 0;
    list.replaceChildren(...page.items.map(eventRow));
    if (page.items.length === 0) list.replaceChildren(h('li', { class: 'muted' }, 'No events match. Add sources on the "Add sources" page, or loosen the filters.'));
  };
  await load();
  return load;
}
