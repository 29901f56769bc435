import { describe, expect, it } from 'vitest';
import { createArticle } from '../../core/article.js';
import { createPipeline } from '../../core/stage.js';
import { timeStage } from '../time/stage.js';
import { quantityStage } from './stage.js';

describe('quantityStage', () => {
  it('finds figures and skips what the time stage found', async () => {
    const text = 'In 12 months, trade reached $790 million, up 46 percent.';
    const article = createArticle({
      id: 'a', source: 's', rawHash: 'h', text,
      published: { value: '2021-04-07', granularity: 'day', confidence: 0.9, evidence: 'meta' },
    });
    await createPipeline([timeStage(), quantityStage()]).run(article);
    expect(article.quantities.map((x) => [text.slice(x.start, x.end), x.value, x.unit])).toEqual([
      ['$790 million', 790e6, 'USD'],
      ['46 percent', 46, '%'],
    ]);
    expect(article.messages).toEqual([]);
  });

  it('declares what it needs and gives', () => {
    const s = quantityStage();
    expect([s.name, s.requires, s.provides]).toEqual(['quantity', ['text', 'timexes'], ['quantities']]);
  });
});
