import { loadTagger } from '../../src/language/entities/tagger/load.js';
import { readConll, conllFile } from './ner-data.js';
const dev = readConll(conllFile('eng.testa')!).flatMap((d) => d.sentences);
const tr = readConll(conllFile('eng.train')!).flatMap((d) => d.sentences);
let t = Date.now();
const tg = loadTagger();
console.log('load ms', Date.now() - t);
const go = (name: string, data: typeof dev) => {
  t = Date.now();
  const c0 = process.cpuUsage();
  let n = 0;
  for (const s of data) { tg.tag(s.tokens); n += s.tokens.length; }
  const c = process.cpuUsage(c0);
  console.log(name, Math.round(n / ((Date.now() - t) / 1000)), 'tok/s wall', Math.round(n / ((c.user + c.system) / 1e6)), 'tok/s cpu');
};
const mode = process.argv[2] ?? 'all';
if (mode === 'warm') { go('testa cold', dev); for (let k = 0; k < 8; k++) go('testa warm', dev); }
else { go('testa cold', dev); go('testa warm', dev); go('train (new words)', tr); go('testa warm', dev); }
