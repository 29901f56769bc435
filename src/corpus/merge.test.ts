import { describe, expect, it } from 'vitest';
import { analyseCorpus } from './run.js';
import { country, exact, makeArticle, person, place, reported, undated } from './fixtures.test-util.js';

const s1 = 'Caretaker Prime Minister Anwaarul Haq Kakar met Russian President Vladimir Putin in Beijing on Tuesday.';
const s2 = 'Putin said in a meeting with Pakistani Prime Minister Anwaar-ul-Haq Kakar in Beijing that ties could grow.';

describe('event merging across sources', () => {
  it('merges two reports of one meeting and keeps the exact date and both sources', () => {
    const a = makeArticle('a', s1, '2023-10-18', [person('Anwaarul Haq Kakar'), person('Vladimir Putin'), place('Beijing')], [
      { sentence: s1, kind: 'meet', plover: 'CONSULT', participants: [0, 1], location: 2, date: exact('2023-10-17') },
    ]);
    const b = makeArticle('b', s2, '2023-10-18', [person('Vladimir Putin'), person('Anwaar-ul-Haq Kakar'), place('Beijing')], [
      { sentence: s2, kind: 'meet', plover: 'CONSULT', participants: [0, 1], location: 2, date: reported('2023-10-18') },
    ]);
    const result = analyseCorpus([a, b]);
    expect(result.events).toHaveLength(1);
    const ev = result.events[0]!;
    expect(ev.date.value).toBe('2023-10-17');
    expect(ev.documents.sort()).toEqual(['a', 'b']);
    expect(ev.sources).toHaveLength(2);
    const kakar = result.entities.filter((e) => e.name.endsWith('Kakar'));
    expect(kakar).toHaveLength(1);
    expect([kakar[0]!.name, ...kakar[0]!.aliases].sort()).toEqual(['Anwaar-ul-Haq Kakar', 'Anwaarul Haq Kakar']);
    expect(ev.participants.sort()).toEqual([kakar[0]!.id, 'person:vladimir-putin'].sort());
  });

  it('gathers the countries its reports coded, most often coded first', () => {
    const a = makeArticle('a', s1, '2023-10-18', [person('Anwaarul Haq Kakar'), person('Vladimir Putin')], [
      { sentence: s1, kind: 'meet', plover: 'CONSULT', participants: [0, 1], date: exact('2023-10-17') },
    ]);
    const b = makeArticle('b', s2, '2023-10-18', [person('Vladimir Putin'), person('Anwaar-ul-Haq Kakar')], [
      { sentence: s2, kind: 'meet', plover: 'CONSULT', participants: [0, 1], date: exact('2023-10-17') },
    ]);
    a.events[0]!.countries = { source: ['PAK'], target: ['RUS'] };
    b.events[0]!.countries = { source: ['RUS', 'PAK'], target: ['PAK'] };
    const [ev] = analyseCorpus([a, b]).events;
    expect(ev!.countries).toEqual({ source: ['PAK', 'RUS'], target: ['RUS', 'PAK'] });
  });

  it('keeps two meetings of the same people on different days apart', () => {
    const text = 'Lavrov met Qureshi in Islamabad on Wednesday. Lavrov met Qureshi in Moscow in May.';
    const [first, second] = text.split('. ').map((s, i) => (i === 0 ? s + '.' : s));
    const a = makeArticle('a', text, '2021-04-08', [person('Sergey Lavrov'), person('Shah Mehmood Qureshi')], [
      { sentence: first!, kind: 'meet', plover: 'CONSULT', participants: [0, 1], date: exact('2021-04-07') },
      { sentence: second!, kind: 'meet', plover: 'CONSULT', participants: [0, 1], date: exact('2021-05-12') },
    ]);
    expect(analyseCorpus([a]).events).toHaveLength(2);
  });

  it('does not merge different kinds or a planned visit with one that happened', () => {
    const t1 = 'Khan invited Putin to visit Pakistan.';
    const t2 = 'Putin visited Pakistan.';
    const a = makeArticle('a', t1, '2021-08-25', [person('Imran Khan'), person('Vladimir Putin')], [
      { sentence: t1, kind: 'visit', plover: 'CONSULT', participants: [0, 1], date: undated, modality: 'planned' },
    ]);
    const b = makeArticle('b', t2, '2021-09-25', [person('Imran Khan'), person('Vladimir Putin')], [
      { sentence: t2, kind: 'visit', plover: 'CONSULT', participants: [0, 1], date: reported('2021-09-25') },
    ]);
    const events = analyseCorpus([a, b]).events;
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.future)?.documents).toEqual(['a']);
  });

  it('gives an undated article the date of an event a dated article reports, with evidence', () => {
    const t1 = 'Lavrov held talks with Qureshi in Islamabad on Wednesday.';
    const t2 = 'Lavrov held meetings with his counterpart Shah Mahmood Qureshi.';
    const dated = makeArticle('dated', t1, '2021-04-07', [person('Sergey Lavrov'), person('Shah Mehmood Qureshi')], [
      { sentence: t1, kind: 'meet', plover: 'CONSULT', participants: [0, 1], date: exact('2021-04-07') },
    ]);
    const plain = makeArticle('plain', t2, null, [person('Sergey Lavrov'), person('Shah Mahmood Qureshi')], [
      { sentence: t2, kind: 'meet', plover: 'CONSULT', participants: [0, 1], date: undated },
    ]);
    const result = analyseCorpus([dated, plain]);
    expect(result.events).toHaveLength(1);
    expect(result.propagatedDates.plain?.value).toBe('2021-04-07');
    expect(result.propagatedDates.plain?.evidence).toContain('dated by document dated');
    expect(result.propagatedDates.dated).toBeUndefined();
  });

  it('dates an event from an undated report that names the weekday, within the week before a dated report', () => {
    const t1 = 'In his talks with Foreign Minister Shah Mehmood Qureshi, Lavrov said the two countries agreed to more drills.';
    const t2 = 'Lavrov held meetings with his counterpart Shah Mahmood Qureshi on Wednesday.';
    // 2021-04-09 is a Friday: the Wednesday before it is 2021-04-07.
    const dated = makeArticle('dated', t1, '2021-04-09', [person('Sergey Lavrov'), person('Shah Mehmood Qureshi')], [
      { sentence: t1, kind: 'meet', plover: 'CONSULT', participants: [0, 1], date: reported('2021-04-09') },
    ]);
    const plain = makeArticle('plain', t2, null, [person('Sergey Lavrov'), person('Shah Mahmood Qureshi')], [
      { sentence: t2, kind: 'meet', plover: 'CONSULT', participants: [0, 1], date: undated },
    ]);
    const w = t2.indexOf('Wednesday');
    plain.timexes = [{ start: w, end: w + 9, type: 'date', value: null, granularity: null, direction: 'past', relative: true }];
    const result = analyseCorpus([dated, plain]);
    expect(result.events).toHaveLength(1);
    expect(result.events[0]!.date.value).toBe('2021-04-07');
    expect(result.events[0]!.date.evidence).toMatch(/^weekday-inference/);
    expect(result.propagatedDates.plain?.value).toBe('2021-04-07');
  });

  it('does not merge events that share only countries unless they fall on the same day', () => {
    const t1 = 'Russia supplied wheat to Pakistan this year.';
    const t2 = 'Russia supplied gas to Pakistan.';
    const ents = () => [country('Russia', 'RUS'), country('Pakistan', 'PAK')];
    const a = makeArticle('a', t1, '2023-10-18', ents(), [{ sentence: t1, kind: 'supply', plover: 'AID', participants: [0, 1], date: exact('2023') }]);
    const b = makeArticle('b', t2, null, ents(), [{ sentence: t2, kind: 'supply', plover: 'AID', participants: [0, 1], date: undated }]);
    expect(analyseCorpus([a, b]).events).toHaveLength(2);
  });

  it('lists a disagreement when two sources date the same meeting a day apart', () => {
    const t1 = 'Lavrov met Qureshi in Islamabad on April 7.';
    const t2 = 'Lavrov met Qureshi in Islamabad on April 6.';
    const ents = () => [person('Sergey Lavrov'), person('Shah Mehmood Qureshi'), place('Islamabad')];
    const a = makeArticle('a', t1, '2021-04-08', ents(), [{ sentence: t1, kind: 'meet', plover: 'CONSULT', participants: [0, 1], location: 2, date: exact('2021-04-07') }]);
    const b = makeArticle('b', t2, '2021-04-08', ents(), [{ sentence: t2, kind: 'meet', plover: 'CONSULT', participants: [0, 1], location: 2, date: exact('2021-04-06') }]);
    const result = analyseCorpus([a, b]);
    expect(result.events).toHaveLength(1);
    expect(result.discrepancies).toHaveLength(1);
    expect(result.discrepancies[0]!.values.map((v) => v.value).sort()).toEqual(['2021-04-06', '2021-04-07']);
  });

  it('keeps two people who share a surname as two entities', () => {
    const t = 'Imran Khan met Ayub Khan.';
    const a = makeArticle('a', t, '2021-01-01', [person('Imran Khan'), person('Ayub Khan')], []);
    expect(analyseCorpus([a]).entities.filter((e) => e.type === 'person')).toHaveLength(2);
  });
});

describe('event merging with stories', () => {
  // Two reports of one killing (different trigger words, one shared person, dates a day apart
  // and only one of them exact) and an unrelated report, written for the test.
  const k1 = 'Gunmen shot dead the journalist Daniel Okoro outside his home in Port Harcourt on Monday, police said.';
  const k2 = 'Police are investigating the murder of Daniel Okoro, a reporter for a Port Harcourt newspaper.';
  const q = 'A magnitude 6.1 earthquake struck off the coast of Sumatra, the geophysics agency said.';
  const build = (trigger2: string) => {
    const a = makeArticle('a', k1, '2024-03-05', [person('Daniel Okoro'), place('Port Harcourt')], [
      { sentence: k1, kind: 'attack', plover: 'ASSAULT', participants: [0], date: exact('2024-03-04') },
    ]);
    a.events[0]!.trigger = 'shot dead';
    const b = makeArticle('b', k2, '2024-03-06', [person('Daniel Okoro'), place('Port Harcourt')], [
      { sentence: k2, kind: 'attack', plover: 'ASSAULT', participants: [0], date: reported('2024-03-06') },
    ]);
    b.events[0]!.trigger = trigger2;
    const c = makeArticle('c', q, '2024-03-05', [place('Sumatra')], []);
    return [a, b, c];
  };

  it('merges reports in one story whose triggers name the same happening, sharing one person', () => {
    const events = analyseCorpus(build('murder')).events;
    expect(events).toHaveLength(1);
    expect(events[0]!.documents.sort()).toEqual(['a', 'b']);
    expect(events[0]!.date.value).toBe('2024-03-04');
  });

  it('keeps them apart when the triggers name different happenings', () => {
    // "shot dead" (a death) and "arrest": one shared person is not enough without the story evidence.
    expect(analyseCorpus(build('arrest')).events).toHaveLength(2);
  });

  it('keeps two meetings of one person with two different people apart, in one story', () => {
    const t1 = 'Lavrov met Qureshi in Islamabad.';
    const t2 = 'Lavrov met Imran Khan in Islamabad.';
    const a = makeArticle('a', t1, '2021-04-08', [person('Sergey Lavrov'), person('Shah Mehmood Qureshi')], [
      { sentence: t1, kind: 'meet', plover: 'CONSULT', participants: [0, 1], date: reported('2021-04-08') },
    ]);
    const b = makeArticle('b', t2, '2021-04-08', [person('Sergey Lavrov'), person('Imran Khan')], [
      { sentence: t2, kind: 'meet', plover: 'CONSULT', participants: [0, 1], date: reported('2021-04-08') },
    ]);
    a.events[0]!.trigger = 'met';
    b.events[0]!.trigger = 'met';
    expect(analyseCorpus([a, b]).events).toHaveLength(2);
  });
});

describe('event ids', () => {
  const s3 = 'Kakar and Putin met again in Beijing on Wednesday to sign an energy accord.';
  const meeting = (id: string, text: string, entities: ReturnType<typeof person>[], date = exact('2023-10-17')) =>
    makeArticle(id, text, '2023-10-18', entities, [{ sentence: text, kind: 'meet', plover: 'CONSULT', participants: [0, 1], location: 2, date }]);

  it('keep the id of the first-ingested mention when a later report joins the event', () => {
    const a = meeting('a', s1, [person('Anwaarul Haq Kakar'), person('Vladimir Putin'), place('Beijing')], reported('2023-10-18'));
    const before = analyseCorpus([a]).events;
    expect(before).toHaveLength(1);
    // b has the exact date, so it sorts ahead of a inside the merge; a stays the first mention.
    const b = meeting('b', s2, [person('Vladimir Putin'), person('Anwaar-ul-Haq Kakar'), place('Beijing')]);
    const after = analyseCorpus([a, b]).events;
    expect(after).toHaveLength(1);
    expect(after[0]!.documents.sort()).toEqual(['a', 'b']);
    expect(after[0]!.id).toBe(before[0]!.id);
    expect(after[0]!.id).toMatch(/^ev:[0-9a-f]{12}$/);
  });

  it('give an event formed only by a new document a new id, leaving the others', () => {
    const a = meeting('a', s1, [person('Anwaarul Haq Kakar'), person('Vladimir Putin'), place('Beijing')]);
    const b = meeting('b', s2, [person('Vladimir Putin'), person('Anwaar-ul-Haq Kakar'), place('Beijing')]);
    const before = analyseCorpus([a, b]).events;
    expect(before).toHaveLength(1);
    const c = meeting('c', s3, [person('Kakar'), person('Putin'), place('Beijing')], exact('2023-11-22'));
    const after = analyseCorpus([a, b, c]).events;
    expect(after).toHaveLength(2);
    const old = after.find((e) => e.documents.includes('a'))!;
    const fresh = after.find((e) => e.documents.includes('c'))!;
    expect(old.id).toBe(before[0]!.id);
    expect(fresh.documents).toEqual(['c']);
    expect(fresh.id).not.toBe(old.id);
  });

  it('depend on ingest order, not on the order a merge visits the mentions', () => {
    const a = meeting('a', s1, [person('Anwaarul Haq Kakar'), person('Vladimir Putin'), place('Beijing')]);
    const b = meeting('b', s2, [person('Vladimir Putin'), person('Anwaar-ul-Haq Kakar'), place('Beijing')]);
    const ab = analyseCorpus([a, b]).events[0]!.id;
    expect(analyseCorpus([a]).events[0]!.id).toBe(ab);
    expect(analyseCorpus([b, a]).events[0]!.id).toBe(analyseCorpus([b]).events[0]!.id);
    expect(analyseCorpus([b, a]).events[0]!.id).not.toBe(ab);
  });
});
