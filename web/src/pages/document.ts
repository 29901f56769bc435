import { api, qs, type DocumentDetail, type DocumentListItem, type Page } from '../api.js';
import { dateLabel, evidence, h, mount, highlighted, webUrl } from '../dom.js';
import { pager } from './entity.js';

const KINDS = ['entity', 'date', 'quote', 'event'] as const;
const PLURAL: Record<string, string> = { entity: 'entities', date: 'dates', quote: 'quotes', event: 'events' };

export async function documentPage(root: HTMLElement, id: string, params: URLSearchParams): Promise<void> {
  const d = await api<DocumentDetail>(`/documents/${encodeURIComponent(id)}`);
  const shown = new Set<string>(KINDS);
  const textBox = h('div');
  const render = (): void => {
    const marks = d.annotations
      .filter((a) => shown.has(a.kind))
      .map((a) => ({ ...a, href: a.ref ? (a.kind === 'event' ? `#/event/${encodeURIComponent(a.ref)}` : `#/entity/${encodeURIComponent(a.ref)}`) : null }));
    textBox.replaceChildren(highlighted(d.text, marks));
  };
  const toggles = h(
    'p',
    { class: 'toggles' },
    'Highlight: ',
    KINDS.map((k) =>
      h('label', { class: `hl-${k}` }, h('input', { type: 'checkbox', checked: true, onchange: (e: Event) => { if ((e.target as HTMLInputElement).checked) shown.add(k); else shown.delete(k); render(); } }), ` ${PLURAL[k]} `),
    ),
  );
  const p = d.published;
  mount(root, 
    h('p', {}, h('a', { href: '#/documents' }, '← Documents')),
    h('h1', { class: d.title ? '' : 'untitled' }, d.label),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Published'),
      h('dd', {}, p.value ?? 'unknown', h('span', { class: 'muted' }, ' — from ', evidence(d.publishedParts), `, confidence ${p.confidence.toFixed(2)}`)),
      d.publisher ? [h('dt', {}, 'Publisher'), h('dd', {}, d.publisher)] : [],
      d.byline ? [h('dt', {}, 'By'), h('dd', {}, d.byline)] : [],
      d.captured ? [h('dt', {}, 'Captured'), h('dd', {}, d.captured)] : [],
      d.externalId != null ? [h('dt', {}, 'Record id'), h('dd', {}, d.externalId)] : [],
      Object.entries(d.metadata ?? {}).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, typeof v === 'string' ? v : JSON.stringify(v))]),
      h('dt', {}, 'Source'),
      h('dd', {}, webUrl(d.url) ? h('a', { href: webUrl(d.url)!, target: '_blank', rel: 'noopener noreferrer' }, d.url) : (d.url ?? d.source), ' · ', h('a', { href: `/api/documents/${encodeURIComponent(d.id)}/raw`, target: '_blank' }, 'raw input')),
      d.duplicateOf ? [h('dt', {}, 'Duplicate of'), h('dd', {}, h('a', { href: `#/doc/${encodeURIComponent(d.duplicateOf)}` }, 'the earlier copy'))] : [],
    ),
    toggles,
    textBox,
    h('h2', {}, `Events reported here (${d.events.length})`),
    h('ol', { class: 'event-list' }, d.events.map((t) => h('li', { class: `event-row ${t.planned ? 'planned' : 'happened'}` }, h('span', { class: 'when' }, dateLabel(t.when, t.precision)), h('a', { href: `#/event/${encodeURIComponent(t.id)}` }, t.headline), h('span', { class: 'sentence muted' }, t.summary)))),
    h('h2', {}, 'Entities'),
    h('p', {}, d.entities.flatMap((e, i) => [i ? ', ' : '', h('a', { href: `#/entity/${encodeURIComponent(e.id)}` }, e.name)])),
  );
  render();
  const at = Number(params.get('at'));
  if (Number.isFinite(at) && params.has('at')) {
    // Scroll to the piece of text holding the passage.
    let pos = 0;
    for (const node of textBox.firstElementChild?.childNodes ?? []) {
      const len = node.textContent?.length ?? 0;
      if (pos + len > at) {
        const el = node instanceof HTMLElement ? node : null;
        (el ?? textBox).scrollIntoView({ block: 'center' });
        el?.classList.add('target');
        break;
      }
      pos += len;
    }
  }
}

export async function documentsPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Number(params.get('offset') ?? 0) || 0;
  const page = await api<Page<DocumentListItem>>(`/documents${qs({ offset: String(offset), limit: '100' })}`);
  mount(root, 
    h('h1', {}, 'Documents'),
    h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, 'Title'), h('th', {}, 'Publisher'), h('th', {}, 'Published'))), h('tbody', {}, page.items.map((d) => h('tr', {}, h('td', {}, h('a', { href: `#/doc/${encodeURIComponent(d.id)}` }, d.label), d.duplicateOf ? h('span', { class: 'badge' }, 'duplicate') : null), h('td', {}, d.publisher ?? ''), h('td', {}, d.published ?? ''))))),
    pager(page, (o) => `#/documents${qs({ offset: String(o) })}`),
  );
}
