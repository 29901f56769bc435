/**
 * Article content is hostile: a JSONL record whose title, text, url and source hold script
 * tags, event handlers, a javascript: link and an iframe is ingested through the real pipeline,
 * and the corpus gets an entity, an event and a quote that hold them too. Every page that
 * shows the article is opened in Chromium: no dialog opens, no request goes to the injected
 * `x` or to javascript:, no injected element or javascript: link is in the page, and the
 * hostile text is on screen as text (so the page did render it).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/app/ingest.js';
import { defaultPipeline } from '../../src/app/pipeline.js';
import type { Article } from '../../src/core/types.js';
import type { SqliteStore } from '../../src/store/sqlite.js';
import { skipReason, startHarness, type Harness } from './harness.js';

if (skipReason) console.log(`skipped: browser tests (${skipReason}; apt-get install chromium)`);

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';
const SVG = '<svg onload=alert(3)>';
const JS_URL = 'javascript:alert(4)';
const IFRAME = '"><iframe srcdoc="<script>alert(5)</script>">';

const TITLE = `Lowmere pier vote ${SCRIPT} ${IMG}`;
const QUOTED = `We will build it before winter ${SVG}`;
const TEXT = [
  `The harbour council of Lowmere voted on 12 May 2024 to build a new pier ${SCRIPT} after a long debate.`,
  `Councillor Mira Okonkwo ${IMG} told reporters that the result was close.`,
  `“${QUOTED},” Okonkwo said after the vote.`,
  `The minutes were posted at ${JS_URL} and signed by the clerk ${IFRAME} on Monday.`,
].join(' ');
const PERSON = `Mira Okonkwo ${SVG}`;
const GROUP = `Harbour Guild ${IFRAME}`;
const SUMMARY = `The council voted to build a pier ${SCRIPT}`;

describe.skipIf(skipReason !== null)('hostile article content never runs in a page', () => {
  let hx: Harness;
  let tmp: string;
  let doc: Article;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'dossier-hostile-web-'));
    const file = join(tmp, 'hostile.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'rec-1', title: TITLE, text: TEXT, url: JS_URL, source: IFRAME, published: '2024-05-13' })}\n`);
    hx = await startHarness(async (store: SqliteStore) => {
      const summary = await ingest([file], { store, pipeline: defaultPipeline(), now: new Date('2024-06-01T00:00:00Z') });
      expect(summary.failed).toEqual([]);
      expect(summary.documents).toBe(1);
      doc = (await store.getArticle((await first(store.articles())).id))!;
      const at = (s: string): { start: number; end: number } => {
        const start = doc.text.indexOf(s);
        if (start < 0) throw new Error(`"${s}" is not in the stored text`);
        return { start, end: start + s.length };
      };
      // The hostile names, quote and event the extraction would give if the text named them so.
      const c = await store.loadCorpus();
      const sentence = TEXT.slice(0, TEXT.indexOf('debate.') + 7);
      c.entities.push(
        { id: 'hostile-person', type: 'person', name: PERSON, aliases: [SVG], country: null, mentions: 2, documents: [doc.id], roles: [{ title: `councillor ${IMG}`, of: null, asOf: '2024-05-13', source: { documentId: doc.id, ...at('Councillor Mira Okonkwo') } }] },
        { id: 'hostile-group', type: 'organization', name: GROUP, aliases: [], country: null, mentions: 1, documents: [doc.id], roles: [] },
      );
      c.events.push({
        id: 'ev-hostile', type: 'CONSULT', kind: 'meet',
        date: { value: '2024-05-12', granularity: 'day', confidence: 0.9, evidence: 'timex', quote: `12 May 2024 ${SCRIPT}` },
        future: false, modality: 'asserted', participants: ['hostile-person', 'hostile-group'], location: null, topics: ['politics'],
        summary: SUMMARY, sources: [{ documentId: doc.id, ...at(sentence) }], documents: [doc.id], weight: 5,
      } as (typeof c.events)[number]);
      c.quotes.push({ speaker: 'hostile-person', text: QUOTED, documentId: doc.id, ...at(QUOTED), partial: false } as (typeof c.quotes)[number]);
      await store.saveCorpus(c);
    });
  }, 180_000);
  afterAll(async () => {
    await hx?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function first<T>(it: AsyncIterable<T>): Promise<T> {
    for await (const x of it) return x;
    throw new Error('empty');
  }

  const pages = (): { name: string; hash: string; marker: string; shows: string[] }[] => [
    { name: 'timeline', hash: '#/', marker: 'Okonkwo', shows: [PERSON, GROUP] },
    { name: 'event page', hash: '#/event/ev-hostile', marker: 'Okonkwo', shows: [PERSON, GROUP, SUMMARY, TITLE, SCRIPT] },
    { name: 'entity page', hash: '#/entity/hostile-person', marker: 'Okonkwo', shows: [PERSON, QUOTED, GROUP, TITLE] },
    { name: 'document reader', hash: `#/doc/${encodeURIComponent(doc.id)}`, marker: 'Lowmere', shows: [TITLE, SCRIPT, IMG, QUOTED, JS_URL, IFRAME] },
    { name: 'documents list', hash: '#/documents', marker: 'Lowmere', shows: [TITLE] },
    { name: 'search results', hash: '#/search?q=Lowmere', marker: 'Lowmere', shows: [TITLE] },
    { name: 'relationship view', hash: '#/relationship?a=hostile-person&b=hostile-group', marker: 'Okonkwo', shows: [PERSON, GROUP] },
  ];

  it('on every page that shows it: no dialog, no request to the injected targets, the text shown as text', async () => {
    const report: string[] = [];
    for (const p of pages()) {
      const { page, errors } = await hx.open(1280, 900);
      const dialogs: string[] = [];
      const requests: string[] = [];
      const frames: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('request', (r) => {
        const u = r.url();
        if (/^javascript:/i.test(u) || /\/x(\?|#|$)/.test(new URL(u, hx.server.url).pathname)) requests.push(u);
      });
      page.on('frameattached', (f) => frames.push(f.url()));
      await page.goto(`${hx.server.url}${p.hash}`);
      // A plain word of the article first (it is there whether or not the markup was parsed), then the hostile text as text.
      await page.waitForFunction((w) => document.getElementById('app')!.innerText.includes(w), p.marker, { timeout: 20_000 });
      const shown = await page.evaluate(() => document.getElementById('app')!.innerText);
      for (const s of p.shows) if (!shown.includes(s)) report.push(`${p.name}: "${s}" is not shown as text`);
      // Give injected handlers (onerror, onload, srcdoc scripts) time to fire.
      await page.waitForTimeout(300);
      const injected = await page.evaluate(() => {
        const app = document.getElementById('app')!;
        const bad: string[] = [];
        for (const el of app.querySelectorAll('script, iframe, img, svg[onload], [onerror], [onload], [srcdoc]')) bad.push(el.outerHTML.slice(0, 120));
        for (const el of document.querySelectorAll('[href], [src], [action], [formaction]')) {
          for (const name of ['href', 'src', 'action', 'formaction']) {
            const v = el.getAttribute(name);
            if (v !== null && /^\s*javascript:/i.test(v)) bad.push(`${el.tagName.toLowerCase()} ${name}="${v}"`);
          }
        }
        return bad;
      });
      for (const x of injected) report.push(`${p.name}: injected into the page: ${x}`);
      for (const d of dialogs) report.push(`${p.name}: a dialog opened: ${d}`);
      for (const r of requests) report.push(`${p.name}: requested ${r}`);
      for (const f of frames) report.push(`${p.name}: a frame was attached: ${f}`);
      for (const e of errors) report.push(`${p.name}: console error: ${e}`);
      await page.close();
    }
    expect(report).toEqual([]);
  }, 180_000);
});
