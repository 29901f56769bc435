/** Read schema.org JSON-LD blocks of a page (before anything removes the scripts). */
import { attr } from '../attributes.js';

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  authors: string[];
  publisher: string | null;
  articleBody: string | null;
  language: string | null;
}

export interface JsonLdSummary {
  /** The article-like object (NewsArticle, BlogPosting, ...), when there is one. */
  article: JsonLdArticle | null;
  /** All @type values seen, e.g. "NewsArticle", "CollectionPage", "ItemList". */
  types: string[];
  /** A site name from a WebSite / Organization object. */
  siteName: string | null;
}

const ARTICLE_TYPE = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|SatiricalArticle|ScholarlyArticle|TechArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|Review|Recipe|HowTo)$/;

type Json = unknown;

function asRecord(value: Json): Record<string, Json> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Json>) : null;
}

function typesOf(obj: Record<string, Json>): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t.replace(/^https?:\/\/schema\.org\//, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function text(value: Json): string | null {
  if (typeof value === 'string') {
    const s = value.trim();
    return s.length > 0 ? s : null;
  }
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function nameOf(value: Json): string | null {
  if (typeof value === 'string') return text(value);
  const rec = asRecord(value);
  return rec ? text(rec['name']) : null;
}

function namesOf(value: Json): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const n = nameOf(item);
    if (n !== null && !out.includes(n)) out.push(n);
  }
  return out;
}

/** Every object in the JSON-LD, walking arrays and @graph. */
function collect(value: Json, out: Record<string, Json>[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const rec = asRecord(value);
  if (!rec) return;
  out.push(rec);
  if (rec['@graph'] !== undefined) collect(rec['@graph'], out, depth + 1);
  const main = rec['mainEntity'];
  if (main !== undefined) collect(main, out, depth + 1);
}

export function readJsonLd(document: Document): JsonLdSummary {
  const objects: Record<string, Json>[] = [];
  for (const script of document.getElementsByTagName('script')) {
    if (attr(script, 'type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = (script.textContent ?? '').trim();
    if (raw.length === 0) continue;
    try {
      collect(JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json, objects, 0);
    } catch {
      // Malformed JSON-LD is common; it is simply not evidence.
    }
  }
  const types: string[] = [];
  let article: JsonLdArticle | null = null;
  let siteName: string | null = null;
  for (const obj of objects) {
    const ts = typesOf(obj);
    for (const t of ts) if (!types.includes(t)) types.push(t);
    if (siteName === null && ts.some((t) => t === 'WebSite')) siteName = nameOf(obj);
    const at = ts.find((t) => ARTICLE_TYPE.test(t));
    if (at === undefined) continue;
    const body = text(obj['articleBody']);
    const candidate: JsonLdArticle = {
      type: at,
      headline: text(obj['headline']) ?? text(obj['name']),
      authors: namesOf(obj['author'] ?? obj['creator']),
      publisher: nameOf(obj['publisher']),
      articleBody: body,
      language: text(obj['inLanguage']),
    };
    // Prefer the object with a body, then the first one.
    if (article === null || (article.articleBody === null && body !== null)) article = candidate;
  }
  return { article, types, siteName };
}
