import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('names English, German and French news text by their two-letter codes', () => {
    expect(
      detectLanguage('Russian President Vladimir Putin met the caretaker prime minister of Pakistan in Beijing on Tuesday, where the two leaders discussed energy and trade.'),
    ).toBe('en');
    expect(
      detectLanguage('Der russische Präsident traf am Dienstag in Peking den pakistanischen Ministerpräsidenten, um über Energie und Handel zu sprechen.'),
    ).toBe('de');
    expect(
      detectLanguage("Le président russe a rencontré mardi à Pékin le Premier ministre pakistanais pour parler d'énergie et de commerce entre les deux pays."),
    ).toBe('fr');
  });

  it('gives no guess for too little text', () => {
    expect(detectLanguage('Putin met Kakar.')).toBeNull();
    expect(detectLanguage('   ')).toBeNull();
  });
});
