import './style.css';
import { api, type Stats } from './api.js';
import { mount, h } from './dom.js';
import { documentPage, documentsPage } from './pages/document.js';
import { entitiesPage, entityPage } from './pages/entity.js';
import { eventPage } from './pages/event.js';
import { ingestPage } from './pages/ingest.js';
import { relationshipPage } from './pages/relationship.js';
import { searchPage } from './pages/search.js';
import { timelinePage } from './pages/timeline.js';

const app = document.getElementById('app')!;
const notice = document.getElementById('notice')!;
/** Refreshes the current page in place when new data arrives (the timeline does). */
let refresh: (() => Promise<void>) | null = null;
let version = -1;
let routeSeq = 0;

async function route(): Promise<void> {
  const seq = ++routeSeq;
  const [path = '/', query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  refresh = null;
  // The header box shows the query of the search page, and nothing on any other page.
  (document.getElementById('search-input') as HTMLInputElement).value = parts[0] === 'search' ? (params.get('q') ?? '') : '';
  app.setAttribute('aria-busy', 'true');
  try {
    const [page, id] = parts;
    if (!page) refresh = await timelinePage(app, params);
    else if (page === 'event' && id) await eventPage(app, id);
    else if (page === 'entity' && id) await entityPage(app, id);
    else if (page === 'entities') await entitiesPage(app, params);
    else if (page === 'doc' && id) await documentPage(app, id, params);
    else if (page === 'documents') await documentsPage(app, params);
    else if (page === 'search') await searchPage(app, params);
    else if (page === 'relationship') await relationshipPage(app, params);
    else if (page === 'ingest') await ingestPage(app, () => void checkForUpdates());
    else mount(app, h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/' }, 'Back to the timeline')));
  } catch (e) {
    if (seq === routeSeq) mount(app, h('h1', {}, 'Something went wrong'), h('p', { class: 'error' }, e instanceof Error ? e.message : String(e)), h('p', {}, h('a', { href: '#/' }, 'Back to the timeline')));
  } finally {
    app.removeAttribute('aria-busy');
  }
  if (!location.hash.startsWith('#/doc/') || !new URLSearchParams(query).has('at')) window.scrollTo(0, 0);
}

/** Poll the corpus version; when an ingest (from any client) changes it, refresh without a reload. */
async function checkForUpdates(): Promise<void> {
  try {
    const s = await api<Stats>('/stats');
    if (version !== -1 && s.version !== version) {
      notice.hidden = false;
      notice.replaceChildren(`New data: ${s.documents} documents, ${s.timeline} timeline events. `, h('a', { href: '#/' }, 'Open the timeline'));
      if (refresh) await refresh();
    }
    version = s.version;
  } catch {
    // The server may be restarting; try again on the next tick.
  }
}

document.getElementById('search-form')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = (document.getElementById('search-input') as HTMLInputElement).value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', () => void route());
void checkForUpdates();
setInterval(() => void checkForUpdates(), 3000);
void route();
