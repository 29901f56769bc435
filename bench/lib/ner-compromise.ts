/**
 * compromise (nlp(text).people() / .organizations() / .places()) as a tagger over given
 * tokens: the tokens are joined with spaces, compromise's character offsets are mapped back
 * to whole tokens, and leading/trailing punctuation tokens are trimmed from its matches.
 */
import nlp from 'compromise';
import type { Tagger } from '../../src/language/entities/tagger/types.js';

interface Match {
  offset?: { start: number; length: number };
}

const PUNCT = /^[^\p{L}\p{N}]+$/u;

export const compromiseTagger: Tagger = {
  tag(tokens: readonly string[]): string[] {
    const starts: number[] = [];
    let pos = 0;
    for (const t of tokens) {
      starts.push(pos);
      pos += t.length + 1;
    }
    const tags: string[] = new Array<string>(tokens.length).fill('O');
    const doc = nlp(tokens.join(' '));
    const groups: [string, Match[]][] = [
      ['PER', doc.people().json({ offset: true }) as Match[]],
      ['ORG', doc.organizations().json({ offset: true }) as Match[]],
      ['LOC', doc.places().json({ offset: true }) as Match[]],
    ];
    for (const [type, matches] of groups) {
      for (const m of matches) {
        if (!m.offset) continue;
        const a = m.offset.start;
        const b = a + m.offset.length;
        let first = -1;
        let last = -1;
        tokens.forEach((t, i) => {
          const s = starts[i] as number;
          if (s < b && s + t.length > a) {
            if (first < 0) first = i;
            last = i;
          }
        });
        while (first >= 0 && first <= last && PUNCT.test(tokens[first] as string)) first++;
        while (last >= first && first >= 0 && PUNCT.test(tokens[last] as string)) last--;
        if (first < 0 || last < first) continue;
        let free = true;
        for (let i = first; i <= last; i++) if (tags[i] !== 'O') free = false;
        if (!free) continue;
        for (let i = first; i <= last; i++) tags[i] = `${i === first ? 'B' : 'I'}-${type}`;
      }
    }
    return tags;
  },
};
