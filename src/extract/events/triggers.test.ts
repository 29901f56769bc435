import { describe, expect, it } from 'vitest';
import { buildArticle } from './fixture.js';
import { findEvents } from './find.js';

/** Kind, PLOVER type and trigger words of the events found in one sentence written for the test. */
function events(text: string, people: string[] = []): string[] {
  const a = buildArticle({ text, entities: people.map((name) => ({ name, type: 'person' as const, mentions: [name] })) });
  return findEvents(a).map((e) => `${e.kind}/${e.plover}/${e.trigger}`);
}

describe('general news triggers', () => {
  it('arrests under other words', () => {
    expect(events('Police apprehended John Smith in Leeds on Friday.', ['John Smith'])).toEqual(['coerce/COERCE/apprehended']);
    expect(events('Officers took John Smith into custody on Friday.', ['John Smith'])).toEqual(['coerce/COERCE/took John Smith into custody']);
    expect(events('Detectives nabbed John Smith at the airport.', ['John Smith'])).toEqual(['coerce/COERCE/nabbed']);
  });
  it('indictments are accusations', () => {
    expect(events('A federal grand jury indicted Ray Nagin on Friday.', ['Ray Nagin'])).toEqual(['accuse/DISAPPROVE/indicted']);
  });
  it('killings named by a noun or a phrasal verb', () => {
    expect(events('The murder of Daniel Okoro shocked the city.', ['Daniel Okoro'])).toEqual(['attack/ASSAULT/murder']);
    expect(events('Gunmen gunned down Daniel Okoro outside his home.', ['Daniel Okoro'])).toEqual(['attack/ASSAULT/gunned down']);
    expect(events('A man slew his neighbour with an axe.')).toEqual(['attack/ASSAULT/slew']);
  });
});
