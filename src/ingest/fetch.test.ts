import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanInput } from '../clean/clean.js';
import { DossierError } from '../core/errors.js';
import type { RawInput } from '../core/types.js';
import { HttpFetcher } from './fetch.js';
import { readInputs, type ReadItem } from './read.js';
import { RECORD_TYPE } from './record.js';

const body = (title: string, para: string): string =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>${para
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article><footer>© Example News</footer></body></html>`;

const story =
  'Russian Foreign Minister Sergey Lavrov held talks with his Pakistani counterpart Shah Mehmood Qureshi in Islamabad on Wednesday, the first visit by a Russian foreign minister in nine years.\n' +
  'The two ministers agreed to increase the frequency of joint military drills and maritime exercises, and discussed a gas pipeline linking Karachi and Lahore.\n' +
  'Lavrov said Russia was ready to supply Pakistan with special military equipment to strengthen its counter-terrorism potential.';

let server: Server;
let base: string;
const seenAgents: string[] = [];

function route(req: IncomingMessage, res: ServerResponse): void {
  seenAgents.push(String(req.headers['user-agent']));
  const url = req.url ?? '/';
  if (url === '/page') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body('Lavrov in Islamabad', story));
  } else if (url === '/latin1') {
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
    res.end(Buffer.from(body('Caf\xe9 talks', 'The caf\xe9 near the ministry served as the venue for informal talks between the two delegations on Wednesday.\n' + story), 'latin1'));
  } else if (url === '/missing') {
    res.writeHead(404);
    res.end('not here');
  } else if (url === '/broken') {
    res.writeHead(500);
    res.end('oops');
  } else if (url === '/slow') {
    setTimeout(() => res.end('late'), 3000);
  } else if (url.startsWith('/hop/')) {
    const n = Number(url.slice(5));
    res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' });
    res.end();
  } else if (url === '/huge') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<p>' + 'x'.repeat(200_000) + '</p>');
  } else if (url === '/feed.xml') {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example News</title>
      <item><title>Full item</title><link>${base}/full</link><pubDate>Wed, 07 Apr 2021 10:00:00 GMT</pubDate>
        <content:encoded><![CDATA[${story.split('\n').map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>
      <item><title>Teaser item</title><link>${base}/page</link><pubDate>Thu, 08 Apr 2021 09:00:00 GMT</pubDate><description>Lavrov visits.</description></item>
      <item><title>Dead link</title><link>${base}/missing</link><description>Gone.</description></item>
    </channel></rss>`);
  } else if (url === '/notxml.rss') {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end('this is not xml at all');
  } else {
    res.writeHead(404);
    res.end();
  }
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const fetcher = (o = {}) => new HttpFetcher({ perHostIntervalMs: 0, timeoutMs: 1000, maxBytes: 100_000, maxRedirects: 3, allowPrivate: true, ...o });

async function read(spec: string, f = fetcher()): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs([spec], { fetcher: f })) out.push(item);
  return out;
}

const only = <T>(items: ReadItem[], kind: 'error' | 'input'): T[] =>
  items.filter((i) => (i instanceof DossierError) === (kind === 'error')) as T[];

describe('fetching URLs', () => {
  it('fetches a page, names itself, and cleans it', async () => {
    const [raw] = only<RawInput>(await read(`${base}/page`), 'input');
    expect(raw!.contentType).toBe('text/html');
    expect(raw!.meta.url).toBe(`${base}/page`);
    expect(seenAgents.at(-1)).toMatch(/^dossier\//);
    const [article] = cleanInput(raw!);
    expect(article!.title).toBe('Lavrov in Islamabad');
    expect(article!.text).toContain('held talks with his Pakistani counterpart');
    expect(article!.text).not.toContain('Home');
  });

  it('decodes the charset the server names', async () => {
    const [raw] = only<RawInput>(await read(`${base}/latin1`), 'input');
    expect(cleanInput(raw!)[0]!.text).toContain('The café near the ministry');
  });

  it('follows redirects up to the limit and no further', async () => {
    const [ok] = only<RawInput>(await read(`${base}/hop/2`), 'input');
    expect(ok!.meta.url).toBe(`${base}/page`);
    const [err] = only<DossierError>(await read(`${base}/hop/5`), 'error');
    expect(err!.message).toMatch(/redirected more than 3 times/);
  });

  it('gives one clear error for 404, 500, a timeout and a page over the size limit', async () => {
    const codes = [];
    for (const path of ['/missing', '/broken', '/slow', '/huge']) {
      const [err] = only<DossierError>(await read(`${base}${path}`), 'error');
      codes.push([path, err!.code, err!.input === `${base}${path}`]);
    }
    expect(codes).toEqual([
      ['/missing', 'E_FETCH_STATUS', true],
      ['/broken', 'E_FETCH_STATUS', true],
      ['/slow', 'E_FETCH_TIMEOUT', true],
      ['/huge', 'E_INPUT_TOO_LARGE', true],
    ]);
  });

  it('reports an unreachable host as a failed fetch', async () => {
    const [err] = only<DossierError>(await read('http://127.0.0.1:1/nothing'), 'error');
    expect(err!.code).toBe('E_FETCH_FAILED');
  });
});

describe('feeds', () => {
  it('turns items into articles: full content as is, teasers by fetching the linked page, dead links as errors', async () => {
    const items = await read(`${base}/feed.xml`);
    const inputs = only<RawInput>(items, 'input');
    expect(inputs.map((i) => [i.source, i.contentType])).toEqual([
      [`${base}/full`, RECORD_TYPE],
      [`${base}/page`, 'text/html'],
    ]);
    const errors = only<DossierError>(items, 'error');
    expect(errors.map((e) => [e.input, e.code])).toEqual([[`${base}/missing`, 'E_FETCH_STATUS']]);
    const [full] = cleanInput(inputs[0]!);
    expect(full!.title).toBe('Full item');
    expect(full!.published).toMatchObject({ value: '2021-04-07', evidence: 'feed:published' });
    expect(full!.text).toContain('Lavrov said Russia was ready to supply Pakistan');
    const [page] = cleanInput(inputs[1]!);
    expect(page!.published).toMatchObject({ value: '2021-04-08', evidence: 'feed:published' });
  });

  it('says so when a feed is not XML', async () => {
    const [err] = only<DossierError>(await read(`${base}/notxml.rss`), 'error');
    expect(err!.code).toBe('E_FEED_INVALID');
  });
});
