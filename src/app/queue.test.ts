import { describe, expect, it } from 'vitest';
import { jobId, queueSchema, rawOfJob } from './queue.js';

describe('queue helpers', () => {
  it('derives one well-formed UUID per content hash', () => {
    const a = jobId('abc123');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobId('abc123')).toBe(a);
    expect(jobId('abc124')).not.toBe(a);
  });

  it('keeps the queue schema a valid name beside the store schema', () => {
    expect(queueSchema('dossier')).toBe('dossier_queue');
    expect(queueSchema('x'.repeat(63)).length).toBeLessThanOrEqual(63);
  });

  it('carries raw bytes through a job byte for byte', () => {
    const bytes = Uint8Array.from([0, 255, 128, 10, 200]);
    const raw = rawOfJob({ hash: 'h', source: 's', contentType: 'text/plain', meta: { k: 1 }, bytes: Buffer.from(bytes).toString('base64'), now: '2024-01-01T00:00:00.000Z' });
    expect(Array.from(raw.bytes)).toEqual(Array.from(bytes));
    expect(raw.meta).toEqual({ k: 1 });
  });
});
