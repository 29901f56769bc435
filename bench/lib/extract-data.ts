/** Load the two article-extraction benchmarks from ../shared/bench/extract (gunzipped in memory). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchPage {
  id: string;
  html: string;
  truth: string;
  url?: string;
  /** WCXB page type: "article", "listing", "collection", ...; ScrapingHub pages are all "article". */
  type: string;
}

/** Every k-th page so a subset still spreads over the whole set. */
export function spread<T>(items: T[], limit: number | null): T[] {
  if (limit === null || limit >= items.length) return items;
  const step = items.length / limit;
  const out: T[] = [];
  for (let i = 0; i < limit; i++) out.push(items[Math.floor(i * step)]!);
  return out;
}

function gunzipText(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

export function loadScrapinghub(dir: string, limit: number | null): BenchPage[] | null {
  const truthPath = join(dir, 'ground-truth.json');
  if (!existsSync(truthPath)) return null;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const ids = spread(Object.keys(truth).sort(), limit);
  return ids.map((id) => ({
    id,
    html: gunzipText(join(dir, 'html', `${id}.html.gz`)),
    truth: truth[id]?.articleBody ?? '',
    ...(truth[id]?.url ? { url: truth[id]!.url } : {}),
    type: 'article',
  }));
}

export function loadWcxb(dir: string, limit: number | null): BenchPage[] | null {
  const metaPath = join(dir, 'metadata.json');
  if (!existsSync(metaPath)) return null;
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { files: Record<string, { page_type?: string }> };
  const ids = spread(
    readdirSync(join(dir, 'html'))
      .filter((f) => f.endsWith('.html.gz'))
      .map((f) => f.slice(0, -'.html.gz'.length))
      .sort(),
    limit,
  );
  return ids.map((id) => {
    const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')) as {
      url?: string;
      ground_truth?: { main_content?: string };
    };
    const type = meta.files[id]?.page_type ?? 'article';
    return {
      id,
      html: gunzipText(join(dir, 'html', `${id}.html.gz`)),
      truth: gt.ground_truth?.main_content ?? '',
      ...(gt.url ? { url: gt.url } : {}),
      type: type === 'category' ? 'collection' : type,
    };
  });
}
