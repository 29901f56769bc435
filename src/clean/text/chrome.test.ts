import { describe, expect, it } from 'vitest';
import { classifyLine, isProse, wordCount } from './chrome.js';

const kind = (text: string, bullet = false): string => classifyLine(text, bullet).kind;

describe('classifyLine: widgets and counters', () => {
  it.each(['Accessibility links', 'Breaking News', 'Short Url', 'Follow', 'XS', 'SM', 'MD', 'LG', 'Share', 'Advertisement'])(
    'drops the widget label %j',
    (line) => expect(kind(line)).toBe('chrome'),
  );
  it.each(['1 / 2', '2 / 2', '3 of 12', 'Image 2 of 5', '5 min read'])('drops the counter %j', (line) =>
    expect(kind(line)).toBe('chrome'),
  );
  it('drops a line of menu items separated by bars', () => {
    expect(kind('Home | World | Business | Sport')).toBe('chrome');
  });
});

describe('classifyLine: captions and credits', () => {
  it('drops a caption ending in a photo-courtesy credit', () => {
    expect(
      kind(
        "Pakistan's Caretaker Prime Minister Anwaar-ul-Haq Kakar (left) shakes hands with the President of Russia, Vladimir Putin, at the 3rd Belt and Road Forum in Beijing, China on October 17, 2023. (Photo courtesy: @PakPMO/X)",
      ),
    ).toBe('caption');
  });
  it('drops a caption ending in "(... via Reuters)"', () => {
    expect(
      kind(
        "Russia's Foreign Minister Sergey Lavrov, left, walks with his Pakistani counterpart Shah Mehmood Qureshi on his arrival at the Ministry of Foreign Affairs in Islamabad, Pakistan, April 7, 2021. (Ministry of Foreign Affairs/Handout via Reuters)",
      ),
    ).toBe('caption');
  });
  it('drops "FILE - " agency captions', () => {
    expect(
      kind("FILE - A shipment of Russia's Sputnik COVID-19 vaccine arrives at Kosice Airport, Slovakia, March 1, 2021."),
    ).toBe('caption');
  });
  it('drops "Read More:" teasers, also with a no-break space after the colon', () => {
    expect(kind('Read More: Saudi Arabia signs military pact with Russia')).toBe('teaser');
    expect(kind('Read More: How do Russia, Pakistan, China, Iran and India view the Taliban’s rise in Afghanistan?')).toBe('teaser');
  });
  it('drops agency credits', () => {
    expect(kind('Via APP with additional inputs from GVS')).toBe('credit');
    expect(kind('Reporting by Asif Shahzad; Editing by Mark Heinrich')).toBe('credit');
  });
  it('reads the publisher from a "| Welcome to" site header', () => {
    expect(classifyLine('| Welcome to Global Village Space', false)).toEqual({ kind: 'site', name: 'Global Village Space' });
  });
});

describe('classifyLine: bylines, metadata and dates', () => {
  it('reads desk lines and bylines', () => {
    expect(classifyLine('News Desk:', false)).toEqual({ kind: 'byline', name: 'News Desk' });
    expect(classifyLine('By Tom Hussain', false)).toMatchObject({ kind: 'byline', name: 'Tom Hussain' });
  });
  it('does not take a sentence starting with "By" for a byline', () => {
    expect(kind('By the end of the year, the pipeline should be finished.')).toBe('body');
  });
  it('reads "Updated" lines as metadata, with or without a usable date', () => {
    expect(classifyLine('Updated 18 October 2023', false)).toMatchObject({ kind: 'meta', label: 'updated', date: { value: '2023-10-18' } });
    expect(classifyLine('Updated 12 sec ago', false)).toMatchObject({ kind: 'meta', date: { relative: true } });
  });
  it('keeps a sentence that starts with "Updated" but holds no date', () => {
    expect(kind('Updated figures from the ministry show a 46 percent rise in trade.')).toBe('body');
  });
  it('reads a date standing alone', () => {
    expect(classifyLine('Tuesday, April 16, 2024', false)).toMatchObject({ kind: 'date', date: { value: '2024-04-16' } });
  });
});

describe('classifyLine: sentences, headings and bullets', () => {
  it('keeps short real sentences', () => {
    expect(kind('He declined to comment.')).toBe('body');
    expect(kind('“We are ready.”')).toBe('body');
  });
  it('marks short lines without sentence punctuation as headings', () => {
    expect(kind('Afghan peace')).toBe('heading');
    expect(kind('US-Taliban deal')).toBe('heading');
    expect(kind('Russia, Pakistan Agree to Boost Military Cooperation Against Terror, Sea Piracy')).toBe('heading');
  });
  it('keeps a long lower-case line without a final period as prose', () => {
    expect(kind('The trade between the two countries has reached good levels and both sides want more of it')).toBe('body');
  });
  it('keeps standfirst bullets with real words and drops one-word bullets', () => {
    expect(kind('Kakar discusses regional security and connectivity, trade, counter-terrorism, with Putin at Belt and Road Forum', true)).toBe('bullet');
    expect(kind('Home', true)).toBe('chrome');
  });
  it('marks "Related Articles" as the end of the article', () => {
    expect(kind('Related Articles')).toBe('end');
    expect(kind('You may also like')).toBe('end');
  });
});

describe('helpers', () => {
  it('counts words with letters or digits only', () => {
    expect(wordCount('1 / 2')).toBe(2);
    expect(wordCount('Kakar — Putin')).toBe(2);
    expect(wordCount('Türkiye’s   ‘safe havens’')).toBe(3);
  });
  it('tells prose from a Title Case headline', () => {
    expect(isProse('Russia, Pakistan Agree to Boost Military Cooperation Against Terror, Sea Piracy')).toBe(false);
    expect(isProse('Afghan peace')).toBe(false);
  });
});

describe('classifyLine: credits are not read into ordinary parentheses', () => {
  it('keeps a line ending in an acronym that spells an agency in other case', () => {
    expect(kind('Das Thema wird seit Jahren intensiv diskutiert: Die elektronische Patientenakte (ePA)')).not.toBe('caption');
  });
  it('keeps a sentence ending in "(via video link)"', () => {
    expect(kind('The minister addressed the conference from Islamabad (via video link).')).toBe('body');
  });
  it('drops a bare agency credit in parentheses', () => {
    expect(kind('Protesters gather outside parliament in Islamabad on Tuesday. (AFP)')).toBe('caption');
  });
});

describe('classifyLine: prompts and legal lines', () => {
  it('drops follow/share prompts, wire legal lines and "More from" links', () => {
    expect(kind('Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.')).toBe('chrome');
    expect(kind('This material may not be published, broadcast, rewritten, or redistributed. ©2019 FOX News Network, LLC. All rights reserved.')).toBe('chrome');
    expect(kind('Your email address will not be published. Required fields are marked *')).toBe('chrome');
    expect(kind('More from Space...')).toBe('chrome');
  });
  it('keeps a sentence about following a leader on social media', () => {
    expect(kind('Millions follow the prime minister on Twitter, where he posts daily.')).toBe('body');
  });
});

describe('classifyLine: more caption credits', () => {
  it('drops photographer credits', () => {
    expect(kind('(Reed Saxon / Associated Press)')).toBe('caption');
    expect(kind('Photo: Gene J. Puskar')).toBe('caption');
  });
});

describe('classifyLine: author and date on one line, breadcrumbs', () => {
  it('reads the author and the published date', () => {
    expect(classifyLine('Baqir Sajjad Syed Published April 8, 2021 Updated about 5 hours ago', false)).toMatchObject({
      kind: 'byline',
      name: 'Baqir Sajjad Syed',
      date: { value: '2021-04-08' },
    });
  });
  it('reads an end-of-article "Published in" line as metadata', () => {
    expect(classifyLine('Published in Dawn, April 8th, 2021', false)).toMatchObject({ kind: 'meta', date: { value: '2021-04-08' } });
  });
  it('drops a breadcrumb trail', () => {
    expect(kind('Home / World / Asia Pacific')).toBe('chrome');
  });
});

describe('classifyLine: date lines with a little more on them', () => {
  it('reads bylines with dates and dates followed by metadata', () => {
    expect(classifyLine('Written by Ana Sandoiu on July 27, 2017', false)).toMatchObject({ kind: 'byline', name: 'Ana Sandoiu', date: { value: '2017-07-27' } });
    expect(classifyLine('Dec 9, 2019 · 6 min read', false)).toMatchObject({ kind: 'date', date: { value: '2019-12-09' } });
    expect(classifyLine('October 19, 2019 by IWB', false)).toMatchObject({ kind: 'date', date: { value: '2019-10-19' } });
  });
  it('does not take a headline ending in a date for a date line', () => {
    expect(kind('Putin to visit Pakistan on October 18, 2023')).toBe('heading');
  });
});

describe('classifyLine: relative times and cut teasers', () => {
  it('drops a relative time standing alone', () => {
    expect(kind('2 hours ago')).toBe('chrome');
    expect(kind('just now')).toBe('chrome');
    expect(kind('Today the minister resigned.')).toBe('body');
  });
  it('drops a teaser cut short with a spaced ellipsis but keeps a sentence ending in one', () => {
    expect(kind('Mead School District will build 10th elementary school …')).toBe('teaser');
    expect(kind('He paused and said: “We will see…”')).toBe('body');
  });
});
