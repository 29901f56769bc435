import { describe, expect, it } from 'vitest';
import { createArticle } from '../../core/article.js';
import { createPipeline } from '../../core/stage.js';
import { anchorOf, timeStage } from './stage.js';

const text = 'Kakar arrived in Beijing on Monday. Last month, Pakistan received its first shipment.';

describe('timeStage', () => {
  it('anchors on a confident day-precision publication date', async () => {
    const article = createArticle({
      id: 'a', source: 's', rawHash: 'h', text,
      published: { value: '2023-10-18', granularity: 'day', confidence: 0.9, evidence: 'text:updated-line' },
    });
    await createPipeline([timeStage()]).run(article);
    expect(article.timexes.map((t) => [text.slice(t.start, t.end), t.value])).toEqual([
      ['Monday', '2023-10-16'],
      ['Last month', '2023-09'],
    ]);
    expect(article.messages).toEqual([]);
  });

  it('does not anchor on a weak or coarse date', () => {
    expect(anchorOf({ published: { value: '2023-10-18', confidence: 0.3, evidence: 'url-path' } })).toBeNull();
    expect(anchorOf({ published: { value: '2023-10', granularity: 'month', confidence: 0.9, evidence: 'meta' } })).toBeNull();
    expect(anchorOf({ published: { value: null, confidence: 0, evidence: 'none' } })).toBeNull();
  });

  it('leaves relative expressions unresolved in an undated article', async () => {
    const article = createArticle({ id: 'a', source: 's', rawHash: 'h', text });
    await timeStage().run(article, { now: new Date() });
    expect(article.timexes.map((t) => t.value)).toEqual([null, null]);
    expect(article.timexes.every((t) => t.relative)).toBe(true);
  });

  it('declares what it needs and gives', () => {
    const s = timeStage();
    expect([s.name, s.requires, s.provides]).toEqual(['time', ['text', 'published'], ['timexes']]);
  });
});
