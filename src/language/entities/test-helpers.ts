import { createArticle } from '../../core/article.js';
import type { Article, DocEntity, Mention } from '../../core/types.js';
import { sentenceStage } from '../sentences/stage.js';
import { entityStage } from './stage.js';
import type { Tagger } from './types.js';

/** Run sentences + entities on a text (for tests). */
export function annotate(text: string, tagger?: Tagger): Article {
  const article = createArticle({ id: 't', source: 'test', rawHash: 'h', text });
  const ctx = { now: new Date('2024-01-01') };
  void sentenceStage().run(article, ctx);
  void entityStage(tagger ? { tagger } : {}).run(article, ctx);
  return article;
}

/** The mentions whose text is exactly `surface`. */
export function mentionsOf(a: Article, surface: string): Mention[] {
  return a.mentions.filter((m) => a.text.slice(m.start, m.end) === surface);
}

export function entityNamed(a: Article, name: string): DocEntity | undefined {
  return a.entities.find((e) => e.name === name);
}
