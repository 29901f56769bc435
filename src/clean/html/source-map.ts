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

/** A piece of the block's text that can appear verbatim in HTML (no markup-sensitive characters). */
function probe(text: string, fromEnd: boolean): string | null {
  // Only the block's first or last few hundred characters can hold the probe.
  const part = text.length <= PROBE_WINDOW ? text : fromEnd ? text.slice(-PROBE_WINDOW) : text.slice(0, PROBE_WINDOW);
  const runs = part.split(/[&<>"'\u00a0\u2018\u2019\u201c\u201d\u2013\u2014\u2026]+/).filter((r) => r.trim().length >= 4);
  const run = fromEnd ? runs[runs.length - 1] : runs[0];
  if (run === undefined) return null;
  const words = run.trim().split(' ');
  const piece = fromEnd ? words.slice(-4).join(' ') : words.slice(0, 4).join(' ');
  return piece.length >= 4 ? piece : null;
}

/**
 * For each block, find its first and last words in `html`, scanning forward so blocks map
 * in order. Blocks whose words are not found verbatim (entities, markup inside the first
 * words) get no segment. Without `html`, every block gets a segment with raw offsets -1.
 */
export function mapBlocks(blocks: readonly TextBlock[], starts: readonly number[], html: string | undefined): SourceMapSegment[] {
  const out: SourceMapSegment[] = [];
  let cursor = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const start = starts[i]!;
    const segment: SourceMapSegment = { start, end: start + block.text.length, rawStart: -1, rawEnd: -1, node: nodePath(block.element) };
    if (html !== undefined) {
      const head = probe(block.text, false);
      let at = head !== null ? html.indexOf(head, cursor) : -1;
      if (at < 0 && head !== null) at = html.indexOf(head);
      if (at >= 0) {
        const tail = probe(block.text, true);
        const tailAt = tail !== null ? html.indexOf(tail, at) : -1;
        segment.rawStart = at;
        segment.rawEnd = tailAt >= 0 && tailAt - at < block.text.length * 4 + 2000 ? tailAt + tail!.length : at + (head?.length ?? 0);
        cursor = segment.rawEnd;
      }
    }
    // Without the raw HTML the segment still names the element (raw offsets -1).
    if (segment.rawStart >= 0 || html === undefined) out.push(segment);
  }
  return out;
}
