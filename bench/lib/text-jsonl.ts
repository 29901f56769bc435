/**
 * Write one half of the WCXB article pages as JSONL records of scraped plain text
 * ({id, url, text}), for ingesting with the CLI and comparing what the corpus gets:
 *
 *   npx tsx bench/lib/text-jsonl.ts dev /tmp/wcxb-dev-text.jsonl
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTextBench, type Half } from './text-data.js';
import { scrapedText } from './text-scrape.js';

const here = dirname(fileURLToPath(import.meta.url));
const half = (process.argv[2] ?? 'dev') as Half;
const out = process.argv[3];
if (!out) {
  console.error('usage: text-jsonl.ts dev|held-out out.jsonl');
  process.exit(2);
}
const pages = loadTextBench(resolve(here, '../../../shared/bench/extract/wcxb-dev'), half);
if (!pages) {
  console.log('wcxb-dev is absent; nothing written');
  process.exit(0);
}
writeFileSync(out, pages.map((p) => JSON.stringify({ id: `wcxb-${p.id}`, url: p.url, text: scrapedText(p.html) })).join('\n') + '\n');
console.log(`${pages.length} records written to ${out}`);
