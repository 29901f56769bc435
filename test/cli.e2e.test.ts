/**
 * The CLI end to end on the example corpus (examples/: the five seed articles), through the
 * built program as a user runs it. Every expected fact below was checked by hand against the
 * articles (see the comments).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DossierExport } from '../src/report/export.js';
import { dossier, examples, root } from './cli.test-util.js';

let db: string;
let exported: DossierExport;

const docBySource = (name: string) => exported.documents.find((d) => d.source.endsWith(name))!;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'run.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  db = join(mkdtempSync(join(tmpdir(), 'dossier-e2e-')), 'e2e.db');
  const r = dossier(db, 'ingest', examples);
  expect(r.status).toBe(0);
  exported = JSON.parse(dossier(db, 'export', '--format', 'json').stdout) as DossierExport;
}, 120_000);

describe('dossier on the example corpus', () => {
  it('stores six articles from five files: seed 000 holds two', () => {
    expect(exported.documents).toHaveLength(6);
    const parts = exported.documents.filter((d) => d.source.includes('000_2d915ef59ac00f6a.txt'));
    expect(parts.map((d) => d.title)).toEqual([
      '‘Much higher, much bigger’: In meeting with Pakistani PM, Putin highlights potential for economic cooperation',
      'Pakistan’s president condemns Kabul blast, accuses Taliban of allowing militant ‘safe havens’',
    ]);
  });

  it('dates articles only from what supports it', () => {
    // 000 part 1: "Updated 18 October 2023"; part 2: "Updated 12 sec ago" (no date).
    expect(docBySource('000_2d915ef59ac00f6a.txt#1').published.value).toBe('2023-10-18');
    // 001: a leading "date 2023-10-18" line.
    expect(docBySource('001_906728a748062fee.txt').published.value).toBe('2023-10-18');
    // 003: "Tuesday, April 16, 2024" is the site header's date (the page capture), not the article's.
    const gvs = docBySource('003_786861bfe34b1664.txt');
    expect(gvs.captured).toBe('2024-04-16');
    expect(gvs.published.value === null || gvs.published.confidence <= 0.3).toBe(true);
    expect(gvs.published.value).not.toBe('2024-04-16');
  });

  it('merges the Kakar–Putin meeting reported by 000 and 001 into one event dated 17 October 2023', () => {
    // 001: "Kakar met Russian President Vladimir Putin in Beijing on Tuesday" with the article dated
    // 2023-10-18 (a Wednesday): Tuesday = 2023-10-17. 000 reports the same meeting in Beijing.
    const putin = exported.entities.find((e) => e.name === 'Vladimir Putin')!;
    const kakar = exported.entities.find((e) => e.type === 'person' && e.name.includes('Kakar'))!;
    expect(putin).toBeDefined();
    expect(kakar.aliases.concat(kakar.name)).toEqual(expect.arrayContaining(['Anwaarul Haq Kakar', 'Anwaar-ul-Haq Kakar']));
    const meetings = exported.events.filter((e) => e.kind === 'meet' && e.participants.includes(putin.id) && e.participants.includes(kakar.id));
    expect(meetings).toHaveLength(1);
    const meeting = meetings[0]!;
    expect(meeting.date.value).toBe('2023-10-17');
    expect(meeting.type).toBe('CONSULT');
    const sourceFiles = new Set(meeting.documents.map((id) => exported.documents.find((d) => d.id === id)!.source.replace(/^.*\//, '').replace(/#\d+$/, '')));
    expect([...sourceFiles].sort()).toEqual(['000_2d915ef59ac00f6a.txt', '001_906728a748062fee.txt']);
    // Every citation points at the sentence in that document's text.
    const cited = meeting.sources.map((s) => exported.documents.find((d) => d.id === s.documentId)!.text.slice(s.start, s.end));
    expect(cited.some((t) => t.includes('met Russian President Vladimir Putin in Beijing on Tuesday'))).toBe(true);
  });

  it('joins the two spellings of Qureshi and dates the undated seed 004 from the event it shares with 002', () => {
    const qureshi = exported.entities.filter((e) => e.type === 'person' && /Qureshi$/.test(e.name));
    expect(qureshi).toHaveLength(1);
    expect([qureshi[0]!.name, ...qureshi[0]!.aliases]).toEqual(expect.arrayContaining(['Shah Mehmood Qureshi', 'Shah Mahmood Qureshi']));
    // 004 has no date of its own; 002 (captions dated April 7, 2021; "Russia reaffirmed Wednesday")
    // reports the same Lavrov–Qureshi talks, held on Wednesday 7 April 2021.
    const d004 = docBySource('004_cacf3857156944ce.txt');
    expect(d004.published.value).toBe('2021-04-07');
    expect(d004.published.evidence).toMatch(/^event-propagation/);
  });

  it('attributes quotes to their speakers', () => {
    const putin = exported.entities.find((e) => e.name === 'Vladimir Putin')!;
    const q = exported.quotes.find((x) => x.text.startsWith('The trade between our countries has increased'));
    expect(q?.speaker).toBe(putin.id);
    const lavrov = exported.entities.find((e) => e.name === 'Sergey Lavrov')!;
    const l = exported.quotes.find((x) => x.text.startsWith('We stand ready to strengthen the anti-terrorist potential of Pakistan'));
    expect(l?.speaker).toBe(lavrov.id);
  });

  it('reads figures as numbers', () => {
    // 002: "trade between Russia and Pakistan last year hitting an all-time high of $790 million"
    const trade = exported.claims.find((c) => c.value === 790_000_000);
    expect(trade?.unit).toBe('USD');
    expect(trade?.subject.toLowerCase()).toContain('trade');
  });

  it('prints the timeline in date order with sources, and filters it', () => {
    const text = dossier(db, 'timeline').stdout;
    expect(text).toContain('2023-10-17');
    const dates = [...text.matchAll(/^(?:on or before )?(\d{4}(?:-\d{2}){0,2})\b/gm)].map((m) => m[1]!);
    expect(dates.length).toBeGreaterThan(2);
    expect([...dates].sort()).toEqual(dates);
    const json = JSON.parse(dossier(db, 'timeline', '--format', 'json', '--entity', 'Lavrov', '--from', '2021-01-01', '--to', '2021-12-31').stdout) as { participantNames: string[]; date: { value: string } }[];
    expect(json.length).toBeGreaterThan(0);
    for (const e of json) {
      expect(e.participantNames.join(' ')).toContain('Lavrov');
      expect(e.date.value.startsWith('2021')).toBe(true);
    }
    const md = dossier(db, 'timeline', '--format', 'md', '--dates', '1', '--per-date', '1').stdout;
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| When') && !l.startsWith('| ---'))).toHaveLength(1);
  });

  it('adds nothing when the same inputs are ingested again', () => {
    const r = dossier(db, 'ingest', examples);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/ingested 0 document\(s\) from 0 input\(s\); skipped 5 already present; failed 0/);
  });

  it('reports each bad input on one line, goes on with the rest, and fails only when nothing could be ingested', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bad-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'broken.json'), '{"text": ');
    writeFileSync(join(dir, 'records.jsonl'), '{"title": "no body"}\n{"text": "Russian President Vladimir Putin telephoned Prime Minister Imran Khan on Wednesday.", "published": "2021-08-25", "title": "A call"}\n');
    const dbDir = mkdtempSync(join(tmpdir(), 'dossier-bad-db-'));
    const fresh = join(dbDir, 'bad.db');
    const r = dossier(fresh, 'ingest', dir);
    expect(r.status).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('[E_INPUT_'))).toHaveLength(4);
    expect(r.stderr).toMatch(/empty\.txt: .*\[E_INPUT_EMPTY\]/);
    expect(r.stderr).toMatch(/image\.txt: .*\[E_INPUT_BINARY\]/);
    expect(r.stderr).toMatch(/broken\.json: .*\[E_INPUT_JSON\]/);
    expect(r.stderr).toMatch(/records\.jsonl:1: .*\[E_INPUT_NO_TEXT\]/);
    expect(r.stderr).toMatch(/ingested 1 document/);
    const onlyBad = dossier(join(dbDir, 'bad2.db'), 'ingest', join(dir, 'empty.txt'), join(dir, 'nowhere.txt'));
    expect(onlyBad.status).toBe(1);
    expect(onlyBad.stderr).toMatch(/nowhere\.txt: cannot read: no such file or folder \(ENOENT\) \[E_INPUT_UNREADABLE\]/);
  });

  it('keeps a record id as externalId, warns when two records share one, and lets timeline --document take it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-ids-'));
    const file = join(dir, 'wire.jsonl');
    writeFileSync(
      file,
      [
        { id: 'w-1', text: 'Russian President Vladimir Putin telephoned Prime Minister Imran Khan on 25 August 2021.', desk: 'asia' },
        { id: 7, text: 'Floods in Libya killed thousands in the city of Derna on 11 September 2023, officials said.' },
        { id: 'w-1', text: 'Germany announced new aid for Ukraine on 20 September 2023.' },
      ].map((r) => JSON.stringify(r)).join('\n') + '\n',
    );
    const store = join(mkdtempSync(join(tmpdir(), 'dossier-ids-db-')), 'ids.db');
    const r = dossier(store, 'ingest', file);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`warning: record id "w-1" is used by two records with different content: ${file}:1 and ${file}:3; both are kept`);
    expect(r.stderr).toMatch(/ingested 3 document/);
    const out = JSON.parse(dossier(store, 'export', '--format', 'json').stdout) as DossierExport;
    expect(out.documents.map((d) => [d.externalId, d.text.slice(0, 12)])).toEqual([
      ['w-1', 'Russian Pres'],
      ['7', 'Floods in Li'],
      ['w-1', 'Germany anno'],
    ]);
    expect(out.documents[0]!.metadata).toEqual({ desk: 'asia' });
    const derna = out.documents[1]!;
    const byExternal = JSON.parse(dossier(store, 'timeline', '--format', 'json', '--document', '7').stdout) as { sources: { documentId: string }[] }[];
    const byId = JSON.parse(dossier(store, 'timeline', '--format', 'json', '--document', derna.id).stdout) as unknown[];
    expect(byExternal.length).toBeGreaterThan(0);
    expect(byExternal).toEqual(byId);
    for (const e of byExternal) expect(e.sources.some((s) => s.documentId === derna.id)).toBe(true);
    const unknown = dossier(store, 'timeline', '--document', 'nope');
    expect(unknown.status).toBe(2); // a usage error, as main.ts exits on E_USAGE
    expect(unknown.stderr).toMatch(/--document nope: no stored document.*\[E_USAGE\]/);
  });

  it('exports every format, each readable by a real reader and agreeing with the JSON export', () => {
    const events = exported.events.length;
    const dated = exported.events.filter((e) => e.date.value !== null).length;
    // jsonl: one typed record a line, as many of each as the JSON export holds.
    const jsonl = dossier(db, 'export', '--format', 'jsonl').stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(jsonl.filter((r) => r.type === 'event')).toHaveLength(events);
    expect(jsonl.filter((r) => r.type === 'document')).toHaveLength(6);
    expect(jsonl).toHaveLength(6 + exported.entities.length + events + exported.quotes.length + exported.claims.length + exported.discrepancies.length);
    // csv: a folder of tables.
    const dir = join(mkdtempSync(join(tmpdir(), 'dossier-csv-')), 'tables');
    expect(dossier(db, 'export', '--format', 'csv', '--out', dir).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['claims.csv', 'discrepancies.csv', 'documents.csv', 'entities.csv', 'event_sources.csv', 'events.csv', 'quotes.csv']);
    const rows = (name: string) => parseCsv(readFileSync(join(dir, name), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows('events.csv')).toHaveLength(events);
    expect(rows('event_sources.csv')).toHaveLength(exported.events.reduce((n, e) => n + e.sources.length, 0));
    const docs = rows('documents.csv');
    expect(docs.map((d) => d.text)).toEqual(exported.documents.map((d) => d.text));
    // graphml: entities and events as nodes, edges only between nodes.
    const xml = dossier(db, 'export', '--format', 'graphml').stdout;
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = (new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'node' || n === 'edge' }).parse(xml) as { graphml: { graph: { node: { '@_id': string }[]; edge: { '@_source': string; '@_target': string }[] } } }).graphml.graph;
    expect(g.node).toHaveLength(exported.entities.length + events);
    const ids = new Set(g.node.map((n) => n['@_id']));
    for (const e of g.edge) expect(ids.has(e['@_source']) && ids.has(e['@_target'])).toBe(true);
    expect(g.edge.length).toBeGreaterThanOrEqual(exported.events.reduce((n, e) => n + e.participants.length, 0));
    // timelinejs: the dated events; the undated ones counted on stderr.
    const tl = dossier(db, 'export', '--format', 'timelinejs');
    const timeline = JSON.parse(tl.stdout) as { events: { start_date: { year: number }; text: { headline: string } }[] };
    expect(timeline.events).toHaveLength(dated);
    expect(tl.stderr).toContain(`left out ${events - dated} undated event(s)`);
    for (const e of timeline.events) expect(Number.isInteger(e.start_date.year)).toBe(true);
    // 001: "Kakar met Russian President Vladimir Putin in Beijing on Tuesday".
    expect(timeline.events.map((e) => e.text.headline)).toContainEqual(expect.stringMatching(/Kakar met Vladimir Putin in Beijing$/));
    // plover: one record a line, every cited sentence at its offsets.
    const plover = dossier(db, 'export', '--format', 'plover').stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { event_type: string; sentences: { document_id: string; start: number; end: number; text: string }[] });
    expect(plover).toHaveLength(events);
    for (const r of plover) {
      expect(r.event_type).toMatch(/^[A-Z]+$/);
      for (const s of r.sentences) expect(exported.documents.find((d) => d.id === s.document_id)!.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim()).toBe(s.text);
    }
    // md: a report with its sections.
    const md = dossier(db, 'export', '--format', 'md').stdout;
    expect(md.match(/^## .*/gm)).toEqual(expect.arrayContaining(['## Timeline', "## Who's who", '## Quotes', '## Claims', '## Sources']));
  });

  it('refuses a csv export without a folder to write to', () => {
    const r = dossier(db, 'export', '--format', 'csv');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format csv writes one file per table: give --out FOLDER \[E_USAGE\]/);
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-csv-file-')), 'taken.txt');
    writeFileSync(file, 'x');
    expect(dossier(db, 'export', '--format', 'csv', '--out', file).stderr).toMatch(/taken\.txt: --format csv needs a folder for --out.*\[E_USAGE\]/);
  });

  it('says clearly when there is no store yet', () => {
    const r = dossier(join(tmpdir(), 'no-such-dir-dossier', 'x.db'), 'timeline');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no store here.*\[E_NOT_FOUND\]/);
  });
});
