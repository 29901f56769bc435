import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** A file of the built web app, or index.html for app routes; null when the app is not built. */
export async function staticFile(root: string, urlPath: string): Promise<{ body: Uint8Array; type: string } | null> {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const full = join(root, rel);
  if (!full.startsWith(root.endsWith(sep) ? root : root + sep) && full !== root) return null;
  for (const candidate of [full, join(root, 'index.html')]) {
    try {
      if ((await stat(candidate)).isFile()) return { body: await readFile(candidate), type: TYPES[extname(candidate)] ?? 'application/octet-stream' };
    } catch {
      // try the next candidate
    }
  }
  return null;
}
