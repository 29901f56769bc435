import { describe, expect, it } from 'vitest';
import { verbStem } from '../extract/events/inflect.js';
import { eventFamily, eventRoot, eventWords, sameEventWords } from './event-words.js';

describe('verb stems', () => {
  it('give every form of a verb one stem', () => {
    for (const forms of [
      ['stop', 'stopped', 'stopping', 'stops'],
      ['kill', 'killed', 'killing', 'kills'],
      ['hope', 'hoped', 'hoping', 'hopes'],
      ['agree', 'agreed', 'agreeing', 'agrees'],
      ['die', 'died', 'dying', 'dies'],
      ['carry', 'carried', 'carrying'],
      ['shoot', 'shot', 'shooting', 'shoots'],
      ['flee', 'fled', 'fleeing'],
    ]) {
      expect(new Set(forms.map(eventRoot)).size, forms.join(' ')).toBe(1);
    }
  });
  it('irregular forms give the lemma', () => {
    expect(verbStem('won')).toBe('win');
    expect(verbStem('struck')).toBe('strik');
    expect(verbStem('fell')).toBe('fall');
  });
});

describe('event roots', () => {
  it('plurals and -ation nouns meet their verbs', () => {
    expect(eventRoot('negotiations')).toBe(eventRoot('negotiate'));
    expect(eventRoot('nomination')).toBe(eventRoot('nominated'));
    expect(eventRoot('checks')).toBe(eventRoot('checked'));
    expect(eventRoot('Oscars')).toBe(eventRoot('Oscar'));
    expect(eventRoot('talks')).toBe('talk');
  });
  it('keeps -ss and -us words whole', () => {
    expect(eventRoot('process')).toBe('process');
    expect(eventRoot('census')).toBe('census');
  });
});

describe('event families', () => {
  it('news synonyms of one kind of happening share a family', () => {
    expect(eventFamily('killed')).toBe('death');
    expect(eventFamily('passed away')).toBe('death');
    expect(eventFamily('were shot dead')).toBe('death');
    expect(eventFamily('the deadly quake')).toBe('earthquake');
    expect(eventFamily('Earthquakes')).toBe('earthquake');
    expect(eventFamily('detained')).toBe('arrest');
    expect(eventFamily('acquisition')).toBe('acquire');
    expect(eventFamily('bought')).toBe('acquire');
    expect(eventFamily('checked into')).toBe('enter');
    expect(eventFamily('stepped down')).toBe('resign');
  });
  it('other words have none', () => {
    expect(eventFamily('said')).toBeNull();
    expect(eventFamily('checked')).toBeNull();
  });
  it('same words: same root or same family', () => {
    expect(sameEventWords(eventWords('shooting'), eventWords('shot'))).toBe(true);
    expect(sameEventWords(eventWords('murdered'), eventWords('slaying'))).toBe(true);
    expect(sameEventWords(eventWords('arrested'), eventWords('killed'))).toBe(false);
    expect(sameEventWords(eventWords('held talks'), eventWords('met with'))).toBe(true);
    expect(eventWords('met with').root).toBe(eventRoot('meeting'));
  });
});
