import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite.js';
import { isLoopback, listen } from './listen.js';
import { loadSample } from './sample.js';

describe('listen', () => {
  const store = new SqliteStore(':memory:');
  afterAll(() => store.close());

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.4', 'example.org'].some(isLoopback)).toBe(false);
  });

  it('serves the API over HTTP on loopback without a token', async () => {
    await loadSample(store);
    const s = await listen({ store, port: 0, host: '127.0.0.1', webDir: null });
    try {
      expect(s.token).toBeNull();
      const res = await fetch(`${s.url}api/entities/kakar`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { name: string }).name).toBe('Anwaar-ul-Haq Kakar');
      const app = await fetch(s.url);
      expect(await app.text()).toContain('npm run build:web');
    } finally {
      await s.close();
    }
  });

  it('makes up a write token off loopback, and keeps a given one', async () => {
    const s = await listen({ store, port: 0, host: '0.0.0.0', webDir: null });
    try {
      expect(s.token).toMatch(/^[\w-]{20,}$/);
      const res = await fetch(`http://127.0.0.1:${new URL(s.url).port}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"urls":["https://example.org/"]}' });
      expect(res.status).toBe(401);
    } finally {
      await s.close();
    }
    const t = await listen({ store, port: 0, host: '127.0.0.1', token: 'given', webDir: null });
    expect(t.token).toBe('given');
    await t.close();
  });
});
