import { describe, expect, it } from 'vitest';
import type { RawInput } from '../core/types.js';
import { defaultPipeline } from './pipeline.js';
import { processInput } from './process.js';

const text = 'The harbour board of Eastport signed a supply deal with Norland on Monday. Its chair, Ada Vale, said the terms were fair.';
const raw: RawInput = { source: 'deal.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain', meta: {}, hash: 'h-deal' };
const now = new Date('2024-03-01T00:00:00Z');

describe('processInput', () => {
  it('runs every stage, then empties the syntax layer so that it is not stored', async () => {
    const pipeline = defaultPipeline();
    const [article] = await processInput(raw, pipeline, now);
    expect(article!.sentences.length).toBe(2);
    expect(article!.events.length).toBeGreaterThan(0);
    expect(article!.syntax).toEqual({ clauses: [], appositions: [], coordinations: [] });
    // The same pipeline run directly keeps the layer: it is the stages' working layer.
    const [again] = await processInput(raw, { ...pipeline, run: async (a, c) => { await pipeline.run(a, c); expect(a.syntax.clauses.length).toBeGreaterThan(0); return a; } }, now);
    expect(again!.events).toEqual(article!.events);
  });
});
