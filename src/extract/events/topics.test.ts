import { describe, expect, it } from 'vitest';
import { findTopics } from './topics.js';

describe('findTopics', () => {
  it('finds topics from keywords (seed 000)', () => {
    const s = '“I think we are the first who would have [face] the implications [of terrrism] so we should be the foremost to take the initiative,” Kakar said, adding that both countries should increase coordination and cooperation in defense, intelligence, and counter-terrorism.';
    expect(findTopics(s)).toEqual(['defence', 'counter-terrorism']);
  });
  it('matches short stems as whole words only', () => {
    expect(findTopics('Talks on Gaza resumed.')).toEqual([]);
    expect(findTopics('Russia will supply gas and oil.')).toEqual(['energy']);
  });
});
