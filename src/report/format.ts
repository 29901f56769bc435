import { basename } from 'node:path';
import type { CorpusResult, Entity } from '../corpus/types.js';
import type { TimelineEntry } from './timeline.js';

export type OutputFormat = 'text' | 'md' | 'json';

/** What a report needs to name a document. */
export interface DocLabel {
  source: string;
  title: string | null;
}

export type DocLabels = Map<string, DocLabel>;

function label(docs: DocLabels, id: string): string {
  const d = docs.get(id);
  if (!d) return id;
  const src = /^https?:/.test(d.source) ? d.source : basename(d.source);
  return d.title ? `${src} (“${truncate(d.title, 60)}”)` : src;
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function dateNote(e: TimelineEntry): string {
  const d = e.event.date;
  if (!d.value) return 'no date in the sources';
  const quote = d.quote ? ` “${d.quote}”` : '';
  return `${d.evidence}${quote}, confidence ${d.confidence.toFixed(2)}`;
}

export function formatTimeline(entries: readonly TimelineEntry[], format: OutputFormat, docs: DocLabels): string {
  if (format === 'json') {
    return JSON.stringify(
      entries.map((e) => ({
        when: e.when,
        precision: e.precision,
        ...e.event,
        participantNames: e.participants,
        locationName: e.location,
      })),
      null,
      2,
    );
  }
  if (entries.length === 0) return format === 'md' ? '_No events._' : 'No events.';
  const lines: string[] = [];
  if (format === 'md') lines.push('| When | What | Who | Where | Sources |', '| --- | --- | --- | --- | --- |');
  for (const e of entries) {
    const kind = `${e.event.future ? 'planned ' : ''}${e.event.kind} [${e.event.type}]`;
    const docsList = e.event.documents.map((d) => label(docs, d));
    if (format === 'md') {
      const cell = (s: string): string => s.replace(/\|/g, '\\|');
      lines.push(
        `| ${cell(e.when)} (${e.precision}) | ${cell(kind)}: ${cell(e.event.summary)} | ${cell(e.participants.join(', '))} | ${cell(e.location ?? '')} | ${cell(docsList.join('; '))} |`,
      );
    } else {
      lines.push(`${e.when.padEnd(10)}  ${kind}  ${e.participants.join(', ')}${e.location ? ` @ ${e.location}` : ''}`);
      lines.push(`            ${e.event.summary}`);
      lines.push(`            date: ${e.precision}; ${dateNote(e)}`);
      lines.push(`            sources (${docsList.length}): ${docsList.join('; ')}`);
      lines.push('');
    }
  }
  return lines.join('\n').trimEnd();
}

export function formatEntities(entities: readonly Entity[], format: OutputFormat, names: Map<string, string>): string {
  if (format === 'json') return JSON.stringify(entities, null, 2);
  const lines: string[] = format === 'md' ? ['| Name | Type | Roles | Also called | Mentions |', '| --- | --- | --- | --- | --- |'] : [];
  for (const e of entities) {
    const last = (r: Entity['roles'][number]): string | null => r.lastSeen ?? r.asOf;
    const roles = e.roles.map((r) => `${r.title}${r.of ? ` of ${names.get(r.of) ?? r.of}` : ''}${r.asOf ? ` (${r.asOf === last(r) ? r.asOf : `${r.asOf} to ${last(r)}`})` : ''}`);
    const uniqueRoles = [...new Set(roles)];
    if (format === 'md') lines.push(`| ${e.name} | ${e.type} | ${uniqueRoles.join('; ')} | ${e.aliases.join('; ')} | ${e.mentions} |`);
    else {
      lines.push(`${e.name}  [${e.type}${e.country ? ` ${e.country}` : ''}]  ${e.mentions} mention(s) in ${e.documents.length} document(s)`);
      if (uniqueRoles.length) lines.push(`    roles: ${uniqueRoles.join('; ')}`);
      if (e.aliases.length) lines.push(`    also: ${e.aliases.join('; ')}`);
    }
  }
  return lines.join('\n');
}

export function formatQuotes(quotes: CorpusResult['quotes'], format: OutputFormat, names: Map<string, string>, docs: DocLabels): string {
  if (format === 'json') return JSON.stringify(quotes, null, 2);
  const lines: string[] = format === 'md' ? ['| Speaker | Quote | Source |', '| --- | --- | --- |'] : [];
  for (const q of quotes) {
    const who = q.speaker ? (names.get(q.speaker) ?? q.speaker) : '(speaker unknown)';
    const where = `${label(docs, q.documentId)} @${q.start}-${q.end}`;
    if (format === 'md') lines.push(`| ${who} | “${q.text.replace(/\|/g, '\\|').replace(/\n+/g, ' ')}” | ${where} |`);
    else lines.push(`${who}: “${q.text.replace(/\s+/g, ' ')}”\n    ${where}`);
  }
  return lines.join('\n');
}

export function formatClaims(claims: CorpusResult['claims'], format: OutputFormat, names: Map<string, string>, docs: DocLabels): string {
  if (format === 'json') return JSON.stringify(claims, null, 2);
  const lines: string[] = format === 'md' ? ['| Figure | Subject | Whose | When | Source |', '| --- | --- | --- | --- | --- |'] : [];
  for (const c of claims) {
    const figure = `${c.value.toLocaleString('en-US')}${c.unit ? ` ${c.unit}` : ''}`;
    const whose = c.claimant ? (names.get(c.claimant) ?? c.claimant) : 'the outlet';
    const where = `${label(docs, c.documentId)} @${c.start}-${c.end}`;
    if (format === 'md') lines.push(`| ${figure} | ${c.subject ?? ''} | ${whose} | ${c.time ?? ''} | ${where} |`);
    else lines.push(`${figure}  ${c.subject ?? ''}${c.time ? ` (${c.time})` : ''}  — ${whose}\n    “${c.text}” ${where}`);
  }
  return lines.join('\n');
}
