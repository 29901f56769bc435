/**
 * The timeline dev set: hand-made reference timelines (bench/data/timelines/*.json, see the
 * README there) over topic clusters of bench news documents, and the documents themselves as
 * dossier records. AQUAINT and TimeBank documents (TempEval-3 TimeML) become plain-text records:
 * the text of <TEXT> with the tags stripped, the document creation time as `published`, and the
 * outlet (from the id prefix: APW, NYT, XIE, WSJ, CNN, ...) as `source`, so that one outlet's
 * repeats can be told apart from independent reports.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadTimeML } from './time-gold.js';

const here = dirname(fileURLToPath(import.meta.url));
export const TIMELINES_DIR = join(here, '..', 'data', 'timelines');
export const BENCH_DIR = join(here, '..', '..', '..', 'shared', 'bench');

const DateValue = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD');

export const ReferenceSchema = z.object({
  id: z.string(),
  split: z.enum(['dev', 'held-out']),
  title: z.string(),
  corpus: z.enum(['tbaq/AQUAINT', 'tbaq/TimeBank']),
  documents: z.array(z.string()).min(1),
  timeline: z
    .array(
      z.object({
        date: DateValue,
        what: z.string(),
        /** Word beginnings (lowercase) one of which a shown event's sentence must contain to match this entry. */
        words: z.array(z.string()).min(1),
        documents: z.array(z.string()).min(1),
      }),
    )
    .min(1)
    .max(10),
});
export type Reference = z.infer<typeof ReferenceSchema>;

/** Every reference timeline, checked; a file that does not fit the schema stops the bench with its name. */
export function loadReferences(dir = TIMELINES_DIR): Reference[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'baseline.json')
    .sort()
    .map((f) => {
      const parsed = ReferenceSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      for (const e of parsed.data.timeline) {
        const unknown = e.documents.filter((d) => !parsed.data.documents.includes(d));
        if (unknown.length) throw new Error(`${f}: ${e.date} cites documents outside the topic: ${unknown.join(', ')}`);
      }
      return parsed.data;
    });
}

/** The outlet from the id prefix (AQUAINT and TimeBank name documents by source). */
const AGENCY: Record<string, string> = {
  APW: 'Associated Press',
  AP9: 'Associated Press',
  NYT: 'The New York Times',
  XIE: 'Xinhua',
  WSJ: 'The Wall Street Journal',
  CNN: 'CNN',
  PRI: 'Public Radio International',
  ABC: 'ABC News',
  VOA: 'Voice of America',
};

export interface BenchRecord {
  id: string;
  text: string;
  published: string;
  source: string;
}

export function tbaqDir(root = BENCH_DIR): string {
  return join(root, 'time', 'tbaq');
}

/** One TimeML document (AQUAINT or TimeBank) as a record, or an error naming the file when it has no text or no creation time. */
export function timemlRecord(corpus: Reference['corpus'], id: string, root = BENCH_DIR): BenchRecord {
  const path = join(root, 'time', corpus, `${id}.tml`);
  if (!existsSync(path)) throw new Error(`${path}: no such document`);
  const doc = loadTimeML(path);
  const text = doc.text.trim();
  if (!text || !doc.anchor) throw new Error(`${path}: no text or no document creation time`);
  return { id, text, published: doc.anchor, source: AGENCY[id.slice(0, 3)] ?? id.slice(0, 3) };
}
