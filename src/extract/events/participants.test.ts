import { describe, expect, it } from 'vitest';
import type { Article, EventMention } from '../../core/types.js';
import { splitSentences } from '../../language/sentences/index.js';
import { buildArticle, type FixtureEntity, type FixtureTimex } from './fixture.js';
import { findEvents } from './find.js';

/** A fixture article with the sentence stage's part-of-speech tags (some rules read them). */
function tagged(text: string, entities: FixtureEntity[], timexes: FixtureTimex[] = []): Article {
  // One sentence: the fixture's own splitter would cut after "U.S.".
  const a = buildArticle({ text, published: '2001-01-01', entities, timexes, sentences: [text] });
  a.tokens = splitSentences(text).tokens;
  return a;
}

function roles(a: Article, e: EventMention): string[] {
  return e.participants.map((p) => `${a.entities[p.entity]!.name}:${p.role}`).sort();
}

function byTrigger(events: EventMention[], trigger: string): EventMention {
  const e = events.find((x) => x.trigger === trigger);
  expect(e, `event "${trigger}" in ${events.map((x) => x.trigger).join(', ')}`).toBeDefined();
  return e!;
}

const country = (name: string, iso3: string, mention: string, form: FixtureEntity['form'] = 'name'): FixtureEntity => ({
  name,
  type: 'country',
  country: iso3,
  mentions: [mention],
  form,
});

describe('objects after quantities and time adjuncts', () => {
  it('takes "more than 100 Palestinians" as the object of "arrested"', () => {
    const a = tagged('Israeli soldiers arrested more than 100 Palestinians on Saturday.', [
      country('Israel', 'ISR', 'Israeli', 'demonym'),
      country('Palestine', 'PSE', 'Palestinians', 'demonym'),
    ]);
    expect(roles(a, byTrigger(findEvents(a), 'arrested'))).toEqual(['Israel:source', 'Palestine:target']);
  });

  it('skips a time adjunct and reads "1,000" as one number', () => {
    const a = tagged(
      'The Israeli army forced out on Wednesday more than 1,000 Palestinian refugees from their homes.',
      [country('Israel', 'ISR', 'Israeli', 'demonym'), country('Palestine', 'PSE', 'Palestinian', 'demonym')],
      [{ text: 'Wednesday', value: '2000-12-27' }],
    );
    const e = findEvents(a).find((x) => x.trigger.startsWith('forced'));
    expect(e).toBeDefined();
    expect(roles(a, e!)).toEqual(['Israel:source', 'Palestine:target']);
  });

  it('keeps the preposition of "against 28 Chilean officials" (a number is not a quantity phrase)', () => {
    const a = tagged('Judge Alejandro Rivera opened fraud investigations against 28 Chilean government officials.', [
      { name: 'Alejandro Rivera', type: 'person', mentions: ['Alejandro Rivera'] },
      country('Chile', 'CHL', 'Chilean', 'demonym'),
    ]);
    const e = findEvents(a)[0]!;
    expect(roles(a, e)).toEqual(['Alejandro Rivera:source', 'Chile:target']);
  });
});

describe('the party named inside an unnamed object', () => {
  it('reads "shelled positions of the Palestinian security forces"', () => {
    const a = tagged('Israeli helicopters shelled positions of the Palestinian security forces near Rafah.', [
      country('Israel', 'ISR', 'Israeli', 'demonym'),
      country('Palestine', 'PSE', 'Palestinian', 'demonym'),
      { name: 'Rafah', type: 'place', mentions: ['Rafah'] },
    ]);
    expect(roles(a, byTrigger(findEvents(a), 'shelled'))).toEqual(['Israel:source', 'Palestine:target']);
  });

  it('reads "rejected recent calls by Belarus\'s rulers"', () => {
    const a = tagged("Berlin rejected recent calls by Belarus's rulers for immediate economic aid.", [
      { name: 'Germany', type: 'country', country: 'DEU', mentions: ['Berlin'], form: 'capital' },
      country('Belarus', 'BLR', 'Belarus'),
    ]);
    expect(roles(a, byTrigger(findEvents(a), 'rejected'))).toEqual(['Belarus:target', 'Germany:source']);
  });

  it('does not take the origin of aid ("aid from Japan") as the target', () => {
    const a = tagged('Kenya received food aid from Japan.', [country('Kenya', 'KEN', 'Kenya'), country('Japan', 'JPN', 'Japan')]);
    for (const e of findEvents(a)) expect(roles(a, e)).not.toContain('Japan:target');
  });
});

describe('withdrawals, announced acts and subjects', () => {
  it('takes the country withdrawn from as the target', () => {
    const a = tagged('Syria says it is willing to withdraw its troops from Lebanon.', [
      country('Syria', 'SYR', 'Syria'),
      country('Lebanon', 'LBN', 'Lebanon'),
    ]);
    expect(roles(a, byTrigger(findEvents(a), 'withdraw'))).toEqual(['Lebanon:target', 'Syria:source']);
  });

  it('gives a threat the target of the act it announces', () => {
    const a = tagged('President Yoweri Museveni has threatened to ban Ugandan opposition candidates from the elections.', [
      { name: 'Yoweri Museveni', type: 'person', mentions: ['Yoweri Museveni'] },
      country('Uganda', 'UGA', 'Ugandan', 'demonym'),
    ]);
    const e = byTrigger(findEvents(a), 'threatened');
    expect(e.plover).toBe('THREATEN');
    expect(roles(a, e)).toEqual(['Uganda:target', 'Yoweri Museveni:source']);
  });

  it('leaves a phrase after a gerund adjunct to the gerund ("without returning to X")', () => {
    const a = tagged('Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan.', [
      { name: 'Askar Akayev', type: 'person', mentions: ['Askar Akayev'] },
      country('Kyrgyzstan', 'KGZ', 'Kyrgyzstan'),
    ]);
    expect(roles(a, byTrigger(findEvents(a), 'agreed'))).toEqual(['Askar Akayev:source']);
  });

  it('skips the names inside an apposition before the verb', () => {
    const a = tagged('Pakistan, a key U.S. ally in the war against terrorism, has refused to deploy peacekeepers in Iraq.', [
      country('Pakistan', 'PAK', 'Pakistan'),
      country('United States', 'USA', 'U.S.'),
      country('Iraq', 'IRQ', 'Iraq'),
    ]);
    const e = byTrigger(findEvents(a), 'refused');
    expect(roles(a, e)).toContain('Pakistan:source');
    expect(roles(a, e)).not.toContain('United States:source');
  });

  it('gives a participle after a comma the subject of the main clause', () => {
    const a = tagged('Vietnamese forces launched artillery, mortar, and rocket fire against guerrilla camps near the border, killing or wounding 50.', [
      country('Vietnam', 'VNM', 'Vietnamese', 'demonym'),
    ]);
    expect(roles(a, byTrigger(findEvents(a), 'killing'))).toEqual(['Vietnam:source']);
  });

  it('reads a group placed by a country before a light verb and a noun trigger', () => {
    const a = tagged('Tens of thousands of students throughout Indonesia staged mass demonstrations on Saturday.', [country('Indonesia', 'IDN', 'Indonesia')]);
    expect(roles(a, byTrigger(findEvents(a), 'demonstrations'))).toEqual(['Indonesia:source']);
  });

  it('reads "is opposed to" as the subject\'s own stance, not a passive', () => {
    const a = tagged('Israel is opposed to French mediation in the negotiations.', [
      country('Israel', 'ISR', 'Israel'),
      country('France', 'FRA', 'French', 'demonym'),
    ]);
    expect(roles(a, byTrigger(findEvents(a), 'opposed'))).toContain('Israel:source');
  });

  it('does not cut the clause at "once" used as an adverb', () => {
    const a = tagged('Bangladesh has once again rejected an Indian proposal.', [
      country('Bangladesh', 'BGD', 'Bangladesh'),
      country('India', 'IND', 'Indian', 'demonym'),
    ]);
    expect(roles(a, byTrigger(findEvents(a), 'rejected'))).toEqual(['Bangladesh:source', 'India:target']);
  });

  it('keeps the reporter of a trailing attribution out of the event', () => {
    const a = tagged('Afghan rebels have kidnapped 16 Russian advisers, western diplomatic sources in neighbouring Pakistan said today.', [
      { name: 'Afghanistan', type: 'country', country: 'AFG', mentions: ['Afghan'], form: 'demonym' },
      country('Russia', 'RUS', 'Russian', 'demonym'),
      country('Pakistan', 'PAK', 'Pakistan'),
    ]);
    const e = byTrigger(findEvents(a), 'kidnapped');
    expect(roles(a, e)).toEqual(['Afghanistan:source', 'Russia:target']);
    expect(e.location).toBe(-1);
  });
});

describe('nouns talked about, datelines and empty events', () => {
  it('does not make the one who condemns a blast its source, nor of the killing it caused', () => {
    const text = 'KARACHI: President Asif Ali Zardari on Monday condemned a blast that ripped through a restaurant in Kabul, killing at least seven people.';
    const a = tagged(text, [
      { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['KARACHI'], form: 'capital' },
      { name: 'Asif Ali Zardari', type: 'person', mentions: ['Asif Ali Zardari'] },
      { name: 'Afghanistan', type: 'country', country: 'AFG', mentions: ['Kabul'], form: 'capital' },
    ]);
    const events = findEvents(a);
    expect(roles(a, byTrigger(events, 'condemned'))).toContain('Asif Ali Zardari:source');
    for (const e of events.filter((x) => x.kind === 'attack')) {
      expect(roles(a, e)).not.toContain('Asif Ali Zardari:source');
      expect(roles(a, e)).not.toContain('Pakistan:source');
    }
  });

  it('reads an offer of a delivery as one event with the giver and the receiver ("offered delivery of gas")', () => {
    const a = tagged('Moscow had offered delivery of liquified natural gas to Pakistan.', [
      { name: 'Russia', type: 'country', country: 'RUS', mentions: ['Moscow'], form: 'capital' },
      country('Pakistan', 'PAK', 'Pakistan'),
    ]);
    const events = findEvents(a);
    // The delivery is what is offered, not a second event.
    expect(events.map((e) => e.trigger)).toEqual(['offered']);
    expect(roles(a, events[0]!)).toEqual(['Pakistan:target', 'Russia:source']);
  });

  it('still gives "held talks" style nouns the subject of their light verb', () => {
    const a = tagged('Rebels in Nepal have organized a general strike.', [country('Nepal', 'NPL', 'Nepal')]);
    expect(roles(a, byTrigger(findEvents(a), 'general strike'))).toEqual(['Nepal:source']);
  });

  it('drops a planned event that names nobody and no place, keeps an asserted one', () => {
    const a = tagged('"We are going to discuss that," he said.', []);
    expect(findEvents(a)).toHaveLength(0);
    const b = tagged('A roadside bombing killed one soldier on Sunday.', [], [{ text: 'Sunday', value: '2000-12-31' }]);
    expect(findEvents(b).length).toBeGreaterThan(0);
  });
});

describe('places', () => {
  it('takes "near the town of X" and "outside the city of X" as the place', () => {
    const a = tagged('Three soldiers were killed by a bomb outside the Iraqi city of Basra.', [
      country('Iraq', 'IRQ', 'Iraqi', 'demonym'),
      { name: 'Basra', type: 'place', country: 'IRQ', mentions: ['Basra'] },
    ]);
    const e = byTrigger(findEvents(a), 'killed');
    expect(a.entities[e.location]?.name).toBe('Basra');
  });
});
