import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from './http.js';

/**
 * Loopback is not a security boundary: any page the browser opens can send requests to
 * http://127.0.0.1:PORT, and DNS rebinding lets a page on attacker.example read the answers.
 * These checks stand in for the boundary: the Host header must name this server, and a
 * write must come with the token or prove it comes from this server's own pages.
 */

/** Names a loopback server answers to (any port: the Vite dev proxy keeps its own). */
export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'] as const;

/** Split "name:port" / "[v6]:port" into a lower-case name (brackets kept) and the port, if any. */
export function splitHost(host: string): { name: string; port: string | null } {
  const h = host.trim().toLowerCase();
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(h);
  if (!m) return { name: h, port: null };
  return { name: m[1]!, port: m[2] ?? null };
}

const isWildcard = (host: string): boolean => host === '0.0.0.0' || host === '::' || host === '[::]' || host === '';
/** An IP literal can't be rebound: DNS rebinding needs a name the attacker controls. */
const isIpLiteral = (name: string): boolean => /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || /^\[[0-9a-f:.]+\]$/.test(name);

/** The host names the server answers to: the loopback names plus the --host value. */
export function allowedHostNames(bindHost?: string | null, extra: readonly string[] = []): Set<string> {
  const names = new Set<string>(LOOPBACK_NAMES);
  if (bindHost && !isWildcard(bindHost)) names.add(bindHost.includes(':') && !bindHost.startsWith('[') ? `[${bindHost.toLowerCase()}]` : bindHost.toLowerCase());
  for (const e of extra) names.add(splitHost(e).name);
  return names;
}

/** The Host of a request: the header, else (app.request in tests) the URL's. */
export function requestHost(c: Context): string {
  return c.req.header('host') ?? new URL(c.req.url).host;
}

/**
 * Refuse a request whose Host is not one of `names` (403 E_BAD_HOST). On a wildcard bind
 * (0.0.0.0, ::) any IP literal is accepted too, so the server stays reachable by its LAN
 * address; names still have to be listed.
 */
export function hostCheck(names: Set<string>, bindHost?: string | null): MiddlewareHandler {
  const wildcard = bindHost !== undefined && bindHost !== null && isWildcard(bindHost);
  return async (c, next) => {
    const host = requestHost(c);
    const { name } = splitHost(host);
    if (!names.has(name) && !(wildcard && isIpLiteral(name))) {
      throw new HttpError(403, 'E_BAD_HOST', `this server does not answer to host "${host}" (DNS rebinding protection); open it as http://127.0.0.1 or http://localhost`);
    }
    await next();
  };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function givenToken(c: Context): string {
  const auth = c.req.header('authorization') ?? '';
  return auth.startsWith('Bearer ') ? auth.slice(7) : (c.req.header('x-dossier-token') ?? '');
}

/** The media type of the body, lower case, without parameters. */
const mediaType = (c: Context): string => (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Guard every write. With a token configured the token is required (401) and suffices.
 * Without one the request must not come from another site:
 * - `Sec-Fetch-Site`, when sent, must be `same-origin` (or `none`, a user action);
 * - `Origin`, when sent, must be this request's own origin (scheme://Host);
 * - the body must be `application/json` (a type a cross-site form cannot send and a
 *   cross-site fetch cannot send without a CORS preflight, which this server never grants),
 *   or `multipart/form-data` only when Origin or Sec-Fetch-Site proves same origin.
 * Refusals are 403 E_CROSS_SITE; an unknown body type is 415 E_UNSUPPORTED_MEDIA_TYPE.
 */
export function writeGuard(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method)) return next();
    const type = mediaType(c);
    if (type !== 'application/json' && type !== 'multipart/form-data') {
      throw new HttpError(415, 'E_UNSUPPORTED_MEDIA_TYPE', `write refused: body must be application/json or multipart/form-data, not "${type || 'none'}"`);
    }
    if (token !== null) {
      if (givenToken(c) !== token) throw new HttpError(401, 'E_UNAUTHORIZED', 'this server needs a token for writes: send "Authorization: Bearer <token>"');
      return next();
    }
    const site = c.req.header('sec-fetch-site')?.toLowerCase();
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw new HttpError(403, 'E_CROSS_SITE', `write refused: the request comes from another site (Sec-Fetch-Site: ${site})`);
    }
    const origin = c.req.header('origin');
    let sameOrigin = site === 'same-origin';
    if (origin !== undefined) {
      const own = new URL(c.req.url).protocol + '//' + requestHost(c).toLowerCase();
      if (origin.toLowerCase() !== own) throw new HttpError(403, 'E_CROSS_SITE', `write refused: Origin "${origin}" is not this server (${own})`);
      sameOrigin = true;
    }
    if (type === 'multipart/form-data' && !sameOrigin) {
      throw new HttpError(403, 'E_CROSS_SITE', 'write refused: a multipart upload needs the token or a same-origin Origin header');
    }
    return next();
  };
}

/** Strip any CORS header a handler might add: this API is for its own pages only. */
export const noCors: MiddlewareHandler = async (c, next) => {
  await next();
  for (const h of ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-expose-headers']) {
    try {
      c.res.headers.delete(h);
    } catch {
      // immutable headers (a fetched response): nothing of ours to strip
    }
  }
};
