import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { loadWcxb } from './extract-data.js';
import { wordScores } from './extract-metrics.js';
const cur: Record<string, number> = JSON.parse(readFileSync('/tmp/bx/prev-wcxb-200.json', 'utf8'));
const pages = loadWcxb(resolve('../shared/bench/extract/wcxb-dev'), 200)!.filter(p => p.type === 'article');
let sumD = 0, sumR = 0; const rows: [string, number, number][] = [];
for (const p of pages) {
  const { document } = parseHTML(p.html);
  let t = ''; try { t = new Readability(document as any).parse()?.textContent ?? ''; } catch {}
  const r = wordScores(p.truth, t).f1; const d = cur[p.id]!;
  sumD += d; sumR += r; rows.push([p.id, d, r]);
}
console.log('dossier', sumD / pages.length, 'readability', sumR / pages.length);
rows.sort((a, b) => (a[1] - a[2]) - (b[1] - b[2]));
console.log('worse:', rows.slice(0, 15).map(r => `${r[0]} ${r[1].toFixed(2)} ${r[2].toFixed(2)}`).join(' | '));
console.log('better:', rows.slice(-10).map(r => `${r[0]} ${r[1].toFixed(2)} ${r[2].toFixed(2)}`).join(' | '));
rows.sort((a, b) => a[1] - b[1]);
console.log('lowest:', rows.slice(0, 15).map(r => `${r[0]} ${r[1].toFixed(2)} ${r[2].toFixed(2)}`).join(' | '));
