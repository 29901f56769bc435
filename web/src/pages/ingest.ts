import { api, type IngestJob, type Stats } from '../api.js';
import { mount, h } from '../dom.js';

export async function ingestPage(root: HTMLElement, onDone: () => void): Promise<void> {
  const stats = await api<Stats>('/stats');
  const tokenInput = h('input', { name: 'token', type: 'password', value: localStorage.getItem('dossier-token') ?? '', autocomplete: 'off' });
  const form = h(
    'form',
    { class: 'ingest', id: 'ingest-form' },
    h('label', {}, 'Files (.txt, .html, .json, .jsonl, feeds, .gz)', h('input', { type: 'file', name: 'files', multiple: true })),
    h('label', {}, 'Page URLs, one per line', h('textarea', { name: 'urls', rows: 4, placeholder: 'https://…' })),
    h('label', {}, 'Feed URL (RSS or Atom)', h('input', { name: 'feed', type: 'url', placeholder: 'https://…/rss' })),
    stats.writeNeedsToken ? h('label', {}, 'Token (this server needs one to add sources)', tokenInput) : null,
    h('button', { type: 'submit' }, 'Add'),
  );
  const progress = h('div', { class: 'progress', role: 'status', id: 'ingest-progress' });
  mount(root, h('h1', {}, 'Add sources'), h('p', { class: 'muted' }, `The store holds ${stats.documents} document(s) and ${stats.timeline} timeline event(s). New events appear on the timeline when the job ends.`), form, progress);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const body = new FormData();
    for (const f of data.getAll('files')) if (f instanceof File && f.size > 0) body.append('files', f);
    const urls = String(data.get('urls') ?? '').trim();
    const feed = String(data.get('feed') ?? '').trim();
    if (urls) body.append('urls', urls);
    if (feed) body.append('feed', feed);
    const headers: Record<string, string> = {};
    if (stats.writeNeedsToken) {
      localStorage.setItem('dossier-token', tokenInput.value);
      headers.authorization = `Bearer ${tokenInput.value}`;
    }
    progress.replaceChildren(h('p', {}, 'Sending…'));
    try {
      let job = await api<IngestJob>('/ingest', { method: 'POST', body, headers });
      form.reset();
      while (job.state === 'queued' || job.state === 'running') {
        showJob(progress, job);
        await new Promise((r) => setTimeout(r, 800));
        job = await api<IngestJob>(`/ingest/${job.id}`);
      }
      showJob(progress, job);
      if (job.state === 'done') onDone();
    } catch (err) {
      progress.replaceChildren(h('p', { class: 'error' }, err instanceof Error ? err.message : String(err)));
    }
  });
}

function showJob(box: HTMLElement, job: IngestJob): void {
  const r = job.result;
  mount(box, 
    h('p', { class: `job job-${job.state}` }, `Job ${job.id}: ${job.state}${job.state === 'running' ? ` (${job.progress.length} input(s) handled; annotating takes a few seconds each)` : ''}`),
    h('ul', {}, job.progress.map((p) => h('li', { class: `outcome-${p.outcome}` }, `${p.outcome}: ${p.source}`))),
    r ? h('p', {}, `Added ${r.documents} document(s) from ${r.inputs} input(s); ${r.skipped} already present; ${r.failed.length} failed. `, h('a', { href: '#/' }, 'See the timeline')) : null,
    r?.failed.length ? h('ul', { class: 'error' }, r.failed.map((f) => h('li', {}, `${f.input}: ${f.message} [${f.code}]`))) : null,
    job.error ? h('p', { class: 'error' }, job.error) : null,
  );
}
