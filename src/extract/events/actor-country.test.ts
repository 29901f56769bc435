import { describe, expect, it } from 'vitest';
import { actorCountry, countryOfGroupName, eventCountries } from './actor-country.js';
import { buildArticle } from './fixture.js';
import { findEvents } from './find.js';
import { eventStage } from './stage.js';

describe('actorCountry and title qualifiers (seed 004)', () => {
  const a = buildArticle({
    text: 'Russian Foreign Minister Sergey Lavrov held meetings with his Pakistani counterpart, Shah Mehmood Qureshi, on Wednesday.',
    published: '2021-04-08',
    entities: [
      { name: 'Russia', type: 'country', country: 'RUS', mentions: ['Russian'], form: 'demonym' },
      { name: 'Sergey Lavrov', type: 'person', mentions: ['Sergey Lavrov'] },
      { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistani'], form: 'demonym' },
      { name: 'Shah Mehmood Qureshi', type: 'person', mentions: ['Shah Mehmood Qureshi'] },
      { name: 'Bosnian Serbs', type: 'other', mentions: [] },
    ],
    timexes: [{ text: 'Wednesday', value: '2021-04-07' }],
  });

  it('makes the people the participants, not the countries before their titles', () => {
    const [e] = findEvents(a);
    expect(e!.trigger).toBe('held meetings');
    expect(e!.participants).toEqual([
      { entity: 1, role: 'source' },
      { entity: 3, role: 'target' },
    ]);
  });

  it('recovers each person’s country from the qualifier in the sentence', () => {
    const sentence = { start: 0, end: a.text.length };
    expect(actorCountry(a, 1, sentence)).toBe('RUS');
    expect(actorCountry(a, 3, sentence)).toBe('PAK');
    expect(actorCountry(a, 0)).toBe('RUS');
  });

  it('reads a group’s country from its demonym', () => {
    expect(actorCountry(a, 4)).toBe('BIH');
  });
});

describe('countryOfGroupName', () => {
  it('reads a leading demonym or country name, a compass part of a country, or "of <country>"', () => {
    expect(countryOfGroupName('Latvian Constitutional Court')).toBe('LVA');
    expect(countryOfGroupName('Kenya Anti-Corruption Commission')).toBe('KEN');
    expect(countryOfGroupName('South Lebanon')).toBe('LBN');
    expect(countryOfGroupName('National Union for the Total Independence of Angola')).toBe('AGO');
    // The stem of a "-stan" country name.
    expect(countryOfGroupName('Kyrgyz')).toBe('KGZ');
    expect(countryOfGroupName('Uzbek')).toBe('UZB');
  });

  it('gives intergovernmental and regional names no country', () => {
    expect(countryOfGroupName('European Union')).toBeNull();
    expect(countryOfGroupName('Arab League')).toBeNull();
    expect(countryOfGroupName('Islamic Salvation Front')).toBeNull();
  });
});

describe('actorCountry from the words around a name', () => {
  it('takes the country of a bracketed acronym’s full name', () => {
    const a = buildArticle({
      text: 'Montenegro Municipality Association (AKK) officials demanded support from the assembly.',
      entities: [
        { name: 'Montenegro Municipality Association', type: 'organization', country: 'MNE', mentions: ['Montenegro Municipality Association'] },
        { name: 'AKK', type: 'organization', mentions: ['AKK'] },
      ],
    });
    expect(actorCountry(a, 1, { start: 0, end: a.text.length })).toBe('MNE');
  });

  it('takes the country of a possessive right before an organisation', () => {
    const a = buildArticle({
      text: "Israel's Cabinet met on Sunday.",
      entities: [
        { name: 'Israel', type: 'country', country: 'ISR', mentions: ['Israel'] },
        { name: 'Cabinet', type: 'organization', mentions: ['Cabinet'] },
      ],
    });
    expect(actorCountry(a, 1, { start: 0, end: a.text.length })).toBe('ISR');
  });
});

describe('eventCountries', () => {
  const sentenceOf = (text: string) => [text];

  it('is what the event stage records on each event', async () => {
    const text = 'Russian President Vladimir Putin received Pakistani Prime Minister Imran Khan in Moscow.';
    const a = buildArticle({
      text,
      entities: [
        { name: 'Russia', type: 'country', country: 'RUS', mentions: ['Russian'], form: 'demonym' },
        { name: 'Vladimir Putin', type: 'person', mentions: ['Vladimir Putin'] },
        { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistani'], form: 'demonym' },
        { name: 'Imran Khan', type: 'person', mentions: ['Imran Khan'] },
        { name: 'Moscow', type: 'place', country: 'RUS', mentions: ['Moscow'] },
      ],
    });
    await eventStage().run(a, { now: new Date('2024-01-01') });
    const e = a.events.find((x) => x.trigger === 'received')!;
    expect(e.countries).toEqual({ source: ['RUS'], target: ['PAK'] });
  });

  it('codes an act with no named recipient as domestic', () => {
    const text = 'Nigerian authorities jailed 52 students on Monday.';
    const a = buildArticle({ text, entities: [{ name: 'Nigeria', type: 'country', country: 'NGA', mentions: ['Nigerian'], form: 'demonym' }] });
    const e = findEvents(a).find((x) => x.trigger === 'jailed')!;
    expect(eventCountries(a, e)).toEqual({ source: ['NGA'], target: ['NGA'] });
  });

  it('gives an official named without a country the country the sentence is about', () => {
    const text = 'President Yoweri Museveni has threatened to ban Ugandan opposition candidates.';
    const a = buildArticle({
      text,
      sentences: sentenceOf(text),
      entities: [
        { name: 'Yoweri Museveni', type: 'person', mentions: ['Yoweri Museveni'] },
        { name: 'Uganda', type: 'country', country: 'UGA', mentions: ['Ugandan'], form: 'demonym' },
      ],
    });
    const e = findEvents(a).find((x) => x.trigger === 'threatened')!;
    expect(eventCountries(a, e)).toEqual({ source: ['UGA'], target: ['UGA'] });
  });

  it('does not make a source the country it acts against', () => {
    const text = 'President Bush threatened further action against Russia.';
    const a = buildArticle({
      text,
      entities: [
        { name: 'George Bush', type: 'person', mentions: ['Bush'] },
        { name: 'Russia', type: 'country', country: 'RUS', mentions: ['Russia'] },
      ],
    });
    const e = findEvents(a).find((x) => x.trigger === 'threatened')!;
    expect(eventCountries(a, e)).toEqual({ source: [], target: ['RUS'] });
  });

  it('does not give a person the country of the foreign leader they receive', () => {
    const text = 'President Francois Mitterrand met South African leader F.W. de Klerk on Thursday.';
    const a = buildArticle({
      text,
      sentences: sentenceOf(text),
      entities: [
        { name: 'Francois Mitterrand', type: 'person', mentions: ['Francois Mitterrand'] },
        { name: 'South Africa', type: 'country', country: 'ZAF', mentions: ['South African'], form: 'demonym' },
        { name: 'F.W. de Klerk', type: 'person', mentions: ['F.W. de Klerk'] },
      ],
    });
    const e = findEvents(a).find((x) => x.trigger === 'met')!;
    expect(eventCountries(a, e)).toEqual({ source: [], target: ['ZAF'] });
  });

  it('gives an intergovernmental body no country', () => {
    const text = 'The United Nations rejected a request from Iraq.';
    const a = buildArticle({
      text,
      entities: [
        { name: 'United Nations', type: 'organization', mentions: ['United Nations'] },
        { name: 'Iraq', type: 'country', country: 'IRQ', mentions: ['Iraq'] },
      ],
    });
    a.mentions[0]!.via = 'gazetteer';
    const e = findEvents(a).find((x) => x.trigger === 'rejected')!;
    expect(eventCountries(a, e)).toEqual({ source: [], target: ['IRQ'] });
  });

  it('codes an act with no named actor with the country of its place', () => {
    const text = 'A missionary was arrested in Lebanon on Friday.';
    const a = buildArticle({ text, entities: [{ name: 'Lebanon', type: 'country', country: 'LBN', mentions: ['Lebanon'] }] });
    const e = findEvents(a).find((x) => x.trigger === 'arrested')!;
    expect(eventCountries(a, e).source).toEqual(['LBN']);
  });
});

describe('eventCountries fallbacks across the sentence and the document', () => {
  it('codes an event with no named actor with the sentence\'s country, never its target\'s', () => {
    const text = 'Ousted president Jean-Bertrand Aristide has been accused of misusing up to US $50 million by Haitian officials.';
    const a = buildArticle({
      text,
      sentences: [text],
      entities: [
        { name: 'Jean-Bertrand Aristide', type: 'person', mentions: ['Jean-Bertrand Aristide'] },
        { name: 'United States', type: 'country', country: 'USA', mentions: ['US'] },
        { name: 'Haiti', type: 'country', country: 'HTI', mentions: ['Haitian'], form: 'demonym' },
      ],
    });
    const e = findEvents(a).find((x) => x.trigger === 'accused')!;
    // "US $50 million" is a currency, not an actor; the accusers are Haitian.
    expect(eventCountries(a, e).source).toEqual(['HTI']);
  });

  it('never codes a sourceless event with the state it is aimed at, but may with a domestic body', () => {
    const killed = buildArticle({
      text: 'Three US servicemen were killed by a roadside bomb.',
      entities: [{ name: 'United States', type: 'country', country: 'USA', mentions: ['US'] }],
    });
    const k = findEvents(killed).find((x) => x.trigger === 'killed')!;
    expect(eventCountries(killed, k)).toEqual({ source: [], target: ['USA'] });
    const demand = buildArticle({
      text: 'Traditional elders have demanded that control of the Nigerian Interior Ministry be taken away from politicians.',
      entities: [{ name: 'Nigerian Interior Ministry', type: 'organization', country: 'NGA', mentions: ['Nigerian Interior Ministry'] }],
    });
    const d = findEvents(demand).find((x) => x.trigger === 'demanded')!;
    expect(eventCountries(demand, d).source).toEqual(['NGA']);
  });

  it('gives a person the country another sentence of the document qualifies them with', () => {
    const text = "Pakistan's Prime Minister Anwaar-ul-Haq Kakar arrived in Beijing. Kakar met Vladimir Putin on Tuesday.";
    const a = buildArticle({
      text,
      entities: [
        { name: 'Pakistan', type: 'country', country: 'PAK', mentions: ['Pakistan'] },
        { name: 'Anwaar-ul-Haq Kakar', type: 'person', mentions: ['Anwaar-ul-Haq Kakar', ['Kakar', 1]] },
        { name: 'China', type: 'country', country: 'CHN', mentions: ['Beijing'], form: 'capital' },
        { name: 'Vladimir Putin', type: 'person', mentions: ['Vladimir Putin'] },
      ],
    });
    const second = a.sentences[1]!;
    expect(actorCountry(a, 1, second)).toBe('PAK');
    expect(actorCountry(a, 3, second)).toBeNull();
  });
});

describe('ethnic groups', () => {
  it('codes "ethnic Albanians" by the country they live in, the state "Albania" by itself', () => {
    const text = 'Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.';
    const a = buildArticle({
      text,
      entities: [
        { name: 'Albania', type: 'country', country: 'ALB', mentions: ['Albanians'], form: 'demonym' },
        { name: 'Serbia', type: 'country', country: 'SRB', mentions: ['Serbia'] },
      ],
    });
    const e = findEvents(a).find((x) => x.trigger === 'demonstrated')!;
    expect(eventCountries(a, e).source).toEqual(['SRB']);
    const text2 = 'Albania denounced the suppression of ethnic Albanian unrest in Montenegro.';
    const b = buildArticle({
      text: text2,
      entities: [
        { name: 'Albania', type: 'country', country: 'ALB', mentions: ['Albania', 'Albanian'] },
        { name: 'Montenegro', type: 'country', country: 'MNE', mentions: ['Montenegro'] },
      ],
    });
    const d = findEvents(b).find((x) => x.trigger === 'denounced')!;
    expect(eventCountries(b, d).source).toEqual(['ALB']);
  });
});
