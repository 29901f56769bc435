import { describe, expect, it } from 'vitest';
import { fixture } from './fixture.test-util.js';
import { mdText, toMarkdown } from './md.js';

describe('markdown export', () => {
  const md = toMarkdown(fixture);
  const lines = md.split('\n');
  const headings = lines.filter((l) => /^#{1,3} /.test(l));

  it('has the timeline by date, then who is who, quotes, claims, disagreements and sources', () => {
    expect(headings).toEqual([
      '# Dossier',
      '## Timeline',
      '### 2022-03',
      '### 2022-03-03',
      '### on or before 2022-03-05',
      '### Undated',
      "## Who's who",
      '## Quotes',
      '### Lena Marsh',
      '## Claims',
      '## Disagreements',
      '## Sources',
    ]);
  });

  it('gives each event its headline and every cited sentence with the numbered source', () => {
    const at = lines.indexOf('### 2022-03-03');
    expect(lines[at + 2]).toBe('- **Lena Marsh met Omar Castell in Oslo** (meet; CONSULT: meeting, call, visit; 2 source(s))');
    expect(lines[at + 3]).toBe('  - “Norwegian Trade Minister Lena Marsh met Chilean envoy Omar Castell in Oslo on 3 March 2022.” [1] Ports, "partners" & \\<trade\\>, 2022-03-04');
    expect(lines[at + 4]).toBe('  - “Lena Marsh and Omar Castell held talks in Oslo on 3 March 2022.” [2] doc-b.txt, 2022-03-05');
    const undated = lines.indexOf('### Undated');
    expect(lines.slice(undated).some((l) => l.startsWith('- **Lena Marsh called Omar Castell**'))).toBe(true);
  });

  it("lists roles once with the first and last date seen, and tables have the header's cell count", () => {
    expect(md).toContain('| Lena Marsh | person | Trade Minister of Norway (2022-03-04 to 2022-03-05) | 4 | 3 |');
    expect(md).toContain('| Omar Castell | person | envoy of Chile (2022-03-04) | 4 | 3 |');
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    for (const block of md.split('\n\n')) {
      const rows = block.split('\n').filter((l) => l.startsWith('|'));
      for (const r of rows) expect(cells(r)).toBe(cells(rows[0]!));
    }
    expect(md).toContain('| $15 million | 15000000 USD | salmon shipment | Omar Castell |  | [2] |');
  });

  it('escapes markup characters and folds line breaks', () => {
    expect(mdText('a|b *c* <d>\n[e](f)')).toBe('a\\|b \\*c\\* \\<d\\> \\[e\\]\\(f\\)');
    expect(md).toContain('3. Note with a line break `doc-c`');
  });
});
