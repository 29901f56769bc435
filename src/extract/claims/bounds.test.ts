import { describe, expect, it } from 'vitest';
import { figureBounds, figuresConflict } from './bounds.js';

describe('figuresConflict', () => {
  it('two plain figures 20% apart conflict; 0.5% apart (rounding) do not', () => {
    expect(figuresConflict({ value: 120 }, { value: 100 })).toBe(true);
    expect(figuresConflict({ value: 1000 }, { value: 1005 })).toBe(false);
  });
  it('"at least 7" and "more than 7" agree with 9 but not with 5', () => {
    expect(figuresConflict({ value: 7, qualifier: 'at-least' }, { value: 9 })).toBe(false);
    expect(figuresConflict({ value: 7, qualifier: 'more-than' }, { value: 9 })).toBe(false);
    expect(figuresConflict({ value: 7, qualifier: 'at-least' }, { value: 5 })).toBe(true);
  });
  it('"up to 40" agrees with 25, not with 60; "about 50" agrees with 53', () => {
    expect(figuresConflict({ value: 40, qualifier: 'up-to' }, { value: 25 })).toBe(false);
    expect(figuresConflict({ value: 40, qualifier: 'up-to' }, { value: 60 })).toBe(true);
    expect(figuresConflict({ value: 50, qualifier: 'about' }, { value: 53 })).toBe(false);
    expect(figuresConflict({ value: 50, qualifier: 'about' }, { value: 70 })).toBe(true);
  });
  it('a vague amount ("thousands") never contradicts an exact figure', () => {
    expect(figuresConflict({ value: 2000, qualifier: 'at-least', vague: true }, { value: 350 })).toBe(false);
    expect(figureBounds({ value: 2000, vague: true })).toEqual({ low: -Infinity, high: Infinity });
  });
});
