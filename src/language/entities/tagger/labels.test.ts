import { describe, expect, it } from 'vitest';
import { parseConll } from './conll.js';
import { iob1ToIob2, spansFromTags, tagsFromSpans } from './labels.js';
import { SpanScorer } from './metrics.js';

describe('iob1ToIob2', () => {
  it('starts every entity with B- and keeps B- between adjacent entities of one type', () => {
    // "EU rejects German call" / "Peter Blackburn" / two adjacent LOCs split by B-LOC in IOB1.
    expect(iob1ToIob2(['I-ORG', 'O', 'I-MISC', 'O'])).toEqual(['B-ORG', 'O', 'B-MISC', 'O']);
    expect(iob1ToIob2(['I-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER']);
    expect(iob1ToIob2(['I-LOC', 'B-LOC', 'I-LOC', 'I-ORG'])).toEqual(['B-LOC', 'B-LOC', 'I-LOC', 'B-ORG']);
  });
});

describe('parseConll', () => {
  it('splits documents and sentences, keeps the word and converts the NER column', () => {
    const text = [
      '-DOCSTART- -X- O O',
      '',
      'EU NNP I-NP I-ORG',
      'rejects VBZ I-VP O',
      '',
      'Peter NNP I-NP I-PER',
      'Blackburn NNP I-NP I-PER',
      '',
      '-DOCSTART- -X- O O',
      '',
      'BRUSSELS NNP I-NP I-LOC',
      '',
    ].join('\n');
    const docs = parseConll(text);
    expect(docs).toHaveLength(2);
    expect(docs[0]?.sentences).toEqual([
      { tokens: ['EU', 'rejects'], tags: ['B-ORG', 'O'] },
      { tokens: ['Peter', 'Blackburn'], tags: ['B-PER', 'I-PER'] },
    ]);
    expect(docs[1]?.sentences[0]?.tags).toEqual(['B-LOC']);
  });
});

describe('spansFromTags', () => {
  it('reads chunks the way conlleval does, including a stray I- after O', () => {
    expect(spansFromTags(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
    ]);
    expect(tagsFromSpans([{ type: 'PER', start: 1, end: 3 }], 4)).toEqual(['O', 'B-PER', 'I-PER', 'O']);
  });
});

describe('SpanScorer', () => {
  it('counts exact span and type matches (hand-computed example)', () => {
    const s = new SpanScorer();
    // Sentence 1: gold PER[0,2) LOC[5,6); predicted PER[0,1) (wrong boundary), LOC[5,6) (right).
    s.addTags(['B-PER', 'I-PER', 'O', 'O', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'O', 'O', 'B-LOC']);
    // Sentence 2: gold ORG[0,2) MISC[3,4); predicted ORG[0,2) (right), LOC[3,4) (wrong type).
    s.addTags(['B-ORG', 'I-ORG', 'O', 'B-MISC'], ['B-ORG', 'I-ORG', 'O', 'B-LOC']);
    // PER: tp 0, fp 1, fn 1. LOC: tp 1, fp 1, fn 0. ORG: tp 1. MISC: fn 1.
    expect(s.type('PER')).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(s.type('LOC')).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(s.type('LOC').f1).toBeCloseTo(2 / 3, 10);
    // PER/ORG/LOC: tp 2, fp 2, fn 1 -> P 0.5, R 2/3, F1 = 2*0.5*(2/3)/(0.5+2/3) = 4/7.
    const core = s.overall(['PER', 'ORG', 'LOC']);
    expect(core).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(core.f1).toBeCloseTo(4 / 7, 10);
    // With MISC: tp 2, fp 2, fn 2 -> F1 0.5.
    expect(s.overall().f1).toBeCloseTo(0.5, 10);
  });
});
