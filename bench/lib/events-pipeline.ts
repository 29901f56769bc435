/**
 * The real document pipeline for the events benchmark: the language stages that exist in the
 * tree (sentences, entities with the tagger, roles, time), then events. A stage that fails to
 * load is left out and reported, so the benchmark still runs (with fewer annotations).
 */
import { createArticle } from '../../src/core/article.js';
import { createPipeline, type DocumentStage, CLEANED_LAYERS, type Layer, type Pipeline } from '../../src/core/stage.js';
import type { Article } from '../../src/core/types.js';
import { eventStage } from '../../src/extract/events/index.js';

export interface BenchPipeline {
  pipeline: Pipeline;
  missing: string[];
}

type Loader = () => Promise<DocumentStage>;

const LOADERS: [string, Layer[], Loader][] = [
  ['sentences', ['sentences', 'tokens'], async () => (await import('../../src/language/sentences/index.js')).sentenceStage()],
  [
    'entities',
    ['entities', 'mentions'],
    async () => {
      const ents = await import('../../src/language/entities/index.js');
      let tagger;
      try {
        tagger = (await import('../../src/language/entities/tagger/index.js')).loadTagger();
      } catch {
        tagger = undefined;
      }
      return ents.entityStage(tagger ? { tagger } : {});
    },
  ],
  ['roles', ['roles'], async () => (await import('../../src/language/roles/index.js')).roleStage()],
  ['time', ['timexes'], async () => (await import('../../src/language/time/index.js')).timeStage()],
  ['syntax', ['syntax'], async () => (await import('../../src/language/syntax/index.js')).syntaxStage()],
];

export async function buildBenchPipeline(): Promise<BenchPipeline> {
  const stages: DocumentStage[] = [];
  const missing: string[] = [];
  const provided = new Set<Layer>(CLEANED_LAYERS);
  for (const [name, provides, load] of LOADERS) {
    try {
      const stage = await load();
      if (stage.requires.every((r) => provided.has(r))) {
        stages.push(stage);
        for (const p of stage.provides) provided.add(p);
        continue;
      }
      missing.push(`${name} (needs ${stage.requires.filter((r) => !provided.has(r)).join(', ')})`);
    } catch (e) {
      missing.push(`${name} (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    }
    // Let the events stage run on empty layers.
    for (const p of provides) provided.add(p);
  }
  stages.push(eventStage());
  return { pipeline: createPipeline(stages, { initial: [...provided].filter((p) => !stages.some((s) => s.provides.includes(p))) }), missing };
}

/** One gold sentence as an article dated by the record's date. */
export function sentenceArticle(id: string, text: string, date: string | null): Article {
  return createArticle({
    id,
    source: id,
    rawHash: id,
    text,
    published: date ? { value: date, granularity: 'day', confidence: 0.9, evidence: 'gold-record' } : undefined,
  });
}
