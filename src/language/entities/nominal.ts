import type { DocEntity, Mention, RoleMention, Token } from '../../core/types.js';
import { isTitleHead, isTitleWord, lower, titleKey } from '../roles/titles.js';

const POSSESSIVE = new Set(["'s", '’s']);

/**
 * Definite descriptions of people the article has named with a title: "the Russian foreign
 * minister", "the prime minister", "the Pakistani army chief", "Russian president" ->
 * mentions (form 'nominal') of the person who holds that title in the article.
 */
export function findNominals(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  entities: readonly DocEntity[],
  roles: readonly RoleMention[],
): Mention[] {
  if (roles.length === 0) return [];
  const values = tokens.map((t) => text.slice(t.start, t.end));
  const mentionAt: (Mention | undefined)[] = new Array(tokens.length);
  let k = 0;
  for (const m of mentions) {
    while (k < tokens.length && tokens[k]!.end <= m.start) k++;
    for (let q = k; q < tokens.length && tokens[q]!.start < m.end; q++) if (!mentionAt[q]) mentionAt[q] = m;
  }
  const inRole = new Uint8Array(tokens.length);
  {
    let q = 0;
    const sorted = [...roles].sort((a, b) => a.start - b.start);
    for (const r of sorted) {
      while (q < tokens.length && tokens[q]!.end <= r.start) q++;
      for (let p = q; p < tokens.length && tokens[p]!.start < r.end; p++) inRole[p] = 1;
    }
  }
  const out: Mention[] = [];
  const countryName = (m: Mention): string | null => (m.entity >= 0 ? entities[m.entity]?.name ?? null : null);

  for (let i = 0; i < tokens.length; i++) {
    const isThe = lower(values[i]!) === 'the';
    const m0 = mentionAt[i];
    const startsWithCountry = m0 !== undefined && m0.type === 'country' && tokens[i]!.start === m0.start;
    if (!isThe && !startsWithCountry) continue;
    if (!isThe && i > 0 && lower(values[i - 1]!) === 'the') continue;
    let j = isThe ? i + 1 : i;
    let of: string | null = null;
    let hasCountry = false;
    const titleWords: string[] = [];
    let lastHead = -1;
    while (j < tokens.length && j < i + 8) {
      const m = mentionAt[j];
      if (m && m.type === 'country' && !hasCountry && (m.form === 'demonym' || POSSESSIVE.has(values[j + 1] ?? ''))) {
        of = countryName(m);
        hasCountry = true;
        while (j < tokens.length && tokens[j]!.start < m.end) j++;
        if (POSSESSIVE.has(values[j] ?? '')) j++;
        continue;
      }
      if (m || inRole[j] || !isTitleWord(values[j]!)) break;
      titleWords.push(values[j]!);
      if (isTitleHead(values[j]!)) lastHead = j;
      j++;
    }
    if (lastHead < 0 || (!isThe && !hasCountry)) continue;
    // A title written before a name ("the Russian foreign minister Sergey Lavrov") is a role, not a nominal.
    const next = values[lastHead + 1] ?? '';
    if (mentionAt[lastHead + 1]?.type === 'person' || lower(next) === 'of') continue;
    const headIndex = titleWords.length - (j - 1 - lastHead);
    const key = titleKey(titleWords.slice(0, headIndex).join(' '));
    const person = resolve(roles, key, of, tokens[i]!.start, mentions);
    if (person < 0) continue;
    out.push({ start: tokens[i]!.start, end: tokens[lastHead]!.end, type: 'person', entity: person, via: 'coref:nominal', form: 'nominal' });
    i = lastHead;
  }
  return out;
}

function resolve(roles: readonly RoleMention[], key: string, of: string | null, at: number, mentions: readonly Mention[]): number {
  const stated = new Set<number>();
  const unstated = new Set<number>();
  for (const r of roles) {
    if (titleKey(r.title) !== key) continue;
    if (of !== null && r.of !== null && r.of !== of) continue;
    (r.of === of ? stated : unstated).add(r.person);
  }
  // A stated country must match a role given with that country ("the Russian president"
  // does not find "President Xi Jinping").
  let people = stated;
  if (stated.size === 0) {
    if (of !== null) return -1;
    people = unstated;
  }
  if (people.size === 0) return -1;
  if (people.size === 1) return [...people][0]!;
  // Several people held that title: the one mentioned last before the description.
  let best = -1;
  for (const m of mentions) {
    if (m.start >= at) break;
    if (people.has(m.entity) && m.type === 'person') best = m.entity;
  }
  return best;
}
