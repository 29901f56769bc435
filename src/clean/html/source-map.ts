/** Map extracted blocks back to the raw HTML they came from (per block, approximate). */
import type { SourceMapSegment } from '../../core/types.js';
import type { TextBlock } from './types.js';
import { attr } from '../attributes.js';

/** A short CSS-like path of an element: "article > div.body > p". */
export function nodePath(el: Element, depth = 3): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e !== null && parts.length < depth; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    if (tag === 'html' || tag === 'body') break;
    const id = attr(e, 'id');
    if (id?.startsWith('readability')) break; // readability's own wrapper, not in the page
    if (id) {
      parts.unshift(`${tag}#${id}`);
      break;
    }
    const cls = (attr(e, 'class') ?? '').trim().split(/\s+/)[0];
    parts.unshift(cls && cls !== 'page' ? `${tag}.${cls}` : tag);
  }
  return parts.join(' > ');
}

const PROBE_WINDOW = 300;

/**
 * The first or last four words of the block's text that can appear verbatim in HTML (no
 * markup-sensitive characters between them), or null.
 */
function probe(text: string, fromEnd: boolean): string | null {
  // Only the block's first or last few hundred characters can hold the probe.
  const part = text.length <= PROBE_WINDOW ? text : fromEnd ? text.slice(-PROBE_WINDOW) : text.slice(0, PROBE_WINDOW);
  const runs = part.split(/[&<>"'\u00a0\u2018\u2019\u201c\u201d\u2013\u2014\u2026]+/).filter((r) => r.trim().length >= 4);
  const run = fromEnd ? runs[runs.length - 1] : runs[0];
  if (run === undefined) return null;
  const words = run.trim().split(' ');
  const piece = (fromEnd ? words.slice(-4) : words.slice(0, 4)).join(' ');
  return piece.length >= 4 ? piece : null;
}

/** The page's text as a reader sees it in the source, and where each of its characters is in the HTML. */
export interface TextView {
  /** The HTML without tags, comments, scripts and styles, white space runs as one space. */
  text: string;
  /** Runs of `text` copied from the HTML, in order: [start in text, start in HTML]. */
  runs: Int32Array;
  runCount: number;
}

/** Markup that is not text (raw-text elements whole, comments, tags) and white space runs. */
const NOT_TEXT = /<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[!/?a-zA-Z][^>]*>|\s+/g;

/**
 * Text view of `html`, built in one pass: tags are dropped without a space (a link or <em>
 * inside a sentence leaves its words as they were), white space becomes one space.
 */
export function textView(html: string): TextView {
  const parts: string[] = [];
  let runs = new Int32Array(1024);
  let runCount = 0;
  let length = 0;
  let last = 0;
  let endsInSpace = true;
  const run = (from: number, to: number, text?: string): void => {
    if (2 * runCount + 2 > runs.length) {
      const grown = new Int32Array(runs.length * 2);
      grown.set(runs);
      runs = grown;
    }
    runs[2 * runCount] = length;
    runs[2 * runCount + 1] = from;
    runCount++;
    const piece = text ?? html.slice(from, to);
    parts.push(piece);
    length += piece.length;
  };
  NOT_TEXT.lastIndex = 0;
  for (let m = NOT_TEXT.exec(html); m !== null; m = NOT_TEXT.exec(html)) {
    if (m.index > last) {
      run(last, m.index);
      endsInSpace = false;
    }
    if (m[0].charCodeAt(0) !== 60 /* < */ && !endsInSpace) {
      run(m.index, m.index + 1, ' ');
      endsInSpace = true;
    }
    last = m.index + m[0].length;
  }
  if (last < html.length) run(last, html.length);
  return { text: parts.join(''), runs, runCount };
}

/** HTML offset of character `at` of the view's text. */
export function htmlOffset(view: TextView, at: number): number {
  let lo = 0;
  let hi = view.runCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (view.runs[2 * mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return view.runs[2 * lo + 1]! + (at - view.runs[2 * lo]!);
}

/**
 * For each block, find its first and last words in the page's text view, scanning forward
 * so blocks map in order (a block not found after the previous one is looked for before
 * it). Blocks whose words are not in the page as written (entities inside the first words)
 * get no segment. Without `html`, every block gets a segment with raw offsets -1.
 */
export function mapBlocks(blocks: readonly TextBlock[], starts: readonly number[], html: string | undefined): SourceMapSegment[] {
  const out: SourceMapSegment[] = [];
  const view = html !== undefined ? textView(html) : null;
  let cursor = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const start = starts[i]!;
    const segment: SourceMapSegment = { start, end: start + block.text.length, rawStart: -1, rawEnd: -1, node: nodePath(block.element) };
    const head = view !== null ? probe(block.text, false) : null;
    if (view !== null && head !== null) {
      let at = view.text.indexOf(head, cursor);
      if (at < 0 && cursor > 0) {
        at = view.text.indexOf(head);
        if (at >= cursor) at = -1;
      }
      if (at >= 0) {
        const tail = probe(block.text, true);
        // The block's last words come within about its length of its first.
        let end = at + head.length;
        if (tail !== null) {
          const tailAt = view.text.indexOf(tail, at);
          if (tailAt >= 0 && tailAt - at <= block.text.length * 2 + 200) end = tailAt + tail.length;
        }
        segment.rawStart = htmlOffset(view, at);
        segment.rawEnd = htmlOffset(view, end - 1) + 1;
        cursor = end;
      }
    }
    // Without the raw HTML the segment still names the element (raw offsets -1).
    if (segment.rawStart >= 0 || html === undefined) out.push(segment);
  }
  return out;
}
