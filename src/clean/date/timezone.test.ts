import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findPublishedDate } from './find.js';
import { localDateOfUtc, pageTimeZone } from './timezone.js';

const doc = (html: string): Document => parseHTML(html).document as unknown as Document;

describe('time zones', () => {
  it('derives the zone from og:locale or html lang; bare "en" says nothing', () => {
    expect(pageTimeZone(doc('<html lang="en"><head><meta property="og:locale" content="en_US"></head></html>'))).toBe('America/New_York');
    expect(pageTimeZone(doc('<html lang="de-DE"><head></head></html>'))).toBe('Europe/Berlin');
    expect(pageTimeZone(doc('<html lang="en"><head></head></html>'))).toBeNull();
  });

  it('converts only UTC timestamps', () => {
    expect(localDateOfUtc('2023-11-09T03:28:35Z', 'America/New_York')).toBe('2023-11-08');
    expect(localDateOfUtc('2021-11-04T23:00:00+00:00', 'Europe/Berlin')).toBe('2021-11-05');
    expect(localDateOfUtc('2021-11-04T23:00:00+01:00', 'Europe/Berlin')).toBeNull();
  });

  it('reads a local midnight stored in UTC as the next day on a German page', () => {
    const d = doc('<html lang="de"><head><meta property="article:published_time" content="2021-11-04T23:00:00Z"></head><body><h1>Kommunalwahlen</h1></body></html>');
    expect(findPublishedDate(d, { now: new Date('2024-01-01') }).published.value).toBe('2021-11-05');
  });

  it('lets the URL settle a one-day gap with a UTC timestamp', () => {
    const d = doc('<html lang="en-US"><head><meta property="article:published_time" content="2023-11-09T03:28:35Z"></head><body><h1>Debate</h1></body></html>');
    const f = findPublishedDate(d, { url: 'https://news.example.com/2023/11/08/debate-recap/', now: new Date('2024-01-01') });
    expect(f.published.value).toBe('2023-11-08');
  });
});
