/**
 * One pass over the page before readability runs: drop what can never be article text
 * (scripts, styles, inline SVG, frames, form controls, hidden elements) and the page's
 * navigation, asides and footers. Readability drops most of these itself, but only after
 * walking them several times; removing them first makes the whole extraction faster.
 */

const DROP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'LINK', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'NAV', 'ASIDE', 'FOOTER', 'DIALOG', 'MENU',
]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function hasProse(el: Element): boolean {
  for (const p of el.getElementsByTagName('p')) if ((p.textContent ?? '').length > 200) return true;
  return false;
}

function isDroppable(el: Element): boolean {
  const tag = el.tagName;
  if (DROP_TAGS.has(tag)) {
    // A footer or aside that holds paragraphs of prose is sometimes the article's own.
    if ((tag === 'FOOTER' || tag === 'ASIDE') && hasProse(el)) return false;
    return true;
  }
  const style = el.getAttribute('style');
  if (el.hasAttribute('hidden') || (style !== null && HIDDEN_STYLE.test(style))) {
    // A hidden wrapper around the page's prose is revealed by a script in a browser.
    if (!hasProse(el)) return true;
    el.removeAttribute('hidden');
    if (style !== null) el.setAttribute('style', style.replace(/display\s*:\s*none|visibility\s*:\s*hidden/gi, ''));
    return false;
  }
  const role = el.getAttribute('role');
  if (role !== null && /^(?:navigation|menu|menubar|banner|contentinfo|dialog|alertdialog|search|complementary)$/.test(role)) {
    return !hasProse(el);
  }
  return false;
}

/** Remove never-article elements from `root` (in place). Returns how many subtrees went. */
export function prune(root: Element): number {
  const doomed: Element[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) {
      if (isDroppable(c)) doomed.push(c);
      else visit(c);
    }
  };
  visit(root);
  for (const el of doomed) el.parentNode?.removeChild(el);
  return doomed.length;
}

/**
 * Empty the head except its <title>, once the metadata, JSON-LD and dates have been read
 * from it: readability walks the whole document, head included, and reads nothing there
 * that this extraction uses.
 */
export function pruneHead(document: Document): void {
  const head = document.head;
  if (!head) return;
  for (let c = head.firstElementChild; c !== null; ) {
    const next = c.nextElementSibling;
    if (c.tagName !== 'TITLE') head.removeChild(c);
    c = next;
  }
}
