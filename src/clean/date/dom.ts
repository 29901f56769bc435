/**
 * All elements of a document in document order, listed once per document and shared by
 * the date sources (linkedom's querySelectorAll walks the whole tree for every selector).
 */
const cache = new WeakMap<Document, Element[]>();

export function elementsOf(doc: Document): Element[] {
  const known = cache.get(doc);
  if (known) return known;
  const out: Element[] = [];
  const stack: Element[] = [];
  // Start from the document itself: parsers keep content found after </html> as further
  // top-level elements, which querySelectorAll sees too.
  const top: Element[] = [];
  for (let c = doc.firstElementChild; c; c = c.nextElementSibling) top.push(c);
  if (top.length === 0 && doc.documentElement) top.push(doc.documentElement);
  for (let i = top.length - 1; i >= 0; i--) stack.push(top[i]!);
  while (stack.length > 0) {
    const el = stack.pop()!;
    out.push(el);
    if (el.tagName === 'TEMPLATE') continue; // inert content, not part of the page
    const children: Element[] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  cache.set(doc, out);
  return out;
}
