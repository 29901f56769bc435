import { describe, expect, it } from 'vitest';
import { documentStages } from '../app/pipeline.js';
import { createArticle } from './article.js';
import { CLEANED_LAYERS, CLEANING_STAGE, createPipeline, defineStage, type Layer } from './stage.js';

const TEXT =
  'Governor Maria Okafor of the Lakeland province met the transport minister, Paul Brandt, on Tuesday in Westbury.\n\n' +
  '"We agreed to rebuild the northern railway by 2026," Okafor said. The work will cost about $300 million, officials said.\n\n' +
  'Police arrested at least 14 people after a protest outside the ministry on Monday.\n\n' +
  'The minister said the line would carry 2 million passengers a year.';

function article() {
  return createArticle({
    id: 'a1',
    source: 'test.txt',
    rawHash: 'h',
    text: TEXT,
    published: { value: '2024-04-18', granularity: 'day', confidence: 0.9, evidence: 'test' },
  });
}

const noop = () => {};

describe('the stage contract', () => {
  it('names layers by the Article’s own fields', () => {
    // @ts-expect-error: not a field of Article
    defineStage({ name: 'x', requires: ['sentence'], provides: [] }, noop);
    // @ts-expect-error: messages is the diagnostic log, not a layer
    defineStage({ name: 'x', requires: [], provides: ['messages'] }, noop);
    expect(CLEANED_LAYERS).toContain('text');
  });

  it('starts every pipeline with cleaning', () => {
    const p = createPipeline(documentStages());
    expect(p.names[0]).toBe(CLEANING_STAGE.name);
    expect(p.names.slice(1)).toEqual(p.stages.map((s) => s.name));
    for (const layer of CLEANING_STAGE.provides) expect(p.provides.has(layer)).toBe(true);
  });

  it('catches a stage placed before the stage whose layer it requires', () => {
    const stages = documentStages();
    const events = stages.findIndex((s) => s.name === 'events');
    const reordered = [stages[events]!, ...stages.filter((_, i) => i !== events)];
    expect(() => createPipeline(reordered)).toThrow(expect.objectContaining({ code: 'E_PIPELINE_ORDER' }));
    expect(() => createPipeline(reordered)).toThrow(/stage "events" requires .*"sentences"/);
  });

  it('catches a stage that rewrites a layer an earlier stage already read', () => {
    const reads = defineStage({ name: 'reads', requires: ['text'], provides: ['sentences'] }, noop);
    const rewrites = defineStage({ name: 'rewrites', requires: [], provides: ['text'] }, noop);
    expect(() => createPipeline([reads, rewrites])).toThrow(/stage "rewrites" provides "text", which stage "reads" already read/);
    expect(() => createPipeline([rewrites, reads])).not.toThrow();
  });

  it('with checkAccess, fails a stage that reads or writes a layer it does not declare', async () => {
    const sneaky = defineStage({ name: 'sneaky', requires: ['text'], provides: ['quotes'] }, (a) => {
      if (a.sentences.length === 0) a.quotes = [];
    });
    await expect(createPipeline([sneaky], { checkAccess: true }).run(article())).rejects.toThrow(
      /stage "sneaky" reads "sentences" without declaring it/,
    );
    const writer = defineStage({ name: 'writer', requires: ['text'], provides: [] }, (a) => {
      a.claims = [];
    });
    await expect(createPipeline([writer], { checkAccess: true }).run(article())).rejects.toThrow(/stage "writer" writes "claims"/);
    // Messages are every stage's to append to.
    const talker = defineStage({ name: 'talker', requires: [], provides: [] }, (a) => {
      a.messages.push({ level: 'info', origin: 'talker:hello', text: 'hello' });
    });
    await expect(createPipeline([talker], { checkAccess: true }).run(article())).resolves.toBeDefined();
  });

  it('every default stage reads and writes only the layers it declares', async () => {
    const a = await createPipeline(documentStages(), { checkAccess: true }).run(article());
    expect(a.messages.filter((m) => m.level === 'error')).toEqual([]);
    // The stages did their work on the watched article (so the watch saw real reads).
    expect(a.entities.length).toBeGreaterThan(0);
    expect(a.quotes.length).toBeGreaterThan(0);
    expect(a.events.length).toBeGreaterThan(0);
  });

  it('declares what a stage reads: a layer it uses is in its requires', () => {
    const byName = new Map(documentStages().map((s) => [s.name, s.requires as readonly Layer[]]));
    // Roles read the mentions and the publication date; quotes read the roles (for "the minister said").
    expect(byName.get('roles')).toEqual(expect.arrayContaining(['mentions', 'published']));
    expect(byName.get('quotes')).toContain('roles');
    expect(byName.get('quantity')).toContain('timexes');
  });
});
