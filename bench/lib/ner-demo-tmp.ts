import { loadTagger } from '../../src/language/entities/tagger/load.js';
import { readGmb } from './ner-data.js';
const t = loadTagger();
const show = (toks: string[], gold?: string[]) => console.log(toks.map((w, i) => { const p = t.tag(toks)[i]; return p === 'O' && (!gold || gold[i] === 'O') ? w : `${w}[${p}${gold ? '|' + gold[i] : ''}]`; }).join(' '));
show('Russian Foreign Minister Sergey Lavrov met Pakistani Prime Minister Imran Khan in Islamabad .'.split(' '));
const g = readGmb(40)!;
for (const s of g.slice(0, 25)) show(s.tokens, s.tags);
