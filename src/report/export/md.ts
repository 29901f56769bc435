import { dateKind } from '../../corpus/dates.js';
import type { Event, SourceRef } from '../../corpus/types.js';
import { ploverInfo } from '../../extract/events/plover.js';
import type { DocumentView } from '../documents.js';
import { type ExportData, ExportIndex } from './data.js';
import { headline } from './headline.js';

/** Markdown text: characters Markdown reads as markup backslash-escaped, line breaks folded. */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_{}[\]()<>#+!|~])/g, '\\$1');
}

function docLabel(d: DocumentView | undefined, id: string): string {
  if (!d) return mdText(id);
  const name = d.title ?? d.publisher ?? d.source.replace(/^.*[\\/]/, '');
  return `${mdText(name)}${d.published.value ? `, ${d.published.value}` : ''}`;
}

/**
 * A readable report: the timeline by date (each event's headline, kind and PLOVER type, and
 * every cited sentence with its source document), undated events after it, a who's who
 * (roles deduplicated with the first and last date seen), quotes by speaker, figures claimed,
 * disagreements between sources, and the list of documents the citations number.
 */
export function toMarkdown(data: ExportData, title = 'Dossier'): string {
  const ix = new ExportIndex(data);
  const { corpus } = data;
  const docNumber = new Map(data.documents.map((d, i) => [d.id, i + 1]));
  const ref = (s: SourceRef): string => `[${docNumber.get(s.documentId) ?? '?'}]`;
  const out: string[] = [`# ${mdText(title)}`, ''];
  out.push(`${data.documents.length} document(s), ${corpus.events.length} event(s), ${corpus.entities.length} entit${corpus.entities.length === 1 ? 'y' : 'ies'}, ${corpus.quotes.length} quote(s), ${corpus.claims.length} figure(s).`, '');

  const dated = corpus.events.filter((e) => e.date.value);
  const undated = corpus.events.filter((e) => !e.date.value);
  out.push('## Timeline', '');
  if (dated.length === 0) out.push('_No dated events._', '');
  const byDate = new Map<string, Event[]>();
  for (const e of [...dated].sort((a, b) => a.date.value!.localeCompare(b.date.value!) || b.weight - a.weight)) {
    const key = dateKind(e.date) === 'reported' ? `on or before ${e.date.value}` : e.date.value!;
    byDate.set(key, [...(byDate.get(key) ?? []), e]);
  }
  const eventBlock = (e: Event): void => {
    const type = ploverInfo(e.type);
    out.push(`- **${mdText(headline(e, ix))}** (${e.future ? 'planned ' : ''}${e.kind}; ${e.type}${type ? `: ${type.name}` : ''}; ${e.documents.length} source(s))`);
    for (const s of e.sources) out.push(`  - “${mdText(ix.cited(s))}” ${ref(s)} ${docLabel(ix.documents.get(s.documentId), s.documentId)}`);
  };
  for (const [date, events] of byDate) {
    out.push(`### ${date}`, '');
    events.forEach(eventBlock);
    out.push('');
  }
  if (undated.length) {
    out.push('### Undated', '', '_No source dates these events._', '');
    undated.forEach(eventBlock);
    out.push('');
  }

  out.push("## Who's who", '');
  const people = corpus.entities.filter((e) => e.type !== 'place');
  if (people.length === 0) out.push('_No entities._', '');
  else {
    out.push('| Name | Type | Roles | Mentions | Documents |', '| --- | --- | --- | --- | --- |');
    for (const e of people) {
      const roles = new Map<string, { first: string | null; last: string | null }>();
      for (const r of e.roles) {
        const name = `${r.title}${r.of ? ` of ${ix.name(r.of)}` : ''}`;
        const seen = roles.get(name) ?? { first: null, last: null };
        if (r.asOf && (!seen.first || r.asOf < seen.first)) seen.first = r.asOf;
        const last = r.lastSeen ?? r.asOf;
        if (last && (!seen.last || last > seen.last)) seen.last = last;
        roles.set(name, seen);
      }
      const roleText = [...roles].map(([name, { first, last }]) => `${mdText(name)}${first ? ` (${first === last ? first : `${first} to ${last}`})` : ''}`).join('; ');
      out.push(`| ${mdText(e.name)} | ${e.type} | ${roleText} | ${e.mentions} | ${e.documents.length} |`);
    }
    out.push('');
  }

  out.push('## Quotes', '');
  if (corpus.quotes.length === 0) out.push('_No quotes._', '');
  const bySpeaker = new Map<string, typeof corpus.quotes>();
  for (const q of corpus.quotes) {
    const who = ix.name(q.speaker) ?? 'Unattributed';
    bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), q]);
  }
  for (const [who, quotes] of bySpeaker) {
    out.push(`### ${mdText(who)}`, '');
    for (const q of quotes) out.push(`- “${mdText(q.text)}” ${ref(q)} ${docLabel(ix.documents.get(q.documentId), q.documentId)}`);
    out.push('');
  }

  out.push('## Claims', '');
  if (corpus.claims.length === 0) out.push('_No figures._', '');
  else {
    out.push('| Figure | Value | Subject | Claimed by | Period | Source |', '| --- | --- | --- | --- | --- | --- |');
    for (const c of corpus.claims) {
      out.push(`| ${mdText(c.text)} | ${c.value}${c.unit ? ` ${mdText(c.unit)}` : ''} | ${mdText(c.subject ?? '')} | ${mdText(ix.name(c.claimant) ?? 'the outlet')} | ${c.time ? mdText(c.time) : ''} | ${ref(c)} |`);
    }
    out.push('');
  }

  if (corpus.discrepancies.length) {
    out.push('## Disagreements', '');
    for (const x of corpus.discrepancies) {
      out.push(`- ${x.kind}: ${mdText(x.about)}`);
      for (const v of x.values) out.push(`  - ${mdText(v.value)}: ${v.sources.map(ref).join(' ')}`);
    }
    out.push('');
  }

  out.push('## Sources', '');
  data.documents.forEach((d, i) => {
    const link = d.url ? ` <${d.url.replace(/>/g, '%3E')}>` : '';
    out.push(`${i + 1}. ${docLabel(d, d.id)}${d.publisher && d.title ? ` (${mdText(d.publisher)})` : ''}${link} \`${d.id}\``);
  });
  return out.join('\n') + '\n';
}
