import { describe, expect, it } from 'vitest';
import { createArticle } from '../core/article.js';
import { eventWords } from './event-words.js';
import { MAX_DF, groupStories, sameStoryEvent, storyInput, storyMap } from './stories.js';

// Five short reports written for the test: two happenings of one subject (two actresses
// entering rehab clinics, months apart) and one unrelated report.
const docs = [
  {
    id: 'lohan-1',
    text: 'Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Thursday, her lawyer said. The actress was ordered by a Los Angeles judge to spend 90 days in rehab.',
    names: ['Lindsay Lohan', 'Betty Ford Center', 'Rancho Mirage', 'Los Angeles'],
  },
  {
    id: 'lohan-2',
    text: 'Actress Lindsay Lohan entered the Betty Ford Center in Rancho Mirage, California, to begin a court-ordered rehab stay, a spokesman for the clinic said.',
    names: ['Lindsay Lohan', 'Betty Ford Center', 'Rancho Mirage', 'California'],
  },
  {
    id: 'reid-1',
    text: 'Tara Reid has checked into Promises Treatment Center in Malibu, her publicist said on Monday. The actress entered rehab for exhaustion, according to People magazine.',
    names: ['Tara Reid', 'Promises Treatment Center', 'Malibu', 'People'],
  },
  {
    id: 'reid-2',
    text: 'American Pie actress Tara Reid is in rehab at the Promises Treatment Center in Malibu, People magazine reported.',
    names: ['Tara Reid', 'Promises Treatment Center', 'Malibu', 'People'],
  },
  {
    id: 'quake',
    text: 'A strong earthquake struck eastern Indonesia on Sunday, damaging houses in Papua, the geophysics agency said.',
    names: ['Indonesia', 'Papua'],
  },
];

const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));

describe('stories', () => {
  it('keeps the same stories when each document keeps only its most similar earlier document', () => {
    // Every report here has at most one earlier report of its own happening.
    expect(sorted(groupStories(docs, { maxNeighbours: 1 }))).toEqual(sorted(groupStories(docs)));
  });
  it('with no similar earlier document kept, groups nothing', () => {
    expect(groupStories(docs, { maxNeighbours: 0 })).toHaveLength(docs.length);
  });
  it('groups the reports of each happening and keeps the other happening and topic apart', () => {
    expect(sorted(groupStories(docs))).toEqual([['lohan-1', 'lohan-2'], ['quake'], ['reid-1', 'reid-2']]);
  });

  it('a threshold above every similarity leaves each document alone; zero joins what shares a word', () => {
    expect(groupStories(docs, { threshold: 1.01 })).toHaveLength(5);
    // The quake report shares no word of weight with the others (only "said", a stop word).
    expect(sorted(groupStories(docs, { threshold: 0.0001 }))).toEqual([['lohan-1', 'lohan-2', 'reid-1', 'reid-2'], ['quake']]);
  });

  it('in a large corpus, words every document shares do not make one story of it', () => {
    // MAX_DF + 1 reports that share only the subject's words, plus the two Lohan reports.
    const filler = Array.from({ length: MAX_DF + 1 }, (_, i) => ({
      id: `f${i}`,
      text: `Pakistan and Russia discussed bilateral relations (${i}).`,
    }));
    const groups = groupStories([...filler, docs[0]!, docs[1]!]);
    expect(groups.find((g) => g.includes('lohan-1'))).toEqual(['lohan-1', 'lohan-2']);
    expect(groups.filter((g) => g[0]!.startsWith('f') && g.length > 1)).toEqual([]);
    // The same reports in a small corpus are one story (their shared words are rare there).
    expect(groupStories(filler.slice(0, 3)).length).toBe(1);
  });

  it('maps each document to its story id', () => {
    const map = storyMap([['a', 'b'], ['c']]);
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual(['a', 'a', 'c']);
  });

  it('reads names and exact days from an annotated article', () => {
    const text = 'Lindsay Lohan checked into the Betty Ford Center on 2 January 2008.';
    const a = createArticle({ id: 'x', source: 'x', rawHash: 'x', text });
    a.entities = [{ type: 'person', name: 'Lindsay Lohan', aliases: [] }];
    a.mentions = [
      { start: 0, end: 13, type: 'person', entity: 0, via: 'test' },
      { start: 0, end: 0, type: 'person', entity: 0, via: 'test', form: 'pronoun' },
    ];
    a.timexes = [
      { start: 50, end: 64, type: 'date', value: '2008-01-02', granularity: 'day', direction: null, relative: false },
      { start: 0, end: 0, type: 'date', value: '2008', granularity: 'year', direction: null, relative: false },
    ];
    expect(storyInput(a)).toEqual({ id: 'x', text, names: ['Lindsay Lohan'], days: ['2008-01-02'] });
  });
});

describe('same event in one story', () => {
  const ev = (story: string | null, trigger: string, participants: string[] = []) => ({ story, words: eventWords(trigger), participants });
  it('same family in one story', () => {
    expect(sameStoryEvent(ev('s1', 'was killed', ['p1']), ev('s1', 'murder'))).toBe(true);
    expect(sameStoryEvent(ev('s1', 'checked into'), ev('s1', 'entered'))).toBe(true);
  });
  it('not across stories, not without a story, not for different happenings', () => {
    expect(sameStoryEvent(ev('s1', 'killed'), ev('s2', 'killed'))).toBe(false);
    expect(sameStoryEvent(ev(null, 'killed'), ev(null, 'killed'))).toBe(false);
    expect(sameStoryEvent(ev('s1', 'killed'), ev('s1', 'arrested'))).toBe(false);
  });
  it('not when both name participants and share none', () => {
    expect(sameStoryEvent(ev('s1', 'arrested', ['p1']), ev('s1', 'detained', ['p2']))).toBe(false);
    expect(sameStoryEvent(ev('s1', 'arrested', ['p1', 'p2']), ev('s1', 'detained', ['p2']))).toBe(true);
  });
});
