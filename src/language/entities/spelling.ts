/** Spelling keys shared by in-document and cross-document name matching. */

/**
 * A spelling key for a given name (lower case, no diacritics): doubled letters folded, every
 * run of vowels inside the word one mark, the final vowels kept with a final "y" or "ie" read
 * as "i". "Mehmood"/"Mahmood", "Anwaarul"/"Anwarul", "Sergey"/"Sergei", "Bettie"/"Betty" agree;
 * "Mohamed"/"Mahmoud" (a vowel more or less between the consonants), "Maria"/"Mario" and
 * "Saad"/"Saadi" do not. Words of three letters or fewer are their own key.
 */
export function vowelKey(word: string): string {
  if (word.length <= 3) return word;
  const folded = word.replace(/(.)\1+/g, '$1');
  const m = /^(.)(.*?)([aeiouy]*)$/.exec(folded)!;
  const body = m[2]!.replace(/[aeiouy]+/g, '*');
  const tail = m[3]!.replace(/y/g, 'i').replace(/ie$/, 'i').replace(/(.)\1+/g, '$1');
  return m[1]! + body + tail;
}

/** `vowelKey` of a written given name: "Bettie" and "Betty" give one key. */
export function givenNameKey(written: string): string {
  const plain = written.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}]+/gu, '');
  return vowelKey(plain);
}
