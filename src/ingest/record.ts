import { z } from 'zod';
import { DossierError } from '../core/errors.js';

/** Content type of a stored JSON record; its bytes are the record's JSON verbatim. */
export const RECORD_TYPE = 'application/x-dossier-record';

const optionalString = z.union([z.string(), z.number()]).nullish().transform((v) => (v == null ? undefined : String(v)));

export const RecordSchema = z
  .object({
    text: z.string().nullish(),
    html: z.string().nullish(),
    title: optionalString,
    published: optionalString,
    url: optionalString,
    source: optionalString,
    id: optionalString,
  })
  .passthrough();

/** The fields dossier reads from a record; any other field is the record's own metadata. */
export const RECORD_FIELDS = ['text', 'html', 'title', 'published', 'url', 'source', 'id'] as const;

/** A record's own id (as a string) and its fields dossier does not read, kept raw. */
export function recordIdentity(meta: Record<string, unknown>): { externalId: string | null; metadata: Record<string, unknown> } {
  const metadata: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(meta)) if (!(RECORD_FIELDS as readonly string[]).includes(k)) metadata[k] = v;
  return { externalId: typeof meta.id === 'string' ? meta.id : null, metadata };
}

export interface ParsedRecord {
  text: string | null;
  html: string | null;
  url: string | null;
  /** Everything but the text/html body: title, published, url, source, id and other fields. */
  meta: Record<string, unknown>;
}

/** Parse and check one record; a DossierError names the record and what is wrong. */
export function parseRecord(json: string, where: string): ParsedRecord | DossierError {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return new DossierError('E_INPUT_JSON', `is not valid JSON: ${(e as Error).message}`, { input: where });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return new DossierError('E_INPUT_JSON', 'is not a JSON object with a "text" or "html" field', { input: where });
  }
  const result = RecordSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return new DossierError('E_INPUT_JSON', `has a bad field "${issue?.path.join('.')}": ${issue?.message}`, { input: where });
  }
  const { text, html, ...rest } = result.data;
  const body = (text ?? '').trim() ? text! : null;
  const markup = (html ?? '').trim() ? html! : null;
  if (!body && !markup) {
    return new DossierError('E_INPUT_NO_TEXT', 'has no "text" or "html" field with content', { input: where });
  }
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) meta[k] = v;
  return { text: body, html: markup, url: typeof rest.url === 'string' ? rest.url : null, meta };
}
