/**
 * English verb and noun inflection for the trigger lexicon: a small rule set plus a table of
 * irregular verbs, so that the lexicon lists lemmas only ("meet" -> met, meets, meeting).
 */

export interface VerbForms {
  base: string;
  third: string;
  past: string[];
  participle: string[];
  gerund: string[];
}

/** lemma -> [past forms, past participle forms] */
const IRREGULAR: Record<string, [string[], string[]]> = {
  meet: [['met'], ['met']],
  hold: [['held'], ['held']],
  strike: [['struck'], ['struck', 'stricken']],
  make: [['made'], ['made']],
  send: [['sent'], ['sent']],
  give: [['gave'], ['given']],
  fly: [['flew'], ['flown']],
  speak: [['spoke'], ['spoken']],
  take: [['took'], ['taken']],
  withdraw: [['withdrew'], ['withdrawn']],
  bring: [['brought'], ['brought']],
  seek: [['sought'], ['sought']],
  break: [['broke'], ['broken']],
  shoot: [['shot'], ['shot']],
  beat: [['beat'], ['beaten']],
  cut: [['cut'], ['cut']],
  put: [['put'], ['put']],
  set: [['set'], ['set']],
  sell: [['sold'], ['sold']],
  fight: [['fought'], ['fought']],
  forgive: [['forgave'], ['forgiven']],
  go: [['went'], ['gone']],
  come: [['came'], ['come']],
  lead: [['led'], ['led']],
  have: [['had'], ['had']],
  pay: [['paid'], ['paid']],
  lay: [['laid'], ['laid']],
  tell: [['told'], ['told']],
  throw: [['threw'], ['thrown']],
  stand: [['stood'], ['stood']],
  undertake: [['undertook'], ['undertaken']],
  overrun: [['overran'], ['overrun']],
  blow: [['blew'], ['blown']],
  hit: [['hit'], ['hit']],
  shut: [['shut'], ['shut']],
  lend: [['lent'], ['lent']],
  spend: [['spent'], ['spent']],
  rise: [['rose'], ['risen']],
  win: [['won'], ['won']],
  swear: [['swore'], ['sworn']],
  sweep: [['swept'], ['swept']],
  upset: [['upset'], ['upset']],
  freeze: [['froze'], ['frozen']],
  steal: [['stole'], ['stolen']],
  stab: [['stabbed'], ['stabbed']],
  forbid: [['forbade'], ['forbidden']],
  begin: [['began'], ['begun']],
  overthrow: [['overthrew'], ['overthrown']],
  shake: [['shook'], ['shaken']],
  bear: [['bore'], ['borne']],
  kidnap: [['kidnapped', 'kidnaped'], ['kidnapped', 'kidnaped']],
  travel: [['travelled', 'traveled'], ['travelled', 'traveled']],
  cancel: [['cancelled', 'canceled'], ['cancelled', 'canceled']],
  signal: [['signalled', 'signaled'], ['signalled', 'signaled']],
  label: [['labelled', 'labeled'], ['labelled', 'labeled']],
  equip: [['equipped'], ['equipped']],
  quit: [['quit'], ['quit']],
  bid: [['bid'], ['bid']],
  spread: [['spread'], ['spread']],
  bar: [['barred'], ['barred']],
  fall: [['fell'], ['fallen']],
  flee: [['fled'], ['fled']],
  find: [['found'], ['found']],
  lose: [['lost'], ['lost']],
  buy: [['bought'], ['bought']],
  catch: [['caught'], ['caught']],
  leave: [['left'], ['left']],
  run: [['ran'], ['run']],
  slay: [['slew', 'slayed'], ['slain', 'slayed']],
  sink: [['sank'], ['sunk']],
  hang: [['hanged', 'hung'], ['hanged', 'hung']],
  choose: [['chose'], ['chosen']],
  drive: [['drove'], ['driven']],
  ride: [['rode'], ['ridden']],
  write: [['wrote'], ['written']],
  wake: [['woke'], ['woken']],
  seize: [['seized'], ['seized']],
};

const GERUND_EXTRA: Record<string, string[]> = {
  travel: ['travelling', 'traveling'],
  cancel: ['cancelling', 'canceling'],
  signal: ['signalling', 'signaling'],
  label: ['labelling', 'labeling'],
  kidnap: ['kidnapping', 'kidnaping'],
  die: ['dying'],
  lie: ['lying'],
  tie: ['tying'],
  see: ['seeing'],
  flee: ['fleeing'],
  agree: ['agreeing'],
  free: ['freeing'],
  guarantee: ['guaranteeing'],
};

/** Verbs whose final consonant doubles before -ed/-ing (one-syllable CVC and stressed final syllables). */
const DOUBLING = new Set([
  'ban', 'plan', 'stop', 'ship', 'rob', 'grab', 'drop', 'step', 'shun', 'nab', 'jam', 'bar', 'stab',
  'slam', 'scrap', 'trim', 'rip', 'tap', 'spur', 'prod', 'nod', 'pin', 'plot', 'commit', 'admit',
  'omit', 'permit', 'submit', 'transmit', 'refer', 'prefer', 'deter', 'confer', 'rebut', 'regret',
  'control', 'patrol', 'compel', 'expel', 'propel', 'repel', 'occur', 'equip', 'abet', 'outstrip',
  'sit', 'hug', 'cap', 'blockade', 'gun', 'nab',
]);

const isVowel = (c: string | undefined): boolean => c !== undefined && 'aeiou'.includes(c);

function thirdPerson(v: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

function regularPast(v: string): string {
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  if (DOUBLING.has(v) && !v.endsWith('e')) return `${v}${v.slice(-1)}ed`;
  return `${v}ed`;
}

function gerund(v: string): string {
  if (/ie$/.test(v)) return `${v.slice(0, -2)}ying`;
  if (v.endsWith('ee')) return `${v}ing`;
  if (v.endsWith('e') && v.length > 2 && !isVowel(v[v.length - 2])) return `${v.slice(0, -1)}ing`;
  if (v.endsWith('e') && v.length > 2) return `${v.slice(0, -1)}ing`;
  if (DOUBLING.has(v)) return `${v}${v.slice(-1)}ing`;
  return `${v}ing`;
}

/** All forms of a verb lemma. Multi-word lemmas inflect their first word ("pull out"). */
export function verbForms(lemma: string): VerbForms {
  const [head = lemma, ...rest] = lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const irregular = IRREGULAR[head];
  const past = irregular ? irregular[0] : [regularPast(head)];
  const participle = irregular ? irregular[1] : past;
  const gerunds = GERUND_EXTRA[head] ?? [gerund(head)];
  return {
    base: head + tail,
    third: thirdPerson(head) + tail,
    past: past.map((p) => p + tail),
    participle: participle.map((p) => p + tail),
    gerund: gerunds.map((g) => g + tail),
  };
}

/** Every surface form of a verb lemma, lowercased. */
export function allVerbForms(lemma: string): string[] {
  const f = verbForms(lemma);
  return [...new Set([f.base, f.third, ...f.past, ...f.participle, ...f.gerund])];
}

/** Is `word` (lowercase) a past tense or past participle form (of any verb, by shape)? */
export function looksPast(word: string): boolean {
  if (/ed$/.test(word) && word.length > 3) return true;
  for (const [past, part] of Object.values(IRREGULAR)) if (past.includes(word) || part.includes(word)) return true;
  return false;
}

const IRREGULAR_NOUN_PLURAL: Record<string, string> = {
  talks: 'talks',
  analysis: 'analyses',
  crisis: 'crises',
};

/** The singular and plural of a noun. */
export function nounForms(noun: string): string[] {
  const words = noun.split(' ');
  const last = words[words.length - 1] ?? noun;
  const lead = words.slice(0, -1).join(' ');
  const plural =
    IRREGULAR_NOUN_PLURAL[last] ??
    (/(s|sh|ch|x|z)$/.test(last) ? `${last}es` : /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`);
  const join = (w: string): string => (lead ? `${lead} ${w}` : w);
  return [...new Set([join(last), join(plural)])];
}

/** Irregular past forms and special gerunds -> lemma. */
const REVERSE = new Map<string, string>();
for (const [lemma, [past, participle]] of Object.entries(IRREGULAR)) for (const f of [...past, ...participle]) if (!REVERSE.has(f)) REVERSE.set(f, lemma);
for (const [lemma, forms] of Object.entries(GERUND_EXTRA)) for (const f of forms) REVERSE.set(f, lemma);

/** Consonants that stay doubled at the end of a lemma ("killed", "passed", "stuffed"). */
const KEEP_DOUBLE = new Set(['l', 's', 'f', 'z']);

/**
 * A stem shared by the forms of a verb, for comparing forms with each other: irregular forms
 * give their lemma, regular "-ed" and "-ing" forms lose the ending and a doubled consonant
 * ("stopped", "stopping" -> stop; "killed" -> kill), and a final silent e is dropped from every
 * form ("hope", "hoped", "hoping" -> hop; "damaged" -> damag), so all forms of one verb share
 * one stem. Words that are not -ed/-ing or irregular forms keep their shape apart from the e.
 * It is a shape rule: "morning" gives "morn", which is harmless where stems are only compared.
 */
export function verbStem(word: string): string {
  const irregular = REVERSE.get(word);
  if (irregular) return dropSilentE(irregular);
  if (word.length <= 4 && /ied$/.test(word)) return dropSilentE(word.slice(0, -1)); // died, tied
  if (word.length > 4 && word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.length >= 5 && word.endsWith('eed')) return word.slice(0, -1); // agreed, freed
  let stem: string | null = null;
  if (word.endsWith('ed')) stem = word.slice(0, -2);
  else if (word.endsWith('ing')) stem = word.slice(0, -3);
  if (stem === null || stem.length < 3 || !/[aeiouy]/.test(stem)) return dropSilentE(word);
  const last = stem[stem.length - 1]!;
  if (last === stem[stem.length - 2] && !isVowel(last) && !KEEP_DOUBLE.has(last)) return stem.slice(0, -1);
  return dropSilentE(stem);
}

function dropSilentE(w: string): string {
  return w.length > 3 && w.endsWith('e') && !isVowel(w[w.length - 2]) ? w.slice(0, -1) : w;
}
