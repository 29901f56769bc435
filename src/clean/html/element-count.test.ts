import { describe, expect, it } from 'vitest';
import { countElements, MAX_ELEMENTS } from './element-count.js';

describe('countElements', () => {
  it('counts start tags, not end tags, comments, doctypes or a bare "<" in text', () => {
    expect(countElements('<!DOCTYPE html><html><body><!-- x --><p>a < b</p><BR><img src=x></body></html>')).toBe(5);
  });

  it('stops counting past the limit', () => {
    expect(countElements('<p>x</p>'.repeat(50), 10)).toBe(11);
    expect(countElements('<p>x</p>'.repeat(MAX_ELEMENTS + 5))).toBe(MAX_ELEMENTS + 1);
  });
});
