import type { Timeline } from 'vis-timeline/standalone';
import { answer, api, qs, takeEarly, type Facets, type Page, type TimelineItem } from '../api.js';
import { dateLabel, escapeHtml, h, mount } from '../dom.js';

const FILTERS = ['entity', 'type', 'topic', 'source', 'from', 'to', 'planned'] as const;
/** Wider than this, the filters start open; narrower (a phone), they start folded. */
const WIDE = 700;

/** [start, end) of a partial date, for drawing its precision: a day, a month, a year. */
function span(date: string): { start: Date; end: Date } {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined && m !== undefined) return { start: new Date(Date.UTC(y, m - 1, d)), end: new Date(Date.UTC(y, m - 1, d + 1)) };
  if (m !== undefined) return { start: new Date(Date.UTC(y, m - 1, 1)), end: new Date(Date.UTC(y, m, 1)) };
  return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y + 1, 0, 1)) };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function eventRow(t: TimelineItem): HTMLElement {
  const reported = t.date === null && t.reportedOn ? ` (reported ${t.reportedOn})` : '';
  return h(
    'li',
    { class: `event-row ${t.planned ? 'planned' : 'happened'}${t.date === null ? ' undated' : ''}`, 'data-event': t.id },
    h('span', { class: 'when' }, `${dateLabel(t.when, t.precision)}${reported}`),
    h('a', { href: `#/event/${encodeURIComponent(t.id)}`, class: 'headline' }, t.headline),
    t.planned ? h('span', { class: 'badge planned-badge' }, 'planned') : null,
    h('span', { class: 'badge', title: 'documents reporting it' }, plural(t.sourceCount, 'source')),
    h('span', { class: 'badge type', title: `PLOVER ${t.type}` }, t.typeName),
    h('span', { class: 'sentence muted' }, t.summary),
  );
}

/** The chart draws at most this many events, the most reported (the library slows to seconds past a few hundred); the list has all. */
const CHART_MAX = 300;

/** The chart's items: dated events at their date, undated ones in their own lane at their report's date. */
function chartItems(items: readonly TimelineItem[]) {
  const out = [];
  for (const t of items) {
    const at = t.date ?? t.reportedOn;
    if (!at) continue;
    const s = span(at);
    const cls = [t.planned ? 'planned' : 'happened', t.when.startsWith('on or before') ? 'reported' : '', t.date === null ? 'undated' : '', `prec-${t.precision}`].filter(Boolean).join(' ');
    out.push({
      id: t.id,
      group: t.date === null ? 'undated' : 'dated',
      content: escapeHtml(`${t.headline} [${t.sourceCount}]`),
      // A box at the start of its day, month or year: its width is its label's, so the label is never cut.
      start: s.start,
      type: 'box' as const,
      className: cls,
      title: escapeHtml(`${t.date === null ? `undated; reported ${t.reportedOn}` : dateLabel(t.when, t.precision)}${t.planned ? ' · planned' : ''} · ${plural(t.sourceCount, 'source')}\n${t.summary}`),
    });
  }
  return out;
}

/** Rows the first screen asks for; the rest (and the chart) follow. */
const FIRST_ROWS = 100;

export async function timelinePage(root: HTMLElement, params: URLSearchParams): Promise<() => Promise<void>> {
  const filters: Record<string, string> = {};
  for (const k of FILTERS) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  const fetchPage = (extra: Record<string, string>): Promise<Page<TimelineItem>> => api<Page<TimelineItem>>(`/timeline${qs({ ...filters, ...extra })}`);
  /** The dated list, a page at a time (the request index.html starts early is the first of these). */
  const datedPage = (offset: number): Promise<Page<TimelineItem>> => fetchPage({ undated: 'false', ...(offset ? { offset: String(offset) } : {}), limit: String(FIRST_ROWS) });
  // The first rows and the filter values at once: the list is on screen after one round trip.
  const unfiltered = Object.keys(filters).length === 0;
  const early = (name: 'facets' | 'timeline') => (unfiltered ? takeEarly(name) : null);
  const earlyFacets = early('facets');
  const earlyTimeline = early('timeline');
  const [facets, firstPage] = await Promise.all([
    earlyFacets ? answer<Facets>(earlyFacets) : api<Facets>('/facets'),
    earlyTimeline ? answer<Page<TimelineItem>>(earlyTimeline) : datedPage(0),
  ]);
  const select = (name: string, label: string, options: { value: string; text: string }[]): HTMLElement =>
    h('label', {}, label, h('select', { name }, h('option', { value: '' }, 'any'), options.map((o) => h('option', { value: o.value, selected: params.get(name) === o.value }, o.text))));
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Timeline filters' },
    h('label', {}, 'Entity', h('input', { name: 'entity', list: 'entity-list', value: params.get('entity') ?? '', placeholder: 'name or id' })),
    h('datalist', { id: 'entity-list' }, facets.entities.map((e) => h('option', { value: e.name }))),
    select('type', 'Event type', facets.types.map((t) => ({ value: t.value, text: `${t.name ?? t.value} (${t.count})` }))),
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
  const active = FILTERS.filter((k) => params.get(k));
  const filterBox = h(
    'details',
    { class: 'filter-box', id: 'filter-box', open: window.innerWidth >= WIDE },
    h('summary', {}, active.length ? `Filters (${active.map((k) => `${k}: ${params.get(k)}`).join(', ')})` : 'Filters'),
    form,
  );
  const status = h('p', { class: 'muted', role: 'status', id: 'timeline-status' });
  const chart = h('div', { class: 'timeline-chart', id: 'timeline-chart' });
  const chartNote = h('p', { class: 'muted', id: 'chart-note' });
  const list = h('ol', { class: 'event-list', id: 'event-list' });
  const undatedTitle = h('h2', { id: 'undated-title' });
  const undatedNote = h('p', { class: 'muted' }, 'No source gives these a date of their own. The chart draws them in the "undated" lane at the date of the first report.');
  const undatedList = h('ol', { class: 'event-list', id: 'undated-list' });
  const undatedBox = h('section', { id: 'undated' }, undatedTitle, undatedNote, undatedList);
  const legend = h('p', { class: 'legend' }, h('span', { class: 'swatch happened' }), ' happened ', h('span', { class: 'swatch planned' }), ' planned ', h('span', { class: 'swatch reported' }), ' known only as "on or before" the report ', h('span', { class: 'swatch undated' }), ' undated, at the report\'s date');
  mount(root, h('h1', {}, 'Timeline'), filterBox, legend, status, chart, chartNote, h('h2', {}, 'Events'), list, undatedBox);

  let timeline: Timeline | null = null;

  const more = h('button', { type: 'button', class: 'more', id: 'more-events' });
  const describe = (dated: number, undated: number | null): void => {
    status.textContent =
      undated === null
        ? `${plural(dated, 'dated event')}; counting the undated ones…`
        : `${plural(dated + undated, 'event')} (${undated} undated). Scroll or pinch on the chart to zoom from decades to days; click an event to open it.`;
  };
  let shownRows = 0;
  const showDated = (page: Page<TimelineItem>, append: boolean): void => {
    const rows = page.items.map(eventRow);
    if (append) list.append(...rows);
    else list.replaceChildren(...rows);
    shownRows = (append ? shownRows : 0) + page.items.length;
    const left = page.total - shownRows;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, FIRST_ROWS)} more of ${left}`;
  };
  let datedTotal = 0;
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      showDated(await datedPage(shownRows), true);
    } finally {
      more.disabled = false;
    }
  });
  list.after(more);

  const load = async (first?: Page<TimelineItem>): Promise<void> => {
    const page = first ?? (await datedPage(0));
    datedTotal = page.total;
    describe(datedTotal, null);
    showDated(page, false);
    // Then the undated ones and the chart's events (the most reported), both in the background.
    const [undated, top] = await Promise.all([fetchPage({ undated: 'only', limit: '500' }), fetchPage({ top: String(CHART_MAX), limit: String(CHART_MAX) })]);
    describe(datedTotal, undated.total);
    if (datedTotal === 0) list.replaceChildren(h('li', { class: 'muted' }, undated.total ? 'No dated events match.' : 'No events match. Add sources on the "Add sources" page, or loosen the filters.'));
    undatedBox.hidden = undated.total === 0;
    undatedTitle.textContent = `Undated events (${undated.total})`;
    undatedList.replaceChildren(...undated.items.map(eventRow));
    const all = datedTotal + undated.total;
    const items = chartItems(top.items);
    chart.hidden = items.length === 0;
    chartNote.textContent = top.items.length < all ? `The chart shows the ${top.items.length} most reported events; the list below has all ${all}.` : '';
    if (!items.length) return;
    // The chart library is large: it loads after the list is on screen.
    const [{ Timeline }] = await Promise.all([import('vis-timeline/standalone'), import('vis-timeline/styles/vis-timeline-graph2d.min.css')]);
    const groups = [
      { id: 'dated', content: 'dated' },
      ...(items.some((i) => i.group === 'undated') ? [{ id: 'undated', content: 'undated', className: 'undated-lane' }] : []),
    ];
    if (timeline) {
      timeline.setGroups(groups);
      timeline.setItems(items);
      timeline.fit();
    } else {
      timeline = new Timeline(chart, items, groups, {
        zoomMin: 24 * 3600 * 1000,
        zoomMax: 200 * 365 * 24 * 3600 * 1000,
        stack: true,
        maxHeight: 420,
        verticalScroll: true,
        // Many events on one day become one "N events" box; zooming in opens it.
        cluster: { maxItems: 3, titleTemplate: '{count} events; zoom in to see them', showStipes: true },
        tooltip: { followMouse: true, overflowMethod: 'cap' },
        xss: { disabled: false },
      });
      timeline.on('select', (p: { items: (string | number)[] }) => {
        const id = p.items[0];
        if (typeof id === 'string' && !id.startsWith('cluster')) location.hash = `#/event/${encodeURIComponent(id)}`;
      });
    }
  };
  await load(firstPage);
  return () => load();
}
