/** Debugging aid: where the time goes (decode, parse, view, sources). npx tsx bench/lib/dates-profile.ts [N] */
import { parseHTML } from 'linkedom';
import { decodeHtmlBytes } from '../../src/clean/charset/index.js';
import { elementCandidates } from '../../src/clean/date/elements.js';
import { findHeading, viewPage } from '../../src/clean/date/page.js';
import { jsonLdCandidates, metaCandidates } from '../../src/clean/date/structured.js';
import { textCandidates } from '../../src/clean/date/text.js';
import { htmldateDir, loadGold, readPage } from './dates-data.js';

const dir = htmldateDir();
const gold = (loadGold(dir) ?? []).slice(0, Number(process.argv[2] ?? 100));
const t: Record<string, number> = { decode: 0, parse: 0, view: 0, structured: 0, elements: 0, text: 0 };
const lap = (k: string, t0: number): number => {
  const now = performance.now();
  t[k] = (t[k] ?? 0) + now - t0;
  return now;
};
for (const page of gold) {
  const bytes = readPage(dir, page);
  if (!bytes) continue;
  let t0 = performance.now();
  const { text } = decodeHtmlBytes(bytes);
  t0 = lap('decode', t0);
  const doc = parseHTML(text).document as unknown as Document;
  t0 = lap('parse', t0);
  findHeading(doc);
  t0 = lap('heading', t0);
  const view = viewPage(doc);
  t0 = lap('view', t0);
  jsonLdCandidates(doc);
  metaCandidates(doc);
  t0 = lap('structured', t0);
  elementCandidates(view);
  t0 = lap('elements', t0);
  textCandidates(view);
  lap('text', t0);
}
for (const [k, v] of Object.entries(t)) console.log(k.padEnd(12), (v / gold.length).toFixed(1), 'ms/page');
