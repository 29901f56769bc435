/** Reader for CoNLL-2003 column files (word POS chunk NER, IOB1). Only word and NER are kept. */
import { iob1ToIob2 } from './labels.js';

export interface LabelledSentence {
  tokens: string[];
  /** IOB2 tags. */
  tags: string[];
}

export interface LabelledDocument {
  sentences: LabelledSentence[];
}

/**
 * Parses CoNLL-2003 text into documents (split at -DOCSTART- lines) of sentences (split at
 * blank lines). The last column is the NER tag; IOB1 is converted to IOB2. The POS and chunk
 * columns are dropped: at run time the tagger only sees raw tokens.
 */
export function parseConll(text: string): LabelledDocument[] {
  const docs: LabelledDocument[] = [];
  let doc: LabelledDocument = { sentences: [] };
  let tokens: string[] = [];
  let tags: string[] = [];
  const flushSentence = (): void => {
    if (tokens.length > 0) doc.sentences.push({ tokens, tags: iob1ToIob2(tags) });
    tokens = [];
    tags = [];
  };
  const flushDoc = (): void => {
    flushSentence();
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { sentences: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flushSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flushDoc();
      continue;
    }
    tokens.push(cols[0] ?? '');
    tags.push(cols[cols.length - 1] ?? 'O');
  }
  flushDoc();
  return docs;
}
