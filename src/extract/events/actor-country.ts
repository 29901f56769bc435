/**
 * The countries (ISO 3166-1 alpha-3) an event's actors stand for, for comparing with event data
 * sets that code actors by country (PLOVER, CAMEO).
 *
 * `actorCountry` is a participant's own country, read from the text, never guessed:
 * - a country's own code, a place's or a demonym's country (the entity stage gives it);
 * - the country of a person's role ("Foreign Minister of Russia", the roles layer);
 * - a country named right before the person's title in the sentence ("Russian President
 *   Vladimir Putin", "Russia's Foreign Minister Sergey Lavrov"), else in another sentence of the
 *   same document;
 * - a country named right before an organisation, place or group ("Israel's Cabinet", "Ankara's
 *   Cankaya district administration"), or in brackets next to it ("Montenegro Municipality
 *   Association (AKK)", "Khanty-Mansiysk (Siberia)");
 * - for an organisation, group or place, a demonym or country name at the start of its own name
 *   ("Bosnian Serbs", "Latvian Constitutional Court", "Kenya Anti-Corruption Commission",
 *   "South Lebanon").
 *
 * `eventCountries` codes a whole event and adds, where the text leaves an actor's country
 * unsaid, the reading a human coder makes; each fallback is explained where it is applied.
 */
import type { Article, EventMention, Span } from '../../core/types.js';
import { countryIndex } from '../../language/entities/gazetteer.js';
import { clauseMapOf } from '../../language/syntax/layer.js';
import { isQualifier, VERBAL_KINDS } from './participants.js';
import { sentenceViews, stanceCompound, type MentionRef, type SentenceView } from '../../language/syntax/sentence-view.js';

const countryNames = (): ReadonlyMap<string, string> => countryIndex().names;
const demonymMap = (): ReadonlyMap<string, string> => countryIndex().demonyms;

function countryOfName(article: Article, name: string): string | null {
  const lower = name.toLowerCase();
  for (const e of article.entities) {
    if (!e.country) continue;
    if (e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower)) return e.country;
  }
  return countryNames().get(lower) ?? demonymMap().get(lower) ?? null;
}

/** A demonym, allowing a plural or a short inflection ("Serbs" -> "Serbian"). */
function countryOfDemonymWord(word: string): string | null {
  const first = word.toLowerCase().replace(/s$/, '');
  if (first.length < 4) return null;
  const map = demonymMap();
  const exact = map.get(first) ?? map.get(word.toLowerCase());
  if (exact) return exact;
  for (const [d, c] of map) if (d.startsWith(first) && d.length - first.length <= 3) return c;
  // "Kyrgyz", "Uzbek", "Kazakh": the stem of a "-stan" country name.
  const stem = word.toLowerCase();
  return countryNames().get(`${stem}stan`) ?? countryNames().get(`${stem}istan`) ?? null;
}

/**
 * "Bosnian Serbs", "Iraqi Kurds", "Latvian Constitutional Court", "Kenya Anti-Corruption
 * Commission": the country named by the first words of a group's or organisation's name.
 */
export function countryOfGroupName(name: string): string | null {
  let words = name.split(/\s+/).filter((w) => w.length > 0);
  // "South Lebanon", "Western Cambodia": a part of a country named by its compass point.
  if (words.length > 1 && COMPASS.test(words[0]!)) words = words.slice(1);
  // The longest leading country name first ("Ivory Coast ..."), then a leading demonym.
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const c = countryNames().get(words.slice(0, n).join(' ').toLowerCase().replace(/['’]s$/, ''));
    if (c) return c;
  }
  const lead = countryOfDemonymWord(words[0] ?? '');
  if (lead) return lead;
  // "National Union for the Total Independence of Angola", "Bank of Ghana": "of <country>" at the end.
  const of = words.lastIndexOf('of');
  if (of > 0 && of < words.length - 1) {
    const tail = words.slice(of + 1).join(' ').toLowerCase().replace(/^the /, '');
    return countryNames().get(tail) ?? null;
  }
  return null;
}

const COMPASS = /^(north|south|east|west|northern|southern|eastern|western|central|north-?east|north-?west|south-?east|south-?west)(ern)?$/i;

/** Views by "start:end" (the first with that span), built once per list of views. */
const viewIndex = new WeakMap<readonly SentenceView[], Map<string, SentenceView>>();

function viewOf(article: Article, sentence: Span, views?: readonly SentenceView[]): SentenceView | undefined {
  const all = views ?? sentenceViews(article);
  let index = viewIndex.get(all);
  if (!index) {
    index = new Map();
    for (const v of all) if (!index.has(`${v.span.start}:${v.span.end}`)) index.set(`${v.span.start}:${v.span.end}`, v);
    viewIndex.set(all, index);
  }
  return index.get(`${sentence.start}:${sentence.end}`);
}

/**
 * The first two views, in order, where a qualifier gives `entity` a country, memoised per list
 * of views and entity: looking through every sentence for every event is quadratic.
 */
const qualifiedViews = new WeakMap<readonly SentenceView[], Map<number, { view: SentenceView; country: string }[]>>();

function qualifiedElsewhere(article: Article, all: readonly SentenceView[], entity: number, view: SentenceView): string | null {
  let byEntity = qualifiedViews.get(all);
  if (!byEntity) qualifiedViews.set(all, (byEntity = new Map()));
  let found = byEntity.get(entity);
  if (!found) {
    found = [];
    for (const v of all) {
      if (!v.mentions.some((m) => m.mention.entity === entity)) continue;
      const c = qualifiedIn(article, v, entity);
      if (c) found.push({ view: v, country: c });
      if (found.length === 2) break;
    }
    byEntity.set(entity, found);
  }
  return found.find((f) => f.view !== view)?.country ?? null;
}

/**
 * The country of the mention right before `m` ("Israel's Cabinet", "Latvian court"), or of a
 * name in brackets next to it: an acronym or alias ("Montenegro Municipality Association (AKK)")
 * or a locator ("Khanty-Mansiysk (Siberia)").
 */
function adjacentQualifier(article: Article, view: SentenceView, m: MentionRef): string | null {
  const countryOf = (x: MentionRef | undefined): string | null => {
    const ent = x && x.mention.entity !== m.mention.entity ? article.entities[x.mention.entity] : undefined;
    return ent && ent.type !== 'person' ? (ent.country ?? null) : null;
  };
  const between = (a: number, b: number): string => view.words.slice(a, b).map((w) => w.lower).join(' ');
  const before = [...view.mentions].reverse().find((x) => x.last < m.first);
  if (before) {
    const gap = between(before.last + 1, m.first);
    if (gap === '' || gap === "'s" || gap === '-' || gap === "'" || gap === '(') {
      const c = countryOf(before);
      if (c) return c;
    }
  }
  const after = view.mentions.find((x) => x.first > m.last);
  if (after && between(m.last + 1, after.first) === '(' && view.words[after.last + 1]?.text === ')') return countryOf(after);
  return null;
}

/** A participant's own country as the text states it (see the file comment), or null. */
export function actorCountry(article: Article, entity: number, sentence?: Span, views?: readonly SentenceView[]): string | null {
  const ent = article.entities[entity];
  if (!ent) return null;
  if (ent.country) return ent.country;
  for (const r of article.roles) {
    if (r.person === entity && r.of) {
      const c = countryOfName(article, r.of);
      if (c) return c;
    }
  }
  if (ent.type === 'other' || ent.type === 'organization' || ent.type === 'place') {
    const c = countryOfGroupName(ent.name);
    if (c) return c;
  }
  if (!sentence) return null;
  const all = views ?? sentenceViews(article);
  const view = viewOf(article, sentence, all);
  if (!view) return null;
  const here = qualifiedIn(article, view, entity);
  if (here || ent.type !== 'person') return here;
  // "Pakistan's Caretaker Prime Minister Anwaar-ul-Haq Kakar" in one sentence makes "Kakar" in
  // the next Pakistani: a person keeps the country the same document gives them elsewhere.
  return qualifiedElsewhere(article, all, entity, view);
}

/** The country a qualifier next to a mention of `entity` in this sentence gives it, or null. */
function qualifiedIn(article: Article, view: SentenceView, entity: number): string | null {
  const person = article.entities[entity]?.type === 'person';
  for (const m of view.mentions) {
    if (m.mention.entity !== entity) continue;
    if (person) {
      const q = [...view.mentions].reverse().find((x) => x.last < m.first && isQualifier(view, x) && qualifierCountry(article, x));
      if (q && view.mentions.find((x) => x.first > q.last && x.mention.type === 'person') === m) return qualifierCountry(article, q);
    } else {
      const c = adjacentQualifier(article, view, m);
      if (c) return c;
    }
  }
  return null;
}

/** The country a qualifier stands for: its own, or the demonym its name is ("Kyrgyz"). */
function qualifierCountry(article: Article, q: MentionRef): string | null {
  const ent = article.entities[q.mention.entity];
  if (!ent) return null;
  return ent.country ?? (ent.type !== 'person' ? countryOfGroupName(ent.name) : null);
}

export interface EventCountries {
  /** Countries of the source side (sources and reciprocal participants). */
  source: string[];
  /** Countries of the target side (targets and reciprocal participants). */
  target: string[];
}

/** Words that make an organisation's name an intergovernmental body's ("UN Security Council"). */
const IGO_NAME =
  /\b(United Nations|U\.?N\.?|UN\w*|Union|Organi[sz]ation|Council|Community|Commission|Bank|Fund|Agency|Court|Committee|Programme|Program|League|Association|Forum|Alliance|Treaty|Assembly|Interpol|Red Cross|NATO|Nato|OPEC|BRICS|ASEAN|OSCE|IAEA|IMF|WHO|WTO|G-?\d+|Group of)\b/;

/**
 * Is the entity an intergovernmental body the gazetteer knows ("United Nations", "NATO",
 * "European Union")? Those stand for no country. Armed and political movements the gazetteer lists
 * without a country ("Hezbollah", "Taliban") are not: they are coded where they act.
 */
function international(article: Article, entity: number): boolean {
  const ent = article.entities[entity];
  if (!ent || ent.type !== 'organization' || ent.country) return false;
  if (!article.mentions.some((m) => m.entity === entity && m.via === 'gazetteer')) return false;
  return [ent.name, ...ent.aliases].some((n) => IGO_NAME.test(n));
}

/**
 * Countries named in the sentence, in order, each with the entity that names it. A country code
 * glued to a currency ("US $50 million") is a unit, not an actor, and is skipped.
 */
interface NamedCountry {
  code: string;
  entity: number;
  first: number;
  /** Named as a state ("against Russia"), not as a demonym or possessive ("Ugandan", "Algeria's"). */
  bare: boolean;
}

function sentenceCountries(article: Article, view: SentenceView): NamedCountry[] {
  const out: NamedCountry[] = [];
  for (const m of view.mentions) {
    const ent = article.entities[m.mention.entity];
    // A country is named by its own name or demonym, or inside a body's name ("the Lithuanian
    // Parliament"); a person's name names none.
    const code = ent?.country ?? (ent && ent.type !== 'person' ? countryOfGroupName(ent.name) : null);
    if (!code) continue;
    const next = view.words[m.last + 1]?.text ?? '';
    if (/^[$€£¥]/.test(next)) continue;
    const bare = ent?.type === 'country' && m.mention.form !== 'demonym' && !/^['’]s$/.test(next) && !isQualifier(view, m);
    out.push({ code, entity: m.mention.entity, first: m.first, bare });
  }
  return out;
}

/**
 * The countries of an event's source and target sides.
 *
 * 1. Each participant's own country (`actorCountry`); for an ethnic group named by a demonym, the
 *    country it lives in (`residentCountry`).
 * 2. An actor the text gives no country (a president, judge or rebel leader named without one, a
 *    local party or place the gazetteer does not know; never a known international
 *    organisation) is taken to belong to the country the report is about: the country of the
 *    event's place if it has one (for a source, only the place of an act: a statement's place is
 *    not the speaker's country), else the first country named in the sentence ("President Yoweri
 *    Museveni banned Ugandan opposition candidates"). For a source, a state named on the other
 *    side of the event is not its own ("President Bush threatened action against Russia" does not
 *    make Bush Russian), nor, for a person, the country of a person on the other side ("President
 *    Mitterand welcomed South African leader de Klerk").
 * 3. An event with no source at all ("Tens of thousands of students throughout Indonesia staged
 *    demonstrations") is coded with the first country-bearing actor of its clause before the
 *    trigger: the unnamed actors the clause places there; failing that, an act (not a
 *    statement) with the country of its place ("A missionary was arrested in Lebanon"); failing
 *    that, as in 2., the first country named in the sentence that is not one the event is aimed at
 *    ("Ousted president Aristide has been accused of misusing funds ... by current Haitian
 *    government officials").
 * 4. An event with no target country but a source country is coded as domestic, aimed at the
 *    source's own country ("Nigerian authorities jailed 52 members of MASSOB", "Egyptian police
 *    opened fire on demonstrators"), as CAMEO codes an act with no named foreign recipient.
 *    Verbal events (statements, demands, threats) are left without a target: their addressee is
 *    often abroad and unnamed.
 */
export function eventCountries(article: Article, event: EventMention, views?: readonly SentenceView[]): EventCountries {
  const all = views ?? sentenceViews(article);
  const view = viewOf(article, event.sentence, all);
  const own = new Map<number, string | null>();
  for (const p of event.participants) own.set(p.entity, actorCountry(article, p.entity, event.sentence, all));
  const locCountry = event.location >= 0 ? actorCountry(article, event.location, event.sentence, all) : null;
  if (view) {
    for (const p of event.participants) {
      const c = residentCountry(article, view, p.entity, own.get(p.entity) ?? null, locCountry);
      if (c) own.set(p.entity, c);
    }
  }
  const side = (role: 'source' | 'target'): { entity: number; country: string | null }[] =>
    event.participants.filter((p) => p.role === role || p.role === 'participant').map((p) => ({ entity: p.entity, country: own.get(p.entity) ?? null }));
  const sources = side('source');
  const targets = side('target');
  const clauseMap = view ? clauseMapOf(article, view) : null;
  const named = view ? sentenceCountries(article, view) : [];

  const fallback = (entity: number, exclude: ReadonlySet<string>, speaker: boolean): string | null => {
    if (international(article, entity)) return null;
    // The place of the event; for the source of a statement that is where it was made or what it
    // is about ("Zardari condemned a blast in Kabul"), not the speaker's country.
    if (locCountry && !exclude.has(locCountry) && !(speaker && VERBAL_PLOVER.has(event.plover))) return locCountry;
    return named.find((n) => n.entity !== entity && !exclude.has(n.code))?.code ?? null;
  };

  // Countries named as states on the target side ("against Russia"): an actor of unknown
  // nationality acting on them is foreign to them. A demonym or possessive on the target side
  // ("the Zambian people", "Algeria's elections") is the domestic case and is not excluded.
  const targetEntities = new Set(targets.map((t) => t.entity));
  // The place an act happens in, taken as its target for want of one, is the domestic scene, not
  // a foreign state acted on ("declared a state of siege in Haiti ..., arresting opponents").
  const targetOwn = new Set(named.filter((n) => n.bare && targetEntities.has(n.entity) && n.entity !== event.location).map((n) => n.code));
  // Two named people on opposite sides are of different countries ("President Mitterand welcomed
  // South African leader de Klerk"); a group acting on its own leader is domestic ("Yoruba
  // leaders forgive Nigerian President Obasanjo"), so this is for a person source only.
  const personTargetOwn = new Set(targets.filter((t) => t.country && article.entities[t.entity]?.type === 'person').map((t) => t.country!));
  const source = new Set<string>();
  for (const s of sources) {
    const person = article.entities[s.entity]?.type === 'person';
    const c = s.country ?? fallback(s.entity, person ? new Set([...targetOwn, ...personTargetOwn]) : targetOwn, true);
    if (c) source.add(c);
  }
  if (sources.length === 0 && view && clauseMap) {
    const clauses = clauseMap;
    const trig = view.words.findIndex((w) => w.start >= event.start);
    const first = named.find((n) => n.first < trig && clauses.of[n.first] === clauses.of[trig] && !targetEntities.has(n.entity));
    if (first) source.add(first.code);
    // "A Christian missionary was arrested in Lebanon", "Prisoners rioted at a jail in East Timor":
    // an act with no named actor is done by the actors of the place where it happens.
    else if (locCountry && !VERBAL_PLOVER.has(event.plover)) source.add(locCountry);
    else {
      // Otherwise, as for an actor of unknown nationality (2.), the country the sentence is
      // about, except a country or a person the event is aimed at ("three US servicemen were
      // killed", "an attack on a Chinese-run restaurant"); a domestic body it is aimed at does
      // not exclude its country ("elders demanded that control of the Nigerian Interior Ministry
      // be taken away").
      const stateTargets = new Set(targets.filter((t) => t.country && article.entities[t.entity]?.type === 'country').map((t) => t.country!));
      const exclude = new Set([...targetOwn, ...personTargetOwn, ...stateTargets]);
      const any = named.find((n) => !exclude.has(n.code));
      if (any) source.add(any.code);
    }
  }
  const target = new Set<string>();
  for (const t of targets) {
    const c = t.country ?? fallback(t.entity, new Set(), false);
    if (c) target.add(c);
  }
  // "lifted the curfew in Montenegro", "fighting in southern Somalia": a material act with no
  // named party acted on is coded as done to the country where it happens (the place itself is
  // no participant, see participants.ts).
  const hasTarget = event.participants.some((p) => p.role === 'target' || p.role === 'participant');
  if (target.size === 0 && !hasTarget && locCountry && !VERBAL_KINDS.has(event.kind)) target.add(locCountry);
  if (target.size === 0 && source.size > 0 && !VERBAL_PLOVER.has(event.plover)) {
    for (const c of source) target.add(c);
  }
  return { source: [...source], target: [...target] };
}

/**
 * An ethnic group named by a demonym is coded by the country it lives in, not by the state its
 * name recalls (as CAMEO codes minorities): "ethnic Albanians demonstrated in Serbia" (Serbia),
 * "ethnic Albanian guerrillas operating in Macedonia" (Macedonia). The group is marked by "ethnic" before every mention of it in the
 * sentence ("Russian diplomats based in Geneva" are Russia's); its country is that of the place
 * right after it ("of / in / operating in X"), else of the event's place, else the first other
 * country the sentence names. Null when the mention is no such group.
 */
function residentCountry(article: Article, view: SentenceView, entity: number, ownCountry: string | null, locCountry: string | null): string | null {
  const { words } = view;
  const mentions = view.mentions.filter((m) => m.mention.entity === entity);
  // "Albania denounced ... ethnic Albanian unrest": the state itself is named too.
  if (mentions.length === 0 || mentions.some((m) => m.mention.form !== 'demonym' || words[m.first - 1]?.lower !== 'ethnic')) return null;
  for (const m of mentions) {
    // The group's nouns after the demonym ("Albanian guerrillas"), then "of/in X" or "operating in X".
    let k = m.last + 1;
    while (k < words.length && k <= m.last + 2 && /^\p{Ll}+$/u.test(words[k]!.text) && !/^(of|in|from|living|operating|based|residing)$/.test(words[k]!.lower)) k++;
    if (/^(living|operating|based|residing)$/.test(words[k]?.lower ?? '')) k++;
    let placed: string | null = null;
    if (/^(of|in)$/.test(words[k]?.lower ?? '')) {
      const x = view.mentions.find((y) => y.first > k && y.first <= k + 3);
      const c = x ? (article.entities[x.mention.entity]?.country ?? null) : null;
      if (c && c !== ownCountry) placed = c;
    }
    if (placed) return placed;
    if (locCountry && locCountry !== ownCountry) return locCountry;
    for (const x of view.mentions) {
      const c = article.entities[x.mention.entity]?.country;
      if (x !== m && c && c !== ownCountry && !stanceCompound(article.text, x.mention.start)) return c;
    }
  }
  return null;
}

/** PLOVER types that are statements: their target is an addressee, not the people acted upon. */
const VERBAL_PLOVER = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'CONCEDE']);
