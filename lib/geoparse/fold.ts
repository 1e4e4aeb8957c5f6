// Matching normalisation: case, diacritics, apostrophe and dash variants must not decide whether a name matches.

const APOSTROPHES = /[\u2018\u2019\u02bc\u02bb\u0060\u00b4]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Folds one token for lookup: lower case, no diacritics, straight apostrophe, ASCII hyphen. */
export function foldToken(raw: string): string {
  // Fast path: plain ASCII words (most tokens) only need lower-casing.
  if (ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").replace(DASHES, '-').toLowerCase();
}
