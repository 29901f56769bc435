import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findPublishedDate } from './find.js';

const NOW = new Date('2024-04-16T12:00:00Z');

function page(head: string, body: string): Document {
  return parseHTML(`<!doctype html><html><head><title>Russia, Pakistan agree to boost ties</title>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

const ARTICLE_TEXT =
  '<p>Russian Foreign Minister Sergey Lavrov held talks with his Pakistani counterpart in Islamabad, ' +
  'where the two sides agreed to increase the frequency of joint military drills and maritime exercises.</p>';

describe('findPublishedDate sources', () => {
  it('reads JSON-LD datePublished inside @graph, and dateModified as the modification date', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example News' },
        { '@type': 'NewsArticle', headline: 'Russia, Pakistan agree to boost ties', datePublished: '2021-04-07T09:30:00+05:00', dateModified: '2021-04-09T10:00:00+05:00' },
      ],
    });
    const f = findPublishedDate(page(`<script type="application/ld+json">${ld}</script>`, `<article><h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}</article>`), { now: NOW });
    expect(f.published.value).toBe('2021-04-07');
    expect(f.published.evidence).toBe('json-ld:datePublished');
    expect(f.published.quote).toBe('2021-04-07T09:30:00+05:00');
    expect(f.published.confidence).toBeGreaterThan(0.9);
    expect(f.modified).toBe('2021-04-09');
  });

  it('reads meta article:published_time', () => {
    const f = findPublishedDate(
      page('<meta property="article:published_time" content="2023-10-18T06:15:00Z">', `<h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}`),
      { now: NOW },
    );
    expect(f.published).toMatchObject({ value: '2023-10-18', evidence: 'meta[article:published_time]', quote: '2023-10-18T06:15:00Z' });
  });

  it('reads <time datetime> in the article', () => {
    const f = findPublishedDate(
      page('', `<article><h1>Russia, Pakistan agree to boost ties</h1><p class="meta">By Staff <time datetime="2021-04-07T10:00:00Z">7 April</time></p>${ARTICLE_TEXT}</article>`),
      { now: NOW },
    );
    expect(f.published).toMatchObject({ value: '2021-04-07', evidence: 'time[datetime]' });
  });

  it('reads itemprop=datePublished on an element', () => {
    const f = findPublishedDate(
      page('', `<article><h1>Russia, Pakistan agree to boost ties</h1><span itemprop="datePublished" content="2021-04-07">April 7</span>${ARTICLE_TEXT}</article>`),
      { now: NOW },
    );
    expect(f.published).toMatchObject({ value: '2021-04-07', evidence: 'itemprop[datepublished]' });
  });

  it('reads a byline line under the headline', () => {
    const f = findPublishedDate(
      page('', `<article><h1>Russia, Pakistan agree to boost ties</h1><p>By Ayaz Gul</p><p>April 7, 2021 09:15 AM</p>${ARTICLE_TEXT}</article>`),
      { now: NOW },
    );
    expect(f.published.value).toBe('2021-04-07');
    expect(f.published.quote).toBe('April 7, 2021');
  });

  it('reads a German byline with a DD.MM.YYYY date', () => {
    const f = findPublishedDate(
      page('', `<article><h1>Russland und Pakistan vereinbaren engere Zusammenarbeit</h1><div class="autor">Von Christian am 03.05.2013, 11:51 Uhr</div><p>Der russische Außenminister Sergej Lawrow traf seinen pakistanischen Amtskollegen in Islamabad. Beide Seiten vereinbarten mehr gemeinsame Manöver.</p></article>`),
      { now: NOW },
    );
    expect(f.published.value).toBe('2013-05-03');
  });

  it('reads a German month name', () => {
    const f = findPublishedDate(
      page('', `<article><h1>Russland und Pakistan vereinbaren engere Zusammenarbeit</h1><p>Veröffentlicht am 7. April 2021</p><p>Der russische Außenminister Sergej Lawrow traf seinen pakistanischen Amtskollegen.</p></article>`),
      { now: NOW },
    );
    expect(f.published.value).toBe('2021-04-07');
  });

  it('reads a date from the URL path when the page states none', () => {
    const f = findPublishedDate(page('', `<article><h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}</article>`), {
      url: 'https://www.example.com/a/2021/04/07/russia-pakistan-ties',
      now: NOW,
    });
    expect(f.published).toMatchObject({ value: '2021-04-07', evidence: 'url-path', quote: '2021/04/07' });
  });

  it('takes the URL from the canonical link when none is given', () => {
    const f = findPublishedDate(
      page('<link rel="canonical" href="https://www.example.com/news/20210407/ties.html">', `<h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}`),
      { now: NOW },
    );
    expect(f.published.value).toBe('2021-04-07');
  });
});

describe('findPublishedDate priorities and traps', () => {
  it('prefers JSON-LD and meta over a date in the text, and publication over modification', () => {
    const f = findPublishedDate(
      page(
        '<meta property="article:modified_time" content="2021-04-10T08:00:00Z"><meta property="article:published_time" content="2021-04-07T08:00:00Z">',
        `<article><h1>Russia, Pakistan agree to boost ties</h1><p>Updated April 10, 2021</p>${ARTICLE_TEXT}<p>The talks of March 3, 2020 had failed.</p></article>`,
      ),
      { now: NOW },
    );
    expect(f.published.value).toBe('2021-04-07');
    expect(f.published.evidence).toBe('meta[article:published_time]');
    expect(f.modified).toBe('2021-04-10');
  });

  it('recognises a date in the site header as the capture date, not the article date', () => {
    const html =
      '<header class="site-header"><div class="top-bar"><span>Tuesday, April 16, 2024</span></div><a href="/">Global Village Space</a></header>' +
      `<div class="content"><h1>Imran Khan extends invitation to Putin, discuss ties on call</h1>${ARTICLE_TEXT}${ARTICLE_TEXT}${ARTICLE_TEXT}</div>`;
    const f = findPublishedDate(page('', html), { now: NOW });
    expect(f.captured).toBe('2024-04-16');
    expect(f.published.value).not.toBe('2024-04-16');
    expect(f.messages.some((m) => m.origin === 'date:header-not-article')).toBe(true);
  });

  it('keeps the article date when the header shows the capture date', () => {
    const html =
      '<div id="topbar">Tuesday, April 16, 2024</div>' +
      `<article><h1>Imran Khan extends invitation to Putin</h1><p class="byline">August 25, 2021</p>${ARTICLE_TEXT}</article>`;
    const f = findPublishedDate(page('', html), { now: NOW });
    expect(f.captured).toBe('2024-04-16');
    expect(f.published.value).toBe('2021-08-25');
  });

  it('rejects a date after `now`', () => {
    const f = findPublishedDate(
      page('<meta property="article:published_time" content="2025-01-01T00:00:00Z">', `<h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}`),
      { now: NOW },
    );
    expect(f.published.value).toBeNull();
    expect(f.messages.some((m) => m.origin === 'date:future-rejected')).toBe(true);
  });

  it('ignores dates in the comment section and the footer', () => {
    const html =
      `<article><h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}</article>` +
      '<section id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><time datetime="2022-01-05">January 5, 2022</time> Great piece, posted on January 5, 2022</li></ol></section>' +
      '<footer><p>© 2024 Example News. Updated March 1, 2024</p></footer>';
    const f = findPublishedDate(page('', html), { now: NOW });
    expect(f.published.value).toBeNull();
  });

  it('ignores dates in a related-stories list but reads the article date', () => {
    const html =
      `<article><h1>Russia, Pakistan agree to boost ties</h1><time datetime="2021-04-07">April 7, 2021</time>${ARTICLE_TEXT}</article>` +
      '<aside class="related"><ul><li><time datetime="2021-04-09">April 9, 2021</time> Other story</li></ul></aside>';
    expect(findPublishedDate(page('', html), { now: NOW }).published.value).toBe('2021-04-07');
  });

  it('returns no date rather than guessing when the page states none', () => {
    const f = findPublishedDate(page('', `<h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}`), { now: NOW });
    expect(f.published).toMatchObject({ value: null, confidence: 0 });
  });

  it('does not modify the document', () => {
    const doc = page('<meta name="date" content="2021-04-07">', `<article><h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}</article>`);
    const before = doc.documentElement.outerHTML;
    findPublishedDate(doc, { now: NOW });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('findPublishedDate, further sources', () => {
  it('reads a "Published" line in an article footer outside the article body, but not other footer dates', () => {
    const html =
      `<div class="review"><h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}${ARTICLE_TEXT}</div>` +
      '<div class="review_footer"><p>Letzte Änderung: 31.10.2023</p><p>Erschienen am: 01.11.2023</p></div>';
    const f = findPublishedDate(page('', html), { now: NOW });
    expect(f.published.value).toBe('2023-11-01');
    expect(f.published.evidence).toBe('text:published-line');
  });

  it('reads a date written in the page title when nothing else states one', () => {
    const d = parseHTML(
      `<html><head><title>Elephants lose ground in Guinea | Environment | DW | 23.05.2011</title></head><body><h1>Elephants lose ground in Guinea</h1>${ARTICLE_TEXT}</body></html>`,
    ).document as unknown as Document;
    const f = findPublishedDate(d, { now: NOW });
    expect(f.published).toMatchObject({ value: '2011-05-23', evidence: 'title' });
    expect(f.published.confidence).toBeLessThan(0.7);
  });

  it('does not let the copyright year or a footer date stand for the article date', () => {
    const html = `<article><h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}</article><footer>© 2024 Example. Site updated 12 March 2024</footer>`;
    expect(findPublishedDate(page('', html), { now: NOW }).published.value).toBeNull();
  });
});

describe('findPublishedDate, weighing sources', () => {
  it('lets a visible date that two sources agree on beat a lone generic meta date', () => {
    const html = `<div class="news-single"><h1>Faire Lieferketten</h1><span class="news-date">05.02.2020</span>${ARTICLE_TEXT}${ARTICLE_TEXT}</div>`;
    const f = findPublishedDate(page('<meta name="date" content="2020-02-12">', html), { now: NOW });
    expect(f.published.value).toBe('2020-02-05');
  });

  it('keeps the original date when the visible date is the update date', () => {
    const html = `<article><h1>Russia, Pakistan agree to boost ties</h1><p class="date">19 February 2020</p>${ARTICLE_TEXT}</article>`;
    const head =
      '<meta property="article:published_time" content="2017-04-12T18:33:59+02:00">' +
      '<meta property="article:modified_time" content="2020-02-19T15:24:33+01:00">' +
      '<meta itemprop="datePublished" content="2020-02-19">';
    const f = findPublishedDate(page(head, html), { now: NOW });
    expect(f.published.value).toBe('2017-04-12');
    expect(f.modified).toBe('2020-02-19');
  });

  it('reads a date written inside the headline element', () => {
    const html = `<div class="article"><h1>Zuschauerrückkehr bei den Proficlubs <span>02.02.2022</span></h1><p>Vom 28.01.2022 an dürfen wieder Zuschauer in die Hallen.</p>${ARTICLE_TEXT}</div>`;
    expect(findPublishedDate(page('', html), { now: NOW }).published.value).toBe('2022-02-02');
  });
});

describe('findPublishedDate, JSON-LD listing other articles', () => {
  it('takes the node about this page, not the related articles listed after it', () => {
    const ld = JSON.stringify([
      { '@type': 'NewsArticle', headline: 'Russia, Pakistan agree to boost ties', datePublished: '2023-11-01T08:20:40Z' },
      { '@type': 'NewsArticle', headline: 'Trade fair opens in Karachi', datePublished: '2023-10-25T12:47:58Z' },
      { '@type': 'NewsArticle', headline: 'Wheat prices fall', datePublished: '2023-10-25T12:42:56Z' },
    ]);
    const html =
      `<article><h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}</article>` +
      '<div class="more"><div class="date">25.10.2023</div><div class="date">25.10.2023</div></div>';
    const f = findPublishedDate(page(`<script type="application/ld+json">${ld}</script>`, html), { now: NOW });
    expect(f.published.value).toBe('2023-11-01');
  });
});

describe('findPublishedDate on degenerate documents', () => {
  it('returns no date, without throwing, for an empty or rootless document', () => {
    for (const html of ['', 'just text 7 April 2021', '<html></html>']) {
      const d = parseHTML(html).document as unknown as Document;
      expect(findPublishedDate(d, { now: NOW }).published.value).toBeNull();
    }
  });
});

describe('findPublishedDate, prefer latest', () => {
  it('returns the later modification date only when asked', () => {
    const head =
      '<meta property="article:published_time" content="2021-04-07T08:00:00Z"><meta property="article:modified_time" content="2021-05-02T08:00:00Z">';
    const d = page(head, `<h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}`);
    expect(findPublishedDate(d, { now: NOW }).published.value).toBe('2021-04-07');
    expect(findPublishedDate(d, { now: NOW, prefer: 'latest' }).published).toMatchObject({ value: '2021-05-02', evidence: 'meta[article:modified_time]' });
  });
});

describe('findPublishedDate, inert markup', () => {
  it('ignores dates inside <template> content', () => {
    const html = `<article><h1>Russia, Pakistan agree to boost ties</h1>${ARTICLE_TEXT}<template><time datetime="2020-01-01">1 January 2020</time></template></article>`;
    expect(findPublishedDate(page('', html), { now: NOW }).published.value).toBeNull();
  });
});
