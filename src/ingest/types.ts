import type { DossierError } from '../core/errors.js';
import type { RawInput } from '../core/types.js';

/** What reading one path, URL or stdin gave: the inputs found and the problems met. */
export interface ReadResult {
  inputs: RawInput[];
  errors: DossierError[];
}
