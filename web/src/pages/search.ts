import { api, qs, type SearchResult } from '../api.js';
import { mount, h, snippet } from '../dom.js';

const LABEL: Record<string, string> = { entity: 'Entity', quote: 'Quote', document: 'Document' };

export async function searchPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  const tabs = h('p', { class: 'tabs' }, ['', 'entity', 'quote', 'document'].map((k) => h('a', { href: `#/search${qs({ q, kind: k })}`, class: k === kind ? 'active' : '' }, k ? `${LABEL[k]}s` : 'All')));
  if (!q.trim()) {
    mount(root, h('h1', {}, 'Search'), h('p', { class: 'muted' }, 'Type words in the search box above.'));
    return;
  }
  const r = await api<{ total: number; items: SearchResult[] }>(`/search${qs({ q, kind, limit: '100' })}`);
  const href = (x: SearchResult): string =>
    x.kind === 'entity' ? `#/entity/${encodeURIComponent(x.id)}` : `#/doc/${encodeURIComponent(x.id)}${x.start !== undefined ? `?at=${x.start}` : ''}`;
  mount(root, 
    h('h1', {}, `Search: ${q}`),
    tabs,
    h('p', { class: 'muted', role: 'status' }, `${r.total} result${r.total === 1 ? '' : 's'}`),
    h('ul', { class: 'results', id: 'search-results' }, r.items.map((x) => h('li', { class: `result result-${x.kind}` }, h('span', { class: 'badge' }, LABEL[x.kind] ?? x.kind), ' ', h('a', { href: href(x) }, x.title), h('div', {}, snippet(x.snippet))))),
  );
}
