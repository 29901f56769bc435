import { parseHTML } from 'linkedom';
import { asDocumentHtml } from './html/normalize.js';
import { createArticle } from '../core/article.js';
import { DossierError } from '../core/errors.js';
import type { Article, DateEvidence, Message, RawInput } from '../core/types.js';
import { articleId } from '../ingest/hash.js';
import { parseRecord, RECORD_TYPE, recordIdentity } from '../ingest/record.js';
import { decodeHtmlBytes } from './charset/index.js';
import { findPublishedDate, parseDateText } from './date/index.js';
import { decodeText } from './decode-text.js';
import { MAX_NESTING, nestingDepth } from './html/depth.js';
import { countElements, MAX_ELEMENTS } from './html/element-count.js';
import { extractHtml } from './html/index.js';
import { detectLanguage } from './language.js';
import { cleanScrapedText } from './text/index.js';
import type { CleanedPart } from './types.js';

export interface CleanOptions {
  now?: Date;
}

/**
 * The clean step: one raw input to the articles it holds (usually one; a scraped file with
 * two articles gives two). Throws a DossierError naming the input when nothing usable is in it.
 */
export function cleanInput(raw: RawInput, options: CleanOptions = {}): Article[] {
  const now = options.now ?? new Date();
  let parts: CleanedPart[];
  let url: string | null = typeof raw.meta.url === 'string' ? raw.meta.url : null;
  let meta = raw.meta;
  let identity: ReturnType<typeof recordIdentity> = { externalId: null, metadata: {} };
  if (raw.contentType === RECORD_TYPE) {
    const record = parseRecord(new TextDecoder().decode(raw.bytes), raw.source);
    if (record instanceof DossierError) throw record;
    url = record.url;
    meta = record.meta;
    identity = recordIdentity(record.meta);
    parts = record.html ? cleanHtml(record.html, url, now, raw.source) : cleanScrapedText(record.text ?? '', { now, source: raw.source });
    parts = parts.map((p) => applyRecordMetadata(p, record.meta, now));
  } else if (raw.contentType === 'text/html') {
    const { text } = decodeHtmlBytes(raw.bytes, typeof raw.meta.contentType === 'string' ? raw.meta.contentType : null);
    parts = cleanHtml(text, url, now, raw.source).map((p) => applyFeedFallback(p, raw.meta, now));
  } else if (raw.contentType === 'text/plain') {
    parts = cleanScrapedText(decodeText(raw.bytes), { now, source: raw.source });
  } else {
    throw new DossierError('E_INPUT_TYPE', `has content type ${raw.contentType}, which this version cannot clean yet`, { input: raw.source });
  }
  // A language the input declares wins; otherwise it is read from the text.
  parts = parts.filter((p) => p.text.trim().length > 0).map((p) => (p.language ? p : { ...p, language: detectLanguage(p.text) }));
  if (parts.length === 0) {
    throw new DossierError('E_INPUT_NO_ARTICLE', 'holds no article text after removing the page around it', { input: raw.source });
  }
  return parts.map((part, i) => {
    const article = createArticle({
      id: articleId(raw.hash, i),
      source: parts.length > 1 ? `${raw.source}#${i + 1}` : raw.source,
      rawHash: raw.hash,
      part: i,
      text: part.text,
      sourceMap: part.sourceMap,
      url,
      title: part.title,
      byline: part.byline,
      publisher: part.publisher ?? (typeof meta.source === 'string' && !/^https?:/.test(meta.source) ? meta.source : null),
      language: part.language,
      published: part.published,
      captured: part.captured,
      meta: part.meta ? { ...part.meta, ...meta } : meta,
      externalId: identity.externalId,
      metadata: identity.metadata,
    });
    article.messages.push(...part.messages);
    return article;
  });
}

/** HTML: find the date on the untouched page first, since extraction rewrites the DOM. */
function cleanHtml(html: string, url: string | null, now: Date, source: string): CleanedPart[] {
  if (countElements(html) > MAX_ELEMENTS) {
    throw new DossierError('E_INPUT_TOO_LARGE', `has more than ${MAX_ELEMENTS.toLocaleString('en')} elements, more than dossier reads in one page`, { input: source });
  }
  let { document } = parseHTML(html);
  // Text with no element at all ("", a comment, a bare word) has no root: parse it wrapped.
  if (!document.documentElement) ({ document } = parseHTML(asDocumentHtml(html)));
  const depth = nestingDepth(document as unknown as Document);
  if (depth > MAX_NESTING) {
    throw new DossierError(
      'E_INPUT_TOO_DEEP',
      `nests its elements more than ${MAX_NESTING} deep (unclosed tags?), deeper than dossier reads`,
      { input: source },
    );
  }
  const date = findPublishedDate(document as unknown as Document, { url, now });
  const page = extractHtml(document as unknown as Document, { url: url ?? undefined, html });
  if (!page.isArticle && page.text.trim().length === 0) return [];
  return [
    {
      text: page.text,
      sourceMap: page.sourceMap,
      title: page.title,
      byline: page.byline,
      publisher: page.publisher,
      language: page.language,
      published: date.published,
      captured: date.captured,
      messages: [...date.messages, ...page.messages],
    },
  ];
}

/** Fields given with a record win over what was read from its text: the user said so. */
function applyRecordMetadata(part: CleanedPart, meta: Record<string, unknown>, now: Date): CleanedPart {
  const out = { ...part };
  if (typeof meta.title === 'string' && meta.title.trim()) out.title = meta.title.trim();
  const published = metaDate(meta, now, meta.feed ? 'feed:published' : 'record:published', meta.feed ? 0.85 : 0.95);
  if (published && 'value' in published) out.published = published;
  else if (published) out.messages = [...out.messages, published];
  return out;
}

/** A page fetched for a feed item: the feed's title and date fill what the page lacks. */
function applyFeedFallback(part: CleanedPart, meta: Record<string, unknown>, now: Date): CleanedPart {
  if (!meta.feed) return part;
  const out = { ...part };
  if (!out.title && typeof meta.title === 'string') out.title = meta.title.trim();
  if (!out.published.value || out.published.confidence < 0.5) {
    const published = metaDate(meta, now, 'feed:published', 0.85);
    if (published && 'value' in published) out.published = published;
  }
  return out;
}

function metaDate(meta: Record<string, unknown>, now: Date, evidence: string, confidence: number): DateEvidence | Message | null {
  if (typeof meta.published !== 'string' || !meta.published.trim()) return null;
  const value = parseDateText(meta.published, { now });
  if (value) return { value, confidence, evidence, quote: meta.published };
  return { level: 'warning', origin: 'date:metadata-unparsed', text: `the given "published" value "${meta.published}" is not a date dossier can read` };
}
