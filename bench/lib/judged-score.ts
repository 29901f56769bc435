/**
 * Scores dossier's event rows (judged-run.ts) against hand judgments (bench/data/judged-events-*.jsonl).
 *
 * A judged item is one happening in one sentence: the trigger words that may name it (`anchors`),
 * whether it is a real event of the sentence, the acceptable PLOVER types, the acceptable source
 * and target sets (or, for a symmetric happening such as a meeting, the acceptable sets of all
 * its parties), the acceptable shown dates (null: no date) and whether it is background.
 *
 * A current event belongs to the item of its sentence whose anchors share a word with its
 * trigger. Of several events of one item the first with an acceptable type (else the first) is
 * the event and the others are duplicates. Precision per aspect: real and not-duplicate over
 * every matched event; kind, source, target, date over the real non-duplicate ones; all-right
 * over every matched event. Events with no item are "unjudged".
 */
import { readFileSync } from 'node:fs';
import { type EventRow, sentenceKey } from './judged-run.js';

export interface JudgedItem {
  doc: string;
  sentence: { start: number; end: number; text: string };
  anchors: string[];
  real: boolean;
  plover: string[];
  symmetric?: boolean;
  actors?: string[][];
  source?: string[][];
  target?: string[][];
  date: (string | null)[];
  aspect: 'background' | null;
  note?: string;
}

export function loadJudged(path: string): JudgedItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as JudgedItem);
}

/** Words that do not identify a trigger on their own ("meeting with", "called for"). */
const LINK_WORDS = new Set(['with', 'for', 'of', 'to', 'the', 'a', 'an', 'on', 'in', 'out', 'off', 'up', 'into', 'from', 'by', 'held', 'hold', 'its', 'his', 'her']);

function contentWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w !== '' && !LINK_WORDS.has(w));
}

export interface Verdict {
  row: EventRow;
  item: JudgedItem;
  duplicate: boolean;
  real: boolean;
  kind: boolean;
  source: boolean;
  target: boolean;
  date: boolean;
  /** Gold background: the event is marked background. Gold not background: it is not. */
  aspect: boolean;
}

export interface Score {
  verdicts: Verdict[];
  unjudged: EventRow[];
  /** Events outside every judged sentence. */
  outside: number;
  /** Judged items no current event matches (a happening now missed, or a non-event now gone). */
  unmatched: JudgedItem[];
}

function matchesSet(row: EventRow, names: readonly string[], want: readonly string[]): boolean {
  const has = (entity: string, gold: string): boolean => {
    const g = gold.toLowerCase();
    return entity.toLowerCase() === g || (row.names[entity] ?? []).includes(g);
  };
  return want.every((g) => names.some((n) => has(n, g))) && names.every((n) => want.some((g) => has(n, g)));
}

function anySet(row: EventRow, names: readonly string[], alternatives: readonly string[][] | undefined): boolean {
  return (alternatives ?? [[]]).some((want) => matchesSet(row, names, want));
}

export function scoreRows(rows: readonly EventRow[], items: readonly JudgedItem[]): Score {
  const bySentence = new Map<string, JudgedItem[]>();
  for (const it of items) {
    const k = sentenceKey(it.doc, it.sentence);
    bySentence.set(k, [...(bySentence.get(k) ?? []), it]);
  }
  const unjudged: EventRow[] = [];
  let outside = 0;
  const byItem = new Map<JudgedItem, EventRow[]>();
  for (const row of rows) {
    const cands = bySentence.get(sentenceKey(row.doc, row.sentence));
    if (!cands) {
      outside++;
      continue;
    }
    const words = new Set(contentWords(row.trigger.text));
    let best: JudgedItem | null = null;
    let bestOverlap = 0;
    for (const it of cands) {
      const overlap = new Set(it.anchors.flatMap(contentWords).filter((w) => words.has(w))).size;
      if (overlap > bestOverlap) {
        best = it;
        bestOverlap = overlap;
      }
    }
    if (!best) unjudged.push(row);
    else byItem.set(best, [...(byItem.get(best) ?? []), row]);
  }
  const verdicts: Verdict[] = [];
  for (const [item, evs] of byItem) {
    const primary = evs.find((e) => item.plover.includes(e.plover)) ?? evs[0]!;
    for (const row of evs) {
      const duplicate = row !== primary;
      const real = item.real;
      const judged = real && !duplicate;
      let source = false;
      let target = false;
      if (judged && item.symmetric) {
        const all = [...new Set([...row.source, ...row.target, ...row.both])];
        source = target = anySet(row, all, item.actors);
      } else if (judged) {
        source = anySet(row, [...row.source, ...row.both], item.source);
        target = anySet(row, row.target, item.target);
      }
      verdicts.push({
        row,
        item,
        duplicate,
        real,
        kind: judged && item.plover.includes(row.plover),
        source,
        target,
        date: judged && item.date.includes(row.date),
        aspect: judged && (item.aspect === 'background') === (row.aspect === 'background'),
      });
    }
  }
  const unmatched = items.filter((it) => !byItem.has(it));
  return { verdicts, unjudged, outside, unmatched };
}

export interface Figures {
  events: number;
  real: number;
  notDuplicate: number;
  judged: number;
  kind: number;
  source: number;
  target: number;
  date: number;
  aspect: number;
  allRight: number;
}

export function figures(v: readonly Verdict[]): Figures {
  const judged = v.filter((x) => x.real && !x.duplicate);
  const n = (p: (x: Verdict) => boolean, of: readonly Verdict[]): number => of.filter(p).length;
  return {
    events: v.length,
    real: n((x) => x.real, v),
    notDuplicate: n((x) => !x.duplicate, v),
    judged: judged.length,
    kind: n((x) => x.kind, judged),
    source: n((x) => x.source, judged),
    target: n((x) => x.target, judged),
    date: n((x) => x.date, judged),
    aspect: n((x) => x.aspect, judged),
    allRight: n((x) => x.real && !x.duplicate && x.kind && x.source && x.target && x.date, v),
  };
}
