import { describe, expect, it } from 'vitest';
import type { Article } from '../core/types.js';
import { dropBoilerplate, findBoilerplate, lineKey, sourceOf } from './boilerplate.js';
import { exact, makeArticle, person } from './fixtures.test-util.js';
import { analyseCorpus } from './run.js';

const CHROME = 'Readers may send letters to the editor about any of our reports.';

/** Generated story sentences: each document tells its own story, with a distinct person. */
const NAMES = ['Ana Ruiz', 'Ben Okafor', 'Chen Wei', 'Dara Lind', 'Eli Moss', 'Fay Ngata', 'Gus Hale', 'Hana Ito', 'Ivo Berg', 'Jon Vale', 'Kim Rao', 'Lea Voss'];
const TOPICS = [
  'clinic nurses vaccines patients', 'bridge engineers steel traffic', 'orchestra violins concert hall', 'harvest wheat farmers drought',
  'airport runway pilots cargo', 'museum paintings curators loan', 'school teachers pupils exams', 'football stadium fans league',
  'factory workers strike wages', 'library books readers archive', 'ferry sailors harbour storm', 'election ballots voters count',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A story of its own: distinct person, topic words and day. */
const STORY_SENTENCE = (i: number): string => {
  const [a, b, c, d] = TOPICS[i]!.split(' ');
  return `${NAMES[i]} opened the new ${a} on ${DAYS[i % 6]} as ${b} and ${c} gathered, and said the ${d} would follow.`;
};

/**
 * Document i of a source: its own story sentence, optionally the chrome line, each as a
 * paragraph; an event on the story sentence and one on the chrome line, a quote on the chrome.
 */
function doc(i: number, host: string, withChrome: boolean, id = `${host}-${i}`): Article {
  const story = STORY_SENTENCE(i);
  const text = withChrome ? `${story}\n\n${CHROME}` : story;
  const events = [{ sentence: story, kind: 'open', plover: 'AID', participants: [0], date: exact('2025-03-03') }];
  if (withChrome) events.push({ sentence: CHROME, kind: 'send', plover: 'CONSULT', participants: [0], date: exact('2025-03-03') });
  const a = makeArticle(id, text, `2025-03-${String(4 + 3 * i).padStart(2, '0')}`, [person(NAMES[i]!)], events);
  a.url = `https://www.${host}/news/${i}`;
  a.sentences = text.split('\n\n').map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }));
  if (withChrome) {
    const start = text.indexOf(CHROME);
    a.quotes = [{ start, end: start + CHROME.length, content: { start, end: start + CHROME.length }, speaker: -1, cue: null, partial: false }];
  }
  return a;
}

const chromeEvents = (articles: Article[]): number => articles.reduce((n, a) => n + a.events.filter((e) => e.kind === 'send').length, 0);
const storyEvents = (articles: Article[]): number => articles.reduce((n, a) => n + a.events.filter((e) => e.kind === 'open').length, 0);

describe('lineKey and sourceOf', () => {
  it('normalises case, punctuation and digits, and reads the outlet from the URL host or the record source', () => {
    expect(lineKey('Copyright 2011, Harbour News.  All rights')).toBe(lineKey('copyright 2024 harbour news all rights'));
    expect(sourceOf({ url: 'https://www.harbour.example/a', meta: {}, publisher: null })).toBe('harbour.example');
    expect(sourceOf({ url: null, meta: { source: 'Harbour Wire' }, publisher: null })).toBe('harbour wire');
    expect(sourceOf({ url: null, meta: {}, publisher: null })).toBeNull();
  });
});

describe('per-source boilerplate', () => {
  it('drops events and quotes of a line found in most documents of one source, and keeps the stories', () => {
    const docs = [0, 1, 2, 3, 4].map((i) => doc(i, 'harbour.example', i !== 4));
    const found = findBoilerplate(docs);
    expect(found.lines).toEqual([{ source: 'harbour.example', text: CHROME, documents: 4 }]);
    const kept = dropBoilerplate(docs);
    expect(chromeEvents(kept)).toBe(0);
    expect(storyEvents(kept)).toBe(5);
    expect(kept.every((a) => a.quotes.length === 0)).toBe(true);
    // The input articles are not changed.
    expect(chromeEvents(docs)).toBe(4);
  });

  it('keeps a line seen in too few documents, or in too small a share of the source', () => {
    const two = [0, 1, 2, 3].map((i) => doc(i, 'harbour.example', i < 2));
    expect(chromeEvents(dropBoilerplate(two))).toBe(2);
    // 3 of 12 documents is 25%, under the 30% share.
    const rare = NAMES.map((_, i) => doc(i, 'harbour.example', i < 3));
    expect(chromeEvents(dropBoilerplate(rare))).toBe(3);
    expect(chromeEvents(dropBoilerplate(rare, {}, { minShare: 0.2 }))).toBe(0);
  });

  it('counts a line per source: one copy in each of three outlets is no outlet boilerplate', () => {
    const docs = [doc(0, 'a.example', true), doc(1, 'b.example', true), doc(2, 'c.example', true)];
    expect(chromeEvents(dropBoilerplate(docs))).toBe(3);
  });

  it('keeps a line shared by versions of one story, and counts a near-duplicate once', () => {
    // Three versions of one story: the same lead and second paragraph, a new last paragraph each.
    const versions = [0, 1, 2].map((v) => {
      const a = doc(0, 'harbour.example', true, `version-${v}`);
      const lead = `${STORY_SENTENCE(0)}\n\nThe council will vote on the budget for the ${TOPICS[0]!.split(' ')[0]} next month.`;
      const text = `${lead}\n\n${CHROME}\n\nUpdate ${v + 1}: officials gave a new figure for the cost of the work.`;
      a.text = text;
      a.sentences = text.split('\n\n').map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }));
      const start = text.indexOf(CHROME);
      a.events = a.events.map((e) => (e.kind === 'send' ? { ...e, sentence: { start, end: start + CHROME.length } } : e));
      return a;
    });
    expect(chromeEvents(dropBoilerplate(versions))).toBe(3);
    // With two other stories of the outlet carrying it too, it is boilerplate after all.
    const more = [...versions, doc(5, 'harbour.example', true), doc(6, 'harbour.example', true)];
    expect(chromeEvents(dropBoilerplate(more))).toBe(0);
    const docs = [0, 1, 2].map((i) => doc(i, 'harbour.example', true));
    // Two documents and a duplicate of one of them: two documents, not three.
    const dup = doc(1, 'harbour.example', true, 'harbour.example-1-copy');
    const withDup = [docs[0]!, docs[1]!, dup, doc(3, 'harbour.example', false)];
    expect(chromeEvents(dropBoilerplate(withDup, { [dup.id]: docs[1]!.id }))).toBe(3);
  });

  it('counts the articles split from one input as one document', () => {
    const parts = [0, 1, 2].map((i) => doc(i, 'harbour.example', true));
    for (const a of parts) a.rawHash = 'one-scraped-file';
    expect(chromeEvents(dropBoilerplate(parts))).toBe(3);
  });

  it('leaves documents without a known source alone', () => {
    const docs = [0, 1, 2].map((i) => doc(i, 'x', true));
    for (const a of docs) a.url = null;
    expect(chromeEvents(dropBoilerplate(docs))).toBe(3);
  });

  it('takes effect in analyseCorpus: no event or quote is cited from the boilerplate line', () => {
    const docs = [0, 1, 2, 3].map((i) => doc(i, 'harbour.example', true));
    const result = analyseCorpus(docs);
    const cited = result.events.flatMap((e) => e.sources.map((s) => docs.find((d) => d.id === s.documentId)!.text.slice(s.start, s.end)));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.some((t) => t.includes('letters to the editor'))).toBe(false);
    expect(result.quotes).toEqual([]);
  });
});
