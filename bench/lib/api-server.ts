/**
 * bench:api's server, in its own process so that its memory is its own:
 *
 *   tsx bench/lib/api-server.ts store  <db>   the real server (read tables), as `dossier serve` runs it
 *   tsx bench/lib/api-server.ts memory <db>   the in-memory corpus of before (api-memory-baseline.ts)
 *
 * Prints one JSON line {port, rssMB, heapMB, startMs} once it listens on 127.0.0.1, then
 * serves until killed. The memory mode answers the endpoints the bench measures
 * (timeline, events/:id, entities/:id, documents, documents/:id, search) as the old server did.
 */
import { createServer } from 'node:http';
import { listen } from '../../src/server/listen.js';
import { paginate, parseWith } from '../../src/server/http.js';
import { documentsQuery, searchQuery, timelineQuery } from '../../src/server/schemas.js';
import { openStore } from '../../src/store/open.js';
import { CorpusState, documentDetail, entityDetail, eventDetail, search, timeline } from './api-memory-baseline.js';

const [mode, db] = process.argv.slice(2);
if ((mode !== 'store' && mode !== 'memory') || !db) {
  console.error('usage: api-server.ts store|memory <db>');
  process.exit(2);
}

const store = await openStore(db, { mustExist: true });
const t = performance.now();
let port: number;
if (mode === 'store') {
  const server = await listen({ store, port: 0, host: '127.0.0.1' });
  port = Number(new URL(server.url).port);
} else {
  const state = new CorpusState(store);
  await state.reload();
  const http = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const q = Object.fromEntries(url.searchParams);
      const p = url.pathname;
      let body: unknown;
      let m: RegExpMatchArray | null;
      if (p === '/api/timeline') {
        const tq = parseWith(timelineQuery, q, 'query');
        body = paginate(timeline(state, tq), tq.offset, tq.limit);
      } else if ((m = p.match(/^\/api\/events\/(.+)$/))) body = await eventDetail(state, decodeURIComponent(m[1]!));
      else if ((m = p.match(/^\/api\/entities\/(.+)$/))) body = entityDetail(state, decodeURIComponent(m[1]!));
      else if ((m = p.match(/^\/api\/documents\/(.+)$/))) body = await documentDetail(state, decodeURIComponent(m[1]!));
      else if (p === '/api/documents') {
        const dq = parseWith(documentsQuery, q, 'query');
        body = paginate(state.documents, dq.offset, dq.limit);
      } else if (p === '/api/search') {
        const sq = parseWith(searchQuery, q, 'query');
        const r = await search(state, sq.q, sq.kind ?? [], sq.offset, sq.limit);
        body = { total: r.total, counts: r.counts, offset: sq.offset, limit: sq.limit, items: r.items };
      } else throw new Error(`not measured: ${p}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    })().catch((e: unknown) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  port = (http.address() as { port: number }).port;
}
const startMs = performance.now() - t;
// Settle what start-up allocated, so the figure is what the server holds, not its garbage.
(globalThis as { gc?: () => void }).gc?.();
await new Promise((r) => setTimeout(r, 200));
const mem = process.memoryUsage();
console.log(JSON.stringify({ port, rssMB: mem.rss / 2 ** 20, heapMB: mem.heapUsed / 2 ** 20, startMs }));
