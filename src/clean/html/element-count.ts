/**
 * How many elements a page opens, counted on the raw HTML before it is parsed. Parsing builds a
 * DOM node for each, and a page of hundreds of thousands of elements costs more memory (over
 * 1 GB at a million) and time than any article needs, so past MAX_ELEMENTS it is refused with
 * a coded error before the parse. Real article pages have a few thousand; long live blogs tens
 * of thousands.
 */
export const MAX_ELEMENTS = 200_000;

/** Start tags ("<" then a letter) in `html`, counting no further than `limit + 1`. */
export function countElements(html: string, limit = MAX_ELEMENTS): number {
  let n = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20; // ASCII letters to lower case
    if (c >= 0x61 && c <= 0x7a && ++n > limit) return n;
  }
  return n;
}
