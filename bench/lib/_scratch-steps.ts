import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { prune } from '../../src/clean/html/prune.js';
import { normalizeBody } from '../../src/clean/html/normalize.js';
import { toBlocks } from '../../src/clean/html/blocks.js';
import { removeBoilerplate } from '../../src/clean/html/boilerplate.js';
import { filterBlocks } from '../../src/clean/html/block-filter.js';
const html = gunzipSync(readFileSync(process.argv[2]!)).toString('utf8');
const needle = process.argv[3]!;
const { document } = parseHTML(html);
normalizeBody(document as any); prune(document.body as any);
const r = new Readability<any>(document as any, { keepClasses: true, disableJSONLD: true, serializer: (x: any) => x }).parse();
const root = r!.content;
const b0 = toBlocks(root);
console.log('readability has needle:', b0.some(b => b.text.includes(needle)));
// find the element holding needle and print ancestors
const hit = b0.find(b => b.text.includes(needle));
if (hit) { let e: any = hit.element; const chain = []; while (e) { chain.push(e.tagName + '.' + (e.getAttribute('class') ?? '').slice(0, 50) + '#' + (e.getAttribute('id') ?? '')); e = e.parentElement; } console.log(chain.join(' < ')); }
removeBoilerplate(root);
const b1 = toBlocks(root);
console.log('after boilerplate:', b1.some(b => b.text.includes(needle)));
const b2 = filterBlocks(b1);
console.log('after filter:', b2.some(b => b.text.includes(needle)));
console.log(b0.length, b0.slice(0, 6).map(b => b.text.slice(0, 100)));
