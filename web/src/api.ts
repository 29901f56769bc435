import type {
  EntityDetail,
  EntityListItem,
  EventDetail,
  DocumentListItem,
  Page,
  SearchResult,
  TimelineItem,
  Annotation,
  EvidencePart,
  Relationship,
  Stats,
  Facets,
} from '../../src/server/types.js';

export type { EntityDetail, EntityListItem, EventDetail, DocumentListItem, Page, SearchResult, TimelineItem, Annotation, EvidencePart, Relationship, Stats, Facets };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  // Same-origin only: the browser then sends Origin and Sec-Fetch-Site: same-origin, which the
  // server's write check requires (docs/api.md, Security). Never a cross-origin request.
  return answer<T>(fetch(`/api${path}`, { mode: 'same-origin', credentials: 'same-origin', ...init }));
}

/** The JSON of a response, or an ApiError with the server's message. */
export async function answer<T>(response: Promise<Response>): Promise<T> {
  const res = await response;
  const body = (await res.json().catch(() => null)) as { error?: { message: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export interface DocumentDetail {
  id: string;
  externalId: string | null;
  metadata: Record<string, unknown>;
  source: string;
  url: string | null;
  title: string | null;
  /** The title as shown (first words or outlet and date when the document has none). */
  label: string;
  publisher: string | null;
  byline: string | null;
  language: string | null;
  published: { value: string | null; confidence: number; evidence: string };
  publishedParts: EvidencePart[];
  captured: string | null;
  text: string;
  duplicateOf: string | null;
  annotations: Annotation[];
  events: TimelineItem[];
  entities: { id: string; name: string; type: string }[];
}

export interface IngestJob {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  progress: { source: string; outcome: string }[];
  result: { inputs: number; documents: number; skipped: number; failed: { input: string; code: string; message: string }[] } | null;
  error: string | null;
  version: number | null;
}

export const qs = (params: Record<string, string | undefined>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** Requests index.html starts before the app's script loads (the unfiltered timeline's first screen); each is taken once. */
export function takeEarly(name: 'facets' | 'timeline'): Promise<Response> | null {
  const early = (window as unknown as { __dossierEarly?: Record<string, Promise<Response> | undefined> }).__dossierEarly;
  const r = early?.[name] ?? null;
  if (early) delete early[name];
  return r;
}
