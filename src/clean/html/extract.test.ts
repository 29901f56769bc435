import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractHtml, extractHtmlString } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): string => readFileSync(join(here, 'fixtures', name), 'utf8');

describe('extractHtml on a news page', () => {
  const html = fixture('news-page.html');
  const r = extractHtmlString(html, { url: 'https://harbourtimes.example/world/port-talks' });

  it('keeps the paragraphs, the subheading and the list, in order, as blocks', () => {
    const paragraphs = r.text.split('\n\n');
    expect(paragraphs[0]).toBe(
      'Negotiations between the port authority and the dockworkers\' union broke down on Tuesday after nine hours of talks, leaving more than forty ships waiting outside the harbour.',
    );
    expect(paragraphs).toContain('What happens next');
    expect(r.text).toContain('fresh fruit and vegetables\nmedical supplies');
    expect(r.text).toContain('Shipping lines have already begun diverting vessels to neighbouring ports, adding two days to some deliveries.');
    expect(r.text.indexOf('What happens next')).toBeLessThan(r.text.indexOf('A mediator appointed'));
  });

  it('drops navigation, share buttons, the caption, related links, the newsletter box, teasers and the footer', () => {
    for (const gone of [
      'Business',
      'Share on Twitter',
      'Cranes stand idle',
      'Dockworkers vote to strike',
      'Related',
      'morning briefing',
      'in your inbox',
      'Read more',
      'All rights reserved',
      'By Jane Doe',
    ]) {
      expect(r.text).not.toContain(gone);
    }
  });

  it('reads the headline, the byline without the job title, the site and the language', () => {
    expect(r.title).toBe('Port talks stall as both sides dig in');
    expect(r.byline).toBe('Jane Doe');
    expect(r.publisher).toBe('The Harbour Times');
    expect(r.language).toBe('en-GB');
    expect(r.isArticle).toBe(true);
  });

  it('maps every block back to the raw HTML it came from', () => {
    expect(r.sourceMap.length).toBeGreaterThanOrEqual(6);
    for (const seg of r.sourceMap) {
      const firstWords = r.text.slice(seg.start, seg.end).split(' ').slice(0, 3).join(' ');
      expect(html.slice(seg.rawStart, seg.rawEnd).startsWith(firstWords)).toBe(true);
      expect(seg.node).toMatch(/^[a-z0-9]+/);
    }
    const list = r.sourceMap.find((s) => r.text.slice(s.start, s.end) === 'medical supplies');
    expect(list?.node).toContain('li');
  });
});

describe('extractHtml when readability finds no article', () => {
  it('uses the JSON-LD articleBody of a script-rendered page', () => {
    const r = extractHtmlString(fixture('app-shell.html'));
    expect(r.text).toBe(
      'The city council voted 31 to 12 on Wednesday to build bus lanes on four of the busiest roads into the centre.\n\n' +
        'Work on the first lane, along Station Road, is due to start in March and take about six months.\n\n' +
        'Councillors who voted against the plan said shop owners had not been consulted about the loss of parking spaces.',
    );
    expect(r.text).not.toContain('Loading');
    expect(r.title).toBe('Council approves new bus lanes');
    expect(r.byline).toBe('Ahmed Khan');
    expect(r.publisher).toBe('City Courier');
    expect(r.language).toBe('en');
    expect(r.messages.map((m) => m.origin)).toContain('html:json-ld:articleBody');
  });

  it('falls back to the densest prose block when the article sits where readability does not look', () => {
    // Readability drops elements whose class says "comment"/"sidebar"; here the article is in one.
    const sentences = [
      'The regional water board said on Friday that reservoir levels had fallen to 41 per cent, the lowest November reading since records began in 1976.',
      'Households in the eastern districts will be asked to cut their use by a tenth from next week, and hosepipes will be banned until further notice.',
      'Farmers, who take almost half of the water in a dry year, will have their licences reviewed by the end of the month, the board said.',
      'Engineers are also bringing forward repairs to the main pipeline, which loses an estimated 12 million litres a day through leaks.',
    ];
    const html = `<html><body><div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
      <div class="sidebar-comments">${sentences.map((s) => `<p>${s}</p>`).join('')}</div>
      <div class="footer"><a href="/about">About us</a></div></body></html>`;
    const r = extractHtmlString(html);
    for (const s of sentences) expect(r.text).toContain(s);
    expect(r.text).not.toContain('About us');
    expect(r.text).not.toContain('Home');
  });
});

describe('extractHtml on a listing page', () => {
  it('flags the page as not an article and does not invent an article from teasers', () => {
    const r = extractHtmlString(fixture('listing-page.html'));
    expect(r.isArticle).toBe(false);
    expect(r.messages.map((m) => m.origin)).toContain('html:not-article');
    expect(r.text).not.toContain('Floods force thousands');
    expect(r.text).not.toContain('Rescue teams worked through the night.');
    expect(r.text.length).toBeLessThan(400);
    expect(r.publisher).toBe('The Daily Ledger');
  });
});

describe('extractHtml on a short article', () => {
  it('keeps a two-paragraph brief and calls it an article', () => {
    const a = 'The regional water board said on Friday that reservoir levels had fallen to 41 per cent, the lowest November reading since records began in 1976.';
    const b = 'Households in the eastern districts will be asked to cut their use by a tenth from next week.';
    const html = `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div><p>${a}</p><p>${b}</p></div></body></html>`;
    const r = extractHtmlString(html);
    expect(r.text).toBe(`${a}\n\n${b}`);
    expect(r.isArticle).toBe(true);
  });

  it('finds the brief through a parsed document alone (no raw HTML given)', () => {
    const a = 'Engineers are bringing forward repairs to the main pipeline, which loses an estimated 12 million litres a day through leaks.';
    const { document } = parseHTML(`<html><body><div class="sidebar"><p>${a}</p><p>${a}</p></div></body></html>`);
    const r = extractHtml(document as unknown as Document);
    expect(r.text).toBe(`${a}\n\n${a}`);
  });
});

describe('extractHtml on an empty page', () => {
  it('returns no text and says so', () => {
    const r = extractHtmlString('<html><head><title>Nothing</title></head><body></body></html>');
    expect(r.text).toBe('');
    expect(r.sourceMap).toEqual([]);
    expect(r.isArticle).toBe(false);
    expect(r.messages.map((m) => m.origin)).toContain('html:no-text');
  });
});
