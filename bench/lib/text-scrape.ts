/**
 * A page as a scraper saves it in plain text: the visible text of the whole body, one line per
 * block element, with the header, menus, sidebars, comments and footer all still in it. This
 * is what dossier's plain-text cleaner receives when a collection was scraped to .txt files.
 *
 * Built on linkedom: <script>, <style>, <noscript>, <template>, <svg>, form controls and
 * elements marked `hidden` / `aria-hidden="true"` / `display:none` give no text; block
 * elements and <br> break lines; runs of spaces inside a line are collapsed.
 */
import { parseHTML } from 'linkedom';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'canvas', 'head', 'select', 'option', 'button', 'input', 'textarea', 'object', 'embed']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
  'td', 'th', 'center', 'menu', 'picture', 'video', 'audio',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
  hasAttribute?: (name: string) => boolean;
}

function hidden(el: DomNode): boolean {
  if (el.hasAttribute?.('hidden')) return true;
  if (el.getAttribute?.('aria-hidden') === 'true') return true;
  const style = el.getAttribute?.('style');
  return style !== null && style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The page's visible text, block elements on lines of their own. */
export function scrapedText(html: string): string {
  const { document } = parseHTML(html);
  // innerText's rule: a <p> is set off by a blank line, any other block by a line break.
  let text = '';
  let line = '';
  let pending = 0;
  const breakLine = (count = 1): void => {
    const t = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    line = '';
    if (t) {
      if (text) text += pending >= 2 ? '\n\n' : '\n';
      text += t;
      pending = 0;
    }
    pending = Math.max(pending, count);
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      line += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name) || hidden(node)) return;
    if (name === 'br') {
      breakLine();
      return;
    }
    const block = BLOCK.has(name);
    const count = name === 'p' ? 2 : 1;
    if (block) breakLine(count);
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) breakLine(count);
  };
  const body = (document as unknown as { body: DomNode | null }).body ?? (document as unknown as { documentElement: DomNode }).documentElement;
  if (body) walk(body);
  breakLine();
  return text + '\n';
}
