/** Scoring a tagger on labelled sentences. */
import type { LabelledSentence } from '../../src/language/entities/tagger/conll.js';
import { SpanScorer } from '../../src/language/entities/tagger/metrics.js';
import type { Tagger } from '../../src/language/entities/tagger/types.js';

export interface TaggerRun {
  scorer: SpanScorer;
  tokens: number;
  seconds: number;
}

export function evaluateTagger(tagger: Tagger, sentences: readonly LabelledSentence[]): TaggerRun {
  const scorer = new SpanScorer();
  const preds: string[][] = [];
  let tokens = 0;
  const t0 = process.hrtime.bigint();
  for (const s of sentences) {
    preds.push(tagger.tag(s.tokens));
    tokens += s.tokens.length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  sentences.forEach((s, i) => scorer.addTags(s.tags, preds[i] ?? []));
  return { scorer, tokens, seconds };
}

const pct = (x: number): string => (100 * x).toFixed(2);

/** "PER 90.12 ORG 80.00 LOC 91.00 | PER/ORG/LOC 88.00 | all 85.00" */
export function summary(s: SpanScorer): string {
  const parts = ['PER', 'ORG', 'LOC', 'MISC'].map((t) => `${t} ${pct(s.type(t).f1)}`);
  return `${parts.join('  ')} | PER/ORG/LOC ${pct(s.overall(['PER', 'ORG', 'LOC']).f1)} | with MISC ${pct(s.overall().f1)}`;
}
