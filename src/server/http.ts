import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';
import { type ErrorCode, isDossierError } from '../core/errors.js';

export type HttpStatus = 400 | 401 | 403 | 404 | 413 | 415 | 422 | 429 | 500 | 502 | 503 | 504;

/** An API error the app turns into a JSON response with this status. */
export class HttpError extends Error {
  constructor(
    readonly status: HttpStatus,
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

/** The HTTP status a DossierError code means when it reaches the API (default 422: bad input). */
const STATUS_OF: Partial<Record<ErrorCode, HttpStatus>> = {
  E_NOT_FOUND: 404,
  E_USAGE: 400,
  E_INPUT_TOO_LARGE: 413,
  E_INPUT_TYPE: 415,
  E_FETCH_FORBIDDEN: 403,
  E_FETCH_FAILED: 502,
  E_FETCH_STATUS: 502,
  E_FETCH_TIMEOUT: 504,
  E_STORE: 503,
  E_STORE_FULL: 503, // the store's disk is full: the server cannot write, the request was fine
  E_PIPELINE_ORDER: 500,
};

export function statusOf(code: ErrorCode): HttpStatus {
  return STATUS_OF[code] ?? 422;
}

export interface ErrorBody {
  error: { code: string; message: string; input?: string };
}

/**
 * The one error mapping of the API. An HttpError keeps its status and message; a DossierError
 * becomes the status its code means, with its message and input; anything else is a 500 with
 * a fixed message: no stack, path or library text reaches the client (the server log gets it).
 */
export function errorResponse(err: unknown, log: (line: string) => void = (l) => console.error(l)): { status: HttpStatus; body: ErrorBody } {
  if (err instanceof HttpError) return { status: err.status, body: { error: { code: err.code, message: err.message } } };
  if (isDossierError(err)) {
    return { status: statusOf(err.code), body: { error: { code: err.code, message: err.message, ...(err.input !== undefined ? { input: err.input } : {}) } } };
  }
  if (err instanceof HTTPException && err.status < 500) {
    return { status: err.status as HttpStatus, body: { error: { code: 'E_BAD_REQUEST', message: err.message || 'bad request' } } };
  }
  log(`dossier serve: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return { status: 500, body: { error: { code: 'E_INTERNAL', message: 'internal error: the request could not be completed; the server log has the details' } } };
}

/** app.onError handler built on errorResponse. */
export function onError(err: Error, c: Context): Response {
  const { status, body } = errorResponse(err);
  return c.json(body, status);
}
