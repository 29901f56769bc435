/**
 * Shared set-up of the browser tests: a server over a store, headless Chromium, and the
 * console errors each page logs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { SqliteStore } from '../../src/store/sqlite.js';

export const CHROMIUM = '/usr/bin/chromium';
export const root = resolve(import.meta.dirname, '..', '..');
export const webDir = join(root, 'web', 'dist');

let playwright: typeof import('playwright-core') | null = null;
try {
  playwright = await import('playwright-core');
} catch {
  playwright = null;
}
/** Why the browser tests cannot run here, or null. */
export const skipReason = !existsSync(CHROMIUM) ? `${CHROMIUM} not found` : !playwright ? 'playwright-core not installed' : null;

export interface Harness {
  server: RunningServer;
  store: SqliteStore;
  browser: import('playwright-core').Browser;
  /** A new page of the given size that records console errors and page errors. */
  open(width: number, height: number): Promise<{ page: import('playwright-core').Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(load: (store: SqliteStore) => Promise<void>): Promise<Harness> {
  if (!existsSync(join(webDir, 'index.html'))) execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'ignore' });
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-browser-'));
  const store = new SqliteStore(join(tmp, 'test.db'));
  await load(store);
  const server = await listen({ store, port: 0, host: '127.0.0.1', webDir });
  const browser = await playwright!.chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    server,
    store,
    browser,
    async open(width, height) {
      const page = await browser.newPage({ viewport: { width, height } });
      page.setDefaultTimeout(20_000);
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
