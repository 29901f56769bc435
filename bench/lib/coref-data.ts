/**
 * ECB+ 1.0 reader for the cross-document event coreference benchmark. Documents are
 * `ECB+/<topic>/<topic>_<n>ecb[plus].xml`: tokens `<token t_id sentence number>`, markables with
 * `<token_anchor t_id>` children, and coreference relations (`CROSS_DOC_COREF note="<instance>"`,
 * `INTRA_DOC_COREF`) from source markables to a target. Event mentions are the ACTION_* and
 * NEG_ACTION_* markables; as in the standard setup, only the sentences listed in
 * `ECBplus_coreference_sentences.csv` are kept, and a mention in no relation is a singleton.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface EcbToken {
  id: number;
  sentence: number;
  text: string;
}

export interface EcbMention {
  /** `<doc>:<m_id>`, unique in the corpus. */
  id: string;
  doc: string;
  topic: number;
  /** ACTION_OCCURRENCE, ACTION_REPORTING, NEG_ACTION_STATE, ... */
  tag: string;
  /** Token ids (t_id) in document order. */
  tokens: number[];
  sentence: number;
  /** Gold cluster: the cross-document instance id, an intra-document chain, or a singleton. */
  cluster: string;
}

export interface EcbDocument {
  name: string;
  topic: number;
  tokens: EcbToken[];
  /** Event mentions inside the selected sentences. */
  mentions: EcbMention[];
  /** The selected (coreference-annotated) sentence numbers. */
  selected: Set<number>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? _;
  });
}

/** `ECBplus_coreference_sentences.csv` as doc name (`1_10ecbplus`) → sentence numbers. */
export function parseSelectedSentences(csv: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(',').map((s) => s.trim());
    if (!topic || !file || sentence === undefined || sentence === '') continue;
    const name = `${topic}_${file}`;
    let set = out.get(name);
    if (!set) out.set(name, (set = new Set()));
    set.add(Number(sentence));
  }
  return out;
}

const isEventTag = (tag: string): boolean => tag.startsWith('ACTION') || tag.startsWith('NEG_ACTION');

/** Parse one ECB+ XML document; `selected` = the annotated sentences of that document. */
export function parseEcbDocument(xml: string, name: string, topic: number, selected: Set<number>): EcbDocument {
  const tokens: EcbToken[] = [];
  const sentenceOf = new Map<number, number>();
  for (const m of xml.matchAll(/<token\s+t_id="(\d+)"\s+sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const id = Number(m[1]);
    const sentence = Number(m[2]);
    tokens.push({ id, sentence, text: decodeXml(m[3] ?? '') });
    sentenceOf.set(id, sentence);
  }
  const markablesXml = xml.slice(xml.indexOf('<Markables>'), xml.indexOf('</Markables>'));
  const markables = new Map<string, { tag: string; tokens: number[] }>();
  for (const m of markablesXml.matchAll(/<([A-Z_]+)\s+m_id="(\d+)"[^>]*?>([\s\S]*?)<\/\1>/g)) {
    const anchors = [...(m[3] ?? '').matchAll(/t_id="(\d+)"/g)].map((a) => Number(a[1]));
    if (anchors.length === 0) continue;
    markables.set(m[2]!, { tag: m[1]!, tokens: anchors.sort((a, b) => a - b) });
  }
  const clusterOf = new Map<string, string>();
  const relationsXml = xml.slice(xml.indexOf('<Relations>'));
  for (const r of relationsXml.matchAll(/<(CROSS_DOC_COREF|INTRA_DOC_COREF)\s+r_id="(\d+)"(?:\s+note="([^"]*)")?[^>]*>([\s\S]*?)<\/\1>/g)) {
    const body = r[4] ?? '';
    const sources = [...body.matchAll(/<source\s+m_id="(\d+)"/g)].map((s) => s[1]!);
    if (r[1] === 'CROSS_DOC_COREF') {
      // The target is the instance (no tokens); the note names it.
      const instance = r[3] || `cross:${r[2]}`;
      for (const s of sources) clusterOf.set(s, instance);
    } else {
      const target = /<target\s+m_id="(\d+)"/.exec(body)?.[1];
      const chain = `intra:${name}:${r[2]}`;
      for (const s of [...sources, ...(target ? [target] : [])]) if (!clusterOf.has(s) || clusterOf.get(s)!.startsWith('intra:')) clusterOf.set(s, chain);
    }
  }
  // An intra-document chain one of whose mentions is also cross-linked joins that instance.
  const mentions: EcbMention[] = [];
  for (const [mid, mk] of markables) {
    if (!isEventTag(mk.tag)) continue;
    const sentence = sentenceOf.get(mk.tokens[0]!) ?? -1;
    if (!selected.has(sentence)) continue;
    mentions.push({
      id: `${name}:${mid}`,
      doc: name,
      topic,
      tag: mk.tag,
      tokens: mk.tokens,
      sentence,
      cluster: clusterOf.get(mid) ?? `single:${name}:${mid}`,
    });
  }
  mentions.sort((a, b) => a.tokens[0]! - b.tokens[0]!);
  return { name, topic, tokens, mentions, selected };
}

/** The topic folders in numeric order. */
export function listTopics(root: string): number[] {
  return readdirSync(join(root, 'ECB+'))
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .sort((a, b) => a - b);
}

export function loadTopic(root: string, topic: number, selected: Map<string, Set<number>>): EcbDocument[] {
  const dir = join(root, 'ECB+', String(topic));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.xml$/, '');
      return parseEcbDocument(readFileSync(join(dir, f), 'utf8'), name, topic, selected.get(name) ?? new Set());
    });
}

export function loadSelected(root: string): Map<string, Set<number>> {
  return parseSelectedSentences(readFileSync(join(root, 'ECBplus_coreference_sentences.csv'), 'utf8'));
}
