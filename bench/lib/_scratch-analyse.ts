// scratch (not committed): per-page analysis of dossier output
import { resolve } from 'node:path';
import { extractHtmlString } from '../../src/clean/html/index.js';
import { loadScrapinghub, loadWcxb } from './extract-data.js';
import { shingleMatch, wordScores, tokenize } from './extract-metrics.js';
const set = process.argv[2] ?? 'sh';
const limit = process.argv[3] ? Number(process.argv[3]) : null;
const show = Number(process.argv[4] ?? 10);
const pages = set === 'sh' ? loadScrapinghub(resolve('../shared/bench/extract/scrapinghub'), limit)! : loadWcxb(resolve('../shared/bench/extract/wcxb-dev'), limit)!.filter(p => p.type === (process.argv[5] ?? 'article'));
const rows = [];
for (const p of pages) {
  const r = extractHtmlString(p.html, p.url ? { url: p.url } : {});
  let prec, rec;
  if (set === 'sh') { const m = shingleMatch(p.truth, r.text); prec = m.tp / (m.tp + m.fp || 1); rec = m.tp / (m.tp + m.fn || 1); }
  else { const w = wordScores(p.truth, r.text); prec = w.precision; rec = w.recall; }
  rows.push({ p, r, prec, rec });
}
const truthTokens = (t: string) => new Set(tokenize(t.toLowerCase()));
rows.sort((a, b) => Math.min(a.prec, a.rec) - Math.min(b.prec, b.rec));
for (const { p, r, prec, rec } of rows.slice(0, show)) {
  console.log(`=== ${p.id} ${p.url} P=${prec.toFixed(2)} R=${rec.toFixed(2)} isArticle=${r.isArticle} ${r.messages.map(m => m.origin).join(',')}`);
  const tt = truthTokens(p.truth);
  const extra = r.text.split('\n').filter(l => l.trim() && tokenize(l.toLowerCase()).filter(t => !tt.has(t)).length > tokenize(l).length * 0.3 || (l.trim() && !p.truth.includes(l.trim().slice(0, 40))));
  console.log('  EXTRA:', extra.slice(0, 12).map(l => l.slice(0, 110)).join('\n         '));
  const ot = r.text;
  const missing = p.truth.split('\n').filter(l => l.trim() && !ot.includes(l.trim().slice(0, 40)));
  console.log('  MISSING:', missing.slice(0, 8).map(l => l.slice(0, 110)).join('\n         '));
}
