/**
 * Test helper: build an Article by hand with readable fixtures. Offsets are found by
 * searching for the quoted substring, so a fixture names "Putin" rather than 1234..1239.
 * Used by the quote and claim tests while (and after) the language layer lands.
 */
import { createArticle } from '../../core/article.js';
import type {
  Article,
  DocEntity,
  EntityType,
  Mention,
  Quantity,
  Span,
  TimeExpression,
} from '../../core/types.js';

/** The offsets of the `nth` (0-based) occurrence of `needle` in `text`, searching from `from`. */
export function at(text: string, needle: string, nth = 0, from = 0): Span {
  let pos = from - 1;
  for (let k = 0; k <= nth; k++) {
    pos = text.indexOf(needle, pos + 1);
    if (pos < 0) throw new Error(`fixture: "${needle}" (#${nth}) not found in text`);
  }
  return { start: pos, end: pos + needle.length };
}

export interface EntitySpec {
  name: string;
  type: EntityType;
  country?: string;
}

export interface MentionSpec {
  /** The mention's words, as in the text. */
  text: string;
  /** Which occurrence (0-based). */
  nth?: number;
  /** The entity's name (as in EntitySpec), or null for an unlinked mention. */
  entity: string | null;
  type?: EntityType;
  form?: Mention['form'];
}

export interface QuantitySpec {
  text: string;
  nth?: number;
  /** Search from the first occurrence of this string (to pick "1" in "1 / 2"). */
  after?: string;
  value: number;
  unit?: string | null;
  isPercent?: boolean;
  qualifier?: Quantity['qualifier'];
  vague?: boolean;
}

export interface TimexSpec {
  text: string;
  nth?: number;
  value: string | null;
  type?: TimeExpression['type'];
  granularity?: TimeExpression['granularity'];
}

export interface FixtureSpec {
  entities?: EntitySpec[];
  mentions?: MentionSpec[];
  quantities?: QuantitySpec[];
  timexes?: TimexSpec[];
  published?: string;
}

/** Naive sentence spans for fixtures: ends at . ! ? (plus closing marks) before a capital or an opening mark, and at line ends. */
export function naiveSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    const base = m.index;
    const cut = /[.!?][”"’)]?\s+(?=[“"‘A-Z])/g;
    let start = 0;
    for (let c = cut.exec(line); c; c = cut.exec(line)) {
      const end = c.index + c[0].trimEnd().length;
      if (line.slice(start, end).trim()) out.push(trim(text, base + start, base + end));
      start = c.index + c[0].length;
    }
    if (line.slice(start).trim()) out.push(trim(text, base + start, base + line.length));
  }
  return out;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

export function buildArticle(text: string, spec: FixtureSpec = {}): Article {
  const article = createArticle({
    id: 'fixture',
    source: 'fixture',
    rawHash: 'fixture',
    text,
    ...(spec.published
      ? { published: { value: spec.published, confidence: 1, evidence: 'fixture' } }
      : {}),
  });
  article.sentences = naiveSentences(text);
  const entities: DocEntity[] = (spec.entities ?? []).map((e) => ({
    type: e.type,
    name: e.name,
    aliases: [],
    country: e.country ?? null,
  }));
  article.entities = entities;
  const indexOf = (name: string): number => {
    const i = entities.findIndex((e) => e.name === name);
    if (i < 0) throw new Error(`fixture: no entity "${name}"`);
    return i;
  };
  article.mentions = (spec.mentions ?? [])
    .map((m): Mention => {
      const span = at(text, m.text, m.nth ?? 0);
      const entity = m.entity === null ? -1 : indexOf(m.entity);
      const type = m.type ?? (entity >= 0 ? (entities[entity]?.type ?? 'other') : 'other');
      return { ...span, type, entity, via: 'fixture', form: m.form ?? 'name' };
    })
    .sort((a, b) => a.start - b.start);
  // Quantities keep the order given, so a test can name them by index.
  article.quantities = (spec.quantities ?? []).map(
    (q): Quantity => ({
      ...at(text, q.text, q.nth ?? 0, q.after ? at(text, q.after).start : 0),
      value: q.value,
      unit: q.unit ?? null,
      qualifier: q.qualifier ?? null,
      ...(q.vague ? { vague: true } : {}),
      isPercent: q.isPercent ?? false,
    }),
  );
  article.timexes = (spec.timexes ?? [])
    .map((t): TimeExpression => ({
      ...at(text, t.text, t.nth ?? 0),
      type: t.type ?? 'date',
      value: t.value,
      granularity: t.granularity ?? null,
      direction: null,
      relative: false,
    }))
    .sort((a, b) => a.start - b.start);
  return article;
}
