/**
 * Per-document budgets: how large an input may be and how long its cleaning and annotation
 * may take before it is set aside. A document past its budget is kept raw in the store with a
 * coded error naming the limit, and the batch goes on.
 */
import { DossierError, type ErrorCode } from '../core/errors.js';
import type { RawInput } from '../core/types.js';
import { formatBytes } from '../core/bytes.js';

/** Default largest input (HTML, text or record) one document may come from: 20 MB. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Default longest time one document's cleaning and annotation may take: 30 s. */
export const DEFAULT_DOCUMENT_TIMEOUT_MS = 30_000;
/**
 * Inputs at least this large run in a worker thread even without --jobs, where a time limit
 * can stop them; smaller ones (news pages are mostly 20-300 kB) run in this thread.
 */
export const WORKER_FROM_BYTES = 512 * 1024;

export interface DocumentBudget {
  maxBytes: number;
  timeoutMs: number;
}

/** Errors after which the input is still kept raw in the store: nothing a user gave is lost. */
const KEEPS_RAW: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['E_INPUT_TOO_LARGE', 'E_INPUT_TOO_DEEP', 'E_DOCUMENT_TIMEOUT']);

export function keepsRaw(e: unknown): boolean {
  return e instanceof DossierError && KEEPS_RAW.has(e.code);
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** E_INPUT_TOO_LARGE for an input over the size budget, or null when it fits. */
export function checkSize(raw: RawInput, maxBytes: number): DossierError | null {
  if (raw.bytes.length <= maxBytes) return null;
  return new DossierError(
    'E_INPUT_TOO_LARGE',
    `is ${formatBytes(raw.bytes.length)}, over the ${formatBytes(maxBytes)} limit for one document (ingest --max-bytes)`,
    { input: raw.source },
  );
}

export function timedOut(raw: RawInput, timeoutMs: number): DossierError {
  return new DossierError(
    'E_DOCUMENT_TIMEOUT',
    `took longer than the ${formatSeconds(timeoutMs)} limit for one document (ingest --doc-timeout) and was stopped`,
    { input: raw.source },
  );
}
