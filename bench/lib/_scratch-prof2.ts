import { resolve } from 'node:path';
import { extractHtmlString } from '../../src/clean/html/index.js';
import { loadScrapinghub } from './extract-data.js';
const pages = loadScrapinghub(resolve('../shared/bench/extract/scrapinghub'), 60)!;
for (const p of pages) extractHtmlString(p.html);
