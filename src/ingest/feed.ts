import { parseFeed } from 'feedsmith';
import { DossierError } from '../core/errors.js';

/** One feed item, as the fields dossier uses. */
export interface FeedItem {
  title: string | null;
  url: string | null;
  published: string | null;
  /** Full content when the feed carries it (content:encoded, Atom content). */
  content: string | null;
  summary: string | null;
  author: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

/** Item content of this many words (a few paragraphs) counts as the article, not a teaser. */
export const FULL_CONTENT_WORDS = 60;

/**
 * A document type declaration with an internal subset that declares entities, before the root
 * element. Billion-laughs (entities nesting entities) and external entities (SYSTEM
 * "file:///...") both need one; no real feed does.
 */
const DECLARES_ENTITIES = /<!DOCTYPE[^>[]*\[[\s\S]*?<!ENTITY/i;

/** The text before the root element: the XML declaration, comments and any DOCTYPE. */
function prolog(text: string): string {
  const root = /<(?![?!])/.exec(text);
  return text.slice(0, root ? root.index : Math.min(text.length, 1 << 20));
}

/** RSS 2.0, RSS 0.9x, RDF, Atom and JSON Feed, through feedsmith. Entity declarations are refused. */
export function readFeed(text: string, source: string): ParsedFeed {
  if (DECLARES_ENTITIES.test(prolog(text))) {
    throw new DossierError(
      'E_FEED_INVALID',
      'declares XML entities (<!ENTITY> in a DOCTYPE); dossier refuses them, since entity expansion ("billion laughs") and external entities (local files) are attacks, and no ordinary feed needs one',
      { input: source },
    );
  }
  let parsed;
  try {
    parsed = parseFeed(text);
  } catch (e) {
    throw new DossierError('E_FEED_INVALID', `is not a feed dossier can read (${(e as Error).message})`, { input: source, cause: e });
  }
  const { format, feed } = parsed as { format: string; feed: Record<string, unknown> };
  const str = (v: unknown): string | null => {
    if (typeof v === 'string') return v.trim() || null;
    if (v && typeof v === 'object' && 'value' in v) return str((v as { value: unknown }).value);
    return null;
  };
  if (format === 'atom') {
    const entries = (feed.entries as Record<string, unknown>[] | undefined) ?? [];
    return {
      title: str(feed.title),
      items: entries.map((e) => {
        const links = (e.links as { href?: string; rel?: string }[] | undefined) ?? [];
        const link = links.find((l) => !l.rel || l.rel === 'alternate')?.href ?? links[0]?.href ?? null;
        const authors = (e.authors as { name?: string }[] | undefined) ?? [];
        return {
          title: str(e.title),
          url: link,
          published: str(e.published) ?? str(e.updated),
          content: str(e.content),
          summary: str(e.summary),
          author: authors[0]?.name ?? null,
        };
      }),
    };
  }
  if (format === 'json') {
    const items = (feed.items as Record<string, unknown>[] | undefined) ?? [];
    return {
      title: str(feed.title),
      items: items.map((i) => ({
        title: str(i.title),
        url: str(i.url) ?? str(i.external_url),
        published: str(i.date_published) ?? str(i.datePublished),
        content: str(i.content_html) ?? str(i.contentHtml) ?? str(i.content_text) ?? str(i.contentText),
        summary: str(i.summary),
        author: null,
      })),
    };
  }
  const items = (feed.items as Record<string, unknown>[] | undefined) ?? [];
  return {
    title: str(feed.title),
    items: items.map((i) => {
      const dc = i.dc as { creator?: string; creators?: string[]; date?: string; dates?: string[] } | undefined;
      return {
        title: str(i.title),
        url: str(i.link) ?? (i.guid && typeof i.guid === 'object' ? str((i.guid as { value?: string }).value) : str(i.guid)),
        published: str(i.pubDate) ?? str(dc?.date) ?? str(dc?.dates?.[0]),
        content: str((i.content as { encoded?: string } | undefined)?.encoded),
        summary: str(i.description),
        author: str(i.author) ?? str(dc?.creator) ?? str(dc?.creators?.[0]),
      };
    }),
  };
}

/** True when an item's own content is the article rather than a teaser. */
export function hasFullContent(item: FeedItem): boolean {
  const words = (item.content ?? '').replace(/<[^>]+>/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= FULL_CONTENT_WORDS;
}
