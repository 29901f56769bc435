import { api, type EventDetail } from '../api.js';
import { dateLabel, evidence, h, mount, webUrl } from '../dom.js';

export async function eventPage(root: HTMLElement, id: string): Promise<void> {
  const ev = await api<EventDetail>(`/events/${encodeURIComponent(id)}`);
  const entityLink = (e: { id: string; name: string }): HTMLElement => h('a', { href: `#/entity/${encodeURIComponent(e.id)}` }, e.name);
  const d = ev.dateEvidence;
  const titles = new Map(ev.sources.map((s) => [s.documentId, s.label]));
  mount(root, 
    h('p', {}, h('a', { href: '#/' }, '← Timeline')),
    h('h1', { class: ev.planned ? 'planned-title' : '' }, ev.headline),
    h('p', { class: 'lede' }, ev.summary),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'When'),
      h('dd', {}, dateLabel(ev.when, ev.precision), ev.planned ? h('span', { class: 'badge planned-badge' }, 'planned') : null, ev.modality !== 'asserted' && !ev.planned ? h('span', { class: 'badge' }, ev.modality) : null),
      h('dt', {}, 'Date evidence'),
      h('dd', {}, evidence(ev.dateEvidenceParts), ` (confidence ${d.confidence.toFixed(2)})`, d.quote ? h('q', {}, d.quote) : null),
      h('dt', {}, 'What'),
      h('dd', {}, `${ev.typeName} (PLOVER ${ev.type}) · ${ev.kind}`, ev.topics.length ? ` · ${ev.topics.join(', ')}` : ''),
      h('dt', {}, 'Who'),
      h('dd', {}, ev.participants.length ? ev.participants.flatMap((p, i) => [i ? ', ' : '', entityLink(p)]) : '—'),
      h('dt', {}, 'Where'),
      h('dd', {}, ev.location ? entityLink(ev.location) : '—'),
      h('dt', {}, 'Sources'),
      h('dd', {}, `${ev.sourceCount} document${ev.sourceCount === 1 ? '' : 's'}`),
    ),
    ev.disagreements.length
      ? h(
          'section',
          { class: 'disagreements' },
          h('h2', {}, 'Sources disagree'),
          ev.disagreements.map((x) =>
            h('div', {}, h('p', {}, `${x.kind}: ${x.about}`), h('ul', {}, x.values.map((v) => h('li', {}, h('strong', {}, v.value), ` — ${v.sources.length} source(s): `, v.sources.flatMap((s, i) => [i ? ', ' : '', h('a', { href: `#/doc/${encodeURIComponent(s.documentId)}?at=${s.start}` }, titles.get(s.documentId) ?? 'a report')]))))),
          ),
        )
      : null,
    h('h2', {}, 'What each source says'),
    h(
      'div',
      { class: 'sources' },
      ev.sources.map((s) =>
        h(
          'article',
          { class: 'source-card' },
          h('h3', {}, h('a', { href: `#/doc/${encodeURIComponent(s.documentId)}${s.excerpts[0] ? `?at=${s.excerpts[0].start}` : ''}` }, s.label)),
          h('p', { class: 'muted' }, [s.publisher, s.published].filter(Boolean).join(' · '), webUrl(s.url) ? [' · ', h('a', { href: webUrl(s.url)!, target: '_blank', rel: 'noopener noreferrer' }, 'original')] : null),
          s.excerpts.map((x) => h('p', { class: 'paragraph' }, x.text.slice(0, x.highlight.start), h('mark', { class: 'cited' }, x.text.slice(x.highlight.start, x.highlight.end)), x.text.slice(x.highlight.end))),
        ),
      ),
    ),
  );
}
