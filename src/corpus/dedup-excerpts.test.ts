/**
 * Shortened copies: an exact excerpt of 25% or 15% of an article is found contained in it,
 * across a corpus of generated articles (words drawn by a seeded generator from a made-up
 * vocabulary, so articles share words but not passages).
 */
import { describe, expect, it } from 'vitest';
import { findDuplicates } from './dedup.js';
import { seededRandom } from '../core/random.js';

const rand = seededRandom(2024);
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vu', 'pel', 'dor', 'sen', 'ga', 'fi', 'no', 'bar', 'tek', 'li', 'us'];
// A Zipf-like vocabulary: a few very common words, many rare ones.
const VOCAB = Array.from({ length: 3000 }, () => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join(''));
const word = () => VOCAB[Math.floor(VOCAB.length * rand() ** 2.5)]!;
const article = (words: number) => {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(i % 14 === 13 ? `${word()}.` : word());
  return out.join(' ');
};
/** A contiguous run of `share` of the article's words, starting anywhere it fits. */
const excerpt = (text: string, share: number) => {
  const words = text.split(' ');
  const n = Math.round(words.length * share);
  const start = Math.floor(rand() * (words.length - n));
  return words.slice(start, start + n).join(' ');
};

const ARTICLES = 40;
const articles = Array.from({ length: ARTICLES }, (_, i) => ({ id: `a${i}`, text: article(250 + Math.floor(rand() * 500)) }));
const others = Array.from({ length: 20 }, (_, i) => ({ id: `o${i}`, text: article(120 + Math.floor(rand() * 200)) }));

function detected(share: number): { found: number; wrong: number } {
  const excerpts = articles.map((a, i) => ({ id: `x${i}`, text: excerpt(a.text, share) }));
  const dups = findDuplicates([...articles, ...others, ...excerpts]);
  const found = excerpts.filter((x, i) => dups[x.id] === `a${i}`).length;
  const wrong = Object.keys(dups).filter((id) => !id.startsWith('x')).length;
  return { found, wrong };
}

describe('excerpts', () => {
  it('finds a 25% excerpt of an article contained in it, and flags no full article', () => {
    expect(detected(0.25)).toEqual({ found: ARTICLES, wrong: 0 });
  });
  it('finds a 15% excerpt too', () => {
    expect(detected(0.15)).toEqual({ found: ARTICLES, wrong: 0 });
  });
  it('takes an article given another headline and a boilerplate footer for the same article', () => {
    const a = articles[0]!.text;
    const republished = `Breaking: ${article(9)}\n\n${a}\n\nSubscribe to our newsletter for more stories like this one. Share this article.`;
    expect(findDuplicates([{ id: 'orig', text: a }, { id: 'repub', text: republished }, ...others])).toEqual({ orig: 'repub' });
  });
  it('keeps two unrelated articles that share a quoted sentence apart', () => {
    const quote = article(12);
    const one = `${article(200)} ${quote} ${article(200)}`;
    const two = `${article(150)} ${quote} ${article(250)}`;
    expect(findDuplicates([{ id: 'one', text: one }, { id: 'two', text: two }])).toEqual({});
  });
});
