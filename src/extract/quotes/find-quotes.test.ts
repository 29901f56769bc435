import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '../../core/types.js';
import { at, buildArticle } from './fixture.js';
import { detectQuotes, findQuotes } from './find-quotes.js';
import { quoteStage } from './stage.js';

const ent = (a: Article, name: string): number => a.entities.findIndex((e) => e.name === name);
const content = (a: Article, q: Quote): string => a.text.slice(q.content.start, q.content.end);

describe('findQuotes: seed 000 (Putin and Kakar in Beijing)', () => {
  const text = [
    '“The trade between our countries has increased and it has reached good levels,” Putin told Kakar on the sidelines of the forum, as the two leaders sat across from each other.',
    '“Our potential of economic cooperation, our potential is much higher, much bigger and we are going to discuss that … I hope we will be able to listen to your colleagues as well.”',
    'Kakar told Russian president Islamabad and Moscow had a convergence of interests, particularly on the issue of terrorism, which deserved a more “regional and common approach.”',
    '“I think we are the first who would have [face] the implications [of terrrism] so we should be the foremost to take the initiative,” Kakar said, adding that both countries should increase coordination.',
    'Kakar told Putin Pakistan was a “huge market” for Russia as an energy-deficient country with a population of 240 million people.',
  ].join('\n\n');
  const a = buildArticle(text, {
    entities: [
      { name: 'Vladimir Putin', type: 'person' },
      { name: 'Anwaar-ul-Haq Kakar', type: 'person' },
      { name: 'Islamabad', type: 'place' },
      { name: 'Moscow', type: 'place' },
      { name: 'Pakistan', type: 'country' },
      { name: 'Russia', type: 'country' },
    ],
    mentions: [
      { text: 'Putin', entity: 'Vladimir Putin' },
      { text: 'Kakar', entity: 'Anwaar-ul-Haq Kakar' },
      { text: 'Kakar', nth: 1, entity: 'Anwaar-ul-Haq Kakar' },
      { text: 'Russian president', entity: 'Vladimir Putin', form: 'nominal' },
      { text: 'Islamabad', entity: 'Islamabad' },
      { text: 'Moscow', entity: 'Moscow' },
      { text: 'Kakar', nth: 2, entity: 'Anwaar-ul-Haq Kakar' },
      { text: 'Kakar', nth: 3, entity: 'Anwaar-ul-Haq Kakar' },
      { text: 'Putin', nth: 1, entity: 'Vladimir Putin' },
      { text: 'Pakistan', entity: 'Pakistan' },
      { text: 'Russia ', entity: 'Russia' },
    ],
  });
  const quotes = findQuotes(a);
  const putin = ent(a, 'Vladimir Putin');
  const kakar = ent(a, 'Anwaar-ul-Haq Kakar');

  it('finds the five quotes in order', () => {
    expect(quotes.map((q) => content(a, q).slice(0, 12))).toEqual([
      'The trade be',
      'Our potentia',
      'regional and',
      'I think we a',
      'huge market',
    ]);
  });

  it('“...,” Putin told Kakar -> Putin, cue told, a full quote', () => {
    const q = quotes[0]!;
    expect(q).toMatchObject({ speaker: putin, cue: 'told', partial: false });
    expect(q.cueSpan).toEqual(at(text, 'told'));
    expect(q.start).toBe(0);
    expect(text[q.end - 1]).toBe('”');
  });

  it('a paragraph that is only a quote continues the speaker named at the end of the previous one', () => {
    expect(quotes[1]).toMatchObject({ speaker: putin, cue: null, partial: false });
  });

  it('a partial quote takes the speech verb before it: Kakar told ... a more “regional and common approach.”', () => {
    expect(quotes[2]).toMatchObject({ speaker: kakar, cue: 'told', partial: true });
    expect(quotes[2]!.cueSpan).toEqual(at(text, 'told', 1));
  });

  it('“...,” Kakar said, adding that ... -> Kakar, cue said', () => {
    expect(quotes[3]).toMatchObject({ speaker: kakar, cue: 'said', partial: false });
  });

  it('Kakar told Putin Pakistan was a “huge market” -> Kakar, partial', () => {
    expect(quotes[4]).toMatchObject({ speaker: kakar, cue: 'told', partial: true });
    expect(content(a, quotes[4]!)).toBe('huge market');
  });
});

describe('findQuotes: seed 002 (Lavrov in Islamabad)', () => {
  const text =
    'Russia\'s Foreign Minister Sergey Lavrov held talks in Islamabad.\n\n' +
    '"We are making necessary efforts to start the construction of the north-south gas pipeline — the flagship project in the energy sector," the Russian foreign minister said. "We hope that all remaining technical issues will be agreed upon in the very near future."';
  const entities = [
    { name: 'Sergey Lavrov', type: 'person' as const },
    { name: 'Russia', type: 'country' as const },
  ];

  it('a nominal mention linked to Lavrov makes Lavrov the speaker of both quotes', () => {
    const a = buildArticle(text, {
      entities,
      mentions: [
        { text: 'Sergey Lavrov', entity: 'Sergey Lavrov' },
        { text: 'Russian foreign minister', entity: 'Sergey Lavrov', form: 'nominal' },
      ],
    });
    const quotes = findQuotes(a);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatchObject({ speaker: 0, cue: 'said', partial: false });
    expect(quotes[1]).toMatchObject({ speaker: 0, cue: null, partial: false });
  });

  it('with no linked mention but a role "Foreign Minister" of Russia, the description resolves through the role', () => {
    const a = buildArticle(text, {
      entities,
      mentions: [
        { text: 'Russia', entity: 'Russia' },
        { text: 'Sergey Lavrov', entity: 'Sergey Lavrov' },
        { text: 'Russian', entity: 'Russia', form: 'demonym' },
      ],
    });
    a.roles = [{ ...at(text, "Russia's Foreign Minister Sergey Lavrov"), person: 0, title: 'Foreign Minister', of: 'Russia', asOf: null }];
    expect(findQuotes(a)[0]).toMatchObject({ speaker: 0, cue: 'said' });
  });

  it('with nothing linking the description, the speaker stays unknown (no guessing)', () => {
    const a = buildArticle(text, { entities, mentions: [{ text: 'Sergey Lavrov', entity: 'Sergey Lavrov' }] });
    const quotes = findQuotes(a);
    expect(quotes[0]).toMatchObject({ speaker: -1, cue: 'said' });
    expect(quotes[1]!.speaker).toBe(-1);
  });
});

describe('findQuotes: institutions and "quoted X as telling"', () => {
  const text = [
    'Before departing Pakistan, the Russian foreign minister also met with Prime Minister Imran Khan and the country\'s military chief, General Qamar Javed Bajwa.',
    '"Pakistan values its relations with Russia and reciprocates the desire for enhanced bilateral military cooperation," a military statement quoted Bajwa as telling Lavrov.',
    '"We have no hostile designs toward any country," the Pakistani army chief asserted.',
    'The talks were "productive and useful," the prime minister\'s office said in a statement.',
    'The Foreign Ministry said in a statement that the visit was "a milestone".',
    'Pakistan\'s foreign office said the visit was "historic".',
  ].join('\n\n');
  const a = buildArticle(text, {
    entities: [
      { name: 'Imran Khan', type: 'person' },
      { name: 'Qamar Javed Bajwa', type: 'person' },
      { name: 'Sergey Lavrov', type: 'person' },
      { name: 'Pakistan', type: 'country' },
      { name: 'Foreign Ministry', type: 'organization' },
    ],
    mentions: [
      { text: 'Pakistan', entity: 'Pakistan' },
      { text: 'Imran Khan', entity: 'Imran Khan' },
      { text: 'Qamar Javed Bajwa', entity: 'Qamar Javed Bajwa' },
      { text: 'Bajwa', nth: 1, entity: 'Qamar Javed Bajwa' },
      { text: 'Lavrov', entity: 'Sergey Lavrov' },
      { text: 'Pakistani', entity: 'Pakistan', form: 'demonym' },
      { text: 'prime minister', entity: 'Imran Khan', form: 'nominal' },
      { text: 'Foreign Ministry', entity: 'Foreign Ministry' },
      { text: 'Pakistan\'s foreign', entity: null },
    ],
  });
  // The last mention above is deliberately unlinked noise; replace it by the country mention.
  a.mentions = a.mentions.filter((m) => m.entity >= 0);
  a.mentions.push({ ...at(text, 'Pakistan', 0, at(text, "Pakistan's foreign").start), type: 'country', entity: 3, via: 'fixture', form: 'name' });
  a.mentions.sort((x, y) => x.start - y.start);
  const quotes = findQuotes(a);

  it('"a military statement quoted Bajwa as telling Lavrov" -> Bajwa, cue telling', () => {
    expect(quotes[0]).toMatchObject({ speaker: 1, cue: 'telling', partial: false });
    expect(quotes[0]!.cueSpan).toEqual(at(text, 'telling'));
  });

  it('"the Pakistani army chief asserted" with no linked description -> unknown, cue kept', () => {
    expect(quotes[1]).toMatchObject({ speaker: -1, cue: 'asserted' });
  });

  it('a linked description wins over the demonym nested in it: "the Pakistani army chief asserted" -> Bajwa', () => {
    const b = buildArticle(text, {
      entities: [
        { name: 'Qamar Javed Bajwa', type: 'person' },
        { name: 'Pakistan', type: 'country' },
      ],
      mentions: [
        { text: 'Qamar Javed Bajwa', entity: 'Qamar Javed Bajwa' },
        { text: 'the Pakistani army chief', entity: 'Qamar Javed Bajwa', form: 'nominal' },
        { text: 'Pakistani', entity: 'Pakistan', form: 'demonym' },
      ],
    });
    expect(findQuotes(b)[1]).toMatchObject({ speaker: 0, cue: 'asserted' });
  });

  it("\"the prime minister's office said\" -> the prime minister when the description is linked", () => {
    // "The talks were “productive and useful,”" is part of the reporter's sentence: partial.
    expect(quotes[2]).toMatchObject({ speaker: 0, cue: 'said', partial: true });
  });

  it('"the Foreign Ministry said" -> the ministry; a partial quote', () => {
    expect(quotes[3]).toMatchObject({ speaker: 4, cue: 'said', partial: true });
  });

  it('"Pakistan\'s foreign office said" -> Pakistan (the office speaks for its owner)', () => {
    expect(quotes[4]).toMatchObject({ speaker: 3, cue: 'said', partial: true });
  });
});

describe('findQuotes: seed 000 (Zardari statement)', () => {
  const text = [
    '“The Taliban regime in Afghanistan has failed to honor the commitments made under the Doha Peace Agreement,” Zardari said in a statement circulated by his office.',
    '“Pakistan has repeatedly stressed that no terrorist groups should be allowed safe havens in Afghanistan,” he continued, adding that “it is not just Pakistan but other neighbors of Afghanistan, including Tajikistan, [that] have recently been affected by the terrorists operating out of Afghan soil.”',
    'Pakistan subsequently closed its border and suspended bilateral and transit trade with Afghanistan, a move that led to a 17% drop in “cross-border attacks,” according to the Center for Research and Security Studies.',
    'Zardari paid tribute to Chinese nationals working in Afghanistan “despite rising insecurity” and expressed solidarity with the victims and their families.',
    '“The failure to establish a broad based and inclusive government by the Taliban is contrary to the Doha Agreement,” he said in the statement.',
  ].join('\n\n');
  const a = buildArticle(text, {
    entities: [
      { name: 'Asif Ali Zardari', type: 'person' },
      { name: 'Pakistan', type: 'country' },
      { name: 'Afghanistan', type: 'country' },
      { name: 'Center for Research and Security Studies', type: 'organization' },
      { name: 'Taliban', type: 'organization' },
    ],
    mentions: [
      { text: 'Taliban', entity: 'Taliban' },
      { text: 'Zardari', entity: 'Asif Ali Zardari' },
      { text: 'Pakistan subsequently', entity: 'Pakistan', type: 'country' },
      { text: 'Center for Research and Security Studies', entity: 'Center for Research and Security Studies' },
      { text: 'Zardari', nth: 1, entity: 'Asif Ali Zardari' },
      { text: 'Afghanistan “despite', entity: 'Afghanistan', type: 'country' },
      { text: 'Taliban', nth: 1, entity: 'Taliban' },
    ],
  });
  const quotes = findQuotes(a);

  it('finds six quotes', () => expect(quotes).toHaveLength(6));

  it('“...,” Zardari said in a statement -> Zardari', () => {
    expect(quotes[0]).toMatchObject({ speaker: 0, cue: 'said', partial: false });
  });

  it('“...,” he continued -> the nearest person before it: Zardari', () => {
    expect(quotes[1]).toMatchObject({ speaker: 0, cue: 'continued', partial: false });
  });

  it('he continued, adding that “it is ...” -> partial, Zardari, cue adding', () => {
    expect(quotes[2]).toMatchObject({ speaker: 0, cue: 'adding', partial: true });
  });

  it('scare quotes with "according to X" in the sentence take X', () => {
    expect(quotes[3]).toMatchObject({ speaker: 3, cue: 'according to', partial: true });
  });

  it('scare quotes with no speech verb: partial, speaker unknown', () => {
    expect(quotes[4]).toMatchObject({ speaker: -1, cue: null, partial: true });
  });

  it('“...,” he said in the statement -> Zardari (mentions inside quotes are never speakers)', () => {
    expect(quotes[5]).toMatchObject({ speaker: 0, cue: 'said', partial: false });
  });
});

describe('findQuotes: seed 004 (Qureshi quote running into a second paragraph)', () => {
  const text =
    'Foreign Minister Shah Mahmood Qureshi said Pakistan had “looked at our cooperation in defence and counterterrorism and we feel we can help each other”.\n' +
    '“I am grateful to the foreign minister that he has acknowledged the progress Pakistan has made in defeating and reversing terrorism and extremism and they’re more than happy to further build our capacity on that.”\n' +
    'Lavrov arrived in Pakistan on Tuesday from India.';
  const a = buildArticle(text, {
    entities: [
      { name: 'Shah Mahmood Qureshi', type: 'person' },
      { name: 'Pakistan', type: 'country' },
      { name: 'Sergey Lavrov', type: 'person' },
    ],
    mentions: [
      { text: 'Shah Mahmood Qureshi', entity: 'Shah Mahmood Qureshi' },
      { text: 'Pakistan', entity: 'Pakistan' },
      { text: 'Lavrov', entity: 'Sergey Lavrov' },
    ],
  });
  const quotes = findQuotes(a);

  it('the partial quote goes to Qureshi', () => {
    expect(quotes[0]).toMatchObject({ speaker: 0, cue: 'said', partial: true });
    expect(content(a, quotes[0]!)).toBe('looked at our cooperation in defence and counterterrorism and we feel we can help each other');
  });

  it('the next paragraph, a quote with no cue, continues Qureshi; an apostrophe is not a mark', () => {
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatchObject({ speaker: 0, cue: null, partial: false });
    expect(content(a, quotes[1]!).endsWith('capacity on that.')).toBe(true);
  });
});

describe('findQuotes: marks over paragraphs, unclosed marks, inversion, scare quotes', () => {
  it('joins a quote that reopens at the next paragraph into one quote', () => {
    const text =
      '“Pakistan values its relations with Russia and reciprocates the desire for enhanced cooperation.\n\n' +
      '“We have no hostile designs toward any country,” Bajwa said.';
    const a = buildArticle(text, {
      entities: [{ name: 'Qamar Javed Bajwa', type: 'person' }],
      mentions: [{ text: 'Bajwa', entity: 'Qamar Javed Bajwa' }],
    });
    const quotes = findQuotes(a);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ start: 0, end: text.indexOf('” Bajwa') + 1, speaker: 0, cue: 'said', partial: false });
    expect(quotes[0]!.content).toEqual({ start: 1, end: text.indexOf('” Bajwa') });
  });

  it('cuts an unclosed quote before its attribution and reports it (seed 001)', () => {
    const text =
      'Pakistan’s energy minister had recently attended an Energy Week event in Russia where he had “fruitful and constructive engagement with the Russian team, PM Kakar told Putin.\n\n' +
      'He said the Russian team had come up with concrete proposals for enhancing energy cooperation, he added.';
    const a = buildArticle(text, {
      entities: [
        { name: 'Anwaar-ul-Haq Kakar', type: 'person' },
        { name: 'Vladimir Putin', type: 'person' },
      ],
      mentions: [
        { text: 'Kakar', entity: 'Anwaar-ul-Haq Kakar' },
        { text: 'Putin', entity: 'Vladimir Putin' },
      ],
    });
    const { quotes, messages } = detectQuotes(a);
    expect(quotes).toHaveLength(1);
    expect(content(a, quotes[0]!)).toBe('fruitful and constructive engagement with the Russian team');
    expect(quotes[0]).toMatchObject({ speaker: 0, cue: 'told', partial: true });
    expect(messages.map((m) => m.origin)).toEqual(['quotes:unclosed']);
  });

  it('"“...,” said Imran Khan" and "According to X, “...”"', () => {
    const text =
      '“We will not be part of any bloc,” said Prime Minister Imran Khan.\n\nAccording to Lavrov, “the region needs an inclusive settlement.”';
    const a = buildArticle(text, {
      entities: [
        { name: 'Imran Khan', type: 'person' },
        { name: 'Sergey Lavrov', type: 'person' },
      ],
      mentions: [
        { text: 'Imran Khan', entity: 'Imran Khan' },
        { text: 'Lavrov', entity: 'Sergey Lavrov' },
      ],
    });
    const quotes = findQuotes(a);
    expect(quotes[0]).toMatchObject({ speaker: 0, cue: 'said', partial: false });
    expect(quotes[1]).toMatchObject({ speaker: 1, cue: 'according to', partial: true });
  });

  it('Qureshi, while speaking alongside Lavrov, described the meeting as "successful" -> Qureshi', () => {
    const text =
      'Qureshi, while speaking alongside Lavrov, described the March 18 Moscow meeting as "successful" and said he discussed another conference.';
    const a = buildArticle(text, {
      entities: [
        { name: 'Shah Mehmood Qureshi', type: 'person' },
        { name: 'Sergey Lavrov', type: 'person' },
        { name: 'Moscow', type: 'place' },
      ],
      mentions: [
        { text: 'Qureshi', entity: 'Shah Mehmood Qureshi' },
        { text: 'Lavrov', entity: 'Sergey Lavrov' },
        { text: 'Moscow', entity: 'Moscow' },
      ],
    });
    expect(findQuotes(a)).toEqual([
      {
        ...at(text, '"successful"'),
        content: at(text, 'successful'),
        speaker: 0,
        cue: 'described',
        cueSpan: at(text, 'described'),
        partial: true,
      },
    ]);
  });

  it('a headline quote with no cue has no speaker; a person named only inside a quote is not a speaker', () => {
    const text =
      '‘Much higher, much bigger’: In meeting with Pakistani PM, Putin highlights potential for economic cooperation\n\n“I met Putin in Beijing,” he said.';
    const a = buildArticle(text, {
      entities: [{ name: 'Vladimir Putin', type: 'person' }],
      mentions: [
        { text: 'Putin', entity: 'Vladimir Putin' },
        { text: 'Putin', nth: 1, entity: 'Vladimir Putin' },
      ],
    });
    const quotes = findQuotes(a);
    expect(quotes[0]).toMatchObject({ speaker: -1, cue: null, partial: false });
    expect(content(a, quotes[0]!)).toBe('Much higher, much bigger');
    // The only person before "he" is Putin in the headline, two sentences back: that is a fitting mention.
    expect(quotes[1]).toMatchObject({ cue: 'said', partial: false });
    expect(quotes[1]!.speaker).toBe(0);
  });

  it('a pronoun with no person in this or the two previous sentences stays unknown', () => {
    const text =
      'The talks lasted two hours. The weather was fine. The forum opened on Monday. Delegates arrived early.\n\n“I met Putin in Beijing,” he said.';
    const a = buildArticle(text, {
      entities: [{ name: 'Vladimir Putin', type: 'person' }],
      mentions: [{ text: 'Putin', entity: 'Vladimir Putin' }],
    });
    expect(findQuotes(a)[0]).toMatchObject({ speaker: -1, cue: 'said' });
  });
});

describe('findQuotes: reporting clauses after partial quotes (seed 000)', () => {
  const text = [
    'ISLAMABAD: The potential for economic cooperation with Pakistan was “much higher, much bigger” than at present and both nations would discuss steps to enhance ties, Russian President Vladimir Putin said in a meeting with Pakistani Prime Minister Anwaar-ul-Haq Kakar in Beijing.',
    'Zardari paid tribute to Chinese nationals working in Afghanistan “despite rising insecurity” and expressed solidarity with the victims and their families, while reiterating calls for political reform in Kabul.',
    '  • Says energy deficient Pakistan, nation of 240 million people, ‘huge’ potential market for Russian energy exports',
  ].join('\n\n');
  const a = buildArticle(text, {
    entities: [
      { name: 'Vladimir Putin', type: 'person' },
      { name: 'Anwaar-ul-Haq Kakar', type: 'person' },
      { name: 'Asif Ali Zardari', type: 'person' },
      { name: 'Pakistan', type: 'country' },
      { name: 'Afghanistan', type: 'country' },
    ],
    mentions: [
      { text: 'Pakistan', entity: 'Pakistan' },
      { text: 'Vladimir Putin', entity: 'Vladimir Putin' },
      { text: 'Anwaar-ul-Haq Kakar', entity: 'Anwaar-ul-Haq Kakar' },
      { text: 'Zardari', entity: 'Asif Ali Zardari' },
      { text: 'Afghanistan', entity: 'Afghanistan' },
      { text: 'Pakistan', nth: 2, entity: 'Pakistan' },
    ],
  });
  const quotes = findQuotes(a);

  it('"... was “much higher, much bigger” than at present ..., Putin said" -> Putin', () => {
    expect(quotes[0]).toMatchObject({ speaker: 0, cue: 'said', partial: true });
  });

  it('a participle after a scare quote takes the sentence subject: Zardari ... while reiterating', () => {
    expect(quotes[1]).toMatchObject({ speaker: 2, cue: 'reiterating', partial: true });
  });

  it('a subjectless "Says X, ..." bullet names no speaker (X is what is said about)', () => {
    expect(quotes[2]).toMatchObject({ speaker: -1, cue: 'says', partial: true });
  });
});

describe('findQuotes: subjects that are easy to get wrong', () => {
  it('"X rejected calls ..., and said that ..." shares the sentence subject', () => {
    const text = 'On Tuesday, Mr. Khan again rejected calls for early elections in Pakistan, and said that doing so would be "a gift to our enemies."';
    const a = buildArticle(text, {
      entities: [
        { name: 'Imran Khan', type: 'person' },
        { name: 'Pakistan', type: 'country' },
      ],
      mentions: [
        { text: 'Khan', entity: 'Imran Khan' },
        { text: 'Pakistan', entity: 'Pakistan' },
      ],
    });
    expect(findQuotes(a)[0]).toMatchObject({ speaker: 0, cue: 'said', partial: true });
  });

  it('a name inside a prepositional phrase is not the subject: "a representative of Oxfam in Niger told"', () => {
    const text = 'A representative of the charity Oxfam in Niger told reporters that people there are "extremely desperate."';
    const a = buildArticle(text, {
      entities: [
        { name: 'Oxfam', type: 'organization' },
        { name: 'Niger', type: 'country' },
      ],
      mentions: [
        { text: 'Oxfam', entity: 'Oxfam' },
        { text: 'Niger', entity: 'Niger' },
      ],
    });
    expect(findQuotes(a)[0]).toMatchObject({ speaker: 0, cue: 'told' });
  });

  it('an untyped ("other") name can speak; a no-break space after a full stop still ends the sentence', () => {
    const text = 'The central bank raised rates.\u00a0 Chairman Ben Bernanke said the policies are "well positioned" to promote growth.';
    const a = buildArticle(text, {
      entities: [{ name: 'Ben Bernanke', type: 'other' }],
      mentions: [{ text: 'Ben Bernanke', entity: 'Ben Bernanke' }],
    });
    expect(findQuotes(a)[0]).toMatchObject({ speaker: 0, cue: 'said', partial: true });
  });
});

describe('quoteStage', () => {
  it('declares its layers and fills article.quotes and messages', async () => {
    const stage = quoteStage();
    expect(stage).toMatchObject({ name: 'quotes', requires: ['text', 'sentences', 'entities', 'mentions', 'roles', 'syntax'], provides: ['quotes'] });
    const a = buildArticle('He said it was “a turning point.');
    await stage.run(a, { now: new Date('2024-01-01') });
    expect(a.quotes).toHaveLength(1);
    expect(a.messages[0]?.origin).toBe('quotes:unclosed');
  });
});

describe('speaker from the shared syntax layer', () => {
  it('gives a relative clause verb of saying its antecedent as the speaker', async () => {
    const { splitSentences } = await import('../../language/sentences/index.js');
    const { buildSyntax } = await import('../../language/syntax/layer.js');
    const a = buildArticle('The plan was rejected by Lima, which says it “will never sign such a deal.”', {
      entities: [{ name: 'Peru', type: 'country' }],
      mentions: [{ text: 'Lima', entity: 'Peru', type: 'country' }],
    });
    a.tokens = splitSentences(a.text).tokens;
    a.syntax = buildSyntax(a);
    expect(findQuotes(a)[0]).toMatchObject({ speaker: ent(a, 'Peru'), cue: 'says' });
  });
});
