/**
 * Dates a page states in machine-readable form: JSON-LD (schema.org datePublished,
 * also inside @graph, arrays and nested objects) and meta tags (Open Graph article:*,
 * Dublin Core, Parse.ly, Sailthru, citation_*, generic date/pubdate).
 */
import type { Candidate, DateKind } from './candidate.js';
import { elementsOf } from './dom.js';
import { findDates } from './parse.js';

type Granular = Candidate['granularity'];

/** Read a date from an attribute value ("2023-10-18T09:00:00Z", "Wed, 18 Oct 2023", "20231018", epoch seconds). */
export function readAttributeDate(raw: string): { value: string; granularity: Granular } | null {
  const s = raw.trim();
  if (!s) return null;
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    if (Number.isNaN(d.getTime())) return null;
    return { value: d.toISOString().slice(0, 10), granularity: 'day' };
  }
  const found = findDates(s, { compact: true, dayFirst: true });
  const day = found.find((f) => f.granularity === 'day');
  if (day && day.index <= 12) return { value: day.value, granularity: 'day' };
  const month = found[0];
  if (month && month.index <= 12) return { value: month.value, granularity: month.granularity };
  const year = /^(\d{4})$/.exec(s);
  if (year) return { value: year[1]!, granularity: 'year' };
  return null;
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|BlogPosting|Blog|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|SocialMediaPosting|DiscussionForumPosting|PressRelease|Review|Recipe|VideoObject|CreativeWork|Posting|Event|Product)$/i;
const PAGE_TYPES = /^(WebPage|ItemPage|AboutPage|CollectionPage|MediaObject|ImageObject)$/i;

const JSONLD_FIELDS: Array<[string, DateKind]> = [
  ['datePublished', 'published'],
  ['dateCreated', 'published'],
  ['uploadDate', 'published'],
  ['dateModified', 'modified'],
];

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Dates in the page's JSON-LD blocks. */
export function jsonLdCandidates(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  // Pages that list other articles in their JSON-LD: the node about this page is the one
  // whose headline is the page title, or else the first.
  const title = `${doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''} ${doc.querySelector('title')?.textContent ?? ''}`.toLowerCase();
  const aboutThisPage = (node: Record<string, unknown>): boolean => {
    const h = typeof node['headline'] === 'string' ? node['headline'] : typeof node['name'] === 'string' ? node['name'] : '';
    const words = h.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
    return words.length > 0 && words.filter((w) => title.includes(w)).length / words.length >= 0.6;
  };
  let datedNodes = 0;
  const scripts = elementsOf(doc).filter(
    (el) => el.tagName === 'SCRIPT' && /^application\/ld\+json\b/i.test((el.getAttribute('type') ?? '').trim()),
  );
  let blockIndex = 0;
  for (const script of scripts) {
    const raw = (script.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\]\]>|-->)\s*$/, '');
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      // Broken JSON (trailing commas, raw newlines): read the fields with a pattern instead.
      for (const [field, kind] of JSONLD_FIELDS) {
        const m = new RegExp(`"${field}"\\s*:\\s*"([^"]{4,40})"`).exec(raw);
        const d = m ? readAttributeDate(m[1]!) : null;
        if (d) out.push({ ...d, kind, evidence: `json-ld:${field}`, quote: m![1]!, confidence: kind === 'published' ? 0.85 : 0.6 });
      }
      continue;
    }
    const visit = (node: unknown, depth: number): void => {
      if (depth > 6 || node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        for (const item of node) visit(item, depth + 1);
        return;
      }
      const obj = node as Record<string, unknown>;
      const types = typesOf(obj);
      const isArticle = types.some((t) => ARTICLE_TYPES.test(t));
      const isPage = types.some((t) => PAGE_TYPES.test(t));
      const dated = JSONLD_FIELDS.some(([field]) => typeof obj[field] === 'string');
      const rank = dated ? datedNodes++ : 0;
      const otherArticle = rank > 0 && !aboutThisPage(obj);
      for (const [field, kind] of JSONLD_FIELDS) {
        const v = obj[field];
        if (typeof v !== 'string') continue;
        const d = readAttributeDate(v);
        if (!d) continue;
        let confidence = isArticle ? 0.95 : isPage ? 0.88 : 0.85;
        if (otherArticle) confidence -= 0.15;
        if (field !== 'datePublished') confidence -= 0.1;
        // A list item of a listing page (ItemList > ListItem > Article) is not this page.
        if (depth > 2 && !isArticle && !isPage) confidence -= 0.2;
        out.push({ ...d, kind, evidence: `json-ld:${field}`, quote: v, confidence: confidence - blockIndex * 0.001 });
      }
      for (const [key, value] of Object.entries(obj)) {
        if (key === 'itemListElement' || key === 'hasPart' || key === 'comment' || key === 'review') continue;
        if (value && typeof value === 'object') visit(value, depth + 1);
      }
    };
    visit(data, 0);
    blockIndex++;
  }
  return out;
}

/** meta name/property/itemprop -> what it states and how much to trust it. */
const META_KEYS: Record<string, [DateKind, number]> = {
  'article:published_time': ['published', 0.92],
  'article:published': ['published', 0.9],
  'og:article:published_time': ['published', 0.92],
  'og:published_time': ['published', 0.9],
  'article.published': ['published', 0.9],
  'article:post_date': ['published', 0.88],
  published_time: ['published', 0.9],
  'published-date': ['published', 0.88],
  publish_date: ['published', 0.88],
  'publish-date': ['published', 0.88],
  publishdate: ['published', 0.88],
  publication_date: ['published', 0.88],
  'publication-date': ['published', 0.88],
  pubdate: ['published', 0.86],
  pub_date: ['published', 0.86],
  'og:pubdate': ['published', 0.86],
  datepublished: ['published', 0.9],
  date_published: ['published', 0.88],
  originalpublicationdate: ['published', 0.9],
  article_date_original: ['published', 0.9],
  'original-publish-date': ['published', 0.9],
  'sailthru.date': ['published', 0.86],
  'parsely-pub-date': ['published', 0.88],
  'cxenseparse:recs:publishtime': ['published', 0.86],
  'dc.date.issued': ['published', 0.86],
  'dcterms.issued': ['published', 0.86],
  'dc.date.created': ['published', 0.84],
  'dcterms.created': ['published', 0.84],
  'dc.date': ['published', 0.7],
  'dcterms.date': ['published', 0.7],
  'dc:date': ['published', 0.7],
  'citation_publication_date': ['published', 0.86],
  'citation_online_date': ['published', 0.84],
  citation_date: ['published', 0.84],
  'prism.publicationdate': ['published', 0.86],
  'rnews:datepublished': ['published', 0.88],
  'bt:pubdate': ['published', 0.84],
  'date.available': ['published', 0.8],
  datecreated: ['published', 0.8],
  created: ['published', 0.72],
  creation_date: ['published', 0.75],
  date: ['published', 0.72],
  displaydate: ['published', 0.8],
  release_date: ['published', 0.78],
  'article:modified_time': ['modified', 0.8],
  'og:article:modified_time': ['modified', 0.8],
  'og:updated_time': ['modified', 0.75],
  'article:modified': ['modified', 0.75],
  modified_time: ['modified', 0.75],
  datemodified: ['modified', 0.75],
  date_modified: ['modified', 0.75],
  'last-modified': ['modified', 0.7],
  last_modified: ['modified', 0.7],
  lastmod: ['modified', 0.7],
  'dcterms.modified': ['modified', 0.7],
  'dc.date.modified': ['modified', 0.7],
  'article:updated_time': ['modified', 0.75],
  updated_time: ['modified', 0.7],
  revised: ['modified', 0.6],
};

/** Dates in the page's meta tags. */
export function metaCandidates(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const meta of elementsOf(doc)) {
    if (meta.tagName !== 'META') continue;
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      meta.getAttribute('http-equiv') ??
      ''
    )
      .trim()
      .toLowerCase();
    if (!key) continue;
    const content = meta.getAttribute('content') ?? meta.getAttribute('datetime') ?? '';
    if (key === 'parsely-page') {
      const m = /"pub_date"\s*:\s*"([^"]+)"/.exec(content);
      const d = m ? readAttributeDate(m[1]!) : null;
      if (d) out.push({ ...d, kind: 'published', evidence: 'meta[parsely-page]', quote: m![1]!, confidence: 0.88 });
      continue;
    }
    const known = META_KEYS[key];
    if (!known) continue;
    const d = readAttributeDate(content);
    if (!d) continue;
    out.push({ ...d, kind: known[0], evidence: `meta[${key}]`, quote: content, confidence: known[1] });
  }
  return out;
}

/** A date written in the page title or og:title ("... | DW | 23.05.2011"). */
export function titleCandidates(doc: Document): Candidate[] {
  const titles = [
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    doc.querySelector('title')?.textContent,
  ];
  for (const t of titles) {
    if (!t) continue;
    const d = findDates(t, { dayFirst: true, monthOnly: false })[0];
    if (d) return [{ value: d.value, granularity: 'day', kind: 'unknown', evidence: 'title', quote: d.text, confidence: 0.5 }];
  }
  return [];
}

const SCRIPT_KEYS =
  /"(datePublished|publishedAt|published_at|publishDate|publish_date|pubDate|publishedFirst|firstPublished|first_published_at|date_published|publicationDate|publication_date)"\s*:\s*"([^"]{6,40})"/;

/** Publication dates in the data of ordinary scripts (page state of script-rendered sites). */
export function scriptCandidates(doc: Document): Candidate[] {
  for (const script of elementsOf(doc)) {
    if (script.tagName !== 'SCRIPT') continue;
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type.includes('ld+json')) continue;
    const m = SCRIPT_KEYS.exec(script.textContent ?? '');
    const d = m ? readAttributeDate(m[2]!) : null;
    if (m && d) return [{ ...d, kind: 'published', evidence: `script:${m[1]}`, quote: m[2]!, confidence: 0.55 }];
  }
  return [];
}
