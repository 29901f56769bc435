/**
 * The web app end to end in real Chromium: ingest the example corpus (examples/, the five
 * seed articles) through the upload form, open the timeline, follow an event to its sources,
 * open an entity, search. Facts asserted were checked by hand against the articles:
 * Kakar met Putin in Beijing on Tuesday 17 October 2023 (seeds 000 and 001 both report it),
 * and "Belt and Road Forum" appears in both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { SqliteStore } from '../../src/store/sqlite.js';

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '..', '..');
const webDir = join(root, 'web', 'dist');
const examples = join(root, 'examples');

let playwright: typeof import('playwright-core') | null = null;
try {
  playwright = await import('playwright-core');
} catch {
  playwright = null;
}
const skip = !existsSync(CHROMIUM) ? `${CHROMIUM} not found` : !playwright ? 'playwright-core not installed' : null;
if (skip) console.log(`skipped: browser tests (${skip}; apt-get install chromium)`);

describe.skipIf(skip !== null)('web app in Chromium', () => {
  let server: RunningServer;
  let store: SqliteStore;
  let context: import('playwright-core').BrowserContext;
  let page: import('playwright-core').Page;
  const dirs: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(webDir, 'index.html'))) execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'ignore' });
    const tmp = mkdtempSync(join(tmpdir(), 'dossier-browser-'));
    dirs.push(tmp);
    store = new SqliteStore(join(tmp, 'e2e.db'));
    server = await listen({ store, port: 0, host: '127.0.0.1', webDir });
    const profile = mkdtempSync(join(tmpdir(), 'dossier-chromium-'));
    dirs.push(profile);
    context = await playwright!.chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(20_000);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('ingests the example corpus from the browser, with progress; an open timeline updates itself', async () => {
    const watcher = await context.newPage();
    await watcher.goto(server.url);
    await watcher.locator('#event-list', { hasText: 'No events match' }).waitFor();
    await page.goto(`${server.url}#/ingest`);
    const files = readdirSync(examples).filter((f) => f.endsWith('.txt')).map((f) => join(examples, f));
    expect(files).toHaveLength(5);
    await page.setInputFiles('input[name=files]', files);
    await page.click('#ingest-form button[type=submit]');
    await page.locator('#ingest-progress .job-done').waitFor({ timeout: 150_000 });
    const text = await page.locator('#ingest-progress').innerText();
    expect(text).toContain('Added 6 document(s) from 5 input(s)');
    expect(text.match(/added: /g)).toHaveLength(5);
    // The page polls the corpus version and says new data arrived, without a reload.
    await page.locator('#notice').getByText('New data').waitFor();
    // The timeline opened before the ingest shows the new events without a reload.
    await watcher.locator('#event-list li[data-event]').first().waitFor({ timeout: 15_000 });
    expect(await watcher.locator('#event-list li[data-event]').count()).toBeGreaterThan(5);
    await watcher.close();
  }, 180_000);

  it('shows the timeline and follows the Putin–Kakar meeting to its sources', async () => {
    await page.goto(`${server.url}#/?entity=Putin`);
    await page.locator('#timeline-chart .vis-item').first().waitFor();
    const row = page.locator('#event-list li', { hasText: '2023-10-17' }).filter({ hasText: 'Putin' }).first();
    expect(await row.innerText()).toMatch(/2023-10-17 · day/);
    expect(await row.innerText()).toMatch(/[2-9] sources/);
    await row.locator('a').click();
    await page.locator('.source-card').first().waitFor();
    expect(await page.locator('.source-card').count()).toBeGreaterThanOrEqual(2);
    const cited = await page.locator('.source-card mark.cited').allInnerTexts();
    expect(cited.some((c) => c.includes('Putin') && c.includes('Kakar'))).toBe(true);
    expect(await page.locator('.facts').innerText()).toContain('Beijing');
  });

  it('opens an entity with its events and the graph of who appears with it', async () => {
    await page.locator('.facts a', { hasText: 'Vladimir Putin' }).first().click();
    await page.locator('h1', { hasText: 'Vladimir Putin' }).waitFor();
    await page.locator('#entity-graph canvas').first().waitFor();
    expect(await page.locator('.cooccur').innerText()).toContain('Kakar');
    expect(await page.locator('.event-list').innerText()).toContain('2023-10-17');
  });

  it('searches documents, quotes and entities with highlighted snippets', async () => {
    await page.fill('#search-input', 'Belt and Road');
    await page.press('#search-input', 'Enter');
    await page.locator('#search-results li').first().waitFor();
    const docs = page.locator('#search-results li.result-document');
    expect(await docs.count()).toBeGreaterThanOrEqual(2);
    const marked = (await docs.first().locator('mark').allInnerTexts()).map((m) => m.toLowerCase());
    expect(marked).toContain('belt');
    expect(marked.every((m) => ['belt', 'and', 'road'].includes(m))).toBe(true);
    await docs.first().locator('a').click();
    await page.locator('.reader-text').waitFor();
    expect(await page.locator('.reader-text .hl-entity').count()).toBeGreaterThan(0);
  });
});
