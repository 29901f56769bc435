/**
 * Attribute reads for the name-based rules of the HTML and date stages. `getAttributeNode`
 * instead of `getAttribute`: linkedom answers getAttribute('class') by building the
 * element's class token set and joining it again on every call, which made reading class
 * names one of the larger costs of a page.
 */

/** The value of attribute `name`, or null. */
export function attr(el: Element, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

/** "class id" of an element, trimmed ('' when it has neither), for class-and-id word rules. */
export function classAndId(el: Element): string {
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  if (!cls) return id ?? '';
  return id ? `${cls} ${id}` : cls;
}
