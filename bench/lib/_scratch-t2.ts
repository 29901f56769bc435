import { parseHTML } from 'linkedom';
import { findDenseRoot } from '../../src/clean/html/fallback.js';
import { prune } from '../../src/clean/html/prune.js';
const s = 'The regional water board said on Friday that reservoir levels had fallen to 41 per cent, the lowest November reading since records began in 1976.';
const html = `<html><body><div class="menu"><a href="/">Home</a></div><div><p>${s}</p><p>${s}</p></div></body></html>`;
const { document } = parseHTML(html);
prune((document as any).body);
const d = findDenseRoot(document as any);
console.log(d?.element.tagName, d?.prose);
