import { describe, expect, it } from 'vitest';
import { isDossierError } from '../../../core/errors.js';
import { spansFromTags } from './labels.js';
import { defaultModelPath, loadTagger } from './load.js';

describe('the shipped model', () => {
  it('is found in models/ and says where it came from', () => {
    expect(defaultModelPath()).toMatch(/models[\\/]ner-perceptron\.json\.gz$/);
    const tagger = loadTagger();
    expect(tagger.provenance.licence).toContain('research use');
    expect(tagger.provenance.dev.f1PerOrgLoc).toBeGreaterThan(0.86);
    expect(tagger.featureCount).toBeGreaterThan(10_000);
    expect(loadTagger()).toBe(tagger);
  });

  it('tags people and places in a news sentence', () => {
    const tokens = 'Russian Foreign Minister Sergey Lavrov met Pakistani Prime Minister Imran Khan in Islamabad .'.split(' ');
    const tags = loadTagger().tag(tokens);
    expect(tags).toHaveLength(tokens.length);
    const spans = spansFromTags(tags).map((s) => `${s.type}:${tokens.slice(s.start, s.end).join(' ')}`);
    expect(spans).toContain('PER:Sergey Lavrov');
    expect(spans).toContain('PER:Imran Khan');
    expect(spans).toContain('LOC:Islamabad');
  });

  it('never emits I-X after O or after another type', () => {
    const tagger = loadTagger();
    for (const text of ['of the of the', 'Bank of England said', 'NEW YORK 1996-08-22', 'in in in Washington Post']) {
      const tags = tagger.tag(text.split(' '));
      tags.forEach((t, i) => {
        if (t.startsWith('I-')) expect(tags[i - 1]?.slice(2)).toBe(t.slice(2));
      });
    }
  });
});

describe('loadTagger', () => {
  it('reports a missing or broken model file with a coded error', () => {
    let err: unknown;
    try {
      loadTagger('/nonexistent/model.json.gz');
    } catch (e) {
      err = e;
    }
    expect(isDossierError(err) && err.code).toBe('E_INPUT_UNREADABLE');
    try {
      loadTagger(new URL(import.meta.url).pathname);
    } catch (e) {
      err = e;
    }
    expect(isDossierError(err) && err.code).toBe('E_INPUT_TYPE');
  });
});
