/**
 * What a reader sees, at desktop (1440x900) and phone (390x844) sizes, over the story store
 * (test/browser/story-store.ts): undated events shown and counted, headlines built from the
 * actors and never cut, readable document titles and date evidence, no horizontal overflow,
 * no console error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipReason, startHarness, type Harness } from './harness.js';
import { loadStoryStore } from './story-store.js';

if (skipReason) console.log(`skipped: browser tests (${skipReason}; apt-get install chromium)`);

const CALL = 'Vladimir Putin — phone call — Anwaar-ul-Haq Kakar';
const AGREE = 'Russia — agreement — Pakistan in Moscow';

describe.skipIf(skipReason !== null)('the story at a glance', () => {
  let hx: Harness;
  beforeAll(async () => {
    hx = await startHarness(loadStoryStore);
  }, 120_000);
  afterAll(async () => {
    await hx?.close();
  });

  /** The page is no wider than the viewport: nothing to scroll sideways. */
  const noSideScroll = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('loads the first screen compressed and small; the graph library only on an entity page', async () => {
    const { page, errors } = await hx.open(1440, 900);
    const responses: { url: string; encoding: string | null; cache: string | null }[] = [];
    page.on('response', (r) => responses.push({ url: r.url(), encoding: r.headers()['content-encoding'] ?? null, cache: r.headers()['cache-control'] ?? null }));
    await page.goto(hx.server.url);
    await page.locator('#event-list li[data-event]').first().waitFor();
    await page.locator('#timeline-chart .vis-item').first().waitFor();
    const scripts = responses.filter((r) => r.url.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const r of scripts) {
      expect(['br', 'gzip']).toContain(r.encoding);
      expect(r.cache).toContain('immutable');
    }
    expect(responses.find((r) => r.url === hx.server.url)?.cache).toBe('no-cache');
    expect(scripts.some((r) => r.url.includes('cytoscape'))).toBe(false);
    // Bytes on the wire for the page, its scripts and styles, chart included.
    const transferred = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .filter((e) => !(e as PerformanceResourceTiming).name.includes('/api/'))
        .reduce((s, e) => s + (e as PerformanceResourceTiming).transferSize, 0),
    );
    expect(transferred).toBeGreaterThan(0);
    expect(transferred).toBeLessThan(400_000);
    await page.goto(`${hx.server.url}#/entity/putin`);
    await page.locator('#entity-graph canvas').first().waitFor();
    expect(responses.some((r) => r.url.includes('cytoscape') && r.encoding !== null)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('searches with OR and phrases across events and documents; a bad query gets a message; the box follows the page', async () => {
    const { page, errors } = await hx.open(1440, 900);
    await page.goto(hx.server.url);
    await page.locator('#event-list li[data-event]').first().waitFor();
    await page.fill('#search-input', '"wheat deliveries" OR telephone');
    await page.press('#search-input', 'Enter');
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-results li.result-event a').allInnerTexts()).toEqual([`${AGREE} (2024-03-03)`, `${CALL} (undated)`]);
    expect(await page.locator('#search-results li.result-document a').allInnerTexts()).toEqual(['Moscow and Islamabad sign a grain accord']);
    const tabs = await page.locator('.tabs').innerText();
    expect(tabs).toContain('Entities (0)');
    expect(tabs).toContain('Events (2)');
    expect(tabs).not.toContain('Entitys');
    // Leaving the search page empties the box; coming back by history fills it again.
    await page.click('nav a[href="#/"]');
    await page.locator('#event-list li[data-event]').first().waitFor();
    expect(await page.inputValue('#search-input')).toBe('');
    await page.goBack();
    await page.locator('#search-results li').first().waitFor();
    expect(await page.inputValue('#search-input')).toBe('"wheat deliveries" OR telephone');
    // A query that does not parse: a message on the page, not a crash.
    await page.fill('#search-input', '(Kakar OR');
    await page.press('#search-input', 'Enter');
    expect(await page.locator('#search-error').innerText()).toMatch(/needs words after it|not closed/);
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await page.close();
  }, 60_000);

  it('entity page: roles once with first and last seen, events in date order, quotes, figures, a readable graph', async () => {
    const { page, errors } = await hx.open(1440, 900);
    await page.goto(`${hx.server.url}#/entity/putin`);
    await page.locator('#roles li').first().waitFor();
    expect(await page.locator('#roles li').allInnerTexts()).toEqual(['President of russia — first seen 2023-10-18, last seen 2024-03-04 (2 reports) source']);
    expect(await page.locator('#entity-events li .when').allInnerTexts()).toEqual(['2023-10-17 · day', 'undated (reported 2024-03-04)']);
    expect(await page.locator('h2', { hasText: 'Quotes by Vladimir Putin (1)' }).count()).toBe(1);
    expect(await page.locator('.quotes').innerText()).toContain('much higher, much bigger');
    await page.locator('#entity-graph canvas').first().waitFor();
    await page.waitForFunction(() => document.getElementById('entity-graph')?.dataset.labelPx !== undefined);
    // Labels on screen: at least 11 px at the zoom the graph opens with, and after zooming out all the way.
    expect(Number(await page.locator('#entity-graph').getAttribute('data-label-px'))).toBeGreaterThanOrEqual(11);
    await page.locator('#entity-graph').hover();
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    expect(Number(await page.locator('#entity-graph').getAttribute('data-label-px'))).toBeGreaterThanOrEqual(11);
    // Kakar's figure is on Kakar's page.
    await page.goto(`${hx.server.url}#/entity/kakar`);
    await page.locator('h2', { hasText: 'Figures claimed (1)' }).waitFor();
    expect(await page.locator('.claims').innerText()).toContain('$1 billion — trade between the two countries');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('relationship view: two countries\' shared events by kind and month', async () => {
    const { page, errors } = await hx.open(390, 844);
    await page.goto(`${hx.server.url}#/relationship`);
    await page.fill('#relationship-form input[name=a]', 'Russia');
    await page.fill('#relationship-form input[name=b]', 'Pakistan');
    await page.click('#relationship-form button');
    await page.locator('#relationship-status').waitFor();
    expect(await page.locator('#relationship-status').innerText()).toBe('3 shared events: 2 meeting, call, visit · 1 agree, offer, promise');
    const rows = await page.locator('#relationship-months tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())));
    expect(rows).toEqual([
      ['2023-10', '1', '0', '1'],
      ['2024-03', '0', '1', '1'],
      ['undated', '1', '0', '1'],
    ]);
    expect(await page.locator('#relationship-events .headline').allInnerTexts()).toEqual(['Vladimir Putin — meeting — Anwaar-ul-Haq Kakar in Beijing', AGREE, CALL]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    it(`timeline at ${width}x${height}: undated events shown and counted, headlines whole`, async () => {
      const { page, errors } = await hx.open(width, height);
      await page.goto(hx.server.url);
      await page.locator('#timeline-chart .vis-item').first().waitFor();
      await page.locator('#timeline-status', { hasText: /^4 events \(1 undated\)/ }).waitFor();
      // The undated call has its own section and its own lane on the chart.
      expect(await page.locator('#undated-title').innerText()).toBe('Undated events (1)');
      const row = page.locator('#undated-list li[data-event="ev-call"]');
      expect(await row.locator('.headline').innerText()).toBe(CALL);
      expect(await row.locator('.when').innerText()).toBe('undated (reported 2024-03-04)');
      const undatedItem = page.locator('#timeline-chart .vis-item.vis-box.undated');
      expect(await undatedItem.count()).toBe(1);
      expect(await undatedItem.innerText()).toContain(CALL);
      // Headlines in the list and on the chart are whole: no ellipsis, nothing clipped.
      const heads = await page.locator('#event-list .headline').allInnerTexts();
      expect(heads).toContain(AGREE);
      for (const item of await page.locator('#timeline-chart .vis-item.vis-box .vis-item-content').all()) {
        const text = await item.innerText();
        expect(text).not.toContain('…');
        const clipped = await item.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
        expect(clipped, `chart label "${text}" is clipped`).toBe(false);
      }
      // PLOVER codes come with their plain names.
      expect(await page.locator('#event-list li[data-event="ev-agree"] .badge.type').innerText()).toBe('agree, offer, promise');
      // The chart fits the screen; on a phone the filters start folded.
      const box = (await page.locator('#timeline-chart').boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      const open = await page.locator('#filter-box').evaluate((el) => (el as HTMLDetailsElement).open);
      expect(open).toBe(width >= 700);
      if (width < 700) {
        const chartTop = box.y;
        expect(chartTop).toBeLessThan(height);
      }
      expect(await noSideScroll(page)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);

    it(`event, document and entity pages at ${width}x${height}: names, not ids or paths`, async () => {
      const { page, errors } = await hx.open(width, height);
      await page.goto(`${hx.server.url}#/event/ev-agree`);
      await page.locator('h1', { hasText: AGREE }).waitFor();
      const facts = await page.locator('.facts').innerText();
      expect(facts).toContain('in “Moscow and Islamabad sign a grain accord”');
      expect(facts).not.toContain('docC');
      expect(facts).toContain('agree, offer, promise (PLOVER AGREE)');
      expect(await page.locator('.source-card h3').innerText()).toBe('Moscow and Islamabad sign a grain accord');
      expect(await noSideScroll(page)).toBe(true);

      await page.goto(`${hx.server.url}#/doc/docC`);
      await page.locator('.reader-text').waitFor();
      expect(await page.locator('h1').innerText()).toBe('Moscow and Islamabad sign a grain accord');

      await page.goto(`${hx.server.url}#/entity/putin`);
      await page.locator('h1', { hasText: 'Vladimir Putin' }).waitFor();
      await page.locator('h2', { hasText: 'Events (2)' }).waitFor();
      expect(await page.locator('.event-list').innerText()).toContain(CALL);
      expect(await noSideScroll(page)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  }
});
