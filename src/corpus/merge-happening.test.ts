import { describe, expect, it } from 'vitest';
import type { Article, DateEvidence, DocEntity } from '../core/types.js';
import { exact, undated } from './fixtures.test-util.js';
import { analyseCorpus } from './run.js';
import { parsed, spanOf } from './parsed.test-util.js';

const country = (name: string, code: string): DocEntity => ({ type: 'country', name, aliases: [], country: code });
const person = (name: string): DocEntity => ({ type: 'person', name, aliases: [] });
const city = (name: string, code: string): DocEntity => ({ type: 'place', name, aliases: [], country: code });
const year = (value: string): DateEvidence => ({ value, granularity: 'year', confidence: 0.8, evidence: 'timex' });

/** One report: a sentence with real tokens and quantities, its named entities, and one event. */
async function report(
  id: string,
  text: string,
  entities: DocEntity[],
  event: { trigger: string; kind: string; participants: number[]; location?: number; date: DateEvidence },
): Promise<Article> {
  const a = await parsed(text);
  a.id = id;
  a.source = `${id}.txt`;
  a.entities = entities;
  a.mentions = entities.map((e, i) => ({ ...spanOf(text, e.name), type: e.type, entity: i, via: 'test', form: 'name' as const }));
  const t = spanOf(text, event.trigger);
  a.events = [{
    ...t,
    trigger: event.trigger,
    sentence: { start: 0, end: text.length },
    kind: event.kind,
    plover: 'TEST',
    participants: event.participants.map((entity) => ({ entity, role: 'participant' as const })),
    location: event.location ?? -1,
    date: event.date,
    modality: 'asserted',
    topics: [],
  }];
  return a;
}

const two = [country('Ruritania', 'RUR'), country('Freedonia', 'FRE')];

describe('merging compares what happened', () => {
  it('keeps apart two supplies between the same countries on one day when the things supplied differ', async () => {
    const a = await report('a', 'Ruritania shipped 20,000 tonnes of rice to Freedonia.', two, { trigger: 'shipped', kind: 'supply', participants: [0, 1], date: exact('2024-03-05') });
    const b = await report('b', 'Freedonia received its first deliveries of Ruritania fuel.', [two[1]!, two[0]!], { trigger: 'deliveries', kind: 'supply', participants: [0, 1], date: exact('2024-03-05') });
    expect(analyseCorpus([a, b]).events).toHaveLength(2);
  });

  it('joins them when the things are of one class', async () => {
    const a = await report('a', 'Ruritania shipped 20,000 tonnes of rice to Freedonia.', two, { trigger: 'shipped', kind: 'supply', participants: [0, 1], date: exact('2024-03-05') });
    const b = await report('b', 'Freedonia received a large shipment of Ruritania grain.', [two[1]!, two[0]!], { trigger: 'shipment', kind: 'supply', participants: [0, 1], date: exact('2024-03-05') });
    const events = analyseCorpus([a, b]).events;
    expect(events).toHaveLength(1);
    expect(events[0]!.documents.sort()).toEqual(['a', 'b']);
  });

  it('does not take one year and two countries for one happening', async () => {
    const a = await report('a', 'Ruritania sent aid to Freedonia this year.', two, { trigger: 'sent', kind: 'supply', participants: [0, 1], date: year('2024') });
    const b = await report('b', 'Freedonia got help from Ruritania this year.', [two[1]!, two[0]!], { trigger: 'got', kind: 'supply', participants: [0, 1], date: year('2024') });
    expect(analyseCorpus([a, b]).events).toHaveLength(2);
  });

  it('joins one ambush two sources count differently, and lists the disagreement', async () => {
    const people = [person('Colonel Ilse Marwick'), person('General Otto Brandt')];
    const a = await report('a', 'Colonel Ilse Marwick said rebels killed 12 soldiers of General Otto Brandt.', people, { trigger: 'killed', kind: 'attack', participants: [0, 1], date: exact('2024-06-01') });
    const b = await report('b', 'Rebels killed 15 soldiers, General Otto Brandt told Colonel Ilse Marwick.', [people[1]!, people[0]!], { trigger: 'killed', kind: 'attack', participants: [0, 1], date: exact('2024-06-01') });
    const result = analyseCorpus([a, b]);
    expect(result.events).toHaveLength(1);
    const d = result.discrepancies.find((x) => x.kind === 'figure' && x.ref === result.events[0]!.id);
    expect(d?.values.map((v) => v.value).sort()).toEqual(['12 soldiers', '15 soldiers']);
    expect(d?.values.flatMap((v) => v.sources.map((s) => s.documentId)).sort()).toEqual(['a', 'b']);
  });

  it('keeps apart amounts of one unit far apart when nothing else ties them', async () => {
    const people = [person('Colonel Ilse Marwick'), person('General Otto Brandt')];
    const a = await report('a', 'Colonel Ilse Marwick said rebels killed 12 soldiers of General Otto Brandt.', people, { trigger: 'killed', kind: 'attack', participants: [0, 1], date: undated });
    const b = await report('b', 'Rebels killed 90 soldiers, General Otto Brandt told Colonel Ilse Marwick.', [people[1]!, people[0]!], { trigger: 'killed', kind: 'attack', participants: [0, 1], date: undated });
    expect(analyseCorpus([a, b]).events).toHaveLength(2);
  });

  it('takes a city and its country as one place, two towns as two', async () => {
    const envoy = person('Marta Kowalczyk');
    const a = await report('a', 'Marta Kowalczyk met Jean Arnaud and his delegation in Lyon.', [envoy, city('Lyon', 'FRA'), person('Jean Arnaud')], { trigger: 'met', kind: 'meet', participants: [0, 2], location: 1, date: exact('2024-02-02') });
    const b = await report('b', 'Marta Kowalczyk met Jean Arnaud in France.', [envoy, country('France', 'FRA'), person('Jean Arnaud')], { trigger: 'met', kind: 'meet', participants: [0, 2], location: 1, date: exact('2024-02-02') });
    const c = await report('c', 'Marta Kowalczyk met Jean Arnaud in Nice.', [envoy, city('Nice', 'FRA'), person('Jean Arnaud')], { trigger: 'met', kind: 'meet', participants: [0, 2], location: 1, date: exact('2024-02-02') });
    const ab = analyseCorpus([a, b]).events;
    expect(ab).toHaveLength(1);
    expect(ab[0]!.location).toBe('place:lyon');
    expect(analyseCorpus([a, c]).events).toHaveLength(2);
  });
});
