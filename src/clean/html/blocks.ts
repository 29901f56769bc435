import type { TextBlock } from './types.js';

/** Elements that start and end a block of text (a line break in a browser). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'OPTION',
]);

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const CELL_TAGS = new Set(['TD', 'TH']);

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag) || CELL_TAGS.has(tag);
}

export function isSkippedTag(tag: string): boolean {
  return SKIP_TAGS.has(tag);
}

/** Collapse white space as a browser does (outside <pre>) and drop zero-width characters. */
export function collapseSpace(text: string): string {
  return text.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ');
}

interface Walk {
  blocks: TextBlock[];
  buffer: string;
  bufferElement: Element | null;
}

function flush(state: Walk, element: Element, kind: TextBlock['kind']): void {
  const text = state.buffer.trim();
  if (text.length > 0) state.blocks.push({ text, element: state.bufferElement ?? element, kind });
  state.buffer = '';
  state.bufferElement = null;
}

function blockKind(tag: string): TextBlock['kind'] {
  if (HEADING_TAGS.has(tag)) return 'heading';
  if (tag === 'LI' || tag === 'TR' || tag === 'DT' || tag === 'DD' || tag === 'OPTION') return 'item';
  if (tag === 'PRE') return 'pre';
  return 'paragraph';
}

function walk(node: Node, state: Walk, owner: Element, inPre: boolean): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const raw = child.nodeValue ?? '';
      const text = inPre ? raw : collapseSpace(raw);
      if (text.length === 0) continue;
      if (state.bufferElement === null && text.trim().length > 0) state.bufferElement = owner;
      // Avoid double spaces where inline pieces meet.
      if (!inPre && text.startsWith(' ') && (state.buffer.length === 0 || state.buffer.endsWith(' '))) {
        state.buffer += text.slice(1);
      } else {
        state.buffer += text;
      }
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      flush(state, owner, 'line');
      continue;
    }
    if (CELL_TAGS.has(tag)) {
      if (state.buffer.length > 0 && !state.buffer.endsWith(' ')) state.buffer += ' ';
      walk(el, state, owner, inPre);
      if (state.buffer.length > 0 && !state.buffer.endsWith(' ')) state.buffer += ' ';
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush(state, owner, 'paragraph');
      const kind = blockKind(tag);
      walk(el, state, el, inPre || tag === 'PRE');
      flush(state, el, kind);
      continue;
    }
    walk(el, state, owner, inPre);
  }
}

/** Cut an element's text into blocks at block-element boundaries and line breaks. */
export function toBlocks(root: Element): TextBlock[] {
  const state: Walk = { blocks: [], buffer: '', bufferElement: null };
  walk(root, state, root, false);
  flush(state, root, 'paragraph');
  return state.blocks;
}

/** The separator that follows `prev` when `next` comes after it. */
export function separator(prev: TextBlock, next: TextBlock): string {
  if (prev.kind === 'line') return '\n';
  if (prev.kind === 'item' && next.kind === 'item') return '\n';
  return '\n\n';
}

/** Join blocks into text; returns the text and each block's start offset. */
export function joinBlocks(blocks: readonly TextBlock[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  let prev: TextBlock | null = null;
  for (const block of blocks) {
    if (prev !== null) text += separator(prev, block);
    starts.push(text.length);
    text += block.text;
    prev = block;
  }
  return { text, starts };
}
