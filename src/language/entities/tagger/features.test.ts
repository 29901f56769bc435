import { describe, expect, it } from 'vitest';
import { FeatureExtractor, MAX_FEATURES, normaliseToken, START, tokenFeatureNames } from './features.js';
import { Gazetteer, worldGazetteer } from './gazetteer.js';
import { capsClass, collapsedShape, shortShape, spelling } from './word-shape.js';

const sentence = ['Sergey', 'Lavrov', 'met', 'officials', 'in', 'Islamabad', '.'];

describe('word shape', () => {
  it('maps characters to classes and collapses runs', () => {
    expect(collapsedShape('Lavrov')).toBe('Xx');
    expect(collapsedShape('U.S.')).toBe('X.X.');
    expect(collapsedShape('1996-08-22')).toBe('d-d-d');
    expect(collapsedShape('McDonald')).toBe('XxXx');
    expect(collapsedShape('Łódź')).toBe('Xx');
    expect(shortShape('Islamabad')).toBe('Xxxx~xx');
    expect(capsClass('Lavrov')).toBe('init');
    expect(capsClass('NATO')).toBe('allcaps');
    expect(capsClass('I')).toBe('cap1');
    expect(capsClass('iPhone')).toBe('lowmixed');
    expect(capsClass('1996')).toBe('num');
    expect(capsClass(',')).toBe('punct');
    expect(spelling('Islamabad')).toEqual({ shape: 'Xx', short: 'Xxxx~xx', caps: 'init' });
    expect(spelling('U.S.')).toEqual({ shape: 'X.X.', short: 'X.X.', caps: 'allcaps' });
  });
});

describe('tokenFeatureNames', () => {
  it('describes a token by its spelling, neighbours, gazetteer matches and history', () => {
    // Lavrov (token 1) after Sergey tagged B-PER (label index 1).
    const f = tokenFeatureNames(sentence, 1, [1], [worldGazetteer()]);
    for (const name of [
      'w=Lavrov',
      'l=lavrov',
      'p3=Lav',
      's2=ov',
      'sh=Xx',
      'c=init',
      'l-2=<s>',
      'l-1=sergey',
      'c-1=init',
      'l+1=met',
      'l+2=officials',
      'l-1|l=sergey|lavrov',
      'l|l+1=lavrov|met',
      'sh-1|sh|sh+1=Xx|Xx|x',
      'pt=BP',
      'pt2=S|BP',
      'pt=BP|l=lavrov',
    ]) {
      expect(f).toContain(name);
    }
    expect(f).not.toContain('first|c=init');
    expect(tokenFeatureNames(sentence, 0, [], [])).toContain('first|c=init');
    expect(tokenFeatureNames(sentence, 0, [], [])).toContain('pt2=S|S');
  });

  it('marks gazetteer matches on the token and its neighbours', () => {
    const island = tokenFeatureNames(sentence, 5, [0, 0, 0, 0, 0], [worldGazetteer()]);
    expect(island).toContain('g=capital:B');
    expect(island).toContain('g=capital:B|c=init');
    const before = tokenFeatureNames(sentence, 4, [0, 0, 0, 0], [worldGazetteer()]);
    expect(before).toContain('g+1=capital:B');
    expect(before.some((n) => n.startsWith('g='))).toBe(false);
    // The all-caps headline flag.
    expect(tokenFeatureNames(['RUSSIA', 'WARNS', 'NATO'], 2, [0, 0], [])).toContain('hl|c=allcaps');
  });
});

describe('normaliseToken', () => {
  it('maps typographic quotes and dashes to the ASCII ones of the training text', () => {
    expect(normaliseToken('Pakistan\u2019s')).toBe("Pakistan's");
    expect(normaliseToken('\u201cfruitful')).toBe('"fruitful');
    expect(normaliseToken('\u2014')).toBe('-');
    expect(normaliseToken('Lavrov')).toBe('Lavrov');
    expect(tokenFeatureNames(['\u2019s'], 0, [])).toEqual(tokenFeatureNames(["'s"], 0, []));
  });
});

describe('FeatureExtractor', () => {
  it('computes exactly the reference feature set as ids', () => {
    const names: string[] = [];
    const index = new Map<string, number>();
    const intern = (n: string): number => {
      let id = index.get(n);
      if (id === undefined) {
        id = names.length;
        names.push(n);
        index.set(n, id);
      }
      return id;
    };
    const dict = new Gazetteer([['sergey lavrov', 'd-PER']]);
    const ex = new FeatureExtractor(intern, [worldGazetteer(), dict]);
    const buf = new Int32Array(MAX_FEATURES + 4);
    const labels = [1, 2, 0, 0, 0, 5, 0];
    const ps = ex.prepare(sentence);
    for (let i = 0; i < sentence.length; i++) {
      const k = ex.collect(ps, i, buf);
      ex.history(ps, i, i >= 1 ? (labels[i - 1] as number) : START, i >= 2 ? (labels[i - 2] as number) : START, buf, k);
      const got = [...buf.subarray(0, k + 4)].map((id) => names[id]).sort();
      expect(got).toEqual(tokenFeatureNames(sentence, i, labels, [worldGazetteer(), dict]).sort());
    }
  });
});

describe('Gazetteer', () => {
  it('prefers the longest match and matches case-insensitively', () => {
    const g = new Gazetteer([
      ['new york', 'city'],
      ['new york stock exchange', 'org'],
      ['york', 'city'],
    ]);
    expect(g.match(['the', 'new', 'york', 'stock', 'exchange', 'in', 'york'])).toEqual([
      null,
      ['org:B'],
      ['org:I'],
      ['org:I'],
      ['org:I'],
      null,
      ['city:B'],
    ]);
    expect(g.match(['New', 'York'].map((t) => t.toLowerCase()))).toEqual([['city:B'], ['city:I']]);
  });

  it('knows countries, capitals and demonyms from world-countries', () => {
    const w = worldGazetteer();
    expect(w.match(['pakistan'])).toEqual([['country:B']]);
    expect(w.match(['islamabad'])).toEqual([['capital:B']]);
    expect(w.match(['pakistani'])).toEqual([['demonym:B']]);
  });
});
