/**
 * Loaders for the time-expression gold data: TempEval-3 TimeML (TIMEX3) and WikiWars
 * (inline TIMEX2). The XML is parsed with linkedom's XML mode; gold offsets are offsets
 * into the document text (the text content of <TEXT>), so they come from the document,
 * never from string searching.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  /** TIMEX3 type (DATE, TIME, DURATION, SET); for TIMEX2 it is inferred from the value. */
  type: string;
  value: string;
}

export interface GoldDoc {
  id: string;
  text: string;
  /** "YYYY-MM-DD" or null. */
  anchor: string | null;
  timexes: GoldTimex[];
}

interface XNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<XNode>;
  getAttribute?(name: string): string | null;
}

/** Walk `root`, concatenating text, and record the offsets of every element named `tag`. */
function collect(root: XNode, tag: string): { text: string; found: { node: XNode; start: number; end: number }[] } {
  let text = '';
  const found: { node: XNode; start: number; end: number }[] = [];
  const walk = (node: XNode): void => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]!;
      if (child.nodeType === 3 || child.nodeType === 4) {
        text += child.textContent ?? '';
      } else if (child.nodeType === 1) {
        const start = text.length;
        walk(child);
        if (child.nodeName.toUpperCase() === tag) found.push({ node: child, start, end: text.length });
      }
    }
  };
  walk(root);
  return { text, found };
}

function parseXml(path: string): XNode {
  const xml = readFileSync(path, 'utf8');
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as {
    getElementsByTagName(name: string): ArrayLike<XNode>;
  };
  return doc as unknown as XNode;
}

function byTag(doc: XNode, tag: string): XNode[] {
  const list = (doc as unknown as { getElementsByTagName(n: string): ArrayLike<XNode> }).getElementsByTagName(tag);
  return Array.from(list);
}

/** A TempEval-3 TimeML file: anchor = the CREATION_TIME TIMEX3 value (day part). */
export function loadTimeML(path: string): GoldDoc {
  const doc = parseXml(path);
  let anchor: string | null = null;
  for (const t of byTag(doc, 'TIMEX3')) {
    if (t.getAttribute?.('functionInDocument') === 'CREATION_TIME') {
      const v = t.getAttribute?.('value') ?? '';
      const m = /^\d{4}-\d{2}-\d{2}/.exec(v);
      if (m) anchor = m[0];
    }
  }
  const textEl = byTag(doc, 'TEXT')[0];
  if (!textEl) return { id: path, text: '', anchor, timexes: [] };
  const { text, found } = collect(textEl, 'TIMEX3');
  const timexes = found.map(({ node, start, end }) => ({
    start,
    end,
    text: text.slice(start, end),
    type: node.getAttribute?.('type') ?? 'DATE',
    value: node.getAttribute?.('value') ?? '',
  }));
  return { id: path.replace(/^.*\//, ''), text, anchor, timexes };
}

/** TIMEX2 carries no type: infer it from the value's shape. */
export function timex2Type(value: string): string {
  if (/^P/.test(value)) return 'DURATION';
  if (/T\d/.test(value)) return 'TIME';
  return 'DATE';
}

/**
 * A WikiWars file. Its DATETIME is when the Wikipedia page was captured (2009), not a
 * reference time for the narrative, whose dates are mostly absolute and whose relative
 * ones refer to the narrative's last date: so the anchor is null and the narrative
 * convention is left to the system under test.
 */
export function loadWikiWars(path: string): GoldDoc {
  const doc = parseXml(path);
  const textEl = byTag(doc, 'TEXT')[0];
  if (!textEl) return { id: path, text: '', anchor: null, timexes: [] };
  const { text, found } = collect(textEl, 'TIMEX2');
  const timexes: GoldTimex[] = [];
  for (const { node, start, end } of found) {
    const value = node.getAttribute?.('val') ?? '';
    if (!value) continue; // TIMEX2 without val (e.g. nested, non-specific) cannot be scored on value
    timexes.push({ start, end, text: text.slice(start, end), type: timex2Type(value), value });
  }
  return { id: path.replace(/^.*\//, ''), text, anchor: null, timexes };
}
