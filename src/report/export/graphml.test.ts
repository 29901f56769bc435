import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CASTELL, CHL, corpus, fixture, MARSH, NOR, OSLO } from './fixture.test-util.js';
import { toGraphml } from './graphml.js';

interface XData {
  '@_key': string;
  '#text': string | number;
}
interface XItem {
  '@_id': string;
  '@_source'?: string;
  '@_target'?: string;
  data?: XData[];
}

function parseGraph(xml: string) {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name) });
  const doc = parser.parse(xml) as { graphml: { key: { '@_id': string; '@_for': string; '@_attr.type': string }[]; graph: { node: XItem[]; edge: XItem[] } } };
  const data = (x: XItem): Record<string, string> => Object.fromEntries((x.data ?? []).map((d) => [d['@_key'], String(d['#text'])]));
  return { keys: doc.graphml.key, nodes: doc.graphml.graph.node, edges: doc.graphml.graph.edge, data };
}

describe('graphml export', () => {
  const xml = toGraphml(fixture);

  it('is well-formed XML with every data key declared for its element', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { keys, nodes, edges } = parseGraph(xml);
    const declared = new Map(keys.map((k) => [k['@_id'], k['@_for']]));
    for (const n of nodes) for (const d of n.data ?? []) expect(declared.get(d['@_key'])).toBe('node');
    for (const e of edges) for (const d of e.data ?? []) expect(declared.get(d['@_key'])).toBe('edge');
  });

  it('has every entity and event as a node and only edges between nodes', () => {
    const { nodes, edges, data } = parseGraph(xml);
    // 5 entities + 4 events.
    expect(nodes).toHaveLength(9);
    const ids = new Set(nodes.map((n) => n['@_id']));
    expect(ids.size).toBe(9);
    for (const e of edges) {
      expect(ids.has(e['@_source']!)).toBe(true);
      expect(ids.has(e['@_target']!)).toBe(true);
    }
    // Participation: meeting 2 + Oslo as its place, supply 2, condemnation 1, call 2 = 8;
    // co-occurrence: Marsh–Castell (meeting, call) and Norway–Chile (supply) = 2.
    expect(edges).toHaveLength(10);
    const part = edges.filter((e) => data(e).edge_kind === 'participation');
    expect(part).toHaveLength(8);
    const role = (entity: string, event: string) => data(part.find((e) => e['@_source'] === entity && e['@_target'] === event)!).role;
    expect(role(MARSH, 'ev:000000000001')).toBe('source');
    expect(role(CASTELL, 'ev:000000000001')).toBe('target');
    expect(role(OSLO, 'ev:000000000001')).toBe('location');
    expect(role(CHL, 'ev:000000000003')).toBe('source');
    const co = edges.filter((e) => data(e).edge_kind === 'co-occurrence').map((e) => `${[e['@_source'], e['@_target']].sort().join(' ')} ${data(e).weight}`);
    expect(co.sort()).toEqual([`${CHL} ${NOR} 1`, `${MARSH} ${CASTELL} 2`].sort());
  });

  it('escapes markup in labels and text so the reader gets it back as written', () => {
    const { nodes, data } = parseGraph(xml);
    const byId = new Map(nodes.map((n) => [n['@_id'], data(n)]));
    expect(byId.get('ev:000000000003')!.summary).toBe('Chile later condemned a raid on a <fishing> depot.');
    expect(byId.get('ev:000000000003')!.summary).toBe(corpus.events[2]!.summary);
    expect(xml).toContain('a raid on a &lt;fishing&gt; depot');
    expect(byId.get('ev:000000000001')!.label).toBe('Lena Marsh met Omar Castell in Oslo');
    expect(byId.get(MARSH)).toMatchObject({ label: 'Lena Marsh', node_kind: 'entity', type: 'person', mentions: '4' });
  });

  it('drops characters XML 1.0 cannot hold', () => {
    const odd = structuredClone(fixture.corpus);
    odd.entities[0]!.name = 'Lena\u0001 Marsh & Co';
    const out = toGraphml({ ...fixture, corpus: odd });
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toContain('<data key="label">Lena Marsh &amp; Co</data>');
  });
});
