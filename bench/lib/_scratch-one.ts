import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractHtmlString } from '../../src/clean/html/index.js';
import { wordScores } from './extract-metrics.js';
const dir = resolve('../shared/bench/extract/wcxb-dev');
for (const id of process.argv.slice(2)) {
  const html = gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8');
  const gt = JSON.parse(readFileSync(`${dir}/ground-truth/${id}.json`, 'utf8'));
  const r = extractHtmlString(html, { url: gt.url });
  const s = wordScores(gt.ground_truth.main_content, r.text);
  console.log(`=== ${id} ${gt.url} P=${s.precision.toFixed(2)} R=${s.recall.toFixed(2)} out=${r.text.length} gold=${gt.ground_truth.main_content.length} ${r.messages.map((m: any) => m.origin)}`);
  console.log('OUT :', r.text.slice(0, 500).replace(/\n/g, ' / '));
  console.log('GOLD:', gt.ground_truth.main_content.slice(0, 500).replace(/\n/g, ' / '));
}
