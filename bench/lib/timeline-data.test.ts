import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReferences } from './timeline-data.js';

describe('reference timelines', () => {
  const refs = loadReferences();
  it('list at most ten dates each, once and in date order', () => {
    expect(refs.length).toBeGreaterThanOrEqual(4);
    for (const r of refs) {
      const dates = r.timeline.map((t) => t.date);
      expect(dates.length).toBeLessThanOrEqual(10);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
    }
  });
  it('split each corpus into dev and held-out topics', () => {
    for (const corpus of new Set(refs.map((r) => r.corpus))) {
      const splits = new Set(refs.filter((r) => r.corpus === corpus).map((r) => r.split));
      expect([...splits].sort()).toEqual(['dev', 'held-out']);
    }
  });
  it('name the file and the problem when a reference cites a document outside its topic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timelines-'));
    try {
      const bad = { id: 'x', split: 'dev', title: 't', corpus: 'tbaq/AQUAINT', documents: ['A'], timeline: [{ date: '2001-02-03', what: 'w', words: ['w'], documents: ['B'] }] };
      writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
      expect(() => loadReferences(dir)).toThrow(/bad\.json: 2001-02-03 cites documents outside the topic: B/);
      writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...bad, timeline: [{ ...bad.timeline[0], date: '3 Feb 2001' }] }));
      expect(() => loadReferences(dir)).toThrow(/bad\.json: timeline\.0\.date/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
