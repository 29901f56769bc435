/**
 * Words that describe a name without being one: demonyms and regional adjectives ("Afghan",
 * "Soviet", "South Asian", "Middle Eastern"), and common nouns that open a sentence ("Monsoon").
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { type Gazetteer, normalizePhrase } from './gazetteer.js';

/** Adjectives of blocs, regions and former states that no country-name rule derives. */
const FIXED_ADJECTIVES = new Set([
  'soviet', 'western', 'eastern', 'northern', 'southern', 'central', 'arab', 'arabic', 'arabian', 'baltic', 'balkan',
  'nordic', 'scandinavian', 'caucasian', 'caribbean', 'mediterranean', 'atlantic', 'transatlantic', 'pacific', 'oriental',
  'occidental', 'slavic', 'latino', 'hispanic', 'anglo', 'gulf', 'saharan', 'sub-saharan', 'subsaharan', 'maghrebi',
  'levantine', 'persian', 'kurdish', 'pashtun', 'baloch', 'balochi', 'punjabi', 'sindhi', 'tamil', 'uyghur', 'uighur',
]);

/** First words of a regional adjective ("South Asian", "Middle Eastern", "Latin American"). */
const REGION_PREFIXES = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west',
  'south-east', 'south-west', 'central', 'middle', 'near', 'far', 'latin', 'sub-saharan', 'pan', 'pan-', 'western',
  'eastern', 'northern', 'southern', 'upper', 'lower', 'greater', 'inner', 'outer', 'trans',
]);

/** Continents and regions an adjective may be derived from when the gazetteer lacks them. */
const REGION_STEMS = new Set(['asia', 'africa', 'europe', 'america', 'arabia', 'oceania', 'australasia', 'eurasia', 'caucasus', 'balkans', 'scandinavia', 'iberia', 'anatolia', 'siberia', 'polynesia', 'melanesia', 'micronesia', 'east', 'west', 'levant', 'maghreb', 'sahara']);

/** Stems an adjectival suffix may have been added to: "Asian" <- "Asia", "Kuwaiti" <- "Kuwait". */
function stemsOf(w: string): string[] {
  const out: string[] = [];
  const m = (suffix: string, ...repl: string[]): void => {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) for (const r of repl) out.push(w.slice(0, -suffix.length) + r);
  };
  m('n', ''); // Asia-n, Korea-n, America-n
  m('an', '', 'a', 'e'); // Europe-an, Cuba-n
  m('ian', 'ia', 'y', '', 'a', 'e'); // Arab-ian, Italy-ian, Brazil-ian
  m('ern', ''); // East-ern
  m('ese', '', 'a', 'e'); // Japan-ese, China-ese
  m('ish', '', 'y'); // Turk-ish
  m('i', '', 'istan'); // Kuwait-i, Pakistan-i
  m('ic', 'ia', 'y', ''); // Baltic
  return out;
}

/** One word: a demonym in the gazetteer, a fixed adjective, or a suffix on a known country or region. */
function adjectivalWord(gaz: Gazetteer, word: string): boolean {
  const w = word.toLowerCase();
  if (FIXED_ADJECTIVES.has(w)) return true;
  const title = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  if (gaz.entries.get(word)?.kind === 'demonym' || gaz.entries.get(title)?.kind === 'demonym') return true;
  for (const stem of stemsOf(w)) {
    if (REGION_STEMS.has(stem)) return true;
    const t = stem.charAt(0).toUpperCase() + stem.slice(1);
    const e = gaz.entries.get(t);
    if (e && (e.kind === 'country' || e.kind === 'region')) return true;
  }
  return false;
}

/**
 * The whole phrase is a demonym or a regional adjective: "Afghan", "Soviet", "South Asian",
 * "Middle Eastern", "Saudi Arabian". Plural people-nouns ("Afghans") count too.
 */
export function isAdjectivalPhrase(gaz: Gazetteer, phrase: string): boolean {
  const p = normalizePhrase(phrase).replace(/^[Tt]he /, '');
  if (!/^[\p{L}' -]+$/u.test(p)) return false;
  if (gaz.entries.get(p)?.kind === 'demonym') return true;
  const words = p.split(/[ ]+/);
  if (words.length > 3) return false;
  const last = words[words.length - 1]!;
  if (!adjectivalWord(gaz, last)) return false;
  // Every earlier word is a region prefix or itself adjectival ("Saudi Arabian", "North Korean").
  for (const w of words.slice(0, -1)) if (!REGION_PREFIXES.has(w.toLowerCase()) && !adjectivalWord(gaz, w)) return false;
  return true;
}

let lexicon: { nlp: ReturnType<typeof winkNLP>; size: number } | null = null;

/**
 * Is the lower-cased word in wink's English lexicon? A separate instance keeps its own cache,
 * so the first out-of-vocabulary probe gives the lexicon's size.
 */
export function inLexicon(word: string): boolean {
  if (lexicon === null) {
    const nlp = winkNLP(model, ['pos']);
    const size = nlp.readDoc('qzxjvkwq').tokens().itemAt(0).out(nlp.its.uniqueId) as number;
    lexicon = { nlp, size };
  }
  const doc = lexicon.nlp.readDoc(word.toLowerCase());
  if (doc.tokens().length() !== 1) return false;
  const t = doc.tokens().itemAt(0);
  return (t.out(lexicon.nlp.its.uniqueId) as number) < lexicon.size && t.out(lexicon.nlp.its.pos) === 'NOUN';
}
