/**
 * How deeply a page nests its elements. The HTML walks of the clean step cost time for every
 * ancestor of a node and some recurse, so a page nested past MAX_NESTING is refused with a
 * coded error rather than risk a stack overflow or minutes of work. Browsers stop nesting at a
 * similar depth (Chromium's parser puts elements past 512 levels beside their parent).
 */
export const MAX_NESTING = 512;

/** The depth of the deepest element (the root element is 1), counting no further than `limit + 1`. */
export function nestingDepth(doc: Document, limit = MAX_NESTING): number {
  let deepest = 0;
  let depth = 0;
  let el: Element | null = doc.firstElementChild;
  // Iterative, in document order: down to the first child, else to the next sibling, else up.
  while (el) {
    depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    depth--;
    let cur: Element | null = el;
    while (cur && !cur.nextElementSibling) {
      cur = cur.parentElement;
      depth--;
    }
    el = cur ? cur.nextElementSibling : null;
  }
  return deepest;
}
