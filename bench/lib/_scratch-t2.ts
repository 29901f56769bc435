import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
const html = gunzipSync(readFileSync(process.argv[2]!)).toString('utf8');
const { document } = parseHTML(html);
for (let c = document.documentElement.firstElementChild; c; c = c.nextElementSibling) console.log(c.tagName, (c.textContent??'').length);
