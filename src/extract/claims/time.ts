/**
 * The time a figure refers to: a dated time expression in the same clause of its sentence
 * ("trade ... last year hitting ... $790 million" -> "2020"). Clauses are the sentence cut at
 * commas, semicolons, colons and dashes; a piece that holds only a time expression ("this
 * year, Russia had supplied ...") belongs to the clause after it. When the clause has none,
 * the sentence's only dated expression before the figure is used; with several, none.
 * Durations, sets ("annually") and vague references ("recently") are not times.
 */
import type { Span, TimeExpression } from '../../core/types.js';

const dated = (t: TimeExpression): boolean =>
  t.type !== 'duration' && t.type !== 'set' && t.value !== null && !/_REF$/.test(t.value);

/** The clause spans of a sentence (see above). */
export function clauses(text: string, sentence: Span, timexes: readonly TimeExpression[]): Span[] {
  const out: Span[] = [];
  const body = text.slice(sentence.start, sentence.end);
  let from = 0;
  const re = /[,;:—–]\s|\s[—–]\s/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    out.push({ start: sentence.start + from, end: sentence.start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: sentence.start + from, end: sentence.end });
  // Merge a piece that is only a time expression (and little words) into the next one.
  const merged: Span[] = [];
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    let rest = text.slice(c.start, c.end);
    for (const t of timexes) {
      if (t.start >= c.start && t.end <= c.end) rest = rest.replace(text.slice(t.start, t.end), ' ');
    }
    const onlyTime = rest.trim() !== text.slice(c.start, c.end).trim() && /^(\s|and|in|on|at|since|by|then|\W)*$/i.test(rest);
    const next = out[i + 1];
    if (onlyTime && next) {
      out[i + 1] = { start: c.start, end: next.end };
      continue;
    }
    merged.push(c);
  }
  return merged;
}

export function findTime(text: string, q: Span, sentence: Span, timexes: readonly TimeExpression[]): string | null {
  const inSentence = timexes.filter((t) => t.start >= sentence.start && t.end <= sentence.end && dated(t));
  if (inSentence.length === 0) return null;
  const clause = clauses(text, sentence, inSentence).find((c) => c.start <= q.start && q.end <= c.end);
  if (clause) {
    const here = inSentence.filter((t) => t.start >= clause.start && t.end <= clause.end);
    if (here.length > 0) {
      // Nearest by the words between; on a tie the one after the figure ("from 7.4% in 2008 to 9.5% in 2010").
      const gap = (t: Span): number => (t.start >= q.end ? t.start - q.end : q.start - t.end) * 2 - (t.start >= q.end ? 1 : 0);
      const nearest = here.reduce((a, b) => (gap(b) < gap(a) ? b : a));
      return nearest.value;
    }
  }
  return null;
}

/** The fallback: the sentence's only dated expression, when it comes before the figure. */
export function onlyTimeBefore(q: Span, sentence: Span, timexes: readonly TimeExpression[]): string | null {
  const inSentence = timexes.filter((t) => t.start >= sentence.start && t.end <= sentence.end && dated(t));
  return inSentence.length === 1 && inSentence[0]!.end <= q.start ? inSentence[0]!.value : null;
}
