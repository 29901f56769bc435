import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from './model-file.js';
import { PerceptronTagger } from './tagger.js';
import { seededRandom } from '../../../core/random.js';
import { trainTagger, type TrainingSentence } from './trainer.js';
import type { ModelProvenance } from './types.js';

const provenance: ModelProvenance = {
  model: 'test',
  dataset: 'twenty made-up sentences',
  licence: 'test',
  trainedAt: '2026-01-01T00:00:00Z',
  epochs: 8,
  seed: 3,
  features: [],
  trainSentences: 20,
  trainTokens: 0,
  dev: { f1PerOrgLoc: 0, f1All: 0, byType: {} },
  notes: '',
};

/** "Anna Berg visited Oslo ." -> tokens and IOB2 tags, from a compact notation. */
function s(text: string): TrainingSentence {
  const tokens: string[] = [];
  const tags: string[] = [];
  for (const part of text.split(' ')) {
    const [word, type] = part.split('/');
    tokens.push(word as string);
    tags.push(type ?? 'O');
  }
  return { tokens, tags };
}

// Notation: word/B-PER, word/I-PER, ...; untagged words are O.
const TRAIN = [
  'Anna/B-PER Berg/I-PER visited/O Oslo/B-LOC .',
  'John/B-PER Smith/I-PER visited/O Madrid/B-LOC on Monday .',
  'Maria/B-PER Costa/I-PER flew to Lisbon/B-LOC .',
  'Omar/B-PER Haddad/I-PER arrived in Cairo/B-LOC yesterday .',
  'Lena/B-PER Novak/I-PER met reporters in Prague/B-LOC .',
  'The Acme/B-ORG Corp/I-ORG said profits rose .',
  'Shares of Globex/B-ORG Inc/I-ORG fell sharply .',
  'Initech/B-ORG Ltd/I-ORG said it would cut jobs .',
  'Workers at Umbrella/B-ORG Corp/I-ORG went on strike .',
  'Hooli/B-ORG Inc/I-ORG said sales fell in Berlin/B-LOC .',
  'Peter/B-PER Olsen/I-PER , a spokesman for Acme/B-ORG Corp/I-ORG , declined to comment .',
  'Sara/B-PER Lind/I-PER visited Vienna/B-LOC and Rome/B-LOC .',
  'He said the weather was fine .',
  'Prices rose in Paris/B-LOC on Tuesday .',
  'Talks in Geneva/B-LOC ended without a deal .',
  'Carlos/B-PER Ruiz/I-PER told reporters the deal was done .',
  'Nina/B-PER Petrova/I-PER said Globex/B-ORG Inc/I-ORG would appeal .',
  'The company said it expected growth .',
  'Ahmed/B-PER Khan/I-PER flew to Dubai/B-LOC on Friday .',
  'Analysts expected Initech/B-ORG Ltd/I-ORG to report a loss .',
].map(s);

describe('trainTagger', () => {
  it('parses the test notation', () => {
    expect(TRAIN[0]).toEqual({
      tokens: ['Anna', 'Berg', 'visited', 'Oslo', '.'],
      tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'],
    });
    expect(TRAIN).toHaveLength(20);
  });

  it('learns a tiny training set well enough to tag an unseen sentence', () => {
    const weights = trainTagger(TRAIN, { epochs: 8, seed: 3 });
    const tagger = new PerceptronTagger({ ...weights, provenance });
    // Unseen pairing of names, unseen company and city name, seen context words.
    expect(tagger.tag(['Omar', 'Lind', 'visited', 'Oslo', '.'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
    expect(tagger.tag(['Shares', 'of', 'Vandelay', 'Inc', 'fell', 'sharply', '.'])).toEqual([
      'O',
      'O',
      'B-ORG',
      'I-ORG',
      'O',
      'O',
      'O',
    ]);
    expect(tagger.tag([])).toEqual([]);
  });

  it('is deterministic for a seed and survives the model file round trip', () => {
    const a = trainTagger(TRAIN, { epochs: 3, seed: 5 });
    const b = trainTagger(TRAIN, { epochs: 3, seed: 5 });
    expect(a.features).toEqual(b.features);
    expect([...a.weights]).toEqual([...b.weights]);
    const back = decodeModel(encodeModel({ ...a, provenance }));
    expect(back.provenance).toEqual(provenance);
    const original = new PerceptronTagger({ ...a, provenance });
    const restored = new PerceptronTagger(back);
    for (const t of TRAIN) expect(restored.tag(t.tokens)).toEqual(original.tag(t.tokens));
  });

  it('shuffles with a seeded generator', () => {
    const r1 = seededRandom(42);
    const r2 = seededRandom(42);
    const xs = [r1(), r1(), r1()];
    expect([r2(), r2(), r2()]).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});
