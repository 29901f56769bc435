import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { attr, classAndId } from './attributes.js';

describe('attr and classAndId', () => {
  const { document } = parseHTML('<html><body><div class="story body" id="main" data-x="1"></div><p></p></body></html>');
  const div = document.querySelector('div')!;
  const p = document.querySelector('p')!;

  it('read the attribute as written, and null when absent', () => {
    expect(attr(div, 'class')).toBe("story body");
    expect(attr(div, 'data-x')).toBe('1');
    expect(attr(p, 'class')).toBeNull();
  });

  it('follow a class changed through the class list', () => {
    div.classList.add('wide');
    expect(attr(div, 'class')).toBe('story body wide');
  });

  it('join class and id, empty for an element with neither', () => {
    expect(classAndId(p)).toBe('');
    expect(classAndId(document.querySelector('body')!)).toBe('');
    div.classList.remove('wide');
    expect(classAndId(div)).toBe('story body main');
    div.removeAttribute('class');
    expect(classAndId(div)).toBe('main');
  });
});
