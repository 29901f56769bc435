import { describe, expect, it } from 'vitest';
import { cleanByline, cleanTitle, looksLikePersonName } from './metadata.js';

describe('cleanTitle', () => {
  it('drops the site name and a section label around the headline', () => {
    expect(cleanTitle('Opinion | Port talks stall as both sides dig in - The Harbour Times', ['The Harbour Times'], null)).toBe(
      'Port talks stall as both sides dig in',
    );
  });
  it('recognises the site by its host name when no site name is known', () => {
    expect(cleanTitle('Floods hit the river delta again this spring – Ledger', [], 'www.ledger.example')).toBe(
      'Floods hit the river delta again this spring',
    );
  });
  it('keeps a headline whose dash is part of it', () => {
    expect(cleanTitle('Biden - Xi summit ends without a deal on chips', ['Daily Post'], null)).toBe(
      'Biden - Xi summit ends without a deal on chips',
    );
  });
  it('leaves a title without separators alone', () => {
    expect(cleanTitle('  Council approves new bus lanes ', ['City Courier'], null)).toBe('Council approves new bus lanes');
  });
});

describe('cleanByline', () => {
  it('keeps the name and drops "By" and the job title', () => {
    expect(cleanByline('By Jane Doe, Senior Reporter')).toBe('Jane Doe');
    expect(cleanByline('Written by Li Wei | Staff Writer')).toBe('Li Wei');
  });
  it('keeps two authors', () => {
    expect(cleanByline('By Jane Doe and Ahmed Khan')).toBe('Jane Doe and Ahmed Khan');
  });
  it('returns null when there is no name', () => {
    expect(cleanByline('Senior Reporter')).toBeNull();
    expect(cleanByline('Email the author')).toBeNull();
    expect(cleanByline('https://example.com/authors/jane')).toBeNull();
  });
});

describe('looksLikePersonName', () => {
  it('accepts capitalised names with particles and rejects roles and handles', () => {
    expect(looksLikePersonName('Ludwig van Beethoven')).toBe(true);
    expect(looksLikePersonName('Staff Reporter')).toBe(false);
    expect(looksLikePersonName('@janedoe')).toBe(false);
    expect(looksLikePersonName('news desk')).toBe(false);
  });
});
