/** A worker thread running the per-document work; see pool.ts. */
import { parentPort } from 'node:worker_threads';
import { isDossierError } from '../core/errors.js';
import type { Article, RawInput } from '../core/types.js';
import { defaultPipeline } from './pipeline.js';
import { processInput } from './process.js';

export interface WorkRequest {
  id: number;
  raw: RawInput;
  now: number;
}

export type WorkResponse =
  | { id: number; ok: true; articles: Article[] }
  | { id: number; ok: false; code: string | null; message: string; input: string | null };

/** What a worker posts: once `ready` (its models loaded), then one response per request. */
export type WorkerMessage = { ready: true } | WorkResponse;

const pipeline = defaultPipeline();
parentPort!.on('message', async (req: WorkRequest) => {
  try {
    const articles = await processInput(req.raw, pipeline, new Date(req.now));
    parentPort!.postMessage({ id: req.id, ok: true, articles } satisfies WorkResponse);
  } catch (e) {
    parentPort!.postMessage({
      id: req.id,
      ok: false,
      code: isDossierError(e) ? e.code : null,
      message: e instanceof Error ? e.message : String(e),
      input: isDossierError(e) ? (e.input ?? null) : null,
    } satisfies WorkResponse);
  }
});
parentPort!.postMessage({ ready: true } satisfies WorkerMessage);
