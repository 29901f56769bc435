/**
 * Unit normalisation. Money is an ISO 4217 code ("USD", "JPY"); percentages are "%";
 * measures use SI-style symbols ("km", "t", "m3" for cubic meters, "km2" for square
 * kilometers, "bbl" for barrels); anything else counted keeps the noun as written,
 * lowercased ("people", "doses", "troops").
 */

/** Currency signs written before the number. Longest first. */
export const CURRENCY_SIGNS: ReadonlyArray<[string, string]> = [
  ['US$', 'USD'], ['C$', 'CAD'], ['A$', 'AUD'], ['HK$', 'HKD'], ['NZ$', 'NZD'], ['S$', 'SGD'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'],
  ['Rs.', 'PKR'], ['Rs', 'PKR'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'],
  ['CNY', 'CNY'], ['RMB', 'CNY'], ['PKR', 'PKR'], ['INR', 'INR'], ['RUB', 'RUB'],
];

/** Currency words written after the number (lowercase). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: 'USD', dollar: 'USD', dlrs: 'USD', dlr: 'USD', usd: 'USD',
  euros: 'EUR', euro: 'EUR', eur: 'EUR',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  'pounds sterling': 'GBP', sterling: 'GBP', stg: 'GBP',
  'pakistani rupees': 'PKR', 'indian rupees': 'INR', rupees: 'PKR', rupee: 'PKR',
  roubles: 'RUB', rubles: 'RUB', rouble: 'RUB', ruble: 'RUB',
  'swiss francs': 'CHF', francs: 'FRF', marks: 'DEM', 'deutsche marks': 'DEM', lire: 'ITL',
  riyals: 'SAR', dirhams: 'AED', won: 'KRW', rand: 'ZAR', lira: 'TRY', afghanis: 'AFN',
};

/** Multipliers. "m"/"bn"/"k" only directly after a number ("$5m", "3bn"). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mln: 1e6, mn: 1e6, bln: 1e9, bn: 1e9, tln: 1e12, trn: 1e12, k: 1e3, m: 1e6, b: 1e9,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Measures, lowercase, singular and plural, with the symbol they normalise to. Longest first when matching. */
export const MEASURES: Readonly<Record<string, string>> = {
  'cubic meters': 'm3', 'cubic meter': 'm3', 'cubic metres': 'm3', 'cubic metre': 'm3', 'cubic feet': 'ft3', bcm: 'm3',
  'square kilometers': 'km2', 'square kilometer': 'km2', 'square kilometres': 'km2', 'square kilometre': 'km2', 'sq km': 'km2',
  'square miles': 'mi2', 'square mile': 'mi2', 'square meters': 'm2', 'square metres': 'm2',
  kilometers: 'km', kilometer: 'km', kilometres: 'km', kilometre: 'km', km: 'km',
  meters: 'm', meter: 'm', metres: 'm', metre: 'm', miles: 'mi', mile: 'mi', feet: 'ft', foot: 'ft',
  'metric tons': 't', 'metric tonnes': 't', tons: 't', ton: 't', tonnes: 't', tonne: 't',
  kilograms: 'kg', kilogram: 'kg', kg: 'kg', grams: 'g', gram: 'g', pounds: 'lb', lbs: 'lb',
  'barrels per day': 'bbl/d', 'barrels a day': 'bbl/d', barrels: 'bbl', barrel: 'bbl', bpd: 'bbl/d',
  liters: 'L', litres: 'L', liter: 'L', litre: 'L', gallons: 'gal', gallon: 'gal',
  megawatts: 'MW', megawatt: 'MW', mw: 'MW', gigawatts: 'GW', gigawatt: 'GW', gw: 'GW', kilowatts: 'kW',
  hectares: 'ha', hectare: 'ha', acres: 'acre', acre: 'acre',
  degrees: '°', 'degrees celsius': '°C', 'degrees fahrenheit': '°F',
};

/** Units of time: a number with one is a duration ("two-day", "10 years"), left to the time layer. */
export const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'weekend', 'weekends',
  'quarter', 'quarters', 'am', 'pm', 'a.m', 'p.m', 'sec', 'secs', 'min', 'mins', 'hr', 'hrs',
]);

/** Words after a number that are not what it counts. */
export const NOT_UNIT = new Set(
  ('a an the of to in on at by for from with and or but as than that this these those is are was were be been ' +
    'has have had will would can could may might should must not no its it his her their our your my per ' +
    'who which what when where while if after before since until during about into over under between among ' +
    'out up down off more most less least other others such only also just even still new old all each every ' +
    'both either neither some any many much few several said says told percent points point times time ' +
    'onwards afterwards backwards towards forwards ago later earlier')
    .split(' '),
);

export const PERCENT_RE = /^(?:\s*%|\s*(?:per\s*cent|percent|pct)\b)/i;
