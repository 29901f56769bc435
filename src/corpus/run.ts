import type { Article } from '../core/types.js';
import type { Store } from '../store/types.js';
import { dropBoilerplate } from './boilerplate.js';
import { findDuplicates } from './dedup.js';
import { claimDiscrepancies } from './discrepancies.js';
import { mergeEvents } from './merge.js';
import { propagateDates, redateFromPropagated } from './propagate.js';
import { type EntityLinks, linkKey, resolveEntities } from './resolve.js';
import { groupStories, storyInput, storyMap } from './stories.js';
import type { ClaimRecord, CorpusResult, QuoteRecord } from './types.js';

export interface CorpusOptions {
  /** Called after each stage with its name and the CPU milliseconds it took (for benchmarks). */
  onStage?: (stage: string, cpuMs: number) => void;
}

/** The corpus stages, in order, over all stored articles: pure, given the articles. */
export function analyseCorpus(articles: readonly Article[], options: CorpusOptions = {}): CorpusResult {
  const step = stageTimer(options.onStage);
  const duplicates = step('dedup', () => findDuplicates(articles.map((a) => ({ id: a.id, text: a.text, url: a.url }))));
  const { entities, links } = step('resolve', () => resolveEntities(articles));
  const stories = step('stories', () => storyMap(groupStories(articles.map(storyInput))));
  const kept = step('boilerplate', () => dropBoilerplate(articles, duplicates));
  const merged = step('merge', () => mergeEvents(kept, links, duplicates, stories));
  const { discrepancies } = merged;
  const quotes = step('quotes', () => collectQuotes(kept, links));
  const claims = step('claims', () => collectClaims(kept, links));
  const figures = step('discrepancies', () => claimDiscrepancies(claims, duplicates));
  const propagatedDates = step('propagate', () => propagateDates(articles, merged.events));
  // Relative dates of a document dated from another source, read again against that date.
  const events = step('redate', () => redateFromPropagated(articles, merged.events, propagatedDates));
  return {
    entities,
    events,
    quotes,
    claims,
    discrepancies: [...discrepancies, ...figures],
    duplicates,
    propagatedDates,
  };
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

/** Run the corpus stages over everything in the store and save the result. */
export async function runCorpusStages(store: Store): Promise<CorpusResult> {
  const articles: Article[] = [];
  for await (const a of store.articles()) articles.push(a);
  const result = analyseCorpus(articles);
  await store.saveCorpus(result);
  return result;
}

function entityOf(links: EntityLinks, documentId: string, local: number): string | null {
  return local >= 0 ? (links.get(linkKey(documentId, local)) ?? null) : null;
}

function collectQuotes(articles: readonly Article[], links: EntityLinks): QuoteRecord[] {
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

function collectClaims(articles: readonly Article[], links: EntityLinks): ClaimRecord[] {
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
