/**
 * Month names and abbreviations (English, German, French, Spanish, Italian, Dutch,
 * Portuguese) -> month number.
 */
const TABLE: Record<number, string[]> = {
  1: ['january', 'jan', 'januar', 'jänner', 'jaenner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'janeiro'],
  2: ['february', 'feb', 'febr', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'febbraio', 'februari', 'fevereiro', 'fev'],
  3: ['march', 'mar', 'märz', 'maerz', 'mrz', 'mär', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  5: ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  7: ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  8: ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro'],
  10: ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  12: ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro'],
};

const BY_NAME = new Map<string, number>();
for (const [month, names] of Object.entries(TABLE)) {
  for (const name of names) BY_NAME.set(name, Number(month));
}

/** Month number (1-12) of a month name or abbreviation, case-insensitive, or null. */
export function monthNumber(name: string): number | null {
  return BY_NAME.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** A regex alternation of all month names, longest first (so "juni" wins over "jun"). */
export const MONTH_ALTERNATION = [...BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** Weekday names (for recognising "Tuesday, April 16, 2024" style header dates). */
export const WEEKDAY_ALTERNATION = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
].sort((a, b) => b.length - a.length).join('|');
