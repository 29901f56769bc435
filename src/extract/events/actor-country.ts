/**
 * The country an event participant stands for (ISO 3166-1 alpha-3), for comparing with event
 * data sets that code actors by country: a country's own code; a place's or demonym's country;
 * the country of a person's role ("Foreign Minister of Russia"); or the country named right
 * before the person in the event's sentence ("Russian President Vladimir Putin").
 */
import type { Article, Span } from '../../core/types.js';
import { isQualifier } from './participants.js';
import { sentenceViews, type SentenceView } from './sentence-view.js';

function countryOfName(article: Article, name: string): string | null {
  const lower = name.toLowerCase();
  for (const e of article.entities) {
    if (!e.country) continue;
    if (e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower)) return e.country;
  }
  return null;
}

export function actorCountry(article: Article, entity: number, sentence?: Span, views?: readonly SentenceView[]): string | null {
  const ent = article.entities[entity];
  if (!ent) return null;
  if (ent.country) return ent.country;
  for (const r of article.roles) {
    if (r.person === entity && r.of) {
      const c = countryOfName(article, r.of);
      if (c) return c;
    }
  }
  if (!sentence) return null;
  const all = views ?? sentenceViews(article);
  const view = all.find((v) => v.span.start === sentence.start && v.span.end === sentence.end);
  if (!view) return null;
  for (const m of view.mentions) {
    if (m.mention.entity !== entity) continue;
    const q = [...view.mentions].reverse().find((x) => x.last < m.first && isQualifier(view, x) && article.entities[x.mention.entity]?.country);
    if (q && view.mentions.find((x) => x.first > q.last && x.mention.type === 'person') === m) {
      return article.entities[q.mention.entity]?.country ?? null;
    }
  }
  return null;
}
