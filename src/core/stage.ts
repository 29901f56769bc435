import type { Article } from './types.js';
import { DossierError } from './errors.js';

/** What a per-document stage may use besides the article itself. */
export interface StageContext {
  /** Today, for rules such as "no publication date in the future". Injected for tests. */
  now: Date;
}

/** The layers a stage reads and writes, e.g. "text", "sentences", "entities". */
export interface StageMeta {
  name: string;
  requires: readonly string[];
  provides: readonly string[];
}

/** A per-document stage: pure, looks at one article only, adds annotations to it. */
export interface DocumentStage extends StageMeta {
  run(article: Article, context: StageContext): void | Promise<void>;
}

/** Build a stage from its metadata and its function. */
export function defineStage(
  meta: StageMeta,
  run: (article: Article, context: StageContext) => void | Promise<void>,
): DocumentStage {
  return { ...meta, run };
}

/** The layers a freshly cleaned article already has. */
export const CLEANED_LAYERS = ['text', 'metadata', 'published'] as const;

export interface Pipeline {
  stages: readonly DocumentStage[];
  provides: ReadonlySet<string>;
  run(article: Article, context?: Partial<StageContext>): Promise<Article>;
}

/**
 * Check once, when the pipeline is built, that every stage's `requires` is provided by
 * the input or an earlier stage, so a mistake shows before the first document, not at
 * the 5,000th.
 */
export function createPipeline(
  stages: readonly DocumentStage[],
  initial: readonly string[] = CLEANED_LAYERS,
): Pipeline {
  const have = new Set<string>(initial);
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !have.has(layer));
    if (missing.length > 0) {
      throw new DossierError(
        'E_PIPELINE_ORDER',
        `stage "${stage.name}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier stage provides; ` +
          `put a stage that provides it first`,
      );
    }
    for (const layer of stage.provides) have.add(layer);
  }
  return {
    stages,
    provides: have,
    async run(article, context = {}) {
      const ctx: StageContext = { now: context.now ?? new Date() };
      for (const stage of stages) {
        try {
          await stage.run(article, ctx);
        } catch (e) {
          // One failing stage must not lose the article: record it and go on.
          article.messages.push({
            level: 'error',
            origin: `${stage.name}:failed`,
            text: e instanceof Error ? e.message : String(e),
          });
        }
      }
      return article;
    },
  };
}
