/** Scoring a tagger on labelled sentences. */
import type { LabelledSentence } from '../../src/language/entities/tagger/conll.js';
import { spansFromTags } from '../../src/language/entities/tagger/labels.js';
import { SpanScorer } from '../../src/language/entities/tagger/metrics.js';
import type { Tagger, TokenSpan } from '../../src/language/entities/tagger/types.js';

export interface TaggerRun {
  scorer: SpanScorer;
  /** Spans count as found when they overlap a gold span of the same type (boundary-lenient). */
  overlap: SpanScorer;
  tokens: number;
  /** Wall-clock seconds spent tagging. */
  seconds: number;
  /** CPU seconds (user + system) spent tagging: steadier than wall time on a shared machine. */
  cpuSeconds: number;
}

/** Spans of `pred` that overlap a same-type span of `gold` are replaced by that gold span. */
function snapToOverlap(gold: TokenSpan[], pred: TokenSpan[]): TokenSpan[] {
  const used = new Set<TokenSpan>();
  return pred.map((p) => {
    const g = gold.find((x) => !used.has(x) && x.type === p.type && x.start < p.end && p.start < x.end);
    if (!g) return p;
    used.add(g);
    return g;
  });
}

export function evaluateTagger(tagger: Tagger, sentences: readonly LabelledSentence[]): TaggerRun {
  const scorer = new SpanScorer();
  const overlap = new SpanScorer();
  const preds: string[][] = [];
  let tokens = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const s of sentences) {
    preds.push(tagger.tag(s.tokens));
    tokens += s.tokens.length;
  }
  const cpu = process.cpuUsage(c0);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  sentences.forEach((s, i) => {
    const gold = spansFromTags(s.tags);
    const pred = spansFromTags(preds[i] ?? []);
    scorer.addSpans(gold, pred);
    overlap.addSpans(gold, snapToOverlap(gold, pred));
  });
  return { scorer, overlap, tokens, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const pct = (x: number): string => (100 * x).toFixed(2);

/** "PER 90.12 ORG 80.00 LOC 91.00 | PER/ORG/LOC 88.00 | all 85.00" */
export function summary(s: SpanScorer): string {
  const parts = ['PER', 'ORG', 'LOC', 'MISC'].map((t) => `${t} ${pct(s.type(t).f1)}`);
  return `${parts.join('  ')} | PER/ORG/LOC ${pct(s.overall(['PER', 'ORG', 'LOC']).f1)} | with MISC ${pct(s.overall().f1)}`;
}
