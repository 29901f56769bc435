import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HttpError } from './http.js';
import { formatBytes } from '../core/bytes.js';

/** Request-size and load limits of the API. */

/** Largest multipart upload (all files of one request). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Largest JSON body (a list of URLs is a few kB). */
export const MAX_JSON_BYTES = 1024 * 1024;
/** Ingest jobs queued or running at once; more is 429 E_BUSY (an upload is held in memory until its job runs). */
export const MAX_PENDING_JOBS = 4;
/** Open connections the server accepts at once; more are closed at accept. */
export const MAX_CONNECTIONS = 256;
/** Finished jobs kept for GET /api/ingest/:id; older ones are forgotten. */
export const KEEP_FINISHED_JOBS = 100;


/**
 * Bound every request body: multipart uploads to `upload` bytes, anything else (JSON) to
 * `json` bytes. A declared Content-Length over the limit is refused before reading; a chunked
 * body is counted as it streams. Over the limit: 413 E_TOO_LARGE.
 */
export function bodyLimits(limits: { upload?: number; json?: number } = {}): MiddlewareHandler {
  const upload = limits.upload ?? MAX_UPLOAD_BYTES;
  const json = limits.json ?? MAX_JSON_BYTES;
  const refuse = (what: string, max: number) => (): never => {
    throw new HttpError(413, 'E_TOO_LARGE', `request body too large: ${what} may be at most ${formatBytes(max)}`);
  };
  const forUpload = bodyLimit({ maxSize: upload, onError: refuse('an upload', upload) });
  const forJson = bodyLimit({ maxSize: json, onError: refuse('a JSON body', json) });
  return async (c, next) => {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    return (type.startsWith('multipart/form-data') ? forUpload : forJson)(c, next);
  };
}
