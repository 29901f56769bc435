import { describe, expect, it } from 'vitest';
import { createArticle } from '../../core/article.js';
import { splitSentences } from './split.js';
import { sentenceStage } from './stage.js';

const sentencesOf = (text: string): string[] => splitSentences(text).sentences.map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps a quote that ends with a comma in the sentence of its speaker', () => {
    const text =
      '“The trade between our countries has increased and it has reached good levels,” Putin told Kakar on the sidelines of the forum. Both leaders smiled.';
    expect(sentencesOf(text)).toEqual([
      '“The trade between our countries has increased and it has reached good levels,” Putin told Kakar on the sidelines of the forum.',
      'Both leaders smiled.',
    ]);
  });

  it('does not split at ,” he said', () => {
    const text = '"We are making necessary efforts," he said. "We hope that all issues will be agreed."';
    expect(sentencesOf(text)).toEqual(['"We are making necessary efforts," he said.', '"We hope that all issues will be agreed."']);
  });

  it('keeps abbreviations (U.S., Gen., Mr., p.m., Jan.) inside the sentence', () => {
    const text = 'The U.S. Army said Gen. Bajwa met Mr. Smith at 3 p.m. on Jan. 5 in Washington. He left on Friday.';
    expect(sentencesOf(text)).toEqual([
      'The U.S. Army said Gen. Bajwa met Mr. Smith at 3 p.m. on Jan. 5 in Washington.',
      'He left on Friday.',
    ]);
  });

  it('keeps datelines with their sentence', () => {
    expect(sentencesOf('ISLAMABAD: The potential for cooperation was much higher, Putin said. Kakar agreed.')).toEqual([
      'ISLAMABAD: The potential for cooperation was much higher, Putin said.',
      'Kakar agreed.',
    ]);
    expect(sentencesOf('MOSCOW, April 13 (Reuters) - Russia said on Tuesday it would supply helicopters. Officials agreed.')).toEqual([
      'MOSCOW, April 13 (Reuters) - Russia said on Tuesday it would supply helicopters.',
      'Officials agreed.',
    ]);
  });

  it('ends headlines, ALL-CAPS lines and label lines at their line break', () => {
    expect(sentencesOf('RUSSIA, PAKISTAN AGREE TO BOOST TIES\nMoscow and Islamabad signed a deal on Tuesday.')).toEqual([
      'RUSSIA, PAKISTAN AGREE TO BOOST TIES',
      'Moscow and Islamabad signed a deal on Tuesday.',
    ]);
    expect(sentencesOf('Islamabad and Moscow agree to boost ties\nNews Desk:\nPakistan and Russia have agreed to boost ties.')).toEqual([
      'Islamabad and Moscow agree to boost ties',
      'News Desk:',
      'Pakistan and Russia have agreed to boost ties.',
    ]);
  });

  it('always ends a sentence at a paragraph break', () => {
    expect(sentencesOf('Afghan peace\n\nLavrov said Wednesday that Russia and Pakistan are working closely')).toEqual([
      'Afghan peace',
      'Lavrov said Wednesday that Russia and Pakistan are working closely',
    ]);
  });

  it('splits bullet lines and leaves the bullet out of the sentence', () => {
    const text = 'Key points\n\n  • Kakar discusses regional security with Putin\n  • Says Pakistan is a huge market for Russian energy\n';
    expect(sentencesOf(text)).toEqual([
      'Key points',
      'Kakar discusses regional security with Putin',
      'Says Pakistan is a huge market for Russian energy',
    ]);
  });

  it('joins hard-wrapped newswire lines', () => {
    const text =
      'The United Nations says the December 26 tsunami dumped tons of\nhazardous waste on the shores of Somalia.\n' +
      'A spokesman for the U.N. Environment Program says containers filled with\nnuclear, chemical and medical waste broke apart when they washed ashore, and\nhave been spread by the weather.\n';
    expect(sentencesOf(text)).toEqual([
      'The United Nations says the December 26 tsunami dumped tons of\nhazardous waste on the shores of Somalia.',
      'A spokesman for the U.N. Environment Program says containers filled with\nnuclear, chemical and medical waste broke apart when they washed ashore, and\nhave been spread by the weather.',
    ]);
  });

  it('gives tokens with exact offsets and keeps hyphenated words whole', () => {
    const text = "Pakistan's Caretaker Prime Minister Anwaar-ul-Haq Kakar criticised the U.S.-backed plan, didn't he?\n\nYes.";
    const { tokens, sentences } = splitSentences(text);
    const words = tokens.map((t) => text.slice(t.start, t.end));
    expect(words).toEqual([
      'Pakistan', "'s", 'Caretaker', 'Prime', 'Minister', 'Anwaar-ul-Haq', 'Kakar', 'criticised', 'the', 'U.S.-backed',
      'plan', ',', 'did', "n't", 'he', '?', 'Yes', '.',
    ]);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
    expect(sentences).toHaveLength(2);
    expect(tokens[0]!.pos).toBe('PROPN');
  });

  it('does not split inside stock ticker codes', () => {
    // Letter, digit and share-class symbols with one- to four-letter exchange suffixes.
    expect(sentencesOf('Shares of Brindle Foods (BRF.N) rose 4 percent on Monday. Analysts cheered.')).toEqual([
      'Shares of Brindle Foods (BRF.N) rose 4 percent on Monday.',
      'Analysts cheered.',
    ]);
    expect(sentencesOf('Harbin Turbine (1133.HK) slipped after the results. Rivals gained.')).toEqual([
      'Harbin Turbine (1133.HK) slipped after the results.',
      'Rivals gained.',
    ]);
    expect(sentencesOf('Saipem (SPM.MI) and the carmaker (BMWG_p.DE) both fell. Kesko (KESBV.HE) was sold to Orion (ORNBV.HE) last week.')).toEqual([
      'Saipem (SPM.MI) and the carmaker (BMWG_p.DE) both fell.',
      'Kesko (KESBV.HE) was sold to Orion (ORNBV.HE) last week.',
    ]);
    // A ticker at the very end of a sentence still ends it.
    expect(sentencesOf('The bid lifted Nordwind (NWD.OL). Its rival fell.')).toEqual([
      'The bid lifted Nordwind (NWD.OL).',
      'Its rival fell.',
    ]);
  });

  it('still splits at a terminal dot followed by a space before a capitalised word', () => {
    expect(sentencesOf('Prices rose in the EU. US markets were closed.')).toEqual([
      'Prices rose in the EU.',
      'US markets were closed.',
    ]);
  });

  it('treats zero-width characters as space', () => {
    const text = 'Officials said.\u200b The flag flew.';
    expect(sentencesOf(text)).toEqual(['Officials said.', 'The flag flew.']);
  });

  it('handles empty and whitespace-only text', () => {
    expect(splitSentences('')).toEqual({ sentences: [], tokens: [] });
    expect(splitSentences('  \n\n ')).toEqual({ sentences: [], tokens: [] });
  });
});

describe('sentenceStage', () => {
  it('fills article.sentences and article.tokens', async () => {
    const article = createArticle({ id: 'a', source: 'test', rawHash: 'h', text: 'Lavrov arrived. Qureshi met him.' });
    const stage = sentenceStage();
    expect(stage.provides).toEqual(['sentences', 'tokens']);
    await stage.run(article, { now: new Date() });
    expect(article.sentences).toEqual([
      { start: 0, end: 15 },
      { start: 16, end: 32 },
    ]);
    expect(article.tokens).toHaveLength(7);
  });
});
