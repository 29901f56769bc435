import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { allowedHostNames, hostCheck, noCors, writeGuard } from './guard.js';
import { HttpError, notFound, onError, paginate, parseQuery, parseWith } from './http.js';
import { bodyLimits } from './limits.js';
import { defaultRunner, IngestQueue, type UploadedFile } from './ingest-jobs.js';
import { isDossierError } from '../core/errors.js';
import { ploverName } from './headline.js';
import { documentDetail, entityDetail, eventDetail, relationship, search, timeline } from './queries.js';
import { claimsQuery, documentsQuery, entitiesQuery, entityQuery, ingestBody, pageQuery, quotesQuery, relationshipQuery, searchQuery, timelineQuery } from './schemas.js';
import { CorpusState } from './state.js';
import { staticResponse } from './static.js';
import type { Facets, ServerOptions, Stats } from './types.js';

export interface DossierApp {
  app: Hono;
  /** Host names (lower case, IPv6 in brackets) the app answers to; add to it to allow more. */
  hosts: Set<string>;
  state: CorpusState;
  ingest: IngestQueue;
}

/**
 * The HTTP app: JSON API under /api, the built web app elsewhere. Every answer is read from
 * the store's corpus read tables; `state.reload()` after the corpus changes.
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
  app.get('/api/stats', async (c) => {
    const s = await state.corpusStats();
    return c.json({
      version: state.version,
      documents: s.documents,
      entities: s.entities,
      events: s.events,
      timeline: s.timeline,
      /** Timeline events no source dates (listed last, drawn at their report's date). */
      undated: s.undated,
      quotes: s.quotes,
      claims: s.claims,
      discrepancies: s.discrepancies,
      writeNeedsToken: token !== null,
    } satisfies Stats);
  });

  /** The values the timeline filters can take, with counts (computed once per corpus version). */
  app.get('/api/facets', async (c) => {
    const f = await state.facets();
    return c.json({ ...f, types: f.types.map((x) => ({ ...x, name: ploverName(x.value) })) } satisfies Facets);
  });

  app.get('/api/timeline', async (c) => c.json(await timeline(state, parseQuery(c, timelineQuery))));
  app.get('/api/events', async (c) => c.json(await timeline(state, parseQuery(c, timelineQuery))));
  app.get('/api/events/:id', async (c) => c.json(await eventDetail(state, c.req.param('id'))));

  app.get('/api/documents', async (c) => c.json(await state.store.documentPage(parseQuery(c, documentsQuery))));
  app.get('/api/documents/:id', async (c) => c.json(await documentDetail(state, c.req.param('id'))));
  app.get('/api/documents/:id/raw', async (c) => {
    const a = await state.store.getArticle(c.req.param('id'));
    if (!a) throw notFound('document', c.req.param('id'));
    const raw = await state.store.getRaw(a.rawHash);
    if (!raw) throw notFound('raw input of document', a.id);
    return c.body(raw.bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'text/plain; charset=utf-8', 'content-disposition': 'inline' });
  });

  app.get('/api/entities', async (c) => c.json(await state.store.entityList(parseQuery(c, entitiesQuery))));
  app.get('/api/entities/:id', async (c) => c.json(await entityDetail(state, c.req.param('id'), parseQuery(c, entityQuery))));

  app.get('/api/relationship', async (c) => {
    const q = parseQuery(c, relationshipQuery);
    return c.json(await relationship(state, q.a, q.b));
  });

  app.get('/api/quotes', async (c) => c.json(await state.store.quotePage(parseQuery(c, quotesQuery))));
  app.get('/api/claims', async (c) => c.json(await state.store.claimPage(parseQuery(c, claimsQuery))));
  app.get('/api/discrepancies', async (c) => c.json(await state.store.discrepancyPage(parseQuery(c, pageQuery))));

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

/** Build the app (the corpus stays in the store; nothing is loaded up front). */
export async function createDossierApp(options: ServerOptions): Promise<DossierApp> {
  const d = createApp(options);
  await d.state.reload();
  return d;
}
