import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingest } from './src/app/ingest.js';
import { defaultPipeline } from './src/app/pipeline.js';
import { SqliteStore } from './src/store/sqlite.js';
const examples = resolve('examples');
const files = readdirSync(examples).filter((f) => f.endsWith('.txt')).sort().map((f) => join(examples, f));
const now = new Date('2026-11-22T00:00:00Z');
const split = (process.argv[2] ?? '2,3').split(',').map(Number);
async function run(batches: string[][]) {
  const store = new SqliteStore(':memory:');
  const p = defaultPipeline();
  for (const b of batches) await ingest(b, { store, pipeline: p, now });
  const c = await store.loadCorpus(); await store.close(); return c;
}
const full = await run([files]);
const batches: string[][] = []; let at = 0; for (const n of split) batches.push(files.slice(at, (at += n)));
const inc = await run(batches);
const k = (e: any) => JSON.stringify([e.id, e.kind, e.modality, e.date.value, e.date.evidence, e.sources.map((s: any) => `${s.documentId.slice(0,4)}:${s.start}`).sort(), [...e.participants].sort()]);
const fs = new Set(full.events.map(k)); const is = new Set(inc.events.map(k));
console.log('events full', full.events.length, 'inc', inc.events.length);
for (const x of fs) if (!is.has(x)) console.log('only full:', x);
for (const x of is) if (!fs.has(x)) console.log('only inc :', x);
const ek = (e: any) => JSON.stringify([e.id, e.type, e.mentions, [...e.documents].sort().map((d: string) => d.slice(0,4))]);
const fe = new Set(full.entities.map(ek)); const ie = new Set(inc.entities.map(ek));
for (const x of fe) if (!ie.has(x)) console.log('ent only full:', x);
for (const x of ie) if (!fe.has(x)) console.log('ent only inc :', x);
console.log('dups', JSON.stringify(full.duplicates), JSON.stringify(inc.duplicates));
console.log('quotes', full.quotes.length, inc.quotes.length, 'claims', full.claims.length, inc.claims.length, 'disc', full.discrepancies.length, inc.discrepancies.length);
