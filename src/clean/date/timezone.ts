/**
 * Publication timestamps are often stored in UTC ("2023-11-09T03:28:35Z") while the page
 * shows, and readers mean, the local date (8 November in New York). When a page's locale
 * names a region, its UTC timestamps are read in that region's time zone.
 */

const BY_LOCALE: Record<string, string> = {
  'en-us': 'America/New_York',
  'en-ca': 'America/Toronto',
  'en-gb': 'Europe/London',
  'en-ie': 'Europe/Dublin',
  'en-au': 'Australia/Sydney',
  'en-nz': 'Pacific/Auckland',
  'en-in': 'Asia/Kolkata',
  'en-pk': 'Asia/Karachi',
  'en-za': 'Africa/Johannesburg',
  'fr-ca': 'America/Toronto',
  'es-mx': 'America/Mexico_City',
  'es-ar': 'America/Argentina/Buenos_Aires',
  'es-co': 'America/Bogota',
  'es-us': 'America/New_York',
  'pt-br': 'America/Sao_Paulo',
  'pt-pt': 'Europe/Lisbon',
};

const BY_LANGUAGE: Record<string, string> = {
  de: 'Europe/Berlin',
  fr: 'Europe/Paris',
  it: 'Europe/Rome',
  es: 'Europe/Madrid',
  nl: 'Europe/Amsterdam',
  pl: 'Europe/Warsaw',
  cs: 'Europe/Prague',
  sk: 'Europe/Bratislava',
  hu: 'Europe/Budapest',
  da: 'Europe/Copenhagen',
  sv: 'Europe/Stockholm',
  nb: 'Europe/Oslo',
  no: 'Europe/Oslo',
  hr: 'Europe/Zagreb',
  sl: 'Europe/Ljubljana',
  fi: 'Europe/Helsinki',
  el: 'Europe/Athens',
  ro: 'Europe/Bucharest',
  bg: 'Europe/Sofia',
  uk: 'Europe/Kyiv',
  ru: 'Europe/Moscow',
  tr: 'Europe/Istanbul',
  ja: 'Asia/Tokyo',
  ko: 'Asia/Seoul',
  ur: 'Asia/Karachi',
  hi: 'Asia/Kolkata',
};

/** The IANA time zone a page's locale implies (og:locale, html lang, content-language), or null. */
export function pageTimeZone(doc: Document): string | null {
  const labels = [
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
    doc.documentElement?.getAttribute('lang'),
    doc.querySelector('meta[http-equiv="content-language" i], meta[name="language"]')?.getAttribute('content'),
  ];
  let languageOnly: string | null = null;
  for (const label of labels) {
    if (!label) continue;
    const norm = label.trim().toLowerCase().replace('_', '-');
    const region = /^([a-z]{2,3})-([a-z]{2})\b/.exec(norm);
    if (region) {
      const key = `${region[1]}-${region[2]}`;
      if (BY_LOCALE[key]) return BY_LOCALE[key]!;
      if (region[1] !== 'en' && BY_LANGUAGE[region[1]!]) return BY_LANGUAGE[region[1]!]!;
    }
    const lang = /^([a-z]{2,3})\b/.exec(norm)?.[1];
    if (lang && lang !== 'en' && !languageOnly && BY_LANGUAGE[lang]) languageOnly = BY_LANGUAGE[lang]!;
  }
  return languageOnly;
}

const UTC_STAMP = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:Z|[+-]00:?00|UTC|GMT)\s*$/i;

/** The local date of a UTC timestamp in a time zone; null when `stamp` is not a UTC timestamp. */
export function localDateOfUtc(stamp: string, timeZone: string): string | null {
  const m = UTC_STAMP.exec(stamp);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  try {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(t));
    const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  } catch {
    return null;
  }
}
