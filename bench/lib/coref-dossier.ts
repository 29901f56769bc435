/**
 * Dossier's evidence for each gold ECB+ event mention: the event kind from the trigger lexicon
 * (the event whose trigger overlaps the mention, found by running the real pipeline —
 * sentences, entities with the tagger, time, events — on the document text) and the names of
 * the entities mentioned in the same sentence. Also the head lemma (wink-nlp) for the
 * same-lemma baseline.
 */
import { createArticle } from '../../src/core/article.js';
import { createPipeline, type DocumentStage, type Pipeline } from '../../src/core/stage.js';
import type { Article } from '../../src/core/types.js';
import { entityStage } from '../../src/language/entities/index.js';
import { roleStage } from '../../src/language/roles/index.js';
import { getNlp, sentenceStage } from '../../src/language/sentences/index.js';
import { timeStage } from '../../src/language/time/index.js';
import { eventStage } from '../../src/extract/events/index.js';
import { storyInput, type StoryInput } from '../../src/corpus/stories.js';
import { describeHappening, type Happening } from '../../src/corpus/happening.js';
import { type Place, placeOf } from '../../src/corpus/places.js';
import { linkKey } from '../../src/corpus/resolve.js';
import type { EcbDocument, EcbToken } from './coref-data.js';
import { syntaxStage } from '../../src/language/syntax/index.js';

export interface MentionFeatures {
  id: string;
  doc: string;
  topic: number;
  /** Gold cluster id. */
  cluster: string;
  /** The mention's words, for diagnostics. */
  text: string;
  /** Head lemma, lowercase. */
  lemma: string;
  /** Dossier event kind of the overlapping trigger, or null when the lexicon has none. */
  kind: string | null;
  /** Lowercase entity names mentioned in the mention's sentence. */
  participants: string[];
  /** Lowercase names of the dossier event's own participants (source, target, ...), as corpus merging uses them. */
  eventParticipants: string[];
  /** Story id of the document (set by the bench once the topic's documents are grouped). */
  story?: string | null;
  /** What the mention's clause says happened (src/corpus/happening.ts). */
  what?: Happening;
  /** The dossier event's place, by entity name. */
  place?: Place | null;
}

/** A document's mentions and its story features (text, entity names, exact days). */
export interface DocumentFeatures {
  mentions: MentionFeatures[];
  story: StoryInput;
}

export interface DocumentText {
  text: string;
  /** t_id → [start, end) in `text`. */
  tokenSpans: Map<number, [number, number]>;
  /** sentence number → [start, end) in `text`. */
  sentenceSpans: Map<number, [number, number]>;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "n't", "''", '...']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '``', '$', '#']);

/** Lightly detokenized text (sentences separated by a blank line) with the offsets of every token. */
export function documentText(tokens: readonly EcbToken[], keep: (sentence: number) => boolean = () => true): DocumentText {
  let text = '';
  const tokenSpans = new Map<number, [number, number]>();
  const sentenceSpans = new Map<number, [number, number]>();
  let prev: EcbToken | null = null;
  for (const t of tokens) {
    if (!keep(t.sentence)) continue;
    const word = t.text === '``' || t.text === "''" ? '"' : t.text;
    if (prev && prev.sentence !== t.sentence) text += '\n\n';
    else if (prev) {
      const glue = NO_SPACE_BEFORE.has(t.text) || /^'[a-z]{1,2}$/i.test(t.text) || NO_SPACE_AFTER.has(prev.text);
      if (!glue) text += ' ';
    }
    const start = text.length;
    text += word;
    tokenSpans.set(t.id, [start, text.length]);
    const s = sentenceSpans.get(t.sentence);
    if (s) s[1] = text.length;
    else sentenceSpans.set(t.sentence, [start, text.length]);
    prev = t;
  }
  return { text, tokenSpans, sentenceSpans };
}

/** The language stages and the event stage, as the document pipeline runs them. */
export async function buildCorefPipeline(): Promise<{ pipeline: Pipeline; notes: string[] }> {
  const notes: string[] = [];
  let tagger;
  try {
    tagger = (await import('../../src/language/entities/tagger/index.js')).loadTagger();
  } catch (e) {
    notes.push(`entity tagger not loaded (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); gazetteer and rules only`);
  }
  const stages: DocumentStage[] = [sentenceStage(), entityStage(tagger ? { tagger } : {}), roleStage(), timeStage(), syntaxStage(), eventStage()];
  return { pipeline: createPipeline(stages), notes };
}

interface WinkToken {
  start: number;
  end: number;
  lemma: string;
  pos: string;
}

function winkTokens(text: string): WinkToken[] {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  // wink-nlp declares its.lemma with a raw-document signature that does not fit out(); it works at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const out: WinkToken[] = [];
  let at = 0;
  values.forEach((v, i) => {
    at += spaces[i]?.length ?? 0;
    if (!text.startsWith(v, at)) {
      const found = text.indexOf(v, at);
      if (found < 0) return;
      at = found;
    }
    out.push({ start: at, end: at + v.length, lemma: (lemmas[i] ?? v).toLowerCase(), pos: pos[i] ?? 'X' });
    at += v.length;
  });
  return out;
}

/**
 * Head of a multi-word mention: the first verb, else the last noun, else the last content word
 * ("checked into" → check, "the deadly shooting" → shooting, "was killed" → kill).
 */
export function headLemma(words: readonly { lemma: string; pos: string }[]): string {
  const verb = words.find((w) => w.pos === 'VERB');
  if (verb) return verb.lemma;
  const nouns = words.filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
  if (nouns.length > 0) return nouns[nouns.length - 1]!.lemma;
  const content = words.filter((w) => !['DET', 'ADP', 'PUNCT', 'AUX', 'PART', 'CCONJ', 'PRON'].includes(w.pos));
  const pick = content[content.length - 1] ?? words[words.length - 1];
  return pick?.lemma ?? '';
}

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 && b0 < a1;

/** Entity names per sentence span (names only: pronouns and descriptions are left out). */
function sentenceNames(article: Article, start: number, end: number): string[] {
  const names = new Set<string>();
  for (const m of article.mentions) {
    if (m.start < start || m.end > end) continue;
    if (m.form === 'pronoun' || m.form === 'nominal') continue;
    const entity = m.entity >= 0 ? article.entities[m.entity] : undefined;
    const name = (entity?.name ?? article.text.slice(m.start, m.end)).toLowerCase().trim();
    if (name) names.add(name);
  }
  return [...names];
}

/** A document entity as a merge place (src/corpus/places.ts), its id by name (ECB+ documents are not resolved against each other). */
function placeByName(article: Article, index: number): Place | null {
  const e = index >= 0 ? article.entities[index] : undefined;
  if (!e) return null;
  const id = e.type === 'country' && e.country ? `country:${e.country.toLowerCase()}` : `${e.type}:${e.name.toLowerCase()}`;
  return placeOf(article, index, new Map([[linkKey(article.id, index), id]]));
}

export async function mentionFeatures(doc: EcbDocument, pipeline: Pipeline): Promise<DocumentFeatures> {
  // The newly collected ECB+ texts carry the page URL as sentence 0; leave it out unless annotated.
  const keep = (s: number) => s !== 0 || !doc.name.endsWith('plus') || doc.selected.has(0);
  const dt = documentText(doc.tokens, keep);
  const article = await pipeline.run(createArticle({ id: doc.name, source: doc.name, rawHash: doc.name, text: dt.text }));
  // Words in capitals (headlines) are lowercased for the lemmatizer: wink leaves "ARRESTS" as is.
  const wink = winkTokens(dt.text.replace(/\b[A-Z][A-Z'-]*[A-Z]\b/g, (w) => w.toLowerCase()));
  const out: MentionFeatures[] = [];
  for (const m of doc.mentions) {
    const spans = m.tokens.map((t) => dt.tokenSpans.get(t)).filter((s): s is [number, number] => s !== undefined);
    if (spans.length === 0) continue;
    const start = Math.min(...spans.map((s) => s[0]));
    const end = Math.max(...spans.map((s) => s[1]));
    const words = wink.filter((w) => spans.some((s) => overlaps(w.start, w.end, s[0], s[1])));
    const lemma = headLemma(words) || dt.text.slice(start, end).toLowerCase();
    const event = article.events.find((e) => spans.some((s) => overlaps(e.start, e.end, s[0], s[1])));
    const sentence = dt.sentenceSpans.get(m.sentence) ?? [start, end];
    out.push({
      id: m.id,
      doc: m.doc,
      topic: m.topic,
      cluster: m.cluster,
      text: spans.map((s) => dt.text.slice(s[0], s[1])).join(' '),
      lemma,
      kind: event ? event.kind : null,
      participants: sentenceNames(article, sentence[0], sentence[1]),
      eventParticipants: event
        ? [...new Set(event.participants.map((p) => article.entities[p.entity]?.name.toLowerCase().trim() ?? '').filter((n) => n !== ''))]
        : [],
      what: describeHappening(article, { start, end }, { start: sentence[0], end: sentence[1] }),
      place: event ? placeByName(article, event.location) : null,
    });
  }
  return { mentions: out, story: { ...storyInput(article), id: doc.name } };
}
