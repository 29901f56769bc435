import type { Article } from '../core/types.js';
import type { Store } from '../store/types.js';
import { type Boilerplate, findBoilerplate, withoutBoilerplate } from './boilerplate.js';
import { findDuplicates } from './dedup.js';
import { buildState, hasState, updateCorpus } from './incremental.js';
import { STATE_VERSION } from './incremental-state.js';
import { claimDiscrepancies } from './discrepancies.js';
import { mergeEvents } from './merge.js';
import { propagateDates, redateFromPropagated } from './propagate.js';
import { type EntityLinks, linkKey, resolveEntities } from './resolve.js';
import { groupStories, type StoryMap, storyInput, storyMap } from './stories.js';
import type { ClaimRecord, CorpusResult, QuoteRecord } from './types.js';

export interface CorpusOptions {
  /** Called after each stage with its name and the CPU milliseconds it took (for benchmarks). */
  onStage?: (stage: string, cpuMs: number) => void;
}

/** What the corpus stages derive, with the intermediate results the incremental state keeps (incremental-state.ts). */
export interface CorpusParts {
  result: CorpusResult;
  links: EntityLinks;
  stories: StoryMap;
  /** The articles with their boilerplate events, quotes and claims dropped. */
  kept: Article[];
  /** The boilerplate lines and spans found per source. */
  boilerplate: Boilerplate;
}

/** The corpus stages, in order, over all stored articles: pure, given the articles. */
export function analyseCorpus(articles: readonly Article[], options: CorpusOptions = {}): CorpusResult {
  return analyseCorpusParts(articles, options).result;
}

/** analyseCorpus, also returning the entity links, stories and boilerplate-free articles. */
export function analyseCorpusParts(articles: readonly Article[], options: CorpusOptions = {}): CorpusParts {
  const step = stageTimer(options.onStage);
  const duplicates = step('dedup', () => findDuplicates(articles.map((a) => ({ id: a.id, text: a.text, url: a.url }))));
  const { entities, links } = step('resolve', () => resolveEntities(articles));
  const stories = step('stories', () => storyMap(groupStories(articles.map(storyInput))));
  const boilerplate = step('boilerplate', () => findBoilerplate(articles, duplicates));
  const kept = withoutBoilerplate(articles, boilerplate.spans);
  const merged = step('merge', () => mergeEvents(kept, links, duplicates, stories));
  const { discrepancies } = merged;
  const quotes = step('quotes', () => collectQuotes(kept, links));
  const claims = step('claims', () => collectClaims(kept, links));
  const figures = step('discrepancies', () => claimDiscrepancies(claims, duplicates));
  const propagatedDates = step('propagate', () => propagateDates(articles, merged.events));
  // Relative dates of a document dated from another source, read again against that date.
  const events = step('redate', () => redateFromPropagated(articles, merged.events, propagatedDates));
  const result: CorpusResult = {
    entities,
    events,
    quotes,
    claims,
    discrepancies: [...discrepancies, ...figures],
    duplicates,
    propagatedDates,
  };
  return { result, links, stories, kept, boilerplate };
}

function stageTimer(onStage: CorpusOptions['onStage']): <T>(name: string, run: () => T) => T {
  if (!onStage) return (_name, run) => run();
  return (name, run) => {
    const before = process.cpuUsage();
    const out = run();
    const used = process.cpuUsage(before);
    onStage(name, (used.user + used.system) / 1000);
    return out;
  };
}

export interface CorpusRunOptions {
  /** Recompute everything from the stored articles, whatever state is stored. */
  rebuild?: boolean;
  /** Called after each step with its name and CPU milliseconds (for benchmarks). */
  onStage?: (stage: string, cpuMs: number) => void;
  /** Stores with fewer documents than this are recomputed whole (default INCREMENTAL_FROM). */
  incrementalFrom?: number;
}

/**
 * Below this many stored documents every run is a full one: it takes about as long as an update
 * (about 1.5 s at 1,000 documents) and its result does not depend on how the documents were
 * batched (an update keeps the names and ids entities got when first seen, and lists new events
 * after the stored ones).
 */
export const INCREMENTAL_FROM = 1000;

export interface CorpusRun {
  /** 'full': every stored article; 'incremental': only those stored since the last run (incremental.ts); 'unchanged': none were. */
  mode: 'full' | 'incremental' | 'unchanged';
  /** Articles the run read. */
  documents: number;
}

/**
 * Bring the saved corpus up to date with the store. When the store keeps the incremental
 * state (incremental-state.ts) and it is of this version and covers what the saved corpus
 * covers, only the articles stored since are read and the corpus updated from them;
 * otherwise (the first run, `rebuild`, a state missing or of another version) every stored
 * article is analysed and the state written anew. A store of fewer than `incrementalFrom`
 * documents is always analysed whole, and no state is kept for it.
 */
export async function runCorpusStages(store: Store, options: CorpusRunOptions = {}): Promise<CorpusRun> {
  if (!options.rebuild && hasState(store)) {
    // Another update may get there first (its write then fails the cursor check): try again from its state.
    for (let attempt = 0; attempt < 3; attempt++) {
      const state = await store.corpusState();
      if (!state || state.version !== STATE_VERSION || (state.corpusSeq !== null && state.corpusSeq !== state.cursor)) break;
      if ((await store.stats()).documents < (options.incrementalFrom ?? INCREMENTAL_FROM)) break;
      const { upTo, articles } = await store.articlesAfter(state.cursor);
      const fresh: Article[] = [];
      for await (const a of articles) fresh.push(a);
      if (fresh.length === 0) return { mode: 'unchanged', documents: 0 };
      const done = await updateCorpus(store, fresh, state.cursor, upTo, options.onStage);
      if (done.applied) return { mode: 'incremental', documents: fresh.length };
    }
  }
  return fullRun(store, options.incrementalFrom ?? INCREMENTAL_FROM);
}

/** Every stored article analysed; the incremental state written when the store is large enough to be updated from it. */
async function fullRun(store: Store, incrementalFrom: number): Promise<CorpusRun> {
  const articles: Article[] = [];
  if (hasState(store)) {
    // No state while the corpus is rewritten: a crash in between leaves a full run to do, not a stale state.
    await store.clearCorpusState();
    const { upTo, articles: walk } = await store.articlesAfter(0);
    for await (const a of walk) articles.push(a);
    const parts = analyseCorpusParts(articles);
    await store.saveCorpus(parts.result);
    if (articles.length >= incrementalFrom) await store.writeCorpusState(buildState(articles, parts, upTo));
    return { mode: 'full', documents: articles.length };
  }
  for await (const a of store.articles()) articles.push(a);
  await store.saveCorpus(analyseCorpus(articles));
  return { mode: 'full', documents: articles.length };
}

function entityOf(links: EntityLinks, documentId: string, local: number): string | null {
  return local >= 0 ? (links.get(linkKey(documentId, local)) ?? null) : null;
}

export function collectQuotes(articles: readonly Article[], links: EntityLinks): QuoteRecord[] {
  return articles.flatMap((a) =>
    a.quotes.map((q) => ({
      speaker: entityOf(links, a.id, q.speaker),
      text: a.text.slice(q.content.start, q.content.end),
      documentId: a.id,
      start: q.start,
      end: q.end,
      partial: q.partial,
    })),
  );
}

export function collectClaims(articles: readonly Article[], links: EntityLinks): ClaimRecord[] {
  return articles.flatMap((a) =>
    a.claims.map((c) => ({
      value: c.value,
      unit: c.unit,
      text: a.text.slice(c.start, c.end),
      subject: c.subject,
      claimant: entityOf(links, a.id, c.claimant),
      time: c.time,
      claimantText: c.claimantText ?? null,
      qualifier: c.qualifier,
      vague: c.vague ?? false,
      range: c.range ?? null,
      figure: a.quantities[c.quantity] ? { start: a.quantities[c.quantity]!.start, end: a.quantities[c.quantity]!.end } : null,
      documentId: a.id,
      start: c.start,
      end: c.end,
    })),
  );
}
