/** The peer measured in the same run: readability.js's `publishedTime` on a linkedom document. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The YYYY-MM-DD written at the start of readability's publishedTime, or null. */
export function readabilityDate(html: string): string | null {
  try {
    const { document } = parseHTML(html);
    const parsed = new Readability(document as unknown as Document).parse();
    const t = parsed?.publishedTime ?? null;
    if (!t) return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t.trim());
    return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  } catch {
    return null;
  }
}
