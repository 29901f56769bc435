import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

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

/** Types worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);
/** Smaller than this, compression costs more than it saves. */
const MIN_COMPRESS = 1024;
/** Vite names built assets `assets/<name>-<hash>.<ext>`: their content never changes under that name. */
const HASHED = /^assets\/.+-[\w-]{8,}\.\w+$/;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** A file of the built web app, or index.html for app routes; null when the app is not built. */
export async function staticFile(root: string, urlPath: string): Promise<{ body: Uint8Array; type: string; path: string; mtimeMs: number } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  const full = join(root, rel);
  if (!full.startsWith(root.endsWith(sep) ? root : root + sep) && full !== root) return null;
  // App routes fall back to index.html; a missing built asset is a 404, not a page.
  const fallback = rel.startsWith('assets' + sep) || rel.startsWith('assets/') ? [] : [join(root, 'index.html')];
  for (const candidate of [full, ...fallback]) {
    try {
      const st = await stat(candidate);
      if (st.isFile()) return { body: await readFile(candidate), type: TYPES[extname(candidate)] ?? 'application/octet-stream', path: candidate, mtimeMs: st.mtimeMs };
    } catch {
      // try the next candidate
    }
  }
  return null;
}

interface Variants {
  mtimeMs: number;
  etag: string;
  identity: Uint8Array;
  br: Uint8Array | null;
  gzip: Uint8Array | null;
}

/** Compressed copies of each file, made once per file version (the built app does not change while serving). */
const cache = new Map<string, Promise<Variants>>();

async function variants(file: { body: Uint8Array; path: string; mtimeMs: number }): Promise<Variants> {
  const key = file.path;
  let v = cache.get(key);
  if (v) {
    const got = await v;
    if (got.mtimeMs === file.mtimeMs) return got;
  }
  v = (async () => {
    const compress = COMPRESSIBLE.has(extname(file.path)) && file.body.length >= MIN_COMPRESS;
    const [br, gzipped] = compress
      ? await Promise.all([
          brotli(file.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: file.body.length } }),
          gz(file.body, { level: 9 }),
        ])
      : [null, null];
    const etag = `"${createHash('sha1').update(file.body).digest('base64url').slice(0, 22)}"`;
    return { mtimeMs: file.mtimeMs, etag, identity: file.body, br: br ? new Uint8Array(br) : null, gzip: gzipped ? new Uint8Array(gzipped) : null };
  })();
  cache.set(key, v);
  return v;
}

/** The encodings a client accepts (`Accept-Encoding`), without those it refuses with q=0. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    out.add(name.trim());
  }
  return out;
}

export interface StaticResponse {
  status: 200 | 304;
  body: Uint8Array | null;
  headers: Record<string, string>;
}

/**
 * A file of the built app as an HTTP response: brotli or gzip when the client accepts it,
 * `immutable` caching for hashed assets, `no-cache` (revalidate by ETag) for index.html and
 * other unhashed files. Null when the app is not built.
 */
export async function staticResponse(root: string, urlPath: string, request: { acceptEncoding?: string | undefined; ifNoneMatch?: string | undefined }): Promise<StaticResponse | null> {
  const file = await staticFile(root, urlPath);
  if (!file) return null;
  const v = await variants(file);
  const rel = file.path.slice(root.length).replace(/^[/\\]+/, '').split(sep).join('/');
  const headers: Record<string, string> = {
    'content-type': file.type,
    'cache-control': HASHED.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache',
    etag: v.etag,
    vary: 'Accept-Encoding',
  };
  const accepted = acceptedEncodings(request.acceptEncoding);
  let body = v.identity;
  if (v.br && accepted.has('br')) {
    body = v.br;
    headers['content-encoding'] = 'br';
  } else if (v.gzip && (accepted.has('gzip') || accepted.has('x-gzip'))) {
    body = v.gzip;
    headers['content-encoding'] = 'gzip';
  }
  // Each encoding is its own representation, so its own ETag.
  if (headers['content-encoding']) headers.etag = `${v.etag.slice(0, -1)}-${headers['content-encoding']}"`;
  const tags = (request.ifNoneMatch ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (tags.includes(headers.etag!)) return { status: 304, body: null, headers };
  headers['content-length'] = String(body.length);
  return { status: 200, body, headers };
}
