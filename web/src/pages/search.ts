import { api, ApiError, qs, type SearchResult } from '../api.js';
import { mount, h, snippet } from '../dom.js';

const KINDS = ['entity', 'event', 'quote', 'document'] as const;
const LABEL: Record<string, string> = { entity: 'Entity', event: 'Event', quote: 'Quote', document: 'Document' };
const PLURAL: Record<string, string> = { entity: 'Entities', event: 'Events', quote: 'Quotes', document: 'Documents' };
const HELP = 'Words: all of them. a OR b: either. a -b or a NOT b: a without b. "two words": the phrase. pipe*: words starting with "pipe". Brackets group.';

export async function searchPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  if (!q.trim()) {
    mount(root, h('h1', {}, 'Search'), h('p', { class: 'muted' }, 'Type words in the search box above.'), h('p', { class: 'muted help' }, HELP));
    return;
  }
  let r: { total: number; counts?: Record<string, number>; items: SearchResult[] };
  try {
    r = await api(`/search${qs({ q, kind, limit: '100' })}`);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 400) throw e;
    mount(root, h('h1', {}, `Search: ${q}`), h('p', { class: 'error', role: 'alert', id: 'search-error' }, e.message), h('p', { class: 'muted help' }, HELP));
    return;
  }
  const count = (k: string): string => (r.counts && r.counts[k] !== undefined ? ` (${r.counts[k]})` : '');
  const tabs = h(
    'p',
    { class: 'tabs' },
    h('a', { href: `#/search${qs({ q })}`, class: kind === '' ? 'active' : '' }, 'All'),
    KINDS.map((k) => h('a', { href: `#/search${qs({ q, kind: k })}`, class: k === kind ? 'active' : '' }, `${PLURAL[k]}${kind === '' ? count(k) : ''}`)),
  );
  const href = (x: SearchResult): string =>
    x.kind === 'entity'
      ? `#/entity/${encodeURIComponent(x.id)}`
      : x.kind === 'event'
        ? `#/event/${encodeURIComponent(x.id)}`
        : `#/doc/${encodeURIComponent(x.id)}${x.start !== undefined ? `?at=${x.start}` : ''}`;
  mount(
    root,
    h('h1', {}, `Search: ${q}`),
    tabs,
    h('p', { class: 'muted', role: 'status' }, `${r.total} result${r.total === 1 ? '' : 's'}`),
    h('ul', { class: 'results', id: 'search-results' }, r.items.map((x) => h('li', { class: `result result-${x.kind}` }, h('span', { class: 'badge' }, LABEL[x.kind] ?? x.kind), ' ', h('a', { href: href(x) }, x.title), h('div', {}, snippet(x.snippet))))),
  );
}
