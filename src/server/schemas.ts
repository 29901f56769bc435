import { z } from 'zod';

const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
/** A comma-separated list ("a,b") or a repeated parameter, as a string array. */
const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean));

export const pageQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const timelineQuery = pageQuery.extend({
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  from: date.optional(),
  to: date.optional(),
  /** Entity ids or names (a name matches any entity whose name or alias contains it). */
  entity: list.optional(),
  type: list.optional(),
  topic: list.optional(),
  /** Document ids or publisher/source names (substring). */
  source: list.optional(),
  planned: z.enum(['true', 'false']).optional(),
  /** Undated events too (default), not (`false`), or only them (`only`). */
  undated: z.enum(['true', 'false', 'only']).default('true'),
  /** Events matching a search query (the search language) in headline, sentence or names. */
  q: z.string().trim().min(1).max(500).optional(),
  /** Keep the N most reported events (independent sources, then weight), still in date order. */
  top: z.coerce.number().int().min(1).max(5000).optional(),
  dates: z.coerce.number().int().min(1).optional(),
  perDate: z.coerce.number().int().min(1).optional(),
});

/** An entity page: a page of its events and of its documents (most entities have fewer than the default). */
export const entityQuery = pageQuery.extend({
  limit: z.coerce.number().int().min(1).max(5000).default(100),
});

export const documentsQuery = pageQuery.extend({
  q: z.string().optional(),
  publisher: z.string().optional(),
  from: date.optional(),
  to: date.optional(),
});

export const entitiesQuery = pageQuery.extend({
  type: z.enum(['person', 'country', 'organization', 'place', 'other']).optional(),
  q: z.string().optional(),
});

export const quotesQuery = pageQuery.extend({
  speaker: z.string().optional(),
  document: z.string().optional(),
  q: z.string().optional(),
});

export const claimsQuery = pageQuery.extend({
  subject: z.string().optional(),
  claimant: z.string().optional(),
  document: z.string().optional(),
});

export const searchQuery = pageQuery.extend({
  q: z.string().trim().min(1, 'q (the words to find) is required').max(500),
  kind: list.pipe(z.array(z.enum(['document', 'event', 'quote', 'entity']))).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});

export const relationshipQuery = z.object({
  /** Entity ids or names (the most mentioned entity whose name or alias contains it). */
  a: z.string().trim().min(1, 'a (the first entity, an id or a name) is required'),
  b: z.string().trim().min(1, 'b (the second entity, an id or a name) is required'),
});

export const ingestBody = z
  .object({
    urls: z.array(z.url({ protocol: /^https?$/ })).max(200).default([]),
    feed: z.url({ protocol: /^https?$/ }).optional(),
  })
  .refine((b) => b.urls.length > 0 || b.feed, 'give urls (an array of http(s) URLs) or feed (a feed URL)');
