import { readConll, conllFile } from './ner-data.js';
import { FeatureExtractor, tokenFeatureNames, MAX_FEATURES } from '../../src/language/entities/tagger/features.js';
import { worldGazetteer } from '../../src/language/entities/tagger/gazetteer.js';
const dev = readConll(conllFile('eng.testa')!).flatMap((d) => d.sentences).slice(0, 300);
const names: string[] = []; const idx = new Map<string, number>();
const intern = (n: string) => { let i = idx.get(n); if (i === undefined) { i = names.length; names.push(n); idx.set(n, i); } return i; };
const ex = new FeatureExtractor(intern, [worldGazetteer()]);
const buf = new Int32Array(MAX_FEATURES + 4);
let bad = 0;
for (const s of dev) {
  const ps = ex.prepare(s.tokens);
  const prev = s.tokens.map((_, i) => i % 9);
  s.tokens.forEach((_, i) => {
    const k = ex.collect(ps, i, buf);
    ex.history(ps, i, i >= 1 ? prev[i - 1]! : 9, i >= 2 ? prev[i - 2]! : 9, buf, k);
    const got = [...buf.subarray(0, k + 4)].map((id) => names[id]!).sort();
    const want = tokenFeatureNames(s.tokens, i, prev, [worldGazetteer()]).sort();
    if (JSON.stringify(got) !== JSON.stringify(want) && bad++ < 3) {
      console.log(s.tokens.join(' '), i, got.filter((g) => !want.includes(g)), want.filter((g) => !got.includes(g)));
    }
  });
}
console.log('bad', bad);
