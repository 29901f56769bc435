import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

let nlp: Nlp | null = null;

/**
 * The wink-nlp instance with the English lite model, loaded once per process on first use.
 * Only sentence boundaries and part-of-speech tags are computed (no wink NER, negation or
 * sentiment), which roughly doubles throughput.
 */
export function getNlp(): Nlp {
  if (nlp === null) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}
