/** A worker thread running the per-document work with the caller's pipeline; see pool.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { DossierError, isDossierError } from '../core/errors.js';
import type { Pipeline, PipelineOrigin } from '../core/stage.js';
import type { Article, RawInput } from '../core/types.js';
import { processInput } from './process.js';

export interface WorkRequest {
  id: number;
  raw: RawInput;
  now: number;
}

export type WorkResponse =
  | { id: number; ok: true; articles: Article[] }
  | { id: number; ok: false; code: string | null; message: string; input: string | null };

/** What a worker posts: once `ready` (its pipeline built), then one response per request. */
export type WorkerMessage = { ready: true } | WorkResponse;

/** What a worker is started with: where to build the caller's pipeline, and its stage names to check. */
export interface WorkerSetup {
  origin: PipelineOrigin;
  names: readonly string[];
}

/** Build the pipeline the caller built, from its origin, and check it has the caller's stages. */
export async function pipelineFrom(setup: WorkerSetup): Promise<Pipeline> {
  const { origin, names } = setup;
  const mod = (await import(origin.module)) as Record<string, unknown>;
  const build = mod[origin.export];
  if (typeof build !== 'function') {
    throw new DossierError('E_USAGE', `pipeline origin ${origin.module} has no function "${origin.export}" to build the pipeline with`);
  }
  const pipeline = (await build()) as Pipeline;
  const got = pipeline?.names?.join(' → ') ?? String(pipeline);
  if (got !== names.join(' → ')) {
    throw new DossierError('E_USAGE', `pipeline origin ${origin.module}#${origin.export} builds "${got}", not the caller's "${names.join(' → ')}"`);
  }
  return pipeline;
}

if (parentPort) {
  const port = parentPort;
  const pipeline = await pipelineFrom(workerData as WorkerSetup);
  port.on('message', async (req: WorkRequest) => {
    try {
      const articles = await processInput(req.raw, pipeline, new Date(req.now));
      port.postMessage({ id: req.id, ok: true, articles } satisfies WorkResponse);
    } catch (e) {
      port.postMessage({
        id: req.id,
        ok: false,
        code: isDossierError(e) ? e.code : null,
        message: e instanceof Error ? e.message : String(e),
        input: isDossierError(e) ? (e.input ?? null) : null,
      } satisfies WorkResponse);
    }
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
