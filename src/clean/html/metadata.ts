/** Title, byline, publisher and language of a page, read from its head, JSON-LD and bylines. */
import type { JsonLdSummary } from './jsonld.js';
import { collapseSpace } from './blocks.js';
import { attr } from '../attributes.js';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  publisher: string | null;
  language: string | null;
  /** og:type or similar, lowercased ("article", "website"). */
  ogType: string | null;
}

/** The page's <meta> values by lowercased property / name / itemprop / http-equiv (first wins). */
type MetaMap = Map<string, string>;

function readMetaTags(document: Document): MetaMap {
  const out: MetaMap = new Map();
  for (const el of document.getElementsByTagName('meta')) {
    const content = el.getAttribute('content');
    if (!content) continue;
    const value = collapseSpace(content).trim();
    if (value.length === 0) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, value);
    }
  }
  return out;
}

function pick(metas: MetaMap, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = metas.get(key);
    if (v !== undefined) return v;
  }
  return null;
}

const TITLE_SEPARATOR = /\s+(?:\||-|–|—|·|::|»|\/|~)\s+/;

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => w.length > 0).length;
}

/**
 * Remove the site name and section labels from a title: "Opinion | Headline here - Site"
 * becomes "Headline here". Segments are only dropped at the ends, and only when they name
 * the site or host, or are a short label next to a clearly longer headline.
 */
export function cleanTitle(raw: string, siteNames: readonly string[], host: string | null): string {
  const title = collapseSpace(raw).trim();
  const parts: string[] = [];
  const seps: string[] = [];
  let rest = title;
  for (;;) {
    const m = TITLE_SEPARATOR.exec(rest);
    if (!m) break;
    parts.push(rest.slice(0, m.index));
    seps.push(m[0]);
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  if (parts.length === 1) return title;
  const sites = siteNames.map(squash).filter((s) => s.length > 0);
  const hostKey = host ? squash(host.replace(/^www\./, '').replace(/\.[a-z]{2,}(\.[a-z]{2})?$/i, '')) : '';
  const isSite = (p: string): boolean => {
    const k = squash(p);
    if (k.length === 0) return true;
    if (sites.some((s) => s === k || (s.length > 3 && (k.startsWith(s) || s.startsWith(k))))) return true;
    return hostKey.length > 2 && (k === hostKey || k.replace(/com$|news$/, '') === hostKey);
  };
  let first = 0;
  let last = parts.length - 1;
  const longest = Math.max(...parts.map(wordCount));
  // A short section label ("Opinion |") is only cut at a pipe-like separator: a dash inside
  // a headline ("Biden - Xi summit ...") is part of it.
  const labelSep = (sep: string | undefined): boolean => sep !== undefined && !/[-–—~]/.test(sep);
  const isLabel = (p: string, sep: string | undefined): boolean =>
    labelSep(sep) && wordCount(p) <= 3 && longest >= 4 && wordCount(p) < longest;
  while (last > first && (isSite(parts[last]!) || isLabel(parts[last]!, seps[last - 1]))) last--;
  while (first < last && (isSite(parts[first]!) || isLabel(parts[first]!, seps[first]))) first++;
  let out = parts[first]!;
  for (let i = first + 1; i <= last; i++) out += seps[i - 1]! + parts[i]!;
  return out.trim();
}

const BY_PREFIX = /^(?:(?:written|posted|reported|published|story|words|text|compiled|edited)\s+by|by|from|von|par|por|di|door|av)\s*[:\-–]?\s+/i;
const ROLE_WORDS =
  /\b(?:reporter|correspondent|editor|writer|columnist|contributor|staff|journalist|producer|analyst|author|critic|chief|senior|associate|contributing|bureau|desk|team|news|newsroom|press|agency|updated|published|email|e-mail|follow|twitter|photo|photos|video|min(?:ute)?s?\s+read|ago)\b/i;

/** True when `name` looks like one or more personal names ("Jane Doe", "Jane Doe and Li Wei"). */
export function looksLikePersonName(name: string): boolean {
  if (name.length < 3 || name.length > 80) return false;
  if (/[@\d/:|<>#=]|https?/i.test(name)) return false;
  if (ROLE_WORDS.test(name)) return false;
  const people = name.split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*/).filter((p) => p.length > 0);
  if (people.length === 0 || people.length > 5) return false;
  return people.every((p) => {
    const words = p.split(/\s+/);
    if (words.length < 1 || words.length > 5) return false;
    const capitalised = words.filter((w) => /^[\p{Lu}]/u.test(w)).length;
    return capitalised >= Math.max(1, words.length - 1) && words.length >= (people.length > 1 ? 1 : 2);
  });
}

/**
 * Reduce a byline to the names: "By Jane Doe, Senior Reporter" -> "Jane Doe".
 * Returns null when nothing in it is a person's name.
 */
export function cleanByline(raw: string): string | null {
  let s = collapseSpace(raw).trim().replace(BY_PREFIX, '');
  // Cut at the first clause that is not a name: "Jane Doe, Senior Reporter", "Jane Doe | CNN".
  const parts = s.split(/\s*(?:[,|•·]|\s[-–—]\s|\n)\s*/).filter((p) => p.length > 0);
  const kept: string[] = [];
  for (const part of parts) {
    const p = part.replace(BY_PREFIX, '').trim();
    if (looksLikePersonName(p)) kept.push(p);
    else if (kept.length > 0) break;
  }
  s = kept.join(', ');
  return s.length > 0 ? s : null;
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

interface BylineClues {
  rel: string | null;
  itemprop: string | null;
  cls: string;
}

/** Where bylines sit, most specific first. */
const BYLINE_RULES: ((el: BylineClues) => boolean)[] = [
  (el) => el.rel === 'author',
  (el) => /\bauthor\b/.test(el.itemprop ?? ''),
  (el) => /byline/i.test(el.cls),
  (el) => /author-?name/i.test(el.cls),
  (el) => /author/i.test(el.cls),
];

function bylineFromPage(document: Document): string | null {
  const root = document.body;
  if (!root) return null;
  const found: Element[][] = BYLINE_RULES.map(() => []);
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) {
      const tag = c.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'svg' || tag === 'SVG') continue;
      if (c.hasAttributes()) {
        const clues = { rel: attr(c, 'rel'), itemprop: attr(c, 'itemprop'), cls: attr(c, 'class') ?? '' };
        for (let i = 0; i < BYLINE_RULES.length; i++) {
          if (found[i]!.length < 5 && BYLINE_RULES[i]!(clues)) found[i]!.push(c);
        }
      }
      visit(c);
    }
  };
  visit(root);
  for (const els of found) {
    for (const el of els) {
      const text = el.textContent ?? '';
      if (text.length > 200) continue;
      const name = cleanByline(text);
      if (name !== null) return name;
    }
  }
  return null;
}

export function readMetadata(document: Document, jsonLd: JsonLdSummary, url?: string): PageMetadata {
  const metas = readMetaTags(document);
  const meta = (_: Document, ...keys: string[]): string | null => pick(metas, ...keys);
  const host = hostOf(url ?? meta(document, 'og:url') ?? undefined);
  const publisher =
    meta(document, 'og:site_name') ??
    jsonLd.article?.publisher ??
    jsonLd.siteName ??
    meta(document, 'application-name', 'twitter:site')?.replace(/^@/, '') ??
    null;

  const siteNames = [publisher, meta(document, 'twitter:site')?.replace(/^@/, '') ?? null].filter(
    (s): s is string => s !== null,
  );
  const h1s = document.getElementsByTagName('h1');
  const h1 = h1s.length === 1 ? collapseSpace(h1s[0]?.textContent ?? '').trim() : '';
  const rawTitle =
    jsonLd.article?.headline ??
    meta(document, 'og:title', 'twitter:title') ??
    (h1.length > 0 ? h1 : null) ??
    (document.querySelector('title')?.textContent || null);
  let title = rawTitle !== null ? cleanTitle(rawTitle, siteNames, host) : null;
  if (title !== null && h1.length > 0 && title !== h1 && title.includes(h1) && wordCount(h1) >= 3) title = h1;
  if (title !== null && title.length === 0) title = null;

  let byline: string | null = null;
  for (const name of jsonLd.article?.authors ?? []) {
    const clean = cleanByline(name);
    if (clean !== null) {
      byline = byline === null ? clean : `${byline}, ${clean}`;
    }
  }
  if (byline === null) {
    const metaAuthor = meta(document, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator');
    if (metaAuthor !== null) byline = cleanByline(metaAuthor);
  }
  if (byline === null) byline = bylineFromPage(document);

  const htmlLang = document.documentElement?.getAttribute('lang')?.trim() || null;
  const locale = meta(document, 'og:locale')?.replace('_', '-') ?? null;
  const language =
    htmlLang ??
    meta(document, 'content-language', 'language', 'dc.language') ??
    jsonLd.article?.language ??
    locale ??
    null;

  const ogType = meta(document, 'og:type')?.toLowerCase() ?? null;
  return { title, byline, publisher, language: language || null, ogType };
}
