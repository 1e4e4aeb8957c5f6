// Surface forms of names as the sources spell them versus as English-language news writes them.
// GeoNames and Natural Earth use scholarly romanisations ("Kramators'k", "Wŏnsan", "Khān Yūnis"); news
// uses the plain forms ("Kramatorsk", "Wonsan", "Khan Yunis"). Pure functions.

/** Countries whose place names the sources give in a romanisation with soft-sign apostrophes and breves
 *  (Cyrillic, Korean, Mongolian...), which English text writes without them. */
const TRANSLITERATED_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'AZ', 'AM', 'GE', 'MN', 'KP', 'KR']);

/** Marks of scholarly transliteration (macron, breve, dot/line below, cedilla under h/d) that English
 *  text drops; ordinary European diacritics (é, ö, ç, ã) are left alone. */
const SCHOLARLY_MARKS = /[\u0304\u0306\u0323\u0331\u032e]|[hdHD]\u0327/u;

const APOSTROPHES = /['’ʼʻ‘`]/g;

export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

export function stripApostrophes(text: string): string {
  return text.replace(APOSTROPHES, '');
}

/** The form English news would print for a source name in the given country. */
export function plainEnglishForm(name: string, countryCode: string | undefined): string {
  const transliterated = (countryCode !== undefined && TRANSLITERATED_COUNTRIES.has(countryCode)) || SCHOLARLY_MARKS.test(name.normalize('NFD'));
  if (!transliterated) return name;
  return stripApostrophes(foldDiacritics(name)).replace(/\s+/g, ' ').trim();
}

/** The name itself plus the spellings a writer without diacritics or apostrophes would use. */
export function spellingVariants(name: string): string[] {
  return unique([name, foldDiacritics(name), stripApostrophes(foldDiacritics(name))]);
}

/** Exact-string de-duplication keeping first occurrences (deterministic, order preserving). */
export function unique(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    if (value.length === 0 || seen.has(value)) continue;
    seen.add(value);
    out.push(value);
  }
  return out;
}

/** The plural noun of a demonym ("North Koreans", "Russians"); none for forms that do not take one
 *  ("Chinese", "British", "French", "Swiss"). */
export function demonymPlural(demonym: string): string | undefined {
  if (/(ese|sh|ch|ss|s|x|z)$/i.test(demonym)) return undefined;
  return `${demonym}s`;
}
