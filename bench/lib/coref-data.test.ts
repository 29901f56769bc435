import { describe, expect, it } from 'vitest';
import { parseEcbDocument, parseSelectedSentences } from './coref-data.js';
import { documentText, headLemma } from './coref-dossier.js';

// A small document in the ECB+ format, written after the first sentence of 1_10ecb
// ("Tara Reid checked into Promises Treatment Center, her rep told People.").
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<Document doc_name="1_99ecb.xml" doc_id="DOC1">
<token t_id="1" sentence="0" number="0">Tara</token>
<token t_id="2" sentence="0" number="1">Reid</token>
<token t_id="3" sentence="0" number="2">checked</token>
<token t_id="4" sentence="0" number="3">into</token>
<token t_id="5" sentence="0" number="4">rehab</token>
<token t_id="6" sentence="0" number="5">,</token>
<token t_id="7" sentence="0" number="6">her</token>
<token t_id="8" sentence="0" number="7">rep</token>
<token t_id="9" sentence="0" number="8">told</token>
<token t_id="10" sentence="0" number="9">People</token>
<token t_id="11" sentence="0" number="10">.</token>
<token t_id="12" sentence="1" number="0">She</token>
<token t_id="13" sentence="1" number="1">did</token>
<token t_id="14" sentence="1" number="2">n't</token>
<token t_id="15" sentence="1" number="3">comment</token>
<token t_id="16" sentence="1" number="4">on</token>
<token t_id="17" sentence="1" number="5">the</token>
<token t_id="18" sentence="1" number="6">\`\`</token>
<token t_id="19" sentence="1" number="7">stay</token>
<token t_id="20" sentence="1" number="8">''</token>
<token t_id="21" sentence="1" number="9">.</token>
<token t_id="22" sentence="2" number="0">Reid</token>
<token t_id="23" sentence="2" number="1">entered</token>
<Markables>
<ACTION_OCCURRENCE m_id="31"  >
  <token_anchor t_id="3"/>
  <token_anchor t_id="4"/>
</ACTION_OCCURRENCE>
<ACTION_REPORTING m_id="32"  >
  <token_anchor t_id="9"/>
</ACTION_REPORTING>
<NEG_ACTION_REPORTING m_id="33"  >
  <token_anchor t_id="15"/>
</NEG_ACTION_REPORTING>
<ACTION_OCCURRENCE m_id="34"  >
  <token_anchor t_id="19"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="35"  >
  <token_anchor t_id="23"/>
</ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="36"  >
  <token_anchor t_id="1"/>
  <token_anchor t_id="2"/>
</HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="40" RELATED_TO="" TAG_DESCRIPTOR="t1_checking_in" instance_id="ACT1" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1" >
  <source m_id="31" />
  <target m_id="40" />
</CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="2" >
  <source m_id="34" />
  <target m_id="33" />
</INTRA_DOC_COREF>
</Relations>
</Document>`;

describe('ECB+ reader', () => {
  const selected = parseSelectedSentences('Topic,File,Sentence Number\n1,99ecb,0\n1,99ecb,1\n1,10ecbplus,3\n');
  it('reads the selected sentences per document', () => {
    expect([...(selected.get('1_99ecb') ?? [])]).toEqual([0, 1]);
    expect([...(selected.get('1_10ecbplus') ?? [])]).toEqual([3]);
  });
  const doc = parseEcbDocument(XML, '1_99ecb', 1, selected.get('1_99ecb')!);
  it('keeps event mentions of selected sentences with their gold clusters', () => {
    // m_id 35 is in sentence 2 (not selected); 36 is a participant; 40 is the instance.
    expect(doc.mentions.map((m) => [m.id, m.tag, m.cluster])).toEqual([
      ['1_99ecb:31', 'ACTION_OCCURRENCE', 'ACT1'],
      ['1_99ecb:32', 'ACTION_REPORTING', 'single:1_99ecb:32'],
      ['1_99ecb:33', 'NEG_ACTION_REPORTING', 'intra:1_99ecb:2'],
      ['1_99ecb:34', 'ACTION_OCCURRENCE', 'intra:1_99ecb:2'],
    ]);
    expect(doc.mentions[0]!.tokens).toEqual([3, 4]);
    expect(doc.tokens).toHaveLength(23);
  });
  it('rebuilds readable text with token offsets', () => {
    const dt = documentText(doc.tokens, (s) => s < 2);
    expect(dt.text).toBe('Tara Reid checked into rehab, her rep told People.\n\nShe didn\'t comment on the "stay".');
    const [s, e] = dt.tokenSpans.get(9)!;
    expect(dt.text.slice(s, e)).toBe('told');
    const [s1, e1] = dt.sentenceSpans.get(1)!;
    expect(dt.text.slice(s1, e1)).toBe('She didn\'t comment on the "stay".');
    expect(dt.tokenSpans.has(22)).toBe(false);
  });
});

describe('head lemma', () => {
  it('takes the first verb, else the last noun', () => {
    expect(headLemma([{ lemma: 'check', pos: 'VERB' }, { lemma: 'into', pos: 'ADP' }])).toBe('check');
    expect(headLemma([{ lemma: 'be', pos: 'AUX' }, { lemma: 'kill', pos: 'VERB' }])).toBe('kill');
    expect(headLemma([{ lemma: 'the', pos: 'DET' }, { lemma: 'deadly', pos: 'ADJ' }, { lemma: 'shooting', pos: 'NOUN' }])).toBe('shooting');
    expect(headLemma([{ lemma: 'the', pos: 'DET' }, { lemma: 'dead', pos: 'ADJ' }])).toBe('dead');
  });
});
