import { resolve } from 'node:path';
import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import { extractHtmlString } from '../../src/clean/html/index.js';
import { loadScrapinghub, loadWcxb } from './extract-data.js';
import { shingleScores, meanWordScores, wordScores, shingleMatch } from './extract-metrics.js';
const which = process.argv[2] ?? 'sh';
const limit = process.argv[3] ? Number(process.argv[3]) : null;
const prevPath = `/tmp/bx/prev-${which}-${limit}.json`;
const prev: Record<string, number> = existsSync(prevPath) ? JSON.parse(readFileSync(prevPath, 'utf8')) : {};
const cur: Record<string, number> = {};
let t = 0;
if (which === 'sh') {
  const pages = loadScrapinghub(resolve('../shared/bench/extract/scrapinghub'), limit)!;
  const pairs = pages.map((p) => { const s = performance.now(); const r = extractHtmlString(p.html); t += performance.now() - s; const m = shingleMatch(p.truth, r.text); cur[p.id] = 2*m.tp/(2*m.tp+m.fp+m.fn||1); return { truth: p.truth, pred: r.text }; });
  console.log(shingleScores(pairs), (pages.length / t * 1000).toFixed(1), 'p/s');
} else {
  const pages = loadWcxb(resolve('../shared/bench/extract/wcxb-dev'), limit)!;
  const res = pages.map((p) => { const s = performance.now(); const r = extractHtmlString(p.html); t += performance.now() - s; cur[p.id] = wordScores(p.truth, r.text).f1; return { p, r }; });
  const art = res.filter((x) => x.p.type === 'article');
  const oth = res.filter((x) => x.p.type !== 'article');
  console.log('articles', meanWordScores(art.map((x) => ({ truth: x.p.truth, pred: x.r.text }))), 'kept', art.filter(x => x.r.isArticle).length, '/', art.length);
  console.log('others', meanWordScores(oth.map((x) => ({ truth: x.p.truth, pred: x.r.text }))), 'flagged', oth.filter(x => !x.r.isArticle).length, '/', oth.length);
  console.log((pages.length / t * 1000).toFixed(1), 'p/s');
}
const diffs = Object.keys(cur).filter((k) => prev[k] !== undefined && Math.abs(prev[k]! - cur[k]!) > 0.02).map((k) => [k, prev[k]!.toFixed(3), cur[k]!.toFixed(3)]);
console.log('changed:', diffs.map((d) => d.join(' ')).join('\n  '));
console.log('triggers', (globalThis as any).__triggers);
writeFileSync(prevPath, JSON.stringify(cur));
