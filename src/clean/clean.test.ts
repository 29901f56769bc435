import { describe, expect, it } from 'vitest';
import type { RawInput } from '../core/types.js';
import { rawHash } from '../ingest/hash.js';
import { RECORD_TYPE } from '../ingest/record.js';
import { cleanInput } from './clean.js';

const raw = (contentType: string, body: string, meta: Record<string, unknown> = {}): RawInput => {
  const bytes = Buffer.from(body);
  return { source: 'in', bytes, contentType, meta, hash: rawHash(bytes) };
};

const story =
  'Russian Foreign Minister Sergey Lavrov held talks with his Pakistani counterpart in Islamabad on Wednesday. ' +
  'The two ministers agreed to increase the frequency of joint military drills and maritime exercises.';

describe('cleanInput', () => {
  it('takes a record’s title and date over what its text says, with the evidence', () => {
    const [a] = cleanInput(raw(RECORD_TYPE, JSON.stringify({ text: story, title: 'Lavrov in Islamabad', published: '2021-04-07', url: 'https://example.org/x' })));
    expect(a!.title).toBe('Lavrov in Islamabad');
    expect(a!.published).toMatchObject({ value: '2021-04-07', evidence: 'record:published' });
    expect(a!.url).toBe('https://example.org/x');
    expect(a!.text).toBe(story);
  });

  it('puts a plain-text wire dateline into the article meta beside the input meta', () => {
    const body = 'OSLO | Thu Feb 2, 2017 7:30am CET OSLO (Reuters) - Norway said on Thursday it would raise spending. ' + story;
    const [a] = cleanInput(raw('text/plain', body, { feed: false, origin: 'crawler' }), { now: new Date('2026-01-01') });
    expect(a!.text.startsWith('Norway said on Thursday')).toBe(true);
    expect(a!.meta).toMatchObject({ origin: 'crawler', dateline: { place: 'OSLO', agency: 'Reuters', timestamp: 'Thu Feb 2, 2017 7:30am CET' } });
    expect(a!.published).toMatchObject({ value: '2017-02-02', evidence: 'dateline' });
  });

  it('reads the language of plain text, and keeps the one a page declares', () => {
    const [t] = cleanInput(raw('text/plain', story));
    expect(t!.language).toBe('en');
    const [h] = cleanInput(raw('text/html', `<html lang="en-GB"><body><article><p>${story}</p></article></body></html>`), { now: new Date('2026-01-01') });
    expect(h!.language).toBe('en-GB');
  });

  it('keeps a record whose date cannot be read, with a warning instead of a date', () => {
    const [a] = cleanInput(raw(RECORD_TYPE, JSON.stringify({ text: story, published: 'sometime soon' })));
    expect(a!.published.value).toBeNull();
    expect(a!.messages.some((m) => m.origin === 'date:metadata-unparsed')).toBe(true);
  });

  it('cleans an HTML page: article text without navigation, its date from the page', () => {
    const html = `<html><head><meta property="article:published_time" content="2021-04-07T10:00:00Z"><title>Talks - Example News</title></head>
      <body><nav><a href="/">Home</a><a href="/world">World</a></nav><article><h1>Talks in Islamabad</h1><p>${story}</p>
      <p>Lavrov said Russia was ready to supply Pakistan with special military equipment to strengthen its counter-terrorism potential.</p></article>
      <footer>Copyright Example News</footer></body></html>`;
    const [a] = cleanInput(raw('text/html', html), { now: new Date('2026-01-01') });
    expect(a!.title).toBe('Talks in Islamabad');
    expect(a!.published.value).toBe('2021-04-07');
    expect(a!.text).toContain('held talks with his Pakistani counterpart');
    expect(a!.text).not.toMatch(/Home|Copyright/);
  });

  it('gives each article of a multi-article text its own id and source', () => {
    const text = [
      'First headline about the talks in Islamabad',
      'Updated 18 October 2023',
      '',
      story,
      '',
      'Second headline about a call from Moscow',
      'Updated 19 October 2023',
      '',
      'President Vladimir Putin telephoned Prime Minister Imran Khan on Wednesday to discuss the situation in Afghanistan and bilateral relations.',
    ].join('\n');
    const parts = cleanInput(raw('text/plain', text), { now: new Date('2026-01-01') });
    expect(parts.map((p) => [p.source, p.part])).toEqual([
      ['in#1', 0],
      ['in#2', 1],
    ]);
    expect(new Set(parts.map((p) => p.id)).size).toBe(2);
  });

  it('fails with a coded error naming the input when nothing is left', () => {
    expect(() => cleanInput(raw('text/html', '<html><body><nav><a href="/">Home</a></nav></body></html>'))).toThrow(/no article text/);
  });
});
