/**
 * Synthetic corpus for bench:api: Article objects and a CorpusResult built directly, with
 * annotations (entities, mentions, dates, quotes, events) whose offsets point into generated
 * sentences — not run through the pipeline (10,000 documents would take an hour on 2 cores).
 * A seeded generator makes every run the same.
 */
import { createArticle } from '../../src/core/article.js';
import type { Article, DocEntity, EntityType } from '../../src/core/types.js';
import type { CorpusResult, Entity, Event, QuoteRecord } from '../../src/corpus/types.js';
import { seededRandom } from '../../src/core/random.js';

const FIRST = ['Anna', 'Omar', 'Li', 'Sergey', 'Maria', 'Ishaq', 'Olaf', 'Fatima', 'Jorge', 'Keiko', 'Amina', 'Pierre', 'Ravi', 'Elena', 'Tunde', 'Sofia', 'Hamid', 'Lena', 'Carlos', 'Yusuf'];
const LAST = ['Petrov', 'Khan', 'Wang', 'Lavrov', 'Silva', 'Dar', 'Berg', 'Haddad', 'Mendez', 'Sato', 'Okafor', 'Dubois', 'Sharma', 'Novak', 'Adeyemi', 'Rossi', 'Karimi', 'Fischer', 'Lopez', 'Demir'];
const COUNTRIES = ['Pakistan', 'Russia', 'China', 'India', 'Brazil', 'Germany', 'France', 'Nigeria', 'Japan', 'Turkey', 'Iran', 'Egypt', 'Mexico', 'Kenya', 'Poland', 'Canada', 'Chile', 'Vietnam', 'Ghana', 'Norway'];
const ORGS = ['United Nations', 'World Bank', 'NATO', 'African Union', 'IMF', 'OPEC', 'Red Cross', 'WHO', 'European Union', 'ASEAN'];
const PLACES = ['Beijing', 'Moscow', 'Islamabad', 'Geneva', 'Nairobi', 'Brasilia', 'Berlin', 'Paris', 'Tokyo', 'Ankara', 'Cairo', 'Lima', 'Oslo', 'Hanoi', 'Accra'];
const ACTIONS: [string, string, string][] = [
  ['met', 'CONSULT', 'meet'],
  ['signed an agreement with', 'AGREE', 'sign'],
  ['accused', 'ACCUSE', 'accuse'],
  ['pledged aid to', 'AID', 'aid'],
  ['held talks with', 'CONSULT', 'talks'],
  ['criticised', 'DISAPPROVE', 'criticise'],
];
const TOPICS = ['trade', 'energy', 'security', 'health', 'climate', 'diplomacy', 'defence', 'migration'];
const PUBLISHERS = ['Arab News', 'Dawn', 'Reuters', 'TASS', 'Xinhua', 'The Hindu', 'Al Jazeera', 'BBC', 'VOA', 'AFP'];
const QUOTES = [
  'We are making necessary efforts to expand cooperation in the energy sector',
  'The potential is much higher, much bigger than at present',
  'Our countries share a common interest in regional stability',
  'This agreement opens a new chapter in our relations',
  'We will not accept any interference in our internal affairs',
  'Trade between our nations must double within five years',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export interface Generated {
  articles: Article[];
  corpus: CorpusResult;
}

/** `n` documents reporting about 0.6 n events (1 to 4 documents each), 400 people, 45 other entities. */
export function generateCorpus(n: number, seed = 42): Generated {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const people = Array.from({ length: 400 }, (_, i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`);
  const entities = new Map<string, Entity>();
  const entity = (type: EntityType, name: string): Entity => {
    const id = `${type}:${slug(name)}`;
    let e = entities.get(id);
    if (!e) entities.set(id, (e = { id, type, name, aliases: type === 'person' ? [name.split(' ')[1]!] : [], country: null, roles: [], mentions: 0, documents: [] }));
    return e;
  };
  const actors = (): Entity => (r() < 0.6 ? entity('person', pick(people)) : r() < 0.7 ? entity('country', pick(COUNTRIES)) : entity('organization', pick(ORGS)));

  // The happenings: who did what to whom, where, when.
  const eventCount = Math.round(n * 0.6);
  const plans = Array.from({ length: eventCount }, (_, i) => {
    const year = 2015 + Math.floor(r() * 11);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const precision = r() < 0.75 ? 'day' : r() < 0.7 ? 'month' : 'year';
    const value = precision === 'day' ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : precision === 'month' ? `${year}-${String(month).padStart(2, '0')}` : String(year);
    const phrase = precision === 'day' ? `on ${MONTHS[month - 1]} ${day}, ${year}` : precision === 'month' ? `in ${MONTHS[month - 1]} ${year}` : `in ${year}`;
    let b = actors();
    const a = actors();
    if (b.id === a.id) b = entity('country', pick(COUNTRIES.filter((c) => c !== a.name)));
    const action = pick(ACTIONS);
    return { id: `ev:${i.toString(16).padStart(8, '0')}`, a, b, action, place: entity('place', pick(PLACES)), value, precision, phrase, planned: r() < 0.1, topics: [pick(TOPICS), pick(TOPICS)].filter((t, j, xs) => xs.indexOf(t) === j) };
  });
  const events: Event[] = plans.map((p) => ({
    id: p.id,
    type: p.action[1],
    kind: p.action[2],
    date: { value: p.value, granularity: p.precision as 'day', confidence: 0.8, evidence: 'timex' },
    future: p.planned,
    modality: p.planned ? 'planned' : 'asserted',
    participants: [p.a.id, p.b.id],
    location: p.place.id,
    topics: p.topics,
    summary: `${p.a.name} ${p.action[0]} ${p.b.name} in ${p.place.name}`,
    sources: [],
    documents: [],
    weight: 1,
  }));

  const articles: Article[] = [];
  const quotes: QuoteRecord[] = [];
  for (let d = 0; d < n; d++) {
    const id = `doc${d.toString(16).padStart(6, '0')}`;
    const reported = [pick(plans), pick(plans), ...(r() < 0.5 ? [pick(plans)] : [])].filter((p, j, xs) => xs.indexOf(p) === j);
    const lead = reported[0]!;
    let text = `${lead.a.name} and ${lead.b.name} in ${lead.place.name}\n\n`;
    const docEntities: DocEntity[] = [];
    const index = (e: Entity): number => {
      let i = docEntities.findIndex((x) => x.name === e.name);
      if (i < 0) i = docEntities.push({ type: e.type, name: e.name, aliases: e.aliases }) - 1;
      if (!e.documents.includes(id)) e.documents.push(id);
      e.mentions++;
      return i;
    };
    const a = createArticle({ id, source: `synthetic/${id}.txt`, rawHash: `raw-${id}`, text: '', title: `${lead.a.name} and ${lead.b.name} in ${lead.place.name}`, publisher: pick(PUBLISHERS), url: `https://news.example/${id}` });
    for (const p of reported) {
      const planned = p.planned ? 'will meet' : p.action[0];
      const start = text.length;
      const sentence = `${p.a.name} ${planned} ${p.b.name} in ${p.place.name} ${p.phrase}, officials said.`;
      text += sentence + ' ';
      const at = (s: string): number => start + sentence.indexOf(s);
      const ia = index(p.a);
      const ib = index(p.b);
      const ip = index(p.place);
      a.mentions.push({ start: at(p.a.name), end: at(p.a.name) + p.a.name.length, type: p.a.type, entity: ia, via: 'synthetic' });
      a.mentions.push({ start: at(p.b.name), end: at(p.b.name) + p.b.name.length, type: p.b.type, entity: ib, via: 'synthetic' });
      a.mentions.push({ start: at(p.place.name), end: at(p.place.name) + p.place.name.length, type: 'place', entity: ip, via: 'synthetic' });
      a.timexes.push({ start: at(p.phrase), end: at(p.phrase) + p.phrase.length, type: 'date', value: p.value, granularity: p.precision as 'day', direction: 'past', relative: false });
      const trigger = at(planned);
      a.events.push({ start: trigger, end: trigger + planned.length, trigger: planned, sentence: { start, end: start + sentence.length }, kind: p.action[2], plover: p.action[1], participants: [{ entity: ia, role: 'source' }, { entity: ib, role: 'target' }], location: ip, date: { value: p.value, confidence: 0.8, evidence: 'timex' }, modality: p.planned ? 'planned' : 'asserted', topics: p.topics });
      const ev = events[parseInt(p.id.slice(3), 16)]!;
      ev.sources.push({ documentId: id, start, end: start + sentence.length });
      ev.documents.push(id);
      ev.weight = ev.documents.length;
    }
    text += '\n';
    const speaker = lead.a.type === 'person' ? lead.a : entity('person', pick(people));
    const said = pick(QUOTES);
    const qStart = text.length;
    text += `“${said},” ${speaker.name} said. `;
    const si = index(speaker);
    a.quotes.push({ start: qStart, end: qStart + said.length + 3, content: { start: qStart + 1, end: qStart + 1 + said.length }, speaker: si, cue: 'said', partial: false });
    quotes.push({ speaker: speaker.id, text: said, documentId: id, start: qStart + 1, end: qStart + 1 + said.length, partial: false });
    text += `Analysts in ${pick(PLACES)} said the talks on ${pick(TOPICS)} would continue.\n`;
    a.text = text;
    a.entities = docEntities;
    a.published = { value: lead.value.length === 10 ? lead.value : `${lead.value.slice(0, 4)}-12-31`, confidence: 0.9, evidence: 'synthetic' };
    articles.push(a);
  }
  return {
    articles,
    corpus: { entities: [...entities.values()], events: events.filter((e) => e.documents.length > 0), quotes, claims: [], discrepancies: [], duplicates: {}, propagatedDates: {} },
  };
}
