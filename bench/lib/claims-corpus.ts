/**
 * The VOA documents of ../shared/corpus/voa/gmb-docs.jsonl run through dossier's own reader,
 * cleaner and default document pipeline, so that document ids and offsets are the ones a
 * `dossier ingest` of the same file stores.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultPipeline } from '../../src/app/pipeline.js';
import { processInput } from '../../src/app/process.js';
import type { Article } from '../../src/core/types.js';
import { DossierError } from '../../src/core/errors.js';
import { articleId } from '../../src/ingest/hash.js';
import { readInputs } from '../../src/ingest/read.js';

export function voaPath(): string {
  return fileURLToPath(new URL('../../../shared/corpus/voa/gmb-docs.jsonl', import.meta.url));
}

export interface VoaArticle {
  article: Article;
  /** The record's own id and split ("train", "dev", "test"). */
  record: string;
  split: string;
}

/** The articles of the corpus (only those with ids in `only` when given), in file order. */
export async function loadVoa(only?: ReadonlySet<string>): Promise<VoaArticle[] | null> {
  const path = voaPath();
  if (!existsSync(path)) return null;
  const out: VoaArticle[] = [];
  const now = new Date('2026-01-01T00:00:00Z');
  for await (const raw of readInputs([path])) {
    if (raw instanceof DossierError) continue;
    if (only && !only.has(articleId(raw.hash, 0))) continue;
    const record = String(raw.meta.id ?? '');
    const split = String(raw.meta.split ?? '');
    for (const article of await processInput(raw, defaultPipeline(), now)) out.push({ article, record, split });
  }
  return out;
}

/** documentId -> {record, split, text} for every record, without running the pipeline. */
export async function voaIndex(): Promise<Map<string, { record: string; split: string }> | null> {
  const path = voaPath();
  if (!existsSync(path)) return null;
  const out = new Map<string, { record: string; split: string }>();
  for await (const raw of readInputs([path])) {
    if (raw instanceof DossierError) continue;
    out.set(articleId(raw.hash, 0), { record: String(raw.meta.id ?? ''), split: String(raw.meta.split ?? '') });
  }
  return out;
}
