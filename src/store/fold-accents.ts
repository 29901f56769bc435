/** Accents on Latin letters dropped, as the PostgreSQL store's index drops them (postgres-schema.ts). */
export function foldLatinAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(/([A-Za-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC');
}
