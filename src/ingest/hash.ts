import { createHash } from 'node:crypto';

/** Hash of the raw bytes plus the metadata given with them: the idempotency key of ingest. */
export function rawHash(bytes: Uint8Array, meta: Record<string, unknown> = {}): string {
  const h = createHash('sha256');
  h.update(bytes);
  const keys = Object.keys(meta).sort();
  if (keys.length > 0) h.update('\0' + JSON.stringify(meta, keys));
  return h.digest('hex');
}

/** A short stable article id from the raw hash and the article's position in the input. */
export function articleId(raw: string, part: number): string {
  return createHash('sha256').update(`${raw}:${part}`).digest('hex').slice(0, 16);
}
