import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { prune } from '../../src/clean/html/prune.js';
const html = gunzipSync(readFileSync(process.argv[2]!)).toString('utf8');
{
  const { document } = parseHTML(html);
  console.log('body text', document.body?.textContent?.length);
  const r = new Readability<any>(document as any).parse();
  console.log('plain readability', r?.textContent?.length);
}
{
  const { document } = parseHTML(html);
  const n = prune(document.body as any);
  console.log('pruned', n, 'body text', document.body?.textContent?.length);
  try {
  const r = new Readability<any>(document as any, { keepClasses: true, disableJSONLD: true, serializer: (x: any) => x }).parse();
  console.log('pruned readability', r?.content?.textContent?.length);
  } catch (e) { console.log('threw', e); }
}
