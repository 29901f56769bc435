import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate, entityNamed, mentionsOf } from './test-helpers.js';
import type { Tagger } from './types.js';

describe('entityStage: gazetteer and rules', () => {
  it('finds a titled person and the country of a demonym', () => {
    const a = annotate('Russian President Vladimir Putin met Pakistani Prime Minister Anwaar-ul-Haq Kakar in Beijing.');
    const [putin] = mentionsOf(a, 'Vladimir Putin');
    expect(putin).toMatchObject({ start: 18, end: 32, type: 'person', form: 'name' });
    const [russian] = mentionsOf(a, 'Russian');
    expect(russian).toMatchObject({ start: 0, end: 7, type: 'country', form: 'demonym' });
    expect(a.entities[russian!.entity]).toMatchObject({ type: 'country', name: 'Russia', country: 'RUS' });
    const [pakistani] = mentionsOf(a, 'Pakistani');
    expect(a.entities[pakistani!.entity]).toMatchObject({ name: 'Pakistan', country: 'PAK' });
    expect(mentionsOf(a, 'Anwaar-ul-Haq Kakar')[0]).toMatchObject({ type: 'person' });
    // "in Beijing" is the city.
    expect(mentionsOf(a, 'Beijing')[0]).toMatchObject({ type: 'place' });
    // Titles are not part of the name.
    expect(mentionsOf(a, 'President Vladimir Putin')).toHaveLength(0);
  });

  it('reads a capital as the government when it acts, and as the city after "in"', () => {
    const a = annotate('Moscow said it would supply the weapons. The talks were held in Moscow, Russia, last month.');
    const [gov, city] = mentionsOf(a, 'Moscow');
    expect(gov).toMatchObject({ type: 'country', form: 'capital' });
    expect(a.entities[gov!.entity]).toMatchObject({ name: 'Russia', country: 'RUS' });
    expect(city).toMatchObject({ type: 'place' });
    expect(a.entities[city!.entity]).toMatchObject({ name: 'Moscow', country: 'RUS' });
    const c = annotate('NEW DELHI (Reuters) - Indian Prime Minister Narendra Modi spoke.');
    expect(mentionsOf(c, 'NEW DELHI')[0]).toMatchObject({ type: 'place' });
    const b = annotate('Kakar told Russian president Islamabad and Moscow had a convergence of interests.');
    expect(mentionsOf(b, 'Islamabad')[0]).toMatchObject({ type: 'country', form: 'capital' });
    expect(mentionsOf(b, 'Moscow')[0]).toMatchObject({ type: 'country', form: 'capital' });
  });

  it('maps U.S., US, United States and Washington to one country', () => {
    const a = annotate(
      'The U.S.-backed government fell. The United States and Pakistan disagreed. US officials said Washington would act.',
    );
    const usa = a.entities.filter((e) => e.country === 'USA' && e.type === 'country');
    expect(usa).toHaveLength(1);
    expect(usa[0]!.name).toBe('United States');
    const [us] = mentionsOf(a, 'U.S.');
    expect(us).toMatchObject({ start: 4, end: 8, type: 'country' });
    expect(mentionsOf(a, 'Washington')[0]).toMatchObject({ type: 'country', form: 'capital' });
  });

  it('finds organisations from the lexicon and from name heads', () => {
    const a = annotate(
      'Pakistan accused the Tehreek-e-Taliban Pakistan and the Balochistan Liberation Army of attacks. ' +
        'The Afghan affiliate of Daesh claimed responsibility. Officials met at the Ministry of Foreign Affairs. ' +
        'Kakar attended the Belt and Road Forum, which marks the anniversary of the Belt and Road Initiative (BRI). ' +
        'Under the BRI, Beijing has pledged $60 billion.',
    );
    expect(entityNamed(a, 'Tehreek-e-Taliban Pakistan')?.type).toBe('organization');
    expect(entityNamed(a, 'Balochistan Liberation Army')?.type).toBe('organization');
    expect(entityNamed(a, 'Islamic State')?.aliases).toContain('Daesh');
    expect(entityNamed(a, 'Ministry of Foreign Affairs')?.type).toBe('organization');
    expect(entityNamed(a, 'Belt and Road Forum')?.type).toBe('organization');
    const bri = entityNamed(a, 'Belt and Road Initiative');
    expect(bri?.type).toBe('organization');
    expect(bri?.aliases).toEqual(['BRI']);
    // Both "BRI" mentions point to it.
    const index = a.entities.indexOf(bri!);
    expect(mentionsOf(a, 'BRI').map((m) => m.entity)).toEqual([index, index]);
  });

  it('links a surname to the full name, before or after it', () => {
    const a = annotate(
      'Kakar meets Putin in Beijing\n\nPakistan\'s Caretaker Prime Minister Anwaar-ul-Haq Kakar met Russian President Vladimir Putin. ' +
        'Lavrov was not there. "Trade has grown," Putin told Kakar. Foreign Minister Sergey Lavrov stayed in Moscow.',
    );
    const kakar = entityNamed(a, 'Anwaar-ul-Haq Kakar');
    expect(kakar?.aliases).toEqual(['Kakar']);
    const k = a.entities.indexOf(kakar!);
    expect(mentionsOf(a, 'Kakar').map((m) => m.entity)).toEqual([k, k]);
    const putin = a.entities.indexOf(entityNamed(a, 'Vladimir Putin')!);
    expect(mentionsOf(a, 'Putin').every((m) => m.entity === putin && m.type === 'person')).toBe(true);
    expect(mentionsOf(a, 'Lavrov')[0]!.entity).toBe(a.entities.indexOf(entityNamed(a, 'Sergey Lavrov')!));
    expect(a.entities.filter((e) => e.type === 'person')).toHaveLength(3);
  });

  it('does not take capitalised sentence openers for names', () => {
    const a = annotate('The talks ended early. But Lavrov said no. Last month the minister visited Islamabad. Police said nothing.');
    const surfaces = a.mentions.map((m) => a.text.slice(m.start, m.end));
    expect(surfaces).toEqual(['Lavrov', 'Islamabad']);
    expect(mentionsOf(a, 'Lavrov')[0]!.type).toBe('person');
    // "visited Islamabad": the city.
    expect(mentionsOf(a, 'Islamabad')[0]!.type).toBe('place');
  });

  it('resolves definite descriptions to the person the article gave that title', () => {
    const a = annotate(
      'Russian Foreign Minister Sergey Lavrov met Pakistani Foreign Minister Shah Mehmood Qureshi and Prime Minister Imran Khan. ' +
        'The Russian foreign minister said the pipeline would be built. Khan welcomed it, the prime minister\'s office said.',
    );
    const nominals = a.mentions.filter((m) => m.form === 'nominal');
    expect(nominals.map((m) => [a.text.slice(m.start, m.end), a.entities[m.entity]!.name])).toEqual([
      ['The Russian foreign minister', 'Sergey Lavrov'],
      ['the prime minister', 'Imran Khan'],
    ]);
  });

  it('links particle surnames and keeps one type for the same name', () => {
    const a = annotate(
      'Troops raided the home of a senior politician, Adnan al-Dulaymi. A bodyguard at Mr. Dulaymi\'s home was held.\n\n' +
        'The Dalai Lama says he will retire. Aides said the Dalai Lama\'s role would change.',
    );
    const dulaymi = entityNamed(a, 'Adnan al-Dulaymi');
    expect(dulaymi).toMatchObject({ type: 'person', aliases: ['Dulaymi'] });
    const lama = a.entities.filter((e) => e.name === 'Dalai Lama');
    expect(lama).toHaveLength(1);
    expect(lama[0]!.type).toBe('person');
    expect(mentionsOf(a, 'Dalai Lama')).toHaveLength(2);
  });

  it('makes no entity of a regional adjective without a tagger, nor of its first word', () => {
    const a = annotate('Delegates from Middle Eastern capitals and South Asian ports met the Soviet-era veterans. Adrian Kolb spoke.');
    const texts = a.mentions.map((m) => a.text.slice(m.start, m.end));
    for (const w of ['Middle', 'Middle Eastern', 'South', 'South Asian', 'Eastern', 'Asian']) expect(texts, w).not.toContain(w);
    expect(mentionsOf(a, 'Adrian Kolb')[0]).toMatchObject({ type: 'person' });
  });

  it('does not take religious or ethnic groups for people', () => {
    const a = annotate('In a letter to Roman Catholics, the pope spoke.');
    expect(mentionsOf(a, 'Roman Catholics')[0]).toMatchObject({ type: 'other' });
  });

  it('leaves a description unresolved when its country does not match', () => {
    const a = annotate('President Xi Jinping hosted the forum. Later, Pakistan\'s president condemned the blast.');
    expect(a.mentions.filter((m) => m.form === 'nominal')).toEqual([]);
  });
});

describe('entityStage with a tagger', () => {
  /** A stand-in tagger that labels the tokens listed in `labels`. */
  const fakeTagger = (labels: Record<string, string>): Tagger => ({
    tag: (tokens) => tokens.map((t) => labels[t] ?? 'O'),
  });

  it('uses the tagger for unknown people and organisations, the gazetteer for countries', () => {
    const tagger = fakeTagger({ Zhang: 'B-PER', Wei: 'I-PER', Novartis: 'B-ORG', Russia: 'B-ORG', The: 'B-PER' });
    const a = annotate('The envoy Zhang Wei said Novartis would invest in Russia.', tagger);
    expect(mentionsOf(a, 'Zhang Wei')[0]).toMatchObject({ type: 'person', via: 'tagger' });
    expect(mentionsOf(a, 'Novartis')[0]).toMatchObject({ type: 'organization', via: 'tagger' });
    expect(mentionsOf(a, 'Russia')[0]).toMatchObject({ type: 'country', via: 'gazetteer' });
    expect(mentionsOf(a, 'The')).toEqual([]);
  });

  it('corrects a tagged "person" that ends in an event or organisation word', () => {
    const a = annotate('The minister attended an Energy Week event in Moscow.', fakeTagger({ Energy: 'B-PER', Week: 'I-PER' }));
    expect(mentionsOf(a, 'Energy Week')[0]).toMatchObject({ type: 'other' });
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('never makes an organisation, person or other entity of a demonym or regional adjective', () => {
    const tagger = fakeTagger({
      Soviet: 'B-ORG', South: 'B-ORG', Asian: 'I-ORG', Middle: 'B-MISC', Eastern: 'I-MISC', Mongolian: 'B-PER',
      Arabian: 'B-ORG', Kenyan: 'B-MISC', Volta: 'B-ORG', Textiles: 'I-ORG',
    });
    const a = annotate(
      'Old Soviet tractors still plough the fields near the border. Traders from South Asian ports and Middle Eastern ' +
        'markets came, and a Mongolian herder sold wool. Arabian horses were shown. Kenyan runners won, and Volta Textiles hired them.',
      tagger,
    );
    for (const w of ['Soviet', 'South Asian', 'Middle Eastern', 'Arabian', 'Mongolian']) {
      expect(a.mentions.filter((m) => a.text.slice(m.start, m.end) === w && m.type !== 'country'), w).toEqual([]);
    }
    expect(a.entities.some((e) => /Soviet|Asian|Eastern|Arabian/.test(e.name) && e.type !== 'country')).toBe(false);
    // A known demonym still marks its country.
    const [kenyan] = mentionsOf(a, 'Kenyan');
    expect(kenyan).toMatchObject({ type: 'country', form: 'demonym' });
    expect(a.entities[kenyan!.entity]).toMatchObject({ country: 'KEN' });
    const [mongolian] = mentionsOf(a, 'Mongolian');
    expect(mongolian).toMatchObject({ type: 'country', form: 'demonym' });
    // A longer name with a place word in it is still a name.
    expect(mentionsOf(a, 'Volta Textiles')[0]).toMatchObject({ type: 'organization' });
  });

  it('drops a tagged single common noun that is capitalised only because it opens a sentence', () => {
    const tagger = fakeTagger({ Harvest: 'B-ORG', Drought: 'B-MISC', Zentrova: 'B-ORG', Shell: 'B-ORG' });
    const a = annotate(
      'Harvest figures fell sharply this spring. Drought spread across the plain. Zentrova bought the silos. ' +
        'Shell raised prices. Analysts said Shell would cut jobs.',
      tagger,
    );
    expect(mentionsOf(a, 'Harvest')).toEqual([]);
    expect(mentionsOf(a, 'Drought')).toEqual([]);
    // Not a dictionary word: a name, even first in its sentence.
    expect(mentionsOf(a, 'Zentrova')[0]).toMatchObject({ type: 'organization' });
    // A dictionary word the article also capitalises mid-sentence is a name.
    expect(mentionsOf(a, 'Shell').map((m) => m.type)).toEqual(['organization', 'organization']);
    // Mid-sentence the same tagged noun is kept: only the sentence opener is in doubt.
    const b = annotate('The cooperative Harvest filed its accounts.', tagger);
    expect(mentionsOf(b, 'Harvest')[0]).toMatchObject({ type: 'organization' });
  });

  it('lets a longer tagged name contain a country, and gives a short org name its full name', () => {
    const tagger = fakeTagger({ Air: 'B-ORG', France: 'I-ORG', Magna: 'B-PER' });
    const a = annotate('Air France cut flights. Magna International Inc bought the plant. Magna shares rose.', tagger);
    expect(mentionsOf(a, 'Air France')[0]).toMatchObject({ type: 'organization', via: 'tagger' });
    expect(mentionsOf(a, 'France')).toEqual([]);
    const magna = entityNamed(a, 'Magna International Inc');
    expect(magna?.type).toBe('organization');
    expect(mentionsOf(a, 'Magna')[0]!.entity).toBe(a.entities.indexOf(magna!));
  });

  it('strips titles from tagged people and falls back to rules when the tagger fails', () => {
    const a = annotate('President Joe Biden spoke.', fakeTagger({ President: 'B-PER', Joe: 'I-PER', Biden: 'I-PER' }));
    expect(a.mentions.map((m) => a.text.slice(m.start, m.end))).toEqual(['Joe Biden']);
    const broken: Tagger = {
      tag: () => {
        throw new Error('model missing');
      },
    };
    const b = annotate('Foreign Minister Sergey Lavrov spoke.', broken);
    expect(entityNamed(b, 'Sergey Lavrov')?.type).toBe('person');
    expect(b.messages[0]).toMatchObject({ level: 'warning', origin: 'entities:tagger-failed' });
  });
});

describe('seed article 000 (Arab News, two articles in one page)', () => {
  const dir = new URL('../../../examples/', import.meta.url);
  const file = readdirSync(dir).find((f) => f.startsWith('000_'));
  const a = annotate(readFileSync(new URL(file!, dir), 'utf8'));

  it('finds the people and links "Kakar" to "Anwaar-ul-Haq Kakar"', () => {
    const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(people).toEqual(['Anwaar-ul-Haq Kakar', 'Asif Ali Zardari', 'Vladimir Putin', 'Xi Jinping']);
    expect(entityNamed(a, 'Anwaar-ul-Haq Kakar')?.aliases).toEqual(['Kakar']);
    expect(entityNamed(a, 'Asif Ali Zardari')?.aliases).toEqual(['Zardari']);
  });

  it('reads "Pakistani PM" as Kakar and the KARACHI dateline as the city', () => {
    const kakar = a.entities.indexOf(entityNamed(a, 'Anwaar-ul-Haq Kakar')!);
    expect(mentionsOf(a, 'Pakistani PM').map((m) => m.entity)).toEqual([kakar, kakar]);
    expect(a.entities[mentionsOf(a, 'KARACHI')[0]!.entity]).toMatchObject({ type: 'place', name: 'Karachi' });
  });
});

describe('seed article 002 (VOA, Lavrov in Islamabad)', () => {
  const dir = new URL('../../../examples/', import.meta.url);
  const file = readdirSync(dir).find((f) => f.startsWith('002_'));
  const text = readFileSync(new URL(file!, dir), 'utf8');
  const a = annotate(text);

  it('finds every person in the article, once each', () => {
    const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(people).toEqual([
      'Abdul Ghani Baradar', 'Imran Khan', 'Joe Biden', 'Qamar Javed Bajwa', 'Sergey Lavrov', 'Shah Mehmood Qureshi',
    ]);
  });

  it('links "Biden" to "Joe Biden" and "the Pakistani army chief" to Bajwa', () => {
    const biden = a.entities.indexOf(entityNamed(a, 'Joe Biden')!);
    expect(mentionsOf(a, 'Biden').map((m) => m.entity)).toEqual([biden]);
    const [chief] = mentionsOf(a, 'the Pakistani army chief');
    expect(a.entities[chief!.entity]!.name).toBe('Qamar Javed Bajwa');
  });
});
