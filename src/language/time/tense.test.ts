import { describe, expect, it } from 'vitest';
import { tenseAround } from './tense.js';

function tenseOf(sentence: string, expression: string) {
  const start = sentence.indexOf(expression);
  return tenseAround(sentence, start, start + expression.length);
}

describe('tenseAround', () => {
  it('reads the nearest verb', () => {
    expect(tenseOf('Kakar arrived in Beijing on Monday to attend the forum.', 'Monday')).toBe('past');
    expect(tenseOf('The minister will arrive in Beijing on Monday.', 'Monday')).toBe('future');
    expect(tenseOf('The king met Monday. The monarch will meet Bush on Thursday in Maine.', 'Thursday')).toBe('future');
  });
  it('a reporting verb after a comma does not override the clause', () => {
    expect(tenseOf('Russia will supply the vaccine by May 1, officials said.', 'May 1')).toBe('future');
  });
  it('"said Friday it would ..." dates the saying', () => {
    expect(tenseOf('The Organization of African Unity said Friday it would investigate the killings.', 'Friday')).toBe('past');
  });
  it('the verb next to the day wins over a later "will" (seed 002)', () => {
    expect(tenseOf('Russia reaffirmed Wednesday it will enhance security cooperation with Pakistan.', 'Wednesday')).toBe('past');
  });
  it('passives with "will be" are future, not past', () => {
    expect(tenseOf('The agreement will be signed on Tuesday.', 'Tuesday')).toBe('future');
  });
  it('"as soon as" looks ahead', () => {
    expect(tenseOf('The group might come to the U.S. as soon as Tuesday.', 'Tuesday')).toBe('future');
  });
  it('no verb, no tense', () => {
    expect(tenseOf('Monday.', 'Monday')).toBeNull();
  });
});
