/**
 * npm run bench:claims                       score the current claims on the hand-judged sample
 * npm run bench:claims -- --sample 40 --seed 7 [--from export.json]
 *                                            print N random claims (train/dev documents only) to judge
 *
 * Data: bench/data/judged-claims-voa.jsonl (VOA news, public domain), one figure per line:
 * `{documentId, record, sentence: {start,end}, figure: {start,end}, text, figureText, gold, judged}`.
 * `gold` says what a careful reader takes from the sentence: `claim` (false when the figure is
 * no claim, e.g. "one of them"), `value`, `qualifier`, `vague`, `subject` (alternatives, each a
 * list of words the subject must contain; null when no subject beyond the unit can be read) and
 * `claimant` (the name of whose figure it is, null for the outlet). `judged.before/after` keep
 * the hand verdicts on the program's output before and after the qualifier/vague/subject work.
 *
 * The scorer runs the documents through dossier's pipeline and matches each gold figure to the
 * claim whose quantity overlaps it (same document). Per aspect it reports the share right over
 * the gold claims; claims made on spots that are no claim count as false claims.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Claim } from '../src/core/types.js';
import { loadVoa, voaIndex, voaPath } from './lib/claims-corpus.js';
import { seededRandom } from '../src/core/random.js';

interface Gold {
  claim: boolean;
  value?: number;
  qualifier?: string | null;
  vague?: boolean;
  subject?: string[][] | null;
  claimant?: string | null;
}
type Verdict = Record<'value' | 'qualifier' | 'subject' | 'claimant', boolean> & { found: boolean };
interface Judged {
  documentId: string;
  record: string;
  sentence: { start: number; end: number };
  figure: { start: number; end: number };
  text: string;
  figureText: string;
  gold: Gold;
  judged?: { before?: Verdict | null; after?: Verdict | null };
  sample?: string[];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const r = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

const stem = (w: string): string => w.toLowerCase().replace(/(?:ing|ed|es|s)$/, '');
const wordsOf = (s: string): string[] => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);

function subjectRight(gold: Gold, subject: string | null): boolean {
  if (gold.subject === null || gold.subject === undefined) return subject === null;
  if (subject === null) return false;
  const have = new Set(wordsOf(subject));
  return gold.subject.some((alt) => alt.every((w) => wordsOf(w).every((x) => have.has(x))));
}

function claimantRight(gold: Gold, name: string | null): boolean {
  const g = gold.claimant ?? null;
  if (g === null || name === null) return g === name;
  const a = g.toLowerCase();
  const b = name.toLowerCase();
  return a.includes(b) || b.includes(a);
}

const dataPath = fileURLToPath(new URL('./data/judged-claims-voa.jsonl', import.meta.url));

async function printSample(n: number, seed: number, from: string | undefined): Promise<void> {
  const index = await voaIndex();
  if (!index) return void console.log(`skipped: ${voaPath()} not found`);
  const dev = (id: string): boolean => index.get(id)?.split !== 'test';
  let rows: { documentId: string; record: string; sentence: { start: number; end: number }; figure: { start: number; end: number } | null; text: string; value: number; unit: string | null; qualifier: unknown; vague: unknown; subject: string | null; claimant: string | null }[];
  if (from) {
    const claims = JSON.parse(readFileSync(from, 'utf8')) as Record<string, unknown>[];
    rows = claims.map((c) => ({
      documentId: String(c.documentId), record: index.get(String(c.documentId))?.record ?? '', sentence: { start: Number(c.start), end: Number(c.end) },
      figure: (c.figure as { start: number; end: number } | undefined) ?? null, text: String(c.text), value: Number(c.value), unit: (c.unit as string | null) ?? null,
      qualifier: c.qualifier ?? null, vague: c.vague ?? false, subject: (c.subject as string | null) ?? null, claimant: (c.claimant as string | null) ?? (c.claimantText as string | null) ?? null,
    }));
  } else {
    const docs = (await loadVoa())!;
    rows = docs.flatMap(({ article: a, record }) =>
      a.claims.map((c: Claim) => {
        const q = a.quantities[c.quantity]!;
        return {
          documentId: a.id, record, sentence: { start: c.start, end: c.end }, figure: { start: q.start, end: q.end }, text: a.text.slice(c.start, c.end),
          value: c.value, unit: c.unit, qualifier: c.qualifier, vague: c.vague ?? false, subject: c.subject,
          claimant: c.claimant >= 0 ? (a.entities[c.claimant]?.name ?? null) : (c.claimantText ?? null),
        };
      }),
    );
  }
  const pool = rows.filter((r) => dev(r.documentId));
  console.error(`${rows.length} claims, ${pool.length} in train/dev documents; sampling ${n} with seed ${seed}`);
  for (const r of sample(pool, n, seed)) console.log(JSON.stringify(r));
}

async function score(): Promise<void> {
  if (!existsSync(dataPath)) return void console.log(`skipped: ${dataPath} not found`);
  const judged = readFileSync(dataPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Judged);
  const docs = await loadVoa(new Set(judged.map((j) => j.documentId)));
  if (!docs) return void console.log(`skipped: ${voaPath()} not found`);
  const byId = new Map(docs.map((d) => [d.article.id, d.article]));
  const totals = { gold: 0, found: 0, value: 0, qualifier: 0, subject: 0, claimant: 0, notClaims: 0, falseClaims: 0 };
  const errors: string[] = [];
  for (const j of judged) {
    const a = byId.get(j.documentId);
    if (!a || a.text.slice(j.sentence.start, j.sentence.end) !== j.text) {
      errors.push(`text moved: ${j.record} ${j.figureText}`);
      continue;
    }
    const c = a.claims.find((x) => {
      const q = a.quantities[x.quantity]!;
      return q.start < j.figure.end && j.figure.start < q.end;
    });
    if (!j.gold.claim) {
      totals.notClaims++;
      if (c) {
        totals.falseClaims++;
        errors.push(`false claim: "${j.figureText}" in "${j.text.slice(0, 100)}"`);
      }
      continue;
    }
    totals.gold++;
    if (!c) {
      errors.push(`missed: "${j.figureText}" in "${j.text.slice(0, 100)}"`);
      continue;
    }
    totals.found++;
    const g = j.gold;
    const valueOk = c.value === g.value && (c.vague ?? false) === (g.vague ?? false);
    const qualifierOk = (c.qualifier ?? null) === (g.qualifier ?? null);
    const subjectOk = subjectRight(g, c.subject);
    const name = c.claimant >= 0 ? (a.entities[c.claimant]?.name ?? null) : (c.claimantText ?? null);
    const claimantOk = claimantRight(g, name);
    totals.value += +valueOk;
    totals.qualifier += +qualifierOk;
    totals.subject += +subjectOk;
    totals.claimant += +claimantOk;
    const bad = [!valueOk && `value ${c.value}${c.vague ? ' vague' : ''} (gold ${g.value}${g.vague ? ' vague' : ''})`, !qualifierOk && `qualifier ${c.qualifier} (gold ${g.qualifier ?? null})`, !subjectOk && `subject "${c.subject}" (gold ${JSON.stringify(g.subject)})`, !claimantOk && `claimant ${name} (gold ${g.claimant ?? null})`].filter(Boolean);
    if (bad.length) errors.push(`"${j.figureText}": ${bad.join('; ')}`);
  }
  const pct = (k: number, n: number): string => (n ? `${((100 * k) / n).toFixed(1)}% (${k}/${n})` : 'n/a');
  console.log(`claims on ${judged.length} hand-judged figures of ${docs.length} VOA documents (${dataPath})`);
  console.log(`  gold claims found: ${pct(totals.found, totals.gold)}; false claims on non-claims: ${totals.falseClaims}/${totals.notClaims}`);
  console.log(`  of found: value ${pct(totals.value, totals.found)}, qualifier ${pct(totals.qualifier, totals.found)}, subject ${pct(totals.subject, totals.found)}, claimant ${pct(totals.claimant, totals.found)}`);
  for (const stage of ['before', 'after'] as const) {
    const vs = judged.filter((j) => j.sample?.includes(stage)).map((j) => j.judged?.[stage]).filter((v): v is Verdict => !!v);
    if (vs.length === 0) continue;
    const n = vs.length;
    const k = (f: keyof Verdict): number => vs.filter((v) => v[f]).length;
    console.log(`  hand verdicts, random sample of the ${stage} output (${n} claims): value ${pct(k('value'), n)}, qualifier ${pct(k('qualifier'), n)}, subject ${pct(k('subject'), n)}, claimant ${pct(k('claimant'), n)}`);
  }
  if (process.argv.includes('--errors')) for (const e of errors) console.log(`  - ${e}`);
}

const n = arg('--sample');
if (n) await printSample(Number(n), Number(arg('--seed') ?? 7), arg('--from'));
else await score();
