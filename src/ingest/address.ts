import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { DossierError } from '../core/errors.js';

/**
 * Server-side request forgery guard: a URL someone else handed us (the API's ingest, a feed's
 * item links) must not reach this machine or its network. Only addresses ipaddr.js calls
 * "unicast" (public) pass; loopback, private, link-local (cloud metadata), unique-local,
 * carrier-grade NAT, multicast, reserved and the IPv6 forms that embed an IPv4 address
 * (IPv4-mapped, NAT64, 6to4, Teredo) are refused. Decimal, octal and hex IPv4 forms are
 * normalized by the WHATWG URL parser before they get here (http://2130706433/ is 127.0.0.1).
 */

export type Resolver = (host: string) => Promise<string[]>;

/** Every address the system resolver gives for a name (A and AAAA). */
export const systemResolver: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** The range name ("loopback", "private", ...) when an address is not public, else null. */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const range = ipaddr.process(address).range();
  return range === 'unicast' ? null : range;
}

export interface TargetPolicy {
  /** Let every address through (the operator's choice: `serve --allow-private-urls`, the CLI). */
  allowPrivate: boolean;
  /** "host:port" values let through whatever they resolve to (a local proxy, a test server). */
  allowHosts?: readonly string[];
  resolve?: Resolver;
}

/**
 * Throws E_FETCH_FORBIDDEN when a URL's host is, or resolves to, a non-public address.
 * Every address of the name is checked, so a name with one public and one private record fails.
 */
export async function checkTarget(target: URL, policy: TargetPolicy, input: string): Promise<void> {
  if (policy.allowPrivate) return;
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (policy.allowHosts?.includes(`${target.hostname}:${port}`)) return;
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (policy.resolve ?? systemResolver)(host);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new DossierError('E_FETCH_FAILED', `could not be fetched: the host name "${host}" does not resolve${code ? ` (${code})` : ''}`, { input, cause: e });
    }
  }
  for (const address of addresses) {
    const range = nonPublicRange(address);
    if (range !== null) {
      const via = target.toString() === input ? '' : ` (redirected to ${target.toString()})`;
      throw new DossierError(
        'E_FETCH_FORBIDDEN',
        `is refused: ${host === address ? '' : `"${host}" resolves to `}${address}, a ${range} address${via}; this server fetches public addresses only (start it with --allow-private-urls to allow local ones)`,
        { input },
      );
    }
  }
}
