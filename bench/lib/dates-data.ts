/** Loading the htmldate evaluation set for `npm run bench:dates`. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface DatePage {
  url: string;
  file: string;
  /** Gold publication date, YYYY-MM-DD. */
  date: string;
}

/** ../shared/bench/dates/htmldate relative to the repository root (this file is bench/lib/). */
export function htmldateDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', '..', '..', 'shared', 'bench', 'dates', 'htmldate');
}

export function loadGold(dir: string): DatePage[] | null {
  const goldPath = join(dir, 'gold.json');
  if (!existsSync(goldPath)) return null;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, { file: string; date: string }>;
  return Object.entries(gold).map(([url, v]) => ({ url, file: v.file, date: v.date }));
}

/** The page's bytes, or null when its file is absent. */
export function readPage(dir: string, page: DatePage): Uint8Array | null {
  const p = join(dir, 'pages', page.file);
  if (!existsSync(p)) return null;
  return gunzipSync(readFileSync(p));
}
