import { describe, expect, it } from 'vitest';
import { urlKey } from './url-key.js';

describe('urlKey', () => {
  it('gives one key to the tracked, AMP, www and trailing-slash variants of a page', () => {
    const key = urlKey('https://news.example.org/world/2024/05/harbour-reopens');
    expect(key).toBe('news.example.org/world/2024/05/harbour-reopens');
    for (const variant of [
      'http://www.news.example.org/world/2024/05/harbour-reopens/',
      'https://news.example.org/world/2024/05/harbour-reopens?utm_source=feed&utm_medium=rss#comments',
      'https://news.example.org/world/2024/05/harbour-reopens?fbclid=abc123',
      'https://news.example.org/amp/world/2024/05/harbour-reopens',
      'https://news.example.org/world/2024/05/harbour-reopens/amp/',
      'https://m.news.example.org/world/2024/05/harbour-reopens',
      'https://NEWS.example.org/world/2024/05/harbour-reopens?outputType=amp',
    ])
      expect(urlKey(variant), variant).toBe(key);
    expect(urlKey('https://example.com/story.amp.html')).toBe(urlKey('https://www.example.com/story.html'));
  });
  it('keeps parameters that name the page, in a fixed order', () => {
    expect(urlKey('https://example.com/article?id=42&page=2')).toBe(urlKey('https://example.com/article?page=2&utm_campaign=x&id=42'));
    expect(urlKey('https://example.com/article?id=42')).not.toBe(urlKey('https://example.com/article?id=43'));
  });
  it('has no key for a home page, a non-web address or a malformed one', () => {
    for (const u of ['https://www.example.com/', 'https://example.com', 'file:///tmp/a.html', 'not a url', '', null]) expect(urlKey(u)).toBeNull();
  });
});
