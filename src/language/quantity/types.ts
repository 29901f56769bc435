/** Public types of the quantity area. */
import type { Span } from '../../core/types.js';
export type { Quantity } from '../../core/types.js';

export interface QuantityOptions {
  /**
   * Spans no quantity may overlap, typically the article's time expressions, so that
   * "October 17, 2023" or "in 2012" never yields the numbers 17, 2023 or 2012.
   */
  avoid?: readonly Span[];
}
