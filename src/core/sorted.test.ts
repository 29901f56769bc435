import { describe, expect, it } from 'vitest';
import { firstKeyFrom, firstStartFrom } from './sorted.js';

describe('sorted search', () => {
  const spans = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];
  it('finds the first span starting at or after a position', () => {
    expect(firstStartFrom(spans, 0)).toBe(0);
    expect(firstStartFrom(spans, 2)).toBe(0);
    expect(firstStartFrom(spans, 3)).toBe(1);
    expect(firstStartFrom(spans, 5)).toBe(1);
    expect(firstStartFrom(spans, 6)).toBe(3);
    expect(firstStartFrom(spans, 10)).toBe(4);
    expect(firstStartFrom([], 1)).toBe(0);
  });
  it('reads any key', () => {
    expect(firstKeyFrom([1, 1, 3, 4], 2, (n) => n)).toBe(2);
  });
});
