/**
 * WCXB article pages for the plain-text benchmark: the page, its ground-truth main content
 * and the `without[]` strings that must not be in an extraction. Files are split by number:
 * even-numbered files are the development half, odd-numbered ones the held-out half.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface TextBenchPage {
  id: string;
  url: string | null;
  html: string;
  truth: string;
  without: string[];
}

export type Half = 'dev' | 'held-out';

export function halfOf(id: string): Half {
  return Number(id) % 2 === 0 ? 'dev' : 'held-out';
}

/** Article pages of one half (null when the data is absent). */
export function loadTextBench(dir: string, half: Half): TextBenchPage[] | null {
  const metaPath = join(dir, 'metadata.json');
  if (!existsSync(metaPath)) return null;
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { files: Record<string, { page_type?: string }> };
  const ids = readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .filter((id) => (meta.files[id]?.page_type ?? 'article') === 'article' && halfOf(id) === half)
    .sort();
  return ids.map((id) => {
    const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')) as {
      url?: string;
      ground_truth?: { main_content?: string; without?: string[] };
    };
    return {
      id,
      url: gt.url ?? null,
      html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
      truth: gt.ground_truth?.main_content ?? '',
      without: (gt.ground_truth?.without ?? []).filter((s) => s.trim().length > 0),
    };
  });
}

/** Lower case, whitespace collapsed: how `without[]` strings are looked for in an output. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
