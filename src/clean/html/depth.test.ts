import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { nestingDepth } from './depth.js';

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

describe('nestingDepth', () => {
  it('counts the deepest chain of elements, html being 1', () => {
    // html > body > div > div > span: 5 deep; the sibling list is 4 deep.
    expect(nestingDepth(doc('<html><body><ul><li>a</li><li>b</li></ul><div><div><span>x</span></div></div></body></html>'))).toBe(5);
    expect(nestingDepth(doc('<html><body><p>a</p><p>b</p><p>c</p></body></html>'))).toBe(3);
  });

  it('walks 20,000 nested elements without recursion, stopping past the limit', () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}</body></html>`;
    const d = doc(html);
    expect(nestingDepth(d, 100_000)).toBe(20_002);
    expect(nestingDepth(d, 512)).toBe(513);
  });
});
