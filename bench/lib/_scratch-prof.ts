import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractHtmlString } from '../../src/clean/html/index.js';
import { loadScrapinghub } from './extract-data.js';
const pages = loadScrapinghub(resolve('../shared/bench/extract/scrapinghub'), Number(process.argv[2] ?? 60))!;
const t = { parse: 0, read: 0, dossier: 0 };
for (const p of pages) {
  let s = performance.now(); parseHTML(p.html); t.parse += performance.now() - s;
  s = performance.now(); const { document } = parseHTML(p.html); new Readability(document as any).parse(); t.read += performance.now() - s;
  s = performance.now(); extractHtmlString(p.html); t.dossier += performance.now() - s;
}
console.log(t);
