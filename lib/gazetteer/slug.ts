// URL slugs for gazetteer ids: ASCII, lower case, words joined by '-'. Apostrophes vanish rather than
// split words ("Donets'k" -> "donetsk", "People's" -> "peoples").
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’ʼ‘`ʻ]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when the text is written in Latin script (with diacritics), digits and punctuation only: the
 *  gazetteer keeps English-reader surface forms, not native-script ones. */
export function isLatinText(text: string): boolean {
  return /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{M}'’ʻ.-]+$/u.test(text);
}
