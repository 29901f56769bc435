import { describe, expect, it } from 'vitest';
import { evidenceParts, readableTitle } from './titles.js';

describe('readableTitle', () => {
  it('keeps a title the document has', () => {
    expect(readableTitle({ title: ' Harbour reopens ', text: 'x', publisher: null, published: null })).toBe('Harbour reopens');
  });

  it('takes a short first line without a final stop as the headline', () => {
    expect(readableTitle({ title: null, text: 'Ferry strike ends\n\nThe crews went back to work.', publisher: null, published: null })).toBe('Ferry strike ends');
  });

  it('cuts a first sentence to its first twelve words at a word boundary', () => {
    const text = 'The port authority said on Monday that cargo traffic through the northern terminal would resume within a week.';
    expect(readableTitle({ title: null, text, publisher: null, published: null })).toBe('The port authority said on Monday that cargo traffic through the northern…');
  });

  it('falls back to the outlet and date, never a path', () => {
    expect(readableTitle({ title: null, text: '', publisher: 'Coast Times', published: '2022-05-01' })).toBe('Untitled report (Coast Times, 2022-05-01)');
    expect(readableTitle({ title: null, text: null, publisher: null, published: null })).toBe('Untitled report');
  });
});

describe('evidenceParts', () => {
  const label = (kind: string, id: string): string | null => (id === 'd1' ? 'First report' : id === 'ev:ab12' ? 'A — meeting — B' : null);

  it('replaces known document and event ids by their labels', () => {
    expect(evidenceParts('event-propagation: on or after the date of event ev:ab12, dated by document d1', label)).toEqual([
      { text: 'event-propagation: on or after the date of ' },
      { event: 'ev:ab12', label: 'A — meeting — B' },
      { text: ', dated by ' },
      { document: 'd1', label: 'First report' },
    ]);
  });

  it('leaves unknown ids and plain evidence as text', () => {
    expect(evidenceParts('timex', label)).toEqual([{ text: 'timex' }]);
    expect(evidenceParts('seen in document zz9', label)).toEqual([{ text: 'seen in document zz9' }]);
  });
});
