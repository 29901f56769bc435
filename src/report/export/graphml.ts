import type { Event } from '../../corpus/types.js';
import { type ExportData, ExportIndex } from './data.js';
import { headline } from './headline.js';
import { escapeXml } from './xml.js';

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'double' | 'boolean';
}

/** Every data field the graph uses, declared once as GraphML requires. */
const KEYS: Key[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'node_kind', for: 'node', name: 'node_kind', type: 'string' },
  { id: 'type', for: 'node', name: 'type', type: 'string' },
  { id: 'country', for: 'node', name: 'country', type: 'string' },
  { id: 'mentions', for: 'node', name: 'mentions', type: 'int' },
  { id: 'date', for: 'node', name: 'date', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'summary', for: 'node', name: 'summary', type: 'string' },
  { id: 'sources', for: 'node', name: 'sources', type: 'int' },
  { id: 'edge_kind', for: 'edge', name: 'edge_kind', type: 'string' },
  { id: 'role', for: 'edge', name: 'role', type: 'string' },
  { id: 'weight', for: 'edge', name: 'weight', type: 'double' },
];

type Data = Record<string, string | number | null | undefined>;

function dataLines(data: Data, indent: string): string[] {
  return Object.entries(data)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${indent}<data key="${k}">${escapeXml(String(v))}</data>`);
}

/** Entity pairs taking part in the same events: "a\u0000b" (a < b) -> how many events. */
function coOccurrence(events: readonly Event[]): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const e of events) {
    const ps = [...new Set(e.participants)].sort();
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) {
      const key = `${ps[i]}\u0000${ps[j]}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  return pairs;
}

/**
 * The dossier as a GraphML graph: every entity and every event a node (`node_kind` entity or
 * event); an edge from an entity to each event it takes part in (`edge_kind` participation,
 * `role` source, target, participant or location), and one between two entities for the
 * events they share (`edge_kind` co-occurrence, `weight` the number of shared events).
 */
export function toGraphml(data: ExportData): string {
  const ix = new ExportIndex(data);
  const { entities, events } = data.corpus;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    '  <graph id="dossier" edgedefault="undirected">',
  ];
  const nodes = new Set<string>();
  const node = (id: string, data: Data): void => {
    nodes.add(id);
    out.push(`    <node id="${escapeXml(id)}">`, ...dataLines(data, '      '), '    </node>');
  };
  for (const e of entities) node(e.id, { label: e.name, node_kind: 'entity', type: e.type, country: e.country, mentions: e.mentions });
  for (const e of events) {
    node(e.id, { label: headline(e, ix), node_kind: 'event', type: e.type, kind: e.kind, date: e.date.value, summary: e.summary, sources: e.documents.length });
  }
  let n = 0;
  const edge = (source: string, target: string, data: Data): void => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    out.push(`    <edge id="e${n++}" source="${escapeXml(source)}" target="${escapeXml(target)}">`, ...dataLines(data, '      '), '    </edge>');
  };
  for (const e of events) {
    for (const p of new Set(e.participants)) edge(p, e.id, { edge_kind: 'participation', role: ix.roleOf(e, p) });
    if (e.location && !e.participants.includes(e.location)) edge(e.location, e.id, { edge_kind: 'participation', role: 'location' });
  }
  for (const [pair, count] of coOccurrence(events)) {
    const [a, b] = pair.split('\u0000') as [string, string];
    edge(a, b, { edge_kind: 'co-occurrence', weight: count });
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}
