import { parseHTML } from 'linkedom';
import { decodeHtmlBytes } from '../../src/clean/charset/index.js';
import { findPublishedDate } from '../../src/clean/date/index.js';
import { urlDate } from '../../src/clean/date/url.js';
import { htmldateDir, loadGold, readPage } from './dates-data.js';
const dir = htmldateDir();
for (const page of loadGold(dir) ?? []) {
  const u = urlDate(page.url);
  if (!u || u.granularity !== 'day') continue;
  const bytes = readPage(dir, page); if (!bytes) continue;
  const doc = parseHTML(decodeHtmlBytes(bytes).text).document as unknown as Document;
  const f = findPublishedDate(doc, { url: page.url });
  if (f.published.value !== u.value) console.log(`gold=${page.date} url=${u.value} got=${f.published.value} ${f.published.evidence} ${page.url.slice(0, 90)}`);
}
