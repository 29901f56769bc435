/**
 * Name lists taken at training time from compromise's lexicon (MIT licence, devDependency):
 * first names, last names, cities, countries, regions and other places, organisations,
 * demonyms, and person titles / role nouns. They are shipped inside the model file as
 * dictionary entries (group "lex", so they match as one gazetteer), never loaded from
 * compromise at run time.
 */
import nlp from 'compromise';
import type { DictionaryEntry } from '../../src/language/entities/tagger/dictionary.js';

const CATEGORY: Record<string, string> = {
  FemaleName: 'lex/first',
  MaleName: 'lex/first',
  FirstName: 'lex/first',
  LastName: 'lex/last',
  City: 'lex/city',
  Country: 'lex/country',
  Region: 'lex/region',
  Place: 'lex/place',
  Organization: 'lex/org',
  SportsTeam: 'lex/org',
  Demonym: 'lex/demonym',
  Honorific: 'lex/title',
  Actor: 'lex/role',
  Person: 'lex/person',
};

export function compromiseLexiconEntries(): DictionaryEntry[] {
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  const out: DictionaryEntry[] = [];
  for (const [phrase, tags] of Object.entries(model.one.lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const category = CATEGORY[tag];
      if (category) out.push([phrase, category]);
    }
  }
  return out.sort((a, b) => (a[1] + a[0] < b[1] + b[0] ? -1 : 1));
}

export const LEXICON_SOURCE = 'compromise lexicon (MIT licence, github.com/spencermountain/compromise)';
