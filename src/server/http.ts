import type { Context } from 'hono';
import type { z } from 'zod';

/** An API error the app turns into a JSON response with this status. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 500,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string): HttpError => new HttpError(404, 'E_NOT_FOUND', `no ${what} with id "${id}"`);

/** Validate the query string; a bad parameter is a 400 naming it. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const raw: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(c.req.queries())) raw[k] = v.length === 1 ? v[0]! : v;
  return parseWith(schema, raw, 'query');
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const msg = r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
  throw new HttpError(400, 'E_BAD_REQUEST', `bad ${where}: ${msg}`);
}

export function paginate<T>(items: readonly T[], offset: number, limit: number): { total: number; offset: number; limit: number; items: T[] } {
  return { total: items.length, offset, limit, items: items.slice(offset, offset + limit) };
}
