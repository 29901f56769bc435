import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { joinBlocks, toBlocks } from './blocks.js';
import { filterBlocks } from './block-filter.js';

function blocksOf(html: string) {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  return toBlocks(document.getElementById('root') as unknown as Element);
}

describe('toBlocks / joinBlocks', () => {
  it('separates paragraphs and headings by a blank line and list items by a line break', () => {
    const { text } = joinBlocks(
      blocksOf('<h2>Why it matters</h2><p>Prices rose <b>3%</b> in May.</p><ul><li>Fuel</li><li>Food</li></ul><p>More later.</p>'),
    );
    expect(text).toBe('Why it matters\n\nPrices rose 3% in May.\n\nFuel\nFood\n\nMore later.');
  });

  it('joins inline elements without adding spaces and collapses white space', () => {
    const { text } = joinBlocks(blocksOf('<p>Dock<span>workers</span>   walked\n out <a href="#">on  Monday</a>.</p>'));
    expect(text).toBe('Dockworkers walked out on Monday.');
  });

  it('turns <br> into a line break and keeps <pre> text as written', () => {
    const { text } = joinBlocks(blocksOf('<p>Line one<br>Line two</p><pre>a  b\n  c</pre>'));
    expect(text).toBe('Line one\nLine two\n\na  b\n  c');
  });

  it('puts table cells of a row on one line', () => {
    const { text } = joinBlocks(blocksOf('<table><tr><td>Oslo</td><td>12</td></tr><tr><td>Rome</td><td>21</td></tr></table>'));
    expect(text).toBe('Oslo 12\nRome 21');
  });

  it('gives each block its offset in the joined text', () => {
    const blocks = blocksOf('<p>First.</p><p>Second.</p>');
    const { text, starts } = joinBlocks(blocks);
    expect(text.slice(starts[1]!, starts[1]! + 7)).toBe('Second.');
  });
});

describe('filterBlocks', () => {
  it('drops captions, date lines, bylines, link-only teasers and notices but keeps prose', () => {
    const prose = 'The mediator will meet both sides on Thursday, the ministry said in a statement.';
    const blocks = blocksOf(
      `<p>${prose}</p>` +
        '<p>Crowds gather outside the ministry on Monday. (AP Photo/John Roe)</p>' +
        '<p>Updated 6:55 AM, Nov 19, 2019</p>' +
        '<p>By Justine Coleman - 11/18/19 11:04 PM EST</p>' +
        '<p><a href="/x">Port authority posts record profit</a></p>' +
        '<p>© 2024 The Harbour Times. All rights reserved.</p>' +
        '<p>Follow us on Twitter and Facebook</p>',
    );
    expect(filterBlocks(blocks).map((b) => b.text)).toEqual([prose]);
  });

  it('drops a short line repeated three times (a widget label) and the repeated headline', () => {
    const blocks = blocksOf('<p>Share Tweet</p><p>Talks stall</p><p>One.</p><p>Share Tweet</p><p>Two.</p><p>Share Tweet</p>');
    expect(filterBlocks(blocks, { title: 'Talks stall' }).map((b) => b.text)).toEqual(['One.', 'Two.']);
  });
});
