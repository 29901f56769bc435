/** The two extractors bench:extract compares: dossier's extractHtmlString and plain readability.js (linkedom + Readability, textContent). */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtmlString } from '../../src/clean/html/index.js';
import type { BenchPage } from './extract-data.js';

export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  try {
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

export function dossierText(page: BenchPage): { text: string; isArticle: boolean } {
  const r = extractHtmlString(page.html, page.url ? { url: page.url } : {});
  return { text: r.text, isArticle: r.isArticle };
}
