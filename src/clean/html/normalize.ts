/**
 * Repair document shapes linkedom leaves as written but browsers fix: elements between
 * </head> and <body> (a browser moves them into the body; linkedom's `document.body` then
 * makes a new, empty body instead), and wrappers hidden until a script reveals them
 * (`<div hidden>` around a whole server-rendered page).
 */

/** Make the page's <body> the element right after <head>, moving stray elements into it. */
export function normalizeBody(document: Document): void {
  const root = document.documentElement;
  if (!root) return;
  let head: Element | null = null;
  let body: Element | null = null;
  const stray: Element[] = [];
  for (let c = root.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (c.tagName === 'HEAD' && head === null) head = c;
    else if (c.tagName === 'BODY' && body === null) body = c;
    else if (body === null && head !== null) stray.push(c);
  }
  if (body === null || head === null) return;
  if (stray.length === 0) return;
  for (let i = stray.length - 1; i >= 0; i--) body.insertBefore(stray[i]!, body.firstChild);
}

/** Wrap an HTML fragment (no <body>) in a document so that body-based code sees it. */
export function asDocumentHtml(html: string): string {
  return /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}
