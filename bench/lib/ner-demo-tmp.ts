import { readFileSync } from 'node:fs';
import { loadTagger } from '../../src/language/entities/tagger/load.js';
import { spansFromTags } from '../../src/language/entities/tagger/labels.js';
const t = loadTagger();
const text = readFileSync(process.argv[2]!, 'utf8');
const counts = new Map<string, number>();
for (const sent of text.split(/(?<=[.!?])\s+|\n+/)) {
  const toks = sent.match(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? [];
  if (!toks.length) continue;
  const tags = t.tag(toks);
  for (const s of spansFromTags(tags)) { const k = `${s.type}:${toks.slice(s.start, s.end).join(' ')}`; counts.set(k, (counts.get(k) ?? 0) + 1); }
}
console.log([...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}(${n})`).join('  '));
