import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DossierError } from '../../core/errors.js';
import type { Article } from '../../core/types.js';
import type { CorpusResult } from '../../corpus/types.js';
import { exportData } from '../../report/export/data.js';
import { type ExportFormat, renderExport } from '../../report/export/index.js';
import { type DocLabels, formatClaims, formatEntities, formatQuotes, formatTimeline, type OutputFormat } from '../../report/format.js';
import { buildTimeline, type TimelineOptions } from '../../report/timeline.js';
import { sourceOf } from '../../corpus/boilerplate.js';
import type { Store } from '../../store/types.js';
import { type CommandContext, storeOf } from '../context.js';

interface Loaded {
  corpus: CorpusResult;
  docs: DocLabels;
  names: Map<string, string>;
  /** A record's own id -> the dossier ids of the documents that carry it (several when reused). */
  externalIds: Map<string, string[]>;
  /** Document id -> its outlet (URL host, record source, publisher), for the timeline summary. */
  outlets: Map<string, string | null>;
}

async function load(store: Store): Promise<Loaded> {
  const corpus = await store.loadCorpus();
  const docs: DocLabels = new Map();
  const externalIds = new Map<string, string[]>();
  const outlets = new Map<string, string | null>();
  for await (const a of store.articles()) {
    docs.set(a.id, { source: a.source, title: a.title });
    outlets.set(a.id, sourceOf(a));
    if (a.externalId != null) externalIds.set(a.externalId, [...(externalIds.get(a.externalId) ?? []), a.id]);
  }
  return { corpus, docs, names: new Map(corpus.entities.map((e) => [e.id, e.name])), externalIds, outlets };
}

/** `--document` values (dossier ids or records' own ids) to dossier ids; an unknown one is a usage error. */
export function resolveDocuments(values: readonly string[], loaded: Pick<Loaded, 'docs' | 'externalIds'>): string[] {
  const out = new Set<string>();
  for (const v of values) {
    const ids = [...(loaded.docs.has(v) ? [v] : []), ...(loaded.externalIds.get(v) ?? [])];
    if (ids.length === 0) throw new DossierError('E_USAGE', `--document ${v}: no stored document has this id or record id`);
    for (const id of ids) out.add(id);
  }
  return [...out];
}

export async function timelineCommand(
  ctx: CommandContext,
  opts: Omit<TimelineOptions, 'documents'> & { format: OutputFormat; entity?: string[]; document?: string[] },
): Promise<void> {
  const loaded = await load(storeOf(ctx));
  const { corpus, docs } = loaded;
  const documents = opts.document?.length ? resolveDocuments(opts.document, loaded) : undefined;
  const entries = buildTimeline(corpus, { ...opts, entities: opts.entity, documents, outlets: loaded.outlets });
  ctx.out(formatTimeline(entries, opts.format, docs));
  if (!opts.undated && opts.format !== 'json' && !ctx.options.quiet) {
    const undated = buildTimeline(corpus, { ...opts, entities: opts.entity, documents, from: undefined, to: undefined, undated: true }).filter((e) => !e.event.date.value).length;
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

export async function exportCommand(ctx: CommandContext, opts: { format?: ExportFormat; out?: string }): Promise<void> {
  const format = opts.format ?? 'json';
  if (format === 'csv' && !opts.out) throw new DossierError('E_USAGE', '--format csv writes one file per table: give --out FOLDER');
  const store = storeOf(ctx);
  const articles: Article[] = [];
  for await (const a of store.articles()) articles.push(a);
  const output = renderExport(format, exportData(articles, await store.loadCorpus()));
  if (!ctx.options.quiet) for (const note of output.notes) ctx.err(note);
  if (output.kind === 'files') {
    const dir = opts.out!;
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new DossierError('E_USAGE', '--format csv needs a folder for --out, and this is a file', { input: dir });
    await mkdir(dir, { recursive: true });
    for (const [name, text] of output.files) await writeFile(join(dir, name), text);
    if (!ctx.options.quiet) ctx.err(`wrote ${output.files.size} table(s) (${[...output.files.keys()].join(', ')}) for ${articles.length} document(s) to ${dir}`);
  } else if (opts.out) {
    if (existsSync(opts.out) && statSync(opts.out).isDirectory()) throw new DossierError('E_USAGE', `--format ${format} writes one file, and --out is a folder`, { input: opts.out });
    await writeFile(opts.out, output.text);
    if (!ctx.options.quiet) ctx.err(`wrote ${articles.length} document(s) as ${format} to ${opts.out}`);
  } else if (output.text) ctx.out(output.text);
}
