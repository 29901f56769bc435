import { describe, expect, it } from 'vitest';
import { nameTokens, personKey, slug } from './names.js';

describe('person name keys', () => {
  it('treat transliteration variants of one name as one key', () => {
    expect(personKey('Shah Mehmood Qureshi')).toEqual(personKey('Shah Mahmood Qureshi'));
    expect(personKey('Anwaar-ul-Haq Kakar')).toEqual(personKey('Anwaarul Haq Kakar'));
  });
  it('keep people who share a surname apart', () => {
    expect(personKey('Imran Khan')).not.toEqual(personKey('Ayub Khan'));
    expect(personKey('Imran Khan')!.surname).toBe(personKey('Ayub Khan')!.surname);
  });
  it('drop titles and diacritics', () => {
    expect(nameTokens('President Recep Tayyip Erdoğan')).toEqual(['recep', 'tayyip', 'erdogan']);
    expect(slug('Türkiye')).toBe('turkiye');
  });
});
