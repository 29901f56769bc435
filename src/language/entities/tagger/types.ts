/** Public types of the named-entity tagger. */

/** The IOB2 labels the tagger emits, one per token. */
export const NER_LABELS = [
  'O',
  'B-PER',
  'I-PER',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
] as const;

export type NerLabel = (typeof NER_LABELS)[number];

/** The entity types of the CoNLL-2003 scheme. */
export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/**
 * Tags one sentence: one IOB2 label (B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC,
 * I-MISC or O) per input token. The output never has an I-X that does not follow B-X / I-X.
 */
export interface Tagger {
  tag(tokens: readonly string[]): string[];
}

/** An entity as a token range: tokens [start, end) of one sentence. */
export interface TokenSpan {
  type: string;
  start: number;
  end: number;
}

/** Where a shipped model came from and how good it was when it was trained. */
export interface ModelProvenance {
  model: string;
  dataset: string;
  licence: string;
  trainedAt: string;
  epochs: number;
  seed: number;
  features: string[];
  trainSentences: number;
  trainTokens: number;
  /** Scores on the development set at training time (CoNLL-2003 eng.testa). */
  dev: { f1PerOrgLoc: number; f1All: number; byType: Record<string, number> };
  notes: string;
}

/** A loaded tagger also says what it is. */
export interface LoadedTagger extends Tagger {
  readonly provenance: ModelProvenance;
  /** Number of weighted features in the model. */
  readonly featureCount: number;
}

/** Precision, recall and F1 with the counts behind them. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
