import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDocuments } from '../cli/commands/report.js';
import type { Article } from '../core/types.js';
import { buildExport } from '../report/export.js';
import { buildTimeline } from '../report/timeline.js';
import { SqliteStore } from '../store/sqlite.js';
import { ingest } from './ingest.js';
import { defaultPipeline } from './pipeline.js';

const now = new Date('2026-11-22T00:00:00Z');

const records = [
  { id: 101, text: 'Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on 4 September 2023 to discuss grain exports.', desk: 'world', tags: ['grain', 'turkey'] },
  { id: 'b-2', text: 'Floods in Libya killed thousands in the city of Derna on 11 September 2023, officials said.', url: 'https://example.com/derna' },
  { id: 101, text: 'A different story that reuses the id: Germany announced new aid for Ukraine on 20 September 2023.', desk: 'europe' },
  { text: 'A record without an id: the central bank raised rates on 21 September 2023.' },
];

describe('record ids and fields', () => {
  it('keeps each record id as externalId and its other fields as metadata, and warns on a reused id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-recids-'));
    const file = join(dir, 'wire.jsonl');
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const store = new SqliteStore(join(dir, 'x.db'));
    const summary = await ingest([file], { store, pipeline: defaultPipeline(), now });
    expect(summary.failed).toEqual([]);
    expect(summary.documents).toBe(4); // both records with id 101 are kept
    expect(summary.warnings).toEqual([`record id "101" is used by two records with different content: ${file}:1 and ${file}:3; both are kept`]);

    const articles: Article[] = [];
    for await (const a of store.articles()) articles.push(a);
    const exported = JSON.parse(JSON.stringify(buildExport(articles, await store.loadCorpus(), now))) as ReturnType<typeof buildExport>;
    const docs = exported.documents;
    expect(docs.map((d) => d.externalId)).toEqual(['101', 'b-2', '101', null]);
    const byText = (start: string) => docs.find((d) => d.text.startsWith(start))!;
    expect(byText('Turkish President').externalId).toBe('101');
    expect(byText('Turkish President').metadata).toEqual({ desk: 'world', tags: ['grain', 'turkey'] });
    expect(byText('Floods in Libya').externalId).toBe('b-2');
    expect(byText('Floods in Libya').metadata).toEqual({});
    expect(byText('Floods in Libya').url).toBe('https://example.com/derna');
    expect(byText('A different story').externalId).toBe('101');
    expect(byText('A different story').metadata).toEqual({ desk: 'europe' });
    expect(byText('A record without').externalId).toBeNull();
    expect(byText('A record without').metadata).toEqual({});

    // timeline --document: dossier's id and the record's own id pick the same document.
    const labels = new Map(articles.map((a) => [a.id, { source: a.source, title: a.title }]));
    const externalIds = new Map<string, string[]>();
    for (const a of articles) if (a.externalId) externalIds.set(a.externalId, [...(externalIds.get(a.externalId) ?? []), a.id]);
    const derna = byText('Floods in Libya').id;
    expect(resolveDocuments(['b-2'], { docs: labels, externalIds })).toEqual([derna]);
    expect(resolveDocuments([derna], { docs: labels, externalIds })).toEqual([derna]);
    expect(resolveDocuments(['101'], { docs: labels, externalIds }).sort()).toEqual([byText('Turkish President').id, byText('A different story').id].sort());
    expect(() => resolveDocuments(['nope'], { docs: labels, externalIds })).toThrow(/--document nope/);

    const corpus = await store.loadCorpus();
    const all = buildTimeline(corpus);
    const only = buildTimeline(corpus, { documents: [derna] });
    expect(only.length).toBeGreaterThan(0);
    expect(only.length).toBeLessThan(all.length);
    for (const e of only) expect(e.event.sources.some((s) => s.documentId === derna)).toBe(true);

    // A later ingest reusing a stored record's id warns too, naming the stored document's source.
    const later = join(dir, 'later.jsonl');
    writeFileSync(later, JSON.stringify({ id: 'b-2', text: 'Another text under the id b-2: rains returned to Derna on 2 October 2023.' }) + '\n');
    const again = await ingest([later], { store, pipeline: defaultPipeline(), now, corpus: false });
    expect(again.documents).toBe(1);
    expect(again.warnings).toEqual([`record id "b-2" is used by two records with different content: https://example.com/derna and ${later}:1; both are kept`]);
    await store.close();
  }, 60_000);
});
