import { DossierError } from '../core/errors.js';
import { checkTarget, type Resolver } from './address.js';

export const USER_AGENT = 'dossier/0.1 (news research tool; offline analysis of articles a user chose)';

export interface FetchedPage {
  /** The URL asked for. */
  url: string;
  /** The URL the content came from after redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

/** Gets the bytes behind a URL. Swappable for tests and for other transports. */
export interface Fetcher {
  fetch(url: string): Promise<FetchedPage>;
}

export interface HttpFetcherOptions {
  userAgent?: string;
  /** Whole request, headers and body, in milliseconds. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Least time between two requests to the same host, in milliseconds. */
  perHostIntervalMs?: number;
  /**
   * Fetch loopback, private and link-local addresses too (default false: refused with
   * E_FETCH_FORBIDDEN, checked again after every redirect). See ./address.ts.
   */
  allowPrivate?: boolean;
  /** "host:port" values fetched whatever they resolve to (a local proxy; tests). */
  allowHosts?: string[];
  /** Name resolution for the address check (default: dns.lookup, every address). */
  resolve?: Resolver;
}

/**
 * A polite HTTP client: names itself, gives up after a timeout, stops reading past a size
 * limit, follows a bounded number of redirects, and waits between requests to one host.
 * Unless `allowPrivate`, it refuses non-public addresses before each hop. The check resolves
 * the name itself, so a DNS server that answers differently a moment later (rebinding) is not
 * covered; the redirect, literal-address and every-address cases are.
 */
export class HttpFetcher implements Fetcher {
  private readonly options: Required<Omit<HttpFetcherOptions, 'resolve'>> & Pick<HttpFetcherOptions, 'resolve'>;
  private readonly lastRequest = new Map<string, number>();

  constructor(options: HttpFetcherOptions = {}) {
    this.options = {
      userAgent: options.userAgent ?? USER_AGENT,
      timeoutMs: options.timeoutMs ?? 20_000,
      maxBytes: options.maxBytes ?? 20 * 1024 * 1024,
      maxRedirects: options.maxRedirects ?? 5,
      perHostIntervalMs: options.perHostIntervalMs ?? 1_000,
      allowPrivate: options.allowPrivate ?? false,
      allowHosts: options.allowHosts ?? [],
      resolve: options.resolve,
    };
  }

  async fetch(url: string): Promise<FetchedPage> {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      throw new DossierError('E_FETCH_FAILED', 'is not a valid URL', { input: url });
    }
    const deadline = AbortSignal.timeout(this.options.timeoutMs);
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        throw new DossierError('E_FETCH_FAILED', `uses ${current.protocol}, only http and https can be fetched`, { input: url });
      }
      await checkTarget(current, { allowPrivate: this.options.allowPrivate, allowHosts: this.options.allowHosts, ...(this.options.resolve ? { resolve: this.options.resolve } : {}) }, url);
      await this.waitForHost(current.host);
      let response: Response;
      try {
        response = await fetch(current, {
          redirect: 'manual',
          signal: deadline,
          headers: { 'user-agent': this.options.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5' },
        });
      } catch (e) {
        throw this.networkError(e, url);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hop >= this.options.maxRedirects) {
          throw new DossierError('E_FETCH_FAILED', `redirected more than ${this.options.maxRedirects} times; giving up`, { input: url });
        }
        current = new URL(response.headers.get('location')!, current);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new DossierError('E_FETCH_STATUS', `answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, { input: url });
      }
      const bytes = await this.readBody(response, url);
      return { url, finalUrl: current.toString(), status: response.status, contentType: response.headers.get('content-type'), bytes };
    }
  }

  private async readBody(response: Response, url: string): Promise<Uint8Array> {
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > this.options.maxBytes) {
      await response.body?.cancel();
      throw tooLarge(url, this.options.maxBytes);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      const reader = response.body?.getReader();
      for (;;) {
        if (!reader) break;
        const { done, value: chunk } = await reader.read();
        if (done) break;
        size += chunk.length;
        if (size > this.options.maxBytes) {
          await reader.cancel().catch(() => {});
          throw tooLarge(url, this.options.maxBytes);
        }
        chunks.push(chunk);
      }
    } catch (e) {
      if (e instanceof DossierError) throw e;
      throw this.networkError(e, url);
    }
    return Buffer.concat(chunks);
  }

  private networkError(e: unknown, url: string): DossierError {
    const err = e as { name?: string; cause?: { code?: string; message?: string }; message?: string };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') {
      return new DossierError('E_FETCH_TIMEOUT', `did not answer within ${this.options.timeoutMs / 1000} s`, { input: url, cause: e });
    }
    const why = err.cause?.code ?? err.cause?.message ?? err.message ?? String(e);
    return new DossierError('E_FETCH_FAILED', `could not be fetched (${why})`, { input: url, cause: e });
  }

  private async waitForHost(host: string): Promise<void> {
    const last = this.lastRequest.get(host);
    const wait = last === undefined ? 0 : last + this.options.perHostIntervalMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    this.lastRequest.set(host, Date.now());
  }
}

function tooLarge(url: string, max: number): DossierError {
  return new DossierError('E_INPUT_TOO_LARGE', `is larger than the ${(max / 1024 / 1024).toFixed(0)} MB limit for one page`, { input: url });
}

export function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}
