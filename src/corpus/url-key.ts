/**
 * One key per article address: the same page reached through a tracking link, an AMP or mobile
 * variant, with or without "www.", a fragment or a trailing slash gives the same key.
 */

/** Query parameters that say who sent the reader, not which page it is. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref|ref_src|ref_url|referrer|cmpid|ocid|icid|ncid|spm|smid|sr_share|at_medium|at_campaign|taid|amp|outputtype|s_cid)$/i;

/**
 * The key of an http(s) URL: host without "www."/"m."/"amp.", path without AMP markers or a
 * trailing slash, tracking parameters and the fragment dropped, other parameters sorted; the
 * scheme is not part of it. Null for what is not an http(s) URL or names only a site's home page.
 */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^(www\d*|m|mobile|amp)\./, '');
  let path = u.pathname
    .replace(/\/{2,}/g, '/')
    .replace(/^\/amp(?=\/)/i, '')
    .replace(/\/amp\/?$/i, '')
    .replace(/\.amp(?=\.html?$)/i, '')
    .replace(/\/(index\.html?)?$/i, '');
  if (path === '') return null;
  path = path.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase());
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const query = params.length > 0 ? '?' + new URLSearchParams(params).toString() : '';
  return `${host}${path}${query}`;
}
