import { loadTagger } from '../../src/language/entities/tagger/load.js';
import { readConll, conllFile } from './ner-data.js';
import { evaluateTagger, summary } from './ner-eval.js';
const dev = readConll(conllFile('eng.testa')!).flatMap((d) => d.sentences);
console.log(summary(evaluateTagger(loadTagger(), dev).scorer));
