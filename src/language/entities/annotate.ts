import type { DocEntity, Mention, Sentence, Token } from '../../core/types.js';
import { extractRoles } from '../roles/extract.js';
import { resolveNames } from './coref.js';
import { getGazetteer } from './gazetteer.js';
import { findNominals } from './nominal.js';
import { retypePlaces } from './place-pass.js';
import { recognize } from './recognize.js';
import type { Tagger } from './types.js';

export interface EntityResult {
  entities: DocEntity[];
  mentions: Mention[];
}

/** Entities and mentions of one text whose sentences and tokens are known. */
export function annotateEntities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  tagger?: Tagger,
): EntityResult {
  const gaz = getGazetteer();
  const found = recognize(text, tokens, sentences, gaz, tagger);
  const { candidates, singles } = retypePlaces(text, tokens, found.candidates, found.singles, gaz);
  const { entities, mentions } = resolveNames(text, candidates, singles, gaz, { tagged: tagger !== undefined, sentences });
  const roles = extractRoles({ text, tokens, sentences, mentions, entities, asOf: null });
  const nominals = findNominals(text, tokens, mentions, entities, roles);
  const all = nominals.length > 0 ? [...mentions, ...nominals].sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
  return { entities, mentions: all };
}
