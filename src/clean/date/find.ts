/**
 * findPublishedDate: the publication date of an HTML page, with its evidence.
 *
 * Sources, most trusted first: JSON-LD, meta tags, itemprop/time elements near the
 * headline, date-holding elements, the byline and "Published" lines, datelines, the URL
 * path, then the date the text mentions most. The original publication date is preferred
 * over modification dates; dates in the future, before 1990 (1900 for structured data),
 * in comments, sidebars, footers or copyright lines are not used. A date in the site's
 * header or navigation is the capture date: it is returned as `captured` and never passes
 * for the publication date on text evidence alone. No date is better than a wrong one.
 */
import type { DateEvidence, Message } from '../../core/types.js';
import type { Candidate } from './candidate.js';
import { elementCandidates } from './elements.js';
import { viewPage } from './page.js';
import { jsonLdCandidates, metaCandidates, scriptCandidates, titleCandidates } from './structured.js';
import { localDateOfUtc, pageTimeZone } from './timezone.js';
import { chromeDates, textCandidates } from './text.js';
import type { DateFinding, FindDateOptions } from './types.js';
import { urlDate } from './url.js';

const STRUCTURED = /^(json-ld|meta|itemprop|time|abbr)/;
const PLACEHOLDERS = new Set(['1970-01-01', '1900-01-01', '1999-11-30']);

/** Group of evidence that counts as one independent source when sources agree. */
function family(evidence: string): string {
  if (evidence.startsWith('json-ld') || evidence.startsWith('meta')) return 'structured';
  if (evidence.startsWith('itemprop') || evidence.startsWith('time') || evidence.startsWith('abbr') || evidence === 'date-element') return 'element';
  if (evidence === 'url-path') return 'url';
  return 'text';
}

function dayAfter(now: Date): string {
  return new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
}

function plausible(c: Candidate, maxDay: string): boolean {
  if (c.value.slice(0, 10) > maxDay.slice(0, c.value.length)) return false;
  if (PLACEHOLDERS.has(c.value)) return false;
  const year = Number(c.value.slice(0, 4));
  return year >= (STRUCTURED.test(c.evidence) && c.granularity === 'day' ? 1900 : 1990);
}

function pageUrl(doc: Document, given: string | null | undefined): string | null {
  if (given) return given;
  return (
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null
  );
}

function toEvidence(c: Candidate, confidence: number): DateEvidence {
  return { value: c.value, granularity: c.granularity, confidence: Math.round(confidence * 100) / 100, evidence: c.evidence, quote: c.quote };
}

const NONE: DateEvidence = { value: null, granularity: null, confidence: 0, evidence: 'none', quote: null };

/** Find the publication date of a parsed HTML page without modifying the document. */
export function findPublishedDate(document: Document, options: FindDateOptions = {}): DateFinding {
  const now = options.now ?? new Date();
  const maxDay = dayAfter(now);
  const messages: Message[] = [];
  const view = viewPage(document);

  const fromUrl = urlDate(pageUrl(document, options.url));
  const all: Candidate[] = [
    ...jsonLdCandidates(document),
    ...metaCandidates(document),
    ...elementCandidates(view),
    ...(fromUrl ? [fromUrl] : []),
    ...textCandidates(view),
    ...titleCandidates(document),
    ...scriptCandidates(document),
  ];
  // A date-only value stored as local midnight in UTC ("2021-11-04T23:00:00Z" on a German
  // site) means the next day. Other UTC timestamps keep their written date: sites and
  // readers mostly go by it (measured: converting them all to local time loses more pages
  // than it wins); the URL settles one-day disagreements below.
  const zone = pageTimeZone(document);
  if (zone) {
    for (const c of all) {
      if (c.granularity !== 'day' || !/[T ]\d{2}:00(?::00)?(?:\.0+)?\s*(?:Z|[+-]00:?00)\s*$/i.test(c.quote)) continue;
      const local = localDateOfUtc(c.quote, zone);
      const hour = /[T ](\d{2}):/.exec(c.quote)?.[1];
      if (local && local !== c.value && hour !== '00' && Number(hour) >= 12) c.value = local;
    }
  }
  const rejectedFuture = all.filter((c) => c.value.slice(0, 10) > maxDay.slice(0, c.value.length));
  if (rejectedFuture.length > 0) {
    messages.push({
      level: 'info',
      origin: 'date:future-rejected',
      text: `ignored date ${rejectedFuture[0]!.value} from ${rejectedFuture[0]!.evidence}: after ${now.toISOString().slice(0, 10)}`,
    });
  }
  const candidates = all.filter((c) => plausible(c, maxDay));

  // The capture date: a date in the site's header or navigation, before the headline.
  const chrome = chromeDates(view).filter((c) => c.value.length === 10 && c.value <= maxDay);
  const captured = chrome[0]?.value ?? null;
  if (captured) {
    messages.push({
      level: 'info',
      origin: 'date:header-not-article',
      text: `date ${captured} ("${chrome[0]!.quote}") is in the site header or navigation: taken as the capture date, not the article's`,
    });
  }

  const byConfidence = (a: Candidate, b: Candidate): number => b.confidence - a.confidence;
  const modifiedList = candidates.filter((c) => c.kind === 'modified' && c.granularity === 'day').sort(byConfidence);
  const modified = modifiedList[0]?.value ?? null;

  let pool = candidates.filter((c) => c.kind !== 'modified').sort(byConfidence);
  // A header date never passes for the article's date on text evidence alone.
  if (captured) pool = pool.filter((c) => !(c.value === captured && family(c.evidence) === 'text'));
  if (pool.length === 0 && modifiedList.length > 0) {
    pool = modifiedList.map((c) => ({ ...c, confidence: c.confidence * 0.75 }));
  }
  // Score each value by its best evidence plus independent sources that agree on it.
  const familiesOf = (value: string): Set<string> =>
    new Set(candidates.filter((c) => c.value === value && c.kind !== 'modified').map((c) => family(c.evidence)));
  // A value that is also the stated modification date gets no bonus: the visible date of an
  // updated article is usually its update date.
  const score = (c: Candidate): number =>
    c.confidence + (c.value === modified ? 0 : 0.04 * (familiesOf(c.value).size - 1));
  let chosen = pool[0];
  for (const c of pool) if (chosen && c !== chosen && score(c) > score(chosen)) chosen = c;
  if (!chosen) return { published: { ...NONE }, captured, modified, messages };

  // Month only (e.g. from the URL): take a day in that month the page also states.
  if (chosen.granularity !== 'day') {
    const prefix = chosen.value;
    const day = pool.find((c) => c.granularity === 'day' && c.value.startsWith(prefix));
    if (day) chosen = { ...day, confidence: Math.max(day.confidence, chosen.confidence) + 0.05 };
  }

  // The URL's day is the site's local day: it settles a one-day disagreement with a timestamp.
  if (fromUrl && fromUrl.granularity === 'day' && chosen.value !== fromUrl.value && chosen.granularity === 'day') {
    const gap = Math.abs(Date.parse(chosen.value) - Date.parse(fromUrl.value)) / 86_400_000;
    if (gap <= 1 && /\d[T ]\d{2}:\d{2}/.test(chosen.quote)) chosen = { ...fromUrl, confidence: chosen.confidence };
    // A path is fixed when the article is first published; a later stated date is a re-publication.
    else if (gap > 1 && fromUrl.value < chosen.value) chosen = { ...fromUrl, confidence: Math.min(0.8, chosen.confidence) };
  }

  // Independent sources that agree raise the confidence.
  const families = new Set(candidates.filter((c) => c.value === chosen!.value).map((c) => family(c.evidence)));
  let confidence = Math.min(0.99, chosen.confidence + 0.04 * (families.size - 1));
  if (captured && chosen.value === captured && family(chosen.evidence) !== 'structured') confidence = Math.min(confidence, 0.5);
  const latest = modifiedList[0];
  if (options.prefer === 'latest' && latest && latest.value > chosen.value && latest.confidence >= 0.6) {
    return { published: toEvidence(latest, latest.confidence), captured, modified, messages };
  }
  return { published: toEvidence(chosen, confidence), captured, modified, messages };
}
