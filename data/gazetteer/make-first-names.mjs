// Regenerates first-names.json from the lexicon of the `compromise` package (MIT licence,
// a dev dependency): every word it tags FirstName, MaleName or FemaleName, minus month and
// weekday names, plus the hand-added names in first-names-extra.txt (one per line).
// Run from the repository root: node data/gazetteer/make-first-names.mjs
import nlp from 'compromise';
import fs from 'node:fs';

const lex = nlp.model().one.lexicon;
const skip = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const names = new Set(
  Object.entries(lex)
    .filter(([w, t]) => ['FirstName', 'MaleName', 'FemaleName'].includes(t) && /^[a-z][a-z'-]+$/.test(w) && !skip.has(w))
    .map(([w]) => w),
);
const extraFile = new URL('./first-names-extra.txt', import.meta.url);
for (const line of fs.readFileSync(extraFile, 'utf8').split('\n')) {
  const w = line.trim().toLowerCase();
  if (w && !w.startsWith('#')) names.add(w);
}
const out = {
  source: 'compromise 14 lexicon (MIT, FirstName/MaleName/FemaleName tags) + first-names-extra.txt (hand-added)',
  names: [...names].sort(),
};
fs.writeFileSync(new URL('./first-names.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(out.names.length, 'names');
