/**
 * npm run bench:recall [-- --misses]
 *
 * Recall of the main events a careful reader lists, on a few fully read articles that are not
 * seeds (bench/data/recall-events.jsonl; how they were chosen and read: bench/data/recall-README.md).
 * The documents are read from ../shared (VOA news records, public domain; WCXB ground-truth
 * article texts, CC-BY-4.0), ingested as JSON records by dossier (default pipeline and corpus
 * stages, in a temporary store: bench/lib/judged-run.ts), and each listed event is looked for
 * among dossier's event mentions of its document:
 *   - found: a mention whose sentence is one of the event's sentences (one contains the other
 *     after spaces and quotation marks are normalised, or 80% of the listed sentence's words are
 *     in it) and whose PLOVER type is in the listed type's family (FAMILY below);
 *   - right date: the date the timeline shows for it equals the listed one ("article": the
 *     publication day, as dossier's "on or before" date; "weekday:Tuesday": the last Tuesday on
 *     or before the publication day; "2006-02-10", "2025-10": that day or month, a day inside
 *     the month counts); events listed without a date (null) are not checked;
 *   - right actors: every listed actor is one of its participants (a participant's name or one
 *     of its mentions contains the listed name or is contained in it); events listed without
 *     named actors are not checked.
 * Events of a type outside PLOVER ("OTHER": reports, forecasts, acquisitions) cannot be found by
 * kind; they are counted in the totals and shown apart.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type EventRow, runDossier } from './lib/judged-run.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(root, '..', 'shared');
const VOA = join(SHARED, 'corpus', 'voa', 'gmb-docs.jsonl');
const WCXB = join(SHARED, 'bench', 'extract', 'wcxb-dev');
const EVENTS = join(root, 'bench', 'data', 'recall-events.jsonl');

/** The VOA records carry no date: each gets this one, so relative dates ("Tuesday") can be checked against it. */
export const VOA_ANCHOR = '2006-01-20';

export interface ListedEvent {
  doc: string;
  what: string;
  plover: string;
  date: string | null;
  actors: string[];
  sentences: string[];
}

/** PLOVER types a reader would accept for one another: one kind of happening, coded either way. */
const FAMILY: Record<string, string> = {
  CONSULT: 'consult',
  AGREE: 'agree',
  SUPPORT: 'agree',
  CONCEDE: 'agree',
  COOPERATE: 'cooperate',
  AID: 'cooperate',
  RETREAT: 'retreat',
  INVESTIGATE: 'investigate',
  DEMAND: 'verbal-conflict',
  DISAPPROVE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  SANCTION: 'sanction',
  PROTEST: 'protest',
  MOBILIZE: 'force',
  COERCE: 'force',
  FIGHT: 'violence',
  ASSAULT: 'violence',
};

export function family(plover: string): string | null {
  return FAMILY[plover] ?? null;
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[“”"‘’'`]/g, '')
    .replace(/\s+-\s+-\s+/g, ' -- ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether dossier's sentence is the listed sentence (see the header). */
export function sameSentence(listed: string, found: string): boolean {
  const a = normalise(listed);
  const b = normalise(found);
  if (a.length === 0 || b.length === 0) return false;
  if (a.includes(b) && b.length >= 0.5 * a.length) return true;
  if (b.includes(a)) return true;
  const words = a.split(' ');
  const have = new Set(b.split(' '));
  return words.filter((w) => have.has(w)).length >= 0.8 * words.length;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The day a listed date means for an article published on `anchor` ("weekday:Friday", "article", a calendar value). */
export function expectedDate(listed: string, anchor: string | null): string | null {
  if (listed === 'article') return anchor;
  const m = /^weekday:(\w+)$/i.exec(listed);
  if (!m) return listed;
  if (!anchor) return null;
  const want = WEEKDAYS.indexOf(m[1]!.toLowerCase());
  const day = new Date(`${anchor}T12:00:00Z`);
  while (day.getUTCDay() !== want) day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

export function rightDate(listed: string, anchor: string | null, shown: string | null): boolean {
  const want = expectedDate(listed, anchor);
  if (want === null || shown === null) return false;
  return shown === want || (want.length < shown.length && shown.startsWith(`${want}-`));
}

export function rightActors(listed: readonly string[], row: Pick<EventRow, 'names'>): boolean {
  const names = Object.values(row.names).map((all) => all.map((n) => n.toLowerCase()));
  return listed.every((actor) => {
    const a = actor.toLowerCase();
    return names.some((all) => all.some((n) => n === a || (n.length >= 4 && a.includes(n)) || n.includes(a)));
  });
}

export type Outcome = 'found' | 'other-kind' | 'missed';

export interface Scored {
  event: ListedEvent;
  outcome: Outcome;
  date: boolean | null;
  actors: boolean | null;
  /** What dossier has in the event's sentences, for the list of misses. */
  seen: string[];
}

/** Score one listed event against the event rows of its document. */
export function scoreEvent(event: ListedEvent, rows: readonly EventRow[], anchor: string | null): Scored {
  const inSentence = rows.filter((r) => event.sentences.some((s) => sameSentence(s, r.sentence.text)));
  const seen = inSentence.map((r) => `${r.kind}/${r.plover} "${r.trigger.text}" [${[...r.source, ...r.both].join(', ')} -> ${r.target.join(', ')}] @${r.date ?? '-'}`);
  const fam = family(event.plover);
  const same = fam === null ? [] : inSentence.filter((r) => family(r.plover) === fam);
  if (same.length === 0) return { event, outcome: inSentence.length > 0 ? 'other-kind' : 'missed', date: null, actors: null, seen };
  const dateOf = (r: EventRow): boolean | null => (event.date === null ? null : rightDate(event.date, anchor, r.date));
  const actorsOf = (r: EventRow): boolean | null => (event.actors.length === 0 ? null : rightActors(event.actors, r));
  // The best of the matching mentions: right date first, then right actors.
  const score = (r: EventRow): number => (dateOf(r) ? 2 : 0) + (actorsOf(r) ? 1 : 0);
  const best = [...same].sort((x, y) => score(y) - score(x))[0]!;
  return { event, outcome: 'found', date: dateOf(best), actors: actorsOf(best), seen };
}

export function loadListed(path: string): ListedEvent[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ListedEvent);
}

interface Doc {
  id: string;
  text: string;
  published: string | null;
  title?: string;
  url?: string;
}

function loadDocs(ids: ReadonlySet<string>): Doc[] {
  const docs: Doc[] = [];
  for (const line of readFileSync(VOA, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string };
    if (ids.has(`voa:${r.id}`)) docs.push({ id: `voa:${r.id}`, text: r.text, published: VOA_ANCHOR });
  }
  for (const id of ids) {
    if (!id.startsWith('wcxb:')) continue;
    const file = join(WCXB, 'ground-truth', `${id.slice(5)}.json`);
    const g = JSON.parse(readFileSync(file, 'utf8')) as { url: string; ground_truth: { main_content: string; title?: string; publish_date?: string | null } };
    const truth = g.ground_truth;
    docs.push({ id, text: truth.main_content, published: truth.publish_date ?? null, title: truth.title, url: g.url });
  }
  return docs;
}

function pct(k: number, n: number): string {
  return n === 0 ? '  -  ' : `${String(k).padStart(2)}/${String(n).padEnd(2)} ${((100 * k) / n).toFixed(0).padStart(3)}%`;
}

interface Tally {
  events: number;
  found: number;
  dated: number;
  dateRight: number;
  named: number;
  actorsRight: number;
}

function tally(scored: readonly Scored[]): Tally {
  const found = scored.filter((s) => s.outcome === 'found');
  return {
    events: scored.length,
    found: found.length,
    dated: found.filter((s) => s.date !== null).length,
    dateRight: found.filter((s) => s.date === true).length,
    named: found.filter((s) => s.actors !== null).length,
    actorsRight: found.filter((s) => s.actors === true).length,
  };
}

function tallyLine(name: string, t: Tally): string {
  return `${name.padEnd(24)} found ${pct(t.found, t.events)}  right date ${pct(t.dateRight, t.dated)} (of found, dated)  right actors ${pct(t.actorsRight, t.named)} (of found, named)`;
}

async function main(): Promise<void> {
  if (!existsSync(VOA) || !existsSync(WCXB)) {
    console.log(`bench:recall: ${existsSync(VOA) ? WCXB : VOA} is absent; skipped`);
    return;
  }
  const listed = loadListed(EVENTS);
  const ids = new Set(listed.map((e) => e.doc));
  const docs = loadDocs(ids);
  const missing = [...ids].filter((id) => !docs.some((d) => d.id === id));
  if (missing.length > 0) console.log(`bench:recall: documents not found in ../shared: ${missing.join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-recall-'));
  let rows: EventRow[];
  try {
    const file = join(dir, 'recall-docs.jsonl');
    writeFileSync(file, docs.map((d) => JSON.stringify({ id: d.id, text: d.text, published: d.published, title: d.title, url: d.url })).join('\n') + '\n');
    rows = await runDossier([file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const anchorOf = new Map(docs.map((d) => [d.id, d.published]));
  const scored = listed.map((e) =>
    scoreEvent(
      e,
      rows.filter((r) => r.doc === e.doc),
      anchorOf.get(e.doc) ?? null,
    ),
  );
  console.log(`Recall of listed main events: ${listed.length} events in ${docs.length} documents (${rows.length} dossier event mentions)`);
  for (const id of ids) console.log(tallyLine(id, tally(scored.filter((s) => s.event.doc === id))));
  console.log(tallyLine('total', tally(scored)));
  console.log(tallyLine('total, PLOVER-typed', tally(scored.filter((s) => s.event.plover !== 'OTHER'))));
  const other = scored.filter((s) => s.event.plover === 'OTHER').length;
  console.log(`(${other} listed events have no PLOVER type: reports, forecasts, acquisitions; dossier has no kind for them)`);
  const byOutcome = (o: Outcome): number => scored.filter((s) => s.outcome === o && s.event.plover !== 'OTHER').length;
  console.log(`PLOVER-typed not found: ${byOutcome('missed')} with no event in the sentence, ${byOutcome('other-kind')} with events of another kind there`);
  if (process.argv.includes('--misses')) {
    for (const s of scored) {
      if (s.outcome === 'found' && s.date !== false && s.actors !== false) continue;
      const what = s.outcome !== 'found' ? s.outcome : [s.date === false ? 'wrong date' : '', s.actors === false ? 'wrong actors' : ''].filter(Boolean).join(', ');
      console.log(`- ${s.event.doc} [${s.event.plover} @${s.event.date ?? '-'} ${s.event.actors.join(', ')}] ${s.event.what}: ${what}`);
      for (const x of s.seen) console.log(`    dossier: ${x}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
