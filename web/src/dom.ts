/** Tiny DOM helpers: every text goes through textContent, never innerHTML. */

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** "a «b» c" -> text with <mark>b</mark>. */
export function snippet(text: string): HTMLElement {
  const span = h('span', { class: 'snippet' });
  for (const [i, part] of text.split(/[«»]/).entries()) span.append(i % 2 ? h('mark', {}, part) : part);
  return span;
}

export interface Highlight {
  start: number;
  end: number;
  kind: string;
  label: string;
  href?: string | null;
}

/**
 * The text with highlighted passages. Overlapping highlights split into pieces; each piece
 * carries the classes of every highlight over it and links to the innermost one's target.
 */
export function highlighted(text: string, marks: readonly Highlight[]): HTMLElement {
  const box = h('div', { class: 'reader-text' });
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const piece = text.slice(from, to);
    const over = marks.filter((m) => m.start <= from && m.end >= to);
    if (!over.length) {
      box.append(piece);
      continue;
    }
    const inner = [...over].sort((a, b) => a.end - a.start - (b.end - b.start))[0]!;
    const classes = [...new Set(over.map((m) => `hl hl-${m.kind}`))].join(' ');
    const title = over.map((m) => m.label).join('\n');
    box.append(inner.href ? h('a', { class: classes, href: inner.href, title }, piece) : h('span', { class: classes, title }, piece));
  }
  return box;
}

export function dateLabel(when: string, precision: string): string {
  return precision === 'none' ? 'undated' : `${when} · ${precision}`;
}

export function clear(el: HTMLElement, ...children: (Node | string)[]): void {
  el.replaceChildren(...children);
}

/** Replace an element's content, skipping null/false children and flattening arrays. */
export function mount(el: HTMLElement, ...children: (Child | Child[])[]): void {
  el.replaceChildren(...children.flat().filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

/** The URL if it is http(s), else null: a record's url may be javascript: or data:, which must never become a link. */
export function webUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url.trim()) ? url : null;
}

/** For the few libraries that take HTML strings (vis-timeline item content). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Date evidence with the documents and events it names as links by title, never raw ids. */
export function evidence(parts: readonly ({ text: string } | { document: string; label: string } | { event: string; label: string })[]): HTMLElement {
  return h(
    'span',
    { class: 'evidence' },
    parts.map((p) =>
      'text' in p
        ? p.text
        : 'document' in p
          ? h('a', { href: `#/doc/${encodeURIComponent(p.document)}` }, `“${p.label}”`)
          : h('a', { href: `#/event/${encodeURIComponent(p.event)}` }, p.label),
    ),
  );
}
