/** Coded errors. The message names the bad value and what to do about it. */

export type ErrorCode =
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_TOO_DEEP'
  | 'E_DOCUMENT_TIMEOUT'
  | 'E_INPUT_JSON'
  | 'E_INPUT_NO_TEXT'
  | 'E_INPUT_NO_ARTICLE'
  | 'E_INPUT_TYPE'
  | 'E_FETCH_FAILED'
  | 'E_FETCH_STATUS'
  | 'E_FETCH_TIMEOUT'
  | 'E_FETCH_FORBIDDEN'
  | 'E_FEED_INVALID'
  | 'E_PIPELINE_ORDER'
  | 'E_STORE'
  | 'E_STORE_FULL'
  | 'E_USAGE'
  | 'E_NOT_FOUND';

export class DossierError extends Error {
  readonly code: ErrorCode;
  /** The input (path, URL, record) the error is about, when there is one. */
  readonly input?: string;

  constructor(code: ErrorCode, message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DossierError';
    this.code = code;
    if (options.input !== undefined) this.input = options.input;
  }
}

export function isDossierError(e: unknown): e is DossierError {
  return e instanceof DossierError;
}

/** One line for a user: "path: message [CODE]". */
export function describeError(e: unknown): string {
  if (isDossierError(e)) {
    const where = e.input ? `${e.input}: ` : '';
    return `${where}${e.message} [${e.code}]`;
  }
  return e instanceof Error ? e.message : String(e);
}
