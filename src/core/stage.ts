import type { Article } from './types.js';
import { DossierError } from './errors.js';

/** What a per-document stage may use besides the article itself. */
export interface StageContext {
  /** Today, for rules such as "no publication date in the future". Injected for tests. */
  now: Date;
}

/**
 * A layer is one of the Article's own fields ("text", "sentences", "entities", ...), so a
 * misspelt or invented layer name does not compile. `messages` is not a layer: it is the
 * diagnostic log every stage may append to.
 */
export type Layer = Exclude<keyof Article, 'messages'>;

/** The layers a stage reads and writes. A stage reads only what it `requires` or `provides`. */
export interface StageMeta {
  name: string;
  requires: readonly Layer[];
  provides: readonly Layer[];
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

/**
 * Cleaning is the first stage of every pipeline: it turns a raw input into articles (see
 * src/clean/clean.ts) and provides these layers; every later stage starts from them.
 */
export const CLEANING_STAGE: StageMeta = Object.freeze({
  name: 'clean',
  requires: [],
  provides: [
    'id',
    'source',
    'rawHash',
    'part',
    'url',
    'title',
    'byline',
    'publisher',
    'language',
    'published',
    'captured',
    'text',
    'sourceMap',
    'meta',
    'externalId',
    'metadata',
  ],
} as const satisfies StageMeta);

/** The layers a freshly cleaned article already has. */
export const CLEANED_LAYERS: readonly Layer[] = CLEANING_STAGE.provides;

/**
 * Where a pipeline can be built again: a module and the name of a function it exports that
 * returns the pipeline. Worker threads cannot receive functions, so they build the caller's
 * pipeline from this (src/app/pool.ts); a pipeline without one runs in the caller's thread.
 */
export interface PipelineOrigin {
  /** A module URL (file:) or package specifier the worker can import. */
  module: string;
  /** The export to call: `() => Pipeline | Promise<Pipeline>`. */
  export: string;
}

export interface Pipeline {
  /** The stages after cleaning, in order; `names` starts with cleaning itself. */
  stages: readonly DocumentStage[];
  names: readonly string[];
  provides: ReadonlySet<Layer>;
  origin: PipelineOrigin | null;
  run(article: Article, context?: Partial<StageContext>): Promise<Article>;
}

export interface PipelineOptions {
  /** The layers the articles come with (default: what cleaning provides). */
  initial?: readonly Layer[];
  /** How a worker thread builds this same pipeline again. */
  origin?: PipelineOrigin;
  /**
   * Watch every stage's reads and writes and fail (E_PIPELINE_ORDER) on one it does not
   * declare; slower, for tests and debugging.
   */
  checkAccess?: boolean;
}

/**
 * Check once, when the pipeline is built, that every stage's `requires` is provided by
 * cleaning or an earlier stage, and that no stage provides a layer an earlier stage already
 * read (it would change what that stage saw), so a mistake shows before the first document,
 * not at the 5,000th.
 */
export function createPipeline(stages: readonly DocumentStage[], options: PipelineOptions = {}): Pipeline {
  const initial = options.initial ?? CLEANED_LAYERS;
  const have = new Set<Layer>(initial);
  const readBy = new Map<Layer, string>();
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !have.has(layer));
    if (missing.length > 0) {
      throw new DossierError(
        'E_PIPELINE_ORDER',
        `stage "${stage.name}" requires ${quoted(missing)}, which no earlier stage provides; ` +
          `put a stage that provides it first`,
      );
    }
    for (const layer of stage.requires) if (!readBy.has(layer)) readBy.set(layer, stage.name);
    const rewritten = stage.provides.filter((layer) => readBy.has(layer) && !stage.requires.includes(layer));
    if (rewritten.length > 0) {
      const layer = rewritten[0]!;
      throw new DossierError(
        'E_PIPELINE_ORDER',
        `stage "${stage.name}" provides ${quoted(rewritten)}, which stage "${readBy.get(layer)}" already read; ` +
          `put "${stage.name}" before it`,
      );
    }
    for (const layer of stage.provides) have.add(layer);
  }
  const checkAccess = options.checkAccess ?? false;
  return {
    stages,
    names: [CLEANING_STAGE.name, ...stages.map((s) => s.name)],
    provides: have,
    origin: options.origin ?? null,
    async run(article, context = {}) {
      const ctx: StageContext = { now: context.now ?? new Date() };
      for (const stage of stages) {
        const seen = checkAccess ? watched(article, stage) : null;
        try {
          await stage.run(seen ? seen.article : article, ctx);
        } catch (e) {
          // One failing stage must not lose the article: record it and go on.
          article.messages.push({
            level: 'error',
            origin: `${stage.name}:failed`,
            text: e instanceof Error ? e.message : String(e),
          });
        }
        if (seen) seen.check();
      }
      return article;
    },
  };
}

/** The layers a stage touched without declaring them, found by watching one article. */
export interface UndeclaredAccess {
  read: Layer[];
  written: Layer[];
}

/**
 * A view of `article` that records which layers `stage` reads and writes; `check()` throws
 * E_PIPELINE_ORDER naming those it did not declare.
 */
function watched(article: Article, stage: StageMeta): { article: Article; check(): void } {
  const access = { read: new Set<Layer>(), written: new Set<Layer>() };
  const view = new Proxy(article, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key !== 'messages') access.read.add(key as Layer);
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      if (typeof key === 'string' && key !== 'messages') access.written.add(key as Layer);
      return Reflect.set(target, key, value, receiver);
    },
  });
  return {
    article: view,
    check() {
      const undeclared = undeclaredAccess(stage, access);
      const parts: string[] = [];
      if (undeclared.read.length > 0) parts.push(`reads ${quoted(undeclared.read)}`);
      if (undeclared.written.length > 0) parts.push(`writes ${quoted(undeclared.written)}`);
      if (parts.length > 0) {
        throw new DossierError(
          'E_PIPELINE_ORDER',
          `stage "${stage.name}" ${parts.join(' and ')} without declaring it; add it to its requires/provides`,
        );
      }
    },
  };
}

/** Reads outside requires ∪ provides, writes outside provides. */
export function undeclaredAccess(stage: StageMeta, access: { read: Iterable<Layer>; written: Iterable<Layer> }): UndeclaredAccess {
  const declared = new Set<Layer>([...stage.requires, ...stage.provides]);
  return {
    read: [...access.read].filter((l) => !declared.has(l)).sort(),
    written: [...access.written].filter((l) => !stage.provides.includes(l)).sort(),
  };
}

function quoted(layers: readonly string[]): string {
  return layers.map((m) => `"${m}"`).join(', ');
}
