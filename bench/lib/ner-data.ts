/** Locating and reading the NER benchmark data in ../shared/bench/ner (never copied into the repo). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll, type LabelledDocument, type LabelledSentence } from '../../src/language/entities/tagger/conll.js';

/** The repository root (this file is bench/lib/ner-data.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NER_DATA_DIR = join(REPO_ROOT, '..', 'shared', 'bench', 'ner');
export const CONLL_DIR = join(NER_DATA_DIR, 'conll2003');
export const GMB_DIR = join(NER_DATA_DIR, 'gmb');

export function readConll(file: string): LabelledDocument[] {
  return parseConll(readFileSync(file, 'utf8'));
}

export function conllFile(name: 'eng.train' | 'eng.testa'): string | null {
  const f = join(CONLL_DIR, name);
  return existsSync(f) ? f : null;
}

const GMB_MAP: Record<string, string> = { per: 'PER', org: 'ORG', geo: 'LOC', gpe: 'LOC' };

/**
 * The GMB (Kaggle "Annotated Corpus for NER" derivative) sentences with tags mapped to
 * PER/ORG/LOC (geo and gpe -> LOC; tim, art, eve, nat -> O). Returns null when absent.
 */
export function readGmb(limit = Infinity): LabelledSentence[] | null {
  const f = join(GMB_DIR, 'ner_dataset_partial_KarteeKReddy9597.csv');
  if (!existsSync(f)) return null;
  const lines = readFileSync(f, 'latin1').split('\n').slice(1);
  const out: LabelledSentence[] = [];
  let cur: LabelledSentence | null = null;
  for (const line of lines) {
    if (line.trim() === '') continue;
    // Sentence #,Word,POS,Tag -- the word itself may be a quoted comma.
    const m = /^(Sentence: \d+)?,("(?:[^"]|"")*"|[^,]*),([^,]*),([^,\r]*)\r?$/.exec(line);
    if (!m) continue;
    if (m[1]) {
      if (cur && cur.tokens.length) out.push(cur);
      if (out.length >= limit) return out;
      cur = { tokens: [], tags: [] };
    }
    if (!cur) continue;
    let word = m[2] ?? '';
    if (word.startsWith('"') && word.endsWith('"') && word.length >= 2) word = word.slice(1, -1).replace(/""/g, '"');
    const tag = m[4] ?? 'O';
    const [prefix, type] = tag.split('-');
    const mapped = type ? GMB_MAP[type] : undefined;
    cur.tokens.push(word);
    cur.tags.push(mapped && prefix ? `${prefix}-${mapped}` : 'O');
  }
  if (cur && cur.tokens.length && out.length < limit) out.push(cur);
  return out;
}
