import { writeFile } from 'node:fs/promises';
import type { Article } from '../../core/types.js';
import type { CorpusResult } from '../../corpus/types.js';
import { buildExport } from '../../report/export.js';
import { type DocLabels, formatClaims, formatEntities, formatQuotes, formatTimeline, type OutputFormat } from '../../report/format.js';
import { buildTimeline, type TimelineOptions } from '../../report/timeline.js';
import type { Store } from '../../store/types.js';
import { type CommandContext, storeOf } from '../context.js';

interface Loaded {
  corpus: CorpusResult;
  docs: DocLabels;
  names: Map<string, string>;
}

async function load(store: Store): Promise<Loaded> {
  const corpus = await store.loadCorpus();
  const docs: DocLabels = new Map();
  for await (const a of store.articles()) docs.set(a.id, { source: a.source, title: a.title });
  return { corpus, docs, names: new Map(corpus.entities.map((e) => [e.id, e.name])) };
}

export async function timelineCommand(ctx: CommandContext, opts: TimelineOptions & { format: OutputFormat; entity?: string[] }): Promise<void> {
  const { corpus, docs } = await load(storeOf(ctx));
  const entries = buildTimeline(corpus, { ...opts, entities: opts.entity });
  ctx.out(formatTimeline(entries, opts.format, docs));
  if (!opts.undated && opts.format !== 'json' && !ctx.options.quiet) {
    const undated = buildTimeline(corpus, { ...opts, entities: opts.entity, from: undefined, to: undefined, undated: true }).filter((e) => !e.event.date.value).length;
    if (undated > 0) ctx.err(`(${undated} more event(s) have no date in their sources; --undated lists them)`);
  }
}

export async function entitiesCommand(ctx: CommandContext, opts: { format: OutputFormat; type?: string }): Promise<void> {
  const { corpus, names } = await load(storeOf(ctx));
  const list = opts.type ? corpus.entities.filter((e) => e.type === opts.type) : corpus.entities;
  ctx.out(formatEntities(list, opts.format, names));
}

export async function quotesCommand(ctx: CommandContext, opts: { format: OutputFormat; entity?: string[] }): Promise<void> {
  const { corpus, docs, names } = await load(storeOf(ctx));
  let quotes = corpus.quotes;
  if (opts.entity?.length) {
    const qs = opts.entity.map((q) => q.toLowerCase());
    const ids = new Set(corpus.entities.filter((e) => [e.name, ...e.aliases].some((n) => qs.some((q) => n.toLowerCase().includes(q)))).map((e) => e.id));
    quotes = quotes.filter((q) => q.speaker !== null && ids.has(q.speaker));
  }
  ctx.out(formatQuotes(quotes, opts.format, names, docs));
}

export async function claimsCommand(ctx: CommandContext, opts: { format: OutputFormat }): Promise<void> {
  const { corpus, docs, names } = await load(storeOf(ctx));
  ctx.out(formatClaims(corpus.claims, opts.format, names, docs));
}

export async function searchCommand(ctx: CommandContext, query: string, opts: { limit: number }): Promise<void> {
  const hits = await storeOf(ctx).search(query, opts.limit);
  if (hits.length === 0) ctx.out('No matches.');
  for (const h of hits) ctx.out(`${h.documentId}  ${h.title ?? '(untitled)'}\n    ${h.snippet.replace(/\s+/g, ' ')}`);
}

export async function exportCommand(ctx: CommandContext, opts: { out?: string }): Promise<void> {
  const store = storeOf(ctx);
  const articles: Article[] = [];
  for await (const a of store.articles()) articles.push(a);
  const json = JSON.stringify(buildExport(articles, await store.loadCorpus()), null, 2);
  if (opts.out) {
    await writeFile(opts.out, json + '\n');
    if (!ctx.options.quiet) ctx.err(`wrote ${articles.length} document(s) to ${opts.out}`);
  } else ctx.out(json);
}
