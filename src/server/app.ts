import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { allowedHostNames, hostCheck, noCors, writeGuard } from './guard.js';
import { HttpError, notFound, onError, paginate, parseQuery, parseWith } from './http.js';
import { bodyLimits } from './limits.js';
import { defaultRunner, IngestQueue, type UploadedFile } from './ingest-jobs.js';
import { isDossierError } from '../core/errors.js';
import { ploverName } from './headline.js';
import { documentDetail, entityDetail, eventDetail, latestRole, relationship, resolveEntities, search, timeline } from './queries.js';
import { claimsQuery, documentsQuery, entitiesQuery, ingestBody, pageQuery, quotesQuery, relationshipQuery, searchQuery, timelineQuery } from './schemas.js';
import { CorpusState } from './state.js';
import { staticResponse } from './static.js';
import type { EntityListItem, ServerOptions } from './types.js';

export interface DossierApp {
  app: Hono;
  /** Host names (lower case, IPv6 in brackets) the app answers to; add to it to allow more. */
  hosts: Set<string>;
  state: CorpusState;
  ingest: IngestQueue;
}

/**
 * The HTTP app: JSON API under /api, the built web app elsewhere. Call `state.reload()` (or
 * `createDossierApp`, which does) before serving.
 */
export function createApp(options: ServerOptions, state = new CorpusState(options.store)): DossierApp {
  const app = new Hono();
  const queue = new IngestQueue(options.runIngest ?? defaultRunner(options.store, { allowPrivateUrls: options.allowPrivateUrls ?? false }), async () => {
    await state.reload();
    return state.version;
  });
  const token = options.token ?? null;
  const hosts = allowedHostNames(options.host, options.allowedHosts);

  // One error mapping (src/server/http.ts): coded errors keep their status, others are a bare 500.
  app.onError(onError);

  // Before anything else: no CORS grants, the Host must name this server, writes must be ours.
  app.use('*', noCors);
  app.use('*', hostCheck(hosts, options.host));
  app.use('/api/*', writeGuard(token));
  app.use('/api/*', bodyLimits());
  // JSON answers gzip-compressed when the client accepts it (a 5,000-event timeline is MBs of JSON).
  app.use('/api/*', compress());

  app.get('/api/health', (c) => c.json({ ok: true }));
  app.get('/api/stats', (c) =>
    c.json({
      version: state.version,
      documents: state.documents.length,
      entities: state.corpus.entities.length,
      events: state.corpus.events.length,
      timeline: state.timeline.length,
      /** Timeline events no source dates (listed last, drawn at their report's date). */
      undated: state.timeline.filter((t) => t.date === null).length,
      quotes: state.corpus.quotes.length,
      claims: state.corpus.claims.length,
      discrepancies: state.corpus.discrepancies.length,
      writeNeedsToken: token !== null,
    }),
  );

  /** The values the timeline filters can take, with counts. */
  // Facets are counts over the whole corpus: computed once per corpus version (180 ms at 100k documents).
  let facets: { version: number; body: unknown } | null = null;
  app.get('/api/facets', (c) => {
    if (facets?.version === state.version) return c.json(facets.body);
    const count = (values: string[]): { value: string; count: number }[] => {
      const m = new Map<string, number>();
      for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
      return [...m.entries()].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    };
    const body = {
      types: count(state.timeline.map((t) => t.type)).map((x) => ({ ...x, name: ploverName(x.value) })),
      topics: count(state.timeline.flatMap((t) => t.topics)),
      publishers: count(state.documents.map((d) => d.publisher ?? '').filter(Boolean)),
      entities: count(state.timeline.flatMap((t) => t.participants.map((p) => p.id)))
        .slice(0, 200)
        .map((x) => ({ ...x, name: state.entitiesById.get(x.value)?.name ?? x.value })),
    };
    facets = { version: state.version, body };
    return c.json(body);
  });

  app.get('/api/timeline', (c) => {
    const q = parseQuery(c, timelineQuery);
    return c.json(paginate(timeline(state, q), q.offset, q.limit));
  });
  app.get('/api/events', (c) => {
    const q = parseQuery(c, timelineQuery);
    return c.json(paginate(timeline(state, q), q.offset, q.limit));
  });
  app.get('/api/events/:id', async (c) => c.json(await eventDetail(state, c.req.param('id'))));

  app.get('/api/documents', async (c) => {
    const q = parseQuery(c, documentsQuery);
    let docs = state.documents;
    if (q.q) {
      const s = q.q.toLowerCase();
      docs = docs.filter((d) => (d.title ?? '').toLowerCase().includes(s) || d.source.toLowerCase().includes(s));
    }
    if (q.publisher) docs = docs.filter((d) => (d.publisher ?? '').toLowerCase().includes(q.publisher!.toLowerCase()));
    if (q.from) docs = docs.filter((d) => d.published !== null && d.published >= q.from!);
    if (q.to) docs = docs.filter((d) => d.published !== null && d.published.slice(0, q.to!.length) <= q.to!);
    return c.json(paginate(docs, q.offset, q.limit));
  });
  app.get('/api/documents/:id', async (c) => c.json(await documentDetail(state, c.req.param('id'))));
  app.get('/api/documents/:id/raw', async (c) => {
    const a = await state.store.getArticle(c.req.param('id'));
    if (!a) throw notFound('document', c.req.param('id'));
    const raw = await state.store.getRaw(a.rawHash);
    if (!raw) throw notFound('raw input of document', a.id);
    return c.body(raw.bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'text/plain; charset=utf-8', 'content-disposition': 'inline' });
  });

  app.get('/api/entities', (c) => {
    const q = parseQuery(c, entitiesQuery);
    let list = state.corpus.entities;
    if (q.type) list = list.filter((e) => e.type === q.type);
    if (q.q) {
      const ids = resolveEntities(state, [q.q]);
      list = list.filter((e) => ids.has(e.id));
    }
    const items: EntityListItem[] = [...list]
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
      .map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, country: e.country, role: latestRole(state, e), mentions: e.mentions, documents: e.documents.length }));
    return c.json(paginate(items, q.offset, q.limit));
  });
  app.get('/api/entities/:id', (c) => c.json(entityDetail(state, c.req.param('id'))));

  app.get('/api/relationship', (c) => {
    const q = parseQuery(c, relationshipQuery);
    return c.json(relationship(state, q.a, q.b));
  });

  app.get('/api/quotes', (c) => {
    const q = parseQuery(c, quotesQuery);
    let list = state.corpus.quotes;
    if (q.speaker) {
      const ids = resolveEntities(state, [q.speaker]);
      list = list.filter((x) => x.speaker !== null && ids.has(x.speaker));
    }
    if (q.document) list = list.filter((x) => x.documentId === q.document);
    if (q.q) list = list.filter((x) => x.text.toLowerCase().includes(q.q!.toLowerCase()));
    const named = list.map((x) => ({ ...x, speakerName: x.speaker ? (state.entitiesById.get(x.speaker)?.name ?? x.speaker) : null }));
    return c.json(paginate(named, q.offset, q.limit));
  });

  app.get('/api/claims', (c) => {
    const q = parseQuery(c, claimsQuery);
    let list = state.corpus.claims;
    if (q.subject) list = list.filter((x) => (x.subject ?? '').toLowerCase().includes(q.subject!.toLowerCase()));
    if (q.claimant) {
      const ids = resolveEntities(state, [q.claimant]);
      list = list.filter((x) => x.claimant !== null && ids.has(x.claimant));
    }
    if (q.document) list = list.filter((x) => x.documentId === q.document);
    return c.json(paginate(list, q.offset, q.limit));
  });

  app.get('/api/discrepancies', (c) => {
    const q = parseQuery(c, pageQuery);
    return c.json(paginate(state.corpus.discrepancies, q.offset, q.limit));
  });

  app.get('/api/search', async (c) => {
    const q = parseQuery(c, searchQuery);
    let r: Awaited<ReturnType<typeof search>>;
    try {
      r = await search(state, q.q, q.kind ?? [], q.offset, q.limit);
    } catch (e) {
      // A query that does not parse is the user's to fix: 400 with what is wrong, never a 500.
      if (isDossierError(e) && e.code === 'E_USAGE') throw new HttpError(400, 'E_BAD_QUERY', e.message);
      throw e;
    }
    return c.json({ total: r.total, counts: r.counts, offset: q.offset, limit: q.limit, items: r.items });
  });

  app.post(
    '/api/ingest',
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      let urls: string[] = [];
      const files: UploadedFile[] = [];
      if (type.startsWith('multipart/form-data')) {
        const body = await c.req.parseBody({ all: true });
        const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
        for (const f of asList(body['files'] ?? body['file'])) {
          if (f instanceof File) files.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
        }
        const given = asList(body['urls']).flatMap((u) => (typeof u === 'string' ? u.split(/\s+/) : [])).filter(Boolean);
        const feed = typeof body['feed'] === 'string' && body['feed'].trim() ? body['feed'].trim() : undefined;
        if (given.length || feed) urls = collectUrls(parseWith(ingestBody, { urls: given, feed }, 'body'));
        if (!files.length && !urls.length) throw new HttpError(400, 'E_BAD_REQUEST', 'bad body: send files (field "files"), urls or feed');
      } else {
        let json: unknown;
        try {
          json = await c.req.json();
        } catch {
          throw new HttpError(400, 'E_BAD_REQUEST', 'bad body: expected JSON {"urls": [...], "feed": "..."} or multipart/form-data with files');
        }
        urls = collectUrls(parseWith(ingestBody, json, 'body'));
      }
      const job = queue.submit(urls, files);
      return c.json(job, 202);
    },
  );
  app.get('/api/ingest/:id', (c) => {
    const job = queue.get(c.req.param('id'));
    if (!job) throw notFound('ingest job', c.req.param('id'));
    return c.json(job);
  });

  app.all('/api/*', (c) => c.json({ error: { code: 'E_NOT_FOUND', message: `no endpoint ${c.req.method} ${c.req.path}; see docs/api.md` } }, 404));

  app.get('*', async (c) => {
    const file = options.webDir ? await staticResponse(options.webDir, c.req.path, { acceptEncoding: c.req.header('accept-encoding'), ifNoneMatch: c.req.header('if-none-match') }) : null;
    if (file?.status === 304) return c.body(null, 304, file.headers);
    if (file?.body) return c.body(file.body as Uint8Array<ArrayBuffer>, 200, file.headers);
    return c.text('The web app is not built. Run "npm run build:web", then restart "dossier serve". The JSON API is at /api (see docs/api.md).\n', 404);
  });

  return { app, hosts, state, ingest: queue };
}

function collectUrls(body: { urls: string[]; feed?: string | undefined }): string[] {
  return [...body.urls, ...(body.feed ? [body.feed] : [])];
}

/** Build the app and load the corpus into memory. */
export async function createDossierApp(options: ServerOptions): Promise<DossierApp> {
  const d = createApp(options);
  await d.state.reload();
  return d;
}
