/**
 * The syntax layer of an article (article.syntax): the clause cut of every sentence with each
 * clause's subject, verb group, objects and attachments, and the sentence's appositions and
 * coordinations, all as offsets into article.text. `clauseMapOf` reads the cut back onto a
 * sentence view, so every consumer sees the clauses the stage stored.
 */
import { firstKeyFrom } from '../../core/sorted.js';
import type { Article, SyntaxClause, SyntaxLayer } from '../../core/types.js';
import { clauseParts, type VerbRef } from './clause-parts.js';
import { splitClauses, type Clause, type ClauseMap } from './clauses.js';
import { appositions, coordinations } from './links.js';
import { toPhrase } from './phrases.js';
import { sentenceViews, type SentenceView } from './sentence-view.js';

function verbOf(view: SentenceView, v: VerbRef): SyntaxClause['verb'] {
  const w = view.words;
  return {
    start: w[v.first]!.start,
    end: w[v.last]!.end,
    head: { start: w[v.head]!.start, end: w[v.head]!.end },
    auxiliaries: v.auxiliaries,
    negated: v.negated,
    voice: v.voice,
  };
}

/** The clauses of one sentence view, with their parts. */
export function sentenceClauses(view: SentenceView, map: ClauseMap = splitClauses(view)): SyntaxClause[] {
  const out: SyntaxClause[] = map.clauses.map((c) => ({
    sentence: view.index,
    id: c.id,
    parts: [],
    relative: c.relative,
    participial: c.participial === true,
    conditional: c.conditional,
    antecedent: c.antecedent ? c.antecedent.index : -1,
    sharesSubjectWith: c.sharesSubjectWith ?? -1,
    reportedBy: c.reportedBy ?? -1,
    subject: null,
    verb: null,
    objects: [],
    attachments: [],
  }));
  map.of.forEach((id, i) => {
    const c = out[id]!;
    const w = view.words[i]!;
    const last = c.parts[c.parts.length - 1];
    if (last && map.of[i - 1] === id) last.end = w.end;
    else c.parts.push({ start: w.start, end: w.end });
  });
  for (const c of out) {
    const p = clauseParts(view, map, c.id);
    c.verb = p.verb ? verbOf(view, p.verb) : null;
    c.objects = p.objects.map((o) => toPhrase(view, o));
    c.attachments = p.attachments.map((a) => ({ preposition: a.preposition, object: toPhrase(view, a.object) }));
    if (p.subject) c.subject = toPhrase(view, p.subject);
  }
  // A relative clause's subject is its antecedent when the pronoun stands right before the verb
  // ("the envoy, who arrived"); a clause that shares a subject takes it from the earlier clause.
  for (const c of out) {
    if (c.subject) continue;
    const clause = map.clauses[c.id]!;
    if (c.relative && clause.antecedent) {
      const m = clause.antecedent;
      c.subject = toPhrase(view, { first: m.first, last: m.last, head: m.last });
    } else if (c.sharesSubjectWith >= 0) {
      c.subject = out[c.sharesSubjectWith]?.subject ?? null;
    }
  }
  return out;
}

/** The syntax layer of an article (views are computed when not given). */
export function buildSyntax(article: Article, views: readonly SentenceView[] = sentenceViews(article)): SyntaxLayer {
  const layer: SyntaxLayer = { clauses: [], appositions: [], coordinations: [] };
  for (const view of views) {
    layer.clauses.push(...sentenceClauses(view));
    layer.appositions.push(...appositions(view, view.index));
    layer.coordinations.push(...coordinations(view, view.index));
  }
  return layer;
}

/** The stored clauses of sentence `index`, in order (empty when the syntax stage has not run). */
export function clausesOfSentence(article: Article, index: number): SyntaxClause[] {
  const all = article.syntax?.clauses ?? [];
  // Clauses are stored in sentence order: binary search for the first of this sentence.
  const out: SyntaxClause[] = [];
  for (let k = firstKeyFrom(all, index, (c) => c.sentence); k < all.length && all[k]!.sentence === index; k++) out.push(all[k]!);
  return out;
}

/**
 * The clause cut of a sentence view as word indices, read from article.syntax; cut afresh when the
 * layer does not cover the sentence (an article built without the syntax stage).
 */
export function clauseMapOf(article: Article, view: SentenceView): ClauseMap {
  const stored = clausesOfSentence(article, view.index);
  if (stored.length === 0) return splitClauses(view);
  const clauses: Clause[] = stored.map((c) => ({
    id: c.id,
    antecedent: c.antecedent >= 0 ? (view.mentions.find((m) => m.index === c.antecedent) ?? null) : null,
    sharesSubjectWith: c.sharesSubjectWith >= 0 ? c.sharesSubjectWith : null,
    conditional: c.conditional,
    reportedBy: c.reportedBy >= 0 ? c.reportedBy : null,
    relative: c.relative,
    ...(c.participial ? { participial: true } : {}),
  }));
  const of = view.words.map((w) => {
    const c = stored.find((s) => s.parts.some((p) => p.start <= w.start && w.end <= p.end));
    return c ? c.id : 0;
  });
  return { clauses, of };
}
