/**
 * The values a stated figure allows, for telling whether two sources disagree: a plain figure
 * is itself within 1% (rounding); "about" allows 10% either way; "at least 7" and "more than
 * 7" everything from 7 up; "up to 7" and "fewer than 7" everything up to 7. A vague amount
 * ("thousands of", "dozens") states no figure to contradict, so it allows anything.
 */
import type { QuantityQualifier } from '../../core/types.js';

export interface StatedFigure {
  value: number;
  qualifier?: QuantityQualifier | null;
  vague?: boolean;
}

export function figureBounds(f: StatedFigure): { low: number; high: number } {
  const v = f.value;
  const near = (share: number) => ({ low: Math.min(v * (1 - share), v * (1 + share)), high: Math.max(v * (1 - share), v * (1 + share)) });
  if (f.vague) return { low: -Infinity, high: Infinity };
  switch (f.qualifier) {
    case 'at-least':
    case 'more-than':
      return { low: near(0.01).low, high: Infinity };
    case 'up-to':
    case 'less-than':
      return { low: -Infinity, high: near(0.01).high };
    case 'about':
      return near(0.1);
    default:
      return near(0.01);
  }
}

/** Do two stated figures contradict each other (no value satisfies both)? */
export function figuresConflict(a: StatedFigure, b: StatedFigure): boolean {
  const x = figureBounds(a);
  const y = figureBounds(b);
  return x.high < y.low || y.high < x.low;
}
