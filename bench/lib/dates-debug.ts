/**
 * Debugging aid: npx tsx bench/lib/dates-debug.ts <file.html.gz|url-substring> [...]
 * Prints the page view (headline, article root, zones) and every date candidate.
 */
import { parseHTML } from 'linkedom';
import { decodeHtmlBytesDetailed } from '../../src/clean/charset/index.js';
import { elementCandidates } from '../../src/clean/date/elements.js';
import { findPublishedDate } from '../../src/clean/date/index.js';
import { viewPage } from '../../src/clean/date/page.js';
import { jsonLdCandidates, metaCandidates } from '../../src/clean/date/structured.js';
import { chromeDates, textCandidates } from '../../src/clean/date/text.js';
import { urlDate } from '../../src/clean/date/url.js';
import { htmldateDir, loadGold, readPage } from './dates-data.js';

const dir = htmldateDir();
const gold = loadGold(dir) ?? [];
for (const arg of process.argv.slice(2)) {
  const page = gold.find((p) => p.file === arg || p.url.includes(arg));
  if (!page) continue;
  const bytes = readPage(dir, page);
  if (!bytes) continue;
  const dec = decodeHtmlBytesDetailed(bytes);
  const { document } = parseHTML(dec.text);
  const doc = document as unknown as Document;
  const view = viewPage(doc);
  console.log(`== ${page.file} gold=${page.date} ${page.url} enc=${dec.encoding}/${dec.source}`);
  console.log(`heading: ${view.heading?.tagName} ${JSON.stringify((view.heading?.textContent ?? '').trim().slice(0, 80))} root: ${view.root?.tagName}.${view.root?.getAttribute('class') ?? ''}#${view.root?.getAttribute('id') ?? ''}`);
  const goldish = page.date.split('-');
  let shown = 0;
  for (const p of view.pieces) {
    if (!p.text.includes(goldish[0]!) || shown++ > 5) continue;
    console.log(`  piece zone=${p.zone} inRoot=${p.inRoot} <${p.el.tagName}.${p.el.getAttribute('class') ?? ''}> ${JSON.stringify(p.text.trim().slice(0, 100))}`);
    const chain: string[] = [];
    for (let e: Element | null = p.el; e && e.tagName !== 'BODY'; e = e.parentElement) chain.push(`${e.tagName.toLowerCase()}.${(e.getAttribute('class') ?? '').replace(/\s+/g, '.')}#${e.getAttribute('id') ?? ''}`);
    console.log(`    ${chain.join(' < ')}`);
  }
  const cands = [...jsonLdCandidates(doc), ...metaCandidates(doc), ...elementCandidates(view), ...textCandidates(view)];
  const u = urlDate(page.url);
  if (u) cands.push(u);
  for (const c of cands) console.log(`  cand ${c.value} ${c.kind} ${c.evidence} ${c.confidence.toFixed(2)} ${JSON.stringify(c.quote.slice(0, 60))}`);
  console.log('  chrome', chromeDates(view));
  const f = findPublishedDate(doc, { url: page.url });
  console.log('  =>', JSON.stringify(f));
}
