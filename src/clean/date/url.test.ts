import { describe, expect, it } from 'vitest';
import { urlDate } from './url.js';

describe('urlDate', () => {
  it('reads /YYYY/MM/DD/ and compact /YYYYMMDD/ paths', () => {
    expect(urlDate('https://www.example.com/world/2021/04/07/russia-pakistan-talks/')?.value).toBe('2021-04-07');
    expect(urlDate('https://news.example.org/politics/20210407/lavrov-visit.html')?.value).toBe('2021-04-07');
    expect(urlDate('https://example.com/2021-04-07-lavrov-in-islamabad')?.value).toBe('2021-04-07');
  });

  it('gives only the month when the path has no day', () => {
    const d = urlDate('http://blog.example.de/news/2011/12/kein-titel/');
    expect(d?.value).toBe('2011-12');
    expect(d?.granularity).toBe('month');
  });

  it('ignores ids and impossible dates', () => {
    expect(urlDate('https://example.com/article/123456789')).toBeNull();
    expect(urlDate('https://example.com/2021/13/45/x')).toBeNull();
    expect(urlDate(null)).toBeNull();
  });
});

describe('urlDate, day-first paths', () => {
  it('reads DD-MM-YYYY and DD.MM.YYYY in a path', () => {
    expect(urlDate('https://example.org/meldungen/29-10-2021')?.value).toBe('2021-10-29');
    expect(urlDate('https://example.org/artikel/bericht_vom_22.04.2020_worauf')?.value).toBe('2020-04-22');
  });
});

describe('urlDate, slugs', () => {
  it('does not read a number starting the slug as the day', () => {
    const d = urlDate('https://blog.example.de/2023/10/3-fragen-an-die-teamleiterin/');
    expect(d?.value).toBe('2023-10');
    expect(urlDate('https://www.example.de/home/2017/7/12/unter-uns')?.value).toBe('2017-07-12');
  });
});
