/**
 * Which lines the per-source boilerplate stage (src/corpus/boilerplate.ts) finds in a store,
 * and how many event, quote and claim mentions it drops:
 *
 *   npx tsx bench/lib/boilerplate-report.ts store.db [--share 0.3] [--min 3]
 */
import { findBoilerplate, sourceOf } from '../../src/corpus/boilerplate.js';
import { findDuplicates } from '../../src/corpus/dedup.js';
import type { Article, Span } from '../../src/core/types.js';
import { SqliteStore } from '../../src/store/sqlite.js';

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}
const path = process.argv[2];
if (!path) {
  console.error('usage: boilerplate-report.ts store.db [--share 0.3] [--min 3]');
  process.exit(2);
}
const store = new SqliteStore(path);
const articles: Article[] = [];
for await (const a of store.articles()) articles.push(a);
const duplicates = findDuplicates(articles.map((a) => ({ id: a.id, text: a.text })));
const options = { minShare: Number(arg('--share') ?? 0.3), minDocuments: Number(arg('--min') ?? 3) };
const found = findBoilerplate(articles, duplicates, options);
const perSource = new Map<string, number>();
for (const a of articles) {
  const s = sourceOf(a);
  if (s) perSource.set(s, (perSource.get(s) ?? 0) + 1);
}
console.log(`${articles.length} articles; sources with 3+ articles: ${[...perSource].filter(([, n]) => n >= 3).map(([s, n]) => `${s} (${n})`).join(', ') || 'none'}`);
for (const l of found.lines) console.log(`  ${l.source}  ${l.documents} docs  | ${l.text.slice(0, 160).replace(/\n/g, ' ')}`);
let events = 0;
let quotes = 0;
let claims = 0;
for (const a of articles) {
  const spans = found.spans.get(a.id);
  if (!spans) continue;
  const inside = (x: Span): boolean => spans.some((s) => x.start >= s.start && x.end <= s.end);
  events += a.events.filter((e) => inside(e.sentence)).length;
  quotes += a.quotes.filter(inside).length;
  claims += a.claims.filter(inside).length;
}
console.log(`lines: ${found.lines.length}; mentions dropped: events ${events}, quotes ${quotes}, claims ${claims}`);
