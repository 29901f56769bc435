/** Loading the shipped (or another) tagger model. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DossierError } from '../../../core/errors.js';
import { decodeModel } from './model-file.js';
import { PerceptronTagger } from './tagger.js';
import type { LoadedTagger } from './types.js';

export const DEFAULT_MODEL_FILE = 'ner-perceptron.json.gz';

/**
 * The shipped model: `models/ner-perceptron.json.gz` in the package root, found by walking
 * up from this module (works from src/ under tsx and from dist/).
 */
export function defaultModelPath(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const candidate = join(dir, 'models', DEFAULT_MODEL_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new DossierError(
    'E_NOT_FOUND',
    `tagger model models/${DEFAULT_MODEL_FILE} not found above ${dirname(from)}; run "npm run train:tagger" or pass a model path`,
  );
}

const loaded = new Map<string, LoadedTagger>();

/** Loads a tagger (cached per resolved path). Default: the model shipped in models/. */
export function loadTagger(path?: string): LoadedTagger {
  const file = resolve(path ?? defaultModelPath());
  const hit = loaded.get(file);
  if (hit) return hit;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new DossierError('E_INPUT_UNREADABLE', `cannot read tagger model ${file}; check the path`, { input: file, cause });
  }
  let tagger: LoadedTagger;
  try {
    tagger = new PerceptronTagger(decodeModel(bytes));
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new DossierError('E_INPUT_TYPE', `${file} is not a usable tagger model: ${why}`, { input: file, cause });
  }
  loaded.set(file, tagger);
  return tagger;
}
