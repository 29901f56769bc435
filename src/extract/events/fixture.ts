/**
 * Test helper: build an annotated article by naming substrings instead of offsets, so fixtures
 * stay readable. Used by the tests of this folder (and usable by others).
 */
import { createArticle } from '../../core/article.js';
import type { Article, EntityType, Granularity, Mention, Span, TimeExpression } from '../../core/types.js';

/** Offsets of the n-th (0-based) occurrence of `sub` in `text`; throws when absent. */
export function spanOf(text: string, sub: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(sub, at + 1);
    if (at < 0) throw new Error(`fixture: "${sub}" (occurrence ${nth}) not found`);
  }
  return { start: at, end: at + sub.length };
}

export interface FixtureEntity {
  name: string;
  type: EntityType;
  country?: string | null;
  /** Substrings that mention it; [text, n] for the n-th occurrence. */
  mentions: (string | [string, number])[];
  form?: Mention['form'];
}

export interface FixtureTimex {
  text: string;
  nth?: number;
  value: string | null;
  granularity?: Granularity | null;
  direction?: TimeExpression['direction'];
  relative?: boolean;
}

export interface FixtureInput {
  text: string;
  /** Publication date "YYYY-MM-DD" (confidence 0.9) or none. */
  published?: string | null;
  entities?: FixtureEntity[];
  timexes?: FixtureTimex[];
  /** Sentence texts (substrings, in order); default: split after . ! ? and a space. */
  sentences?: string[];
}

export function buildArticle(input: FixtureInput): Article {
  const { text } = input;
  const article = createArticle({
    id: 'fixture',
    source: 'fixture',
    rawHash: 'fixture',
    text,
    published: input.published
      ? { value: input.published, granularity: 'day', confidence: 0.9, evidence: 'fixture' }
      : { value: null, confidence: 0, evidence: 'none' },
  });
  if (input.sentences) {
    let from = 0;
    article.sentences = input.sentences.map((s) => {
      const at = text.indexOf(s, from);
      if (at < 0) throw new Error(`fixture: sentence "${s.slice(0, 30)}..." not found`);
      from = at + s.length;
      return { start: at, end: at + s.length };
    });
  } else {
    const re = /[^\s][^]*?(?:[.!?](?=\s|$)|$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].trim() === '') break;
      article.sentences.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  (input.entities ?? []).forEach((e, entity) => {
    article.entities.push({ type: e.type, name: e.name, aliases: [], country: e.country ?? null });
    for (const ref of e.mentions) {
      const [sub, nth] = typeof ref === 'string' ? [ref, 0] : ref;
      article.mentions.push({ ...spanOf(text, sub, nth), type: e.type, entity, via: 'fixture', form: e.form ?? 'name' });
    }
  });
  article.mentions.sort((a, b) => a.start - b.start);
  for (const t of input.timexes ?? []) {
    article.timexes.push({
      ...spanOf(text, t.text, t.nth ?? 0),
      type: 'date',
      value: t.value,
      granularity: t.granularity ?? (t.value && /^\d{4}-\d{2}-\d{2}$/.test(t.value) ? 'day' : null),
      direction: t.direction ?? 'past',
      relative: t.relative ?? true,
    });
  }
  return article;
}
