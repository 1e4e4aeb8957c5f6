// Splits a text into word and punctuation tokens with their offsets and the case facts the matcher needs.
import { foldToken } from './fold';

export interface Token {
  start: number;
  end: number;
  raw: string;
  fold: string;
  /** Letters/digits run (as opposed to a single punctuation character). */
  isWord: boolean;
  /** First character is an upper-case letter. */
  capitalised: boolean;
  /** Every letter is upper case and there are at least two letters ("UK", "DPRK"). */
  allCaps: boolean;
  /** Text between the previous token and this one (whitespace only). */
  gapBefore: string;
  /** On a line written in capitals ("NORTH KOREA TO DEPLOY THOUSANDS"), where an all-caps word may be a name. */
  shoutedLine: boolean;
  /** First word of a sentence, a line, a list item or a heading: capitalisation there is no evidence. */
  sentenceInitial: boolean;
}

export const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '-', '–', '—', '|', '*', '>', '·']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«', '„', '¿', '¡']);
/** Abbreviations whose period does not end a sentence. */
const NON_FINAL_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'prof', 'capt', 'maj', 'adm', 'rev', 'vs', 'no', 'jr', 'sr',
]);

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;

const SPACE = /\s/u;

/** Is the code point at `i` a word character (letter, mark, digit)? ASCII without a regular expression. */
function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i]);
}

/** Same tokens as the TOKEN expression (word runs, single other code points), scanned by hand: the
 *  tokenizer runs on every article and the regular expression dominated its cost. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let i = 0;
  while (i < text.length) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    const isWord = isWordAt(text, i);
    if (isWord) {
      while (i < text.length && isWordAt(text, i)) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    } else {
      i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < text.length ? 2 : 1;
    }
    const raw = text.slice(start, i);
    const code = raw.charCodeAt(0);
    const capitalised = isWord && (code < 128 ? code >= 65 && code <= 90 : isUpper(raw[0]));
    // At least two letters, all upper case ("UK", "DPRK"); only capitalised words can qualify.
    const allCaps = capitalised && raw.length >= 2 && raw === raw.toUpperCase() && LETTER.test(raw.slice(1)) && !/^\p{Lu}\p{N}+$/u.test(raw);
    tokens.push({
      start,
      end: i,
      raw,
      // ASCII punctuation folds to itself; words and other characters go through the full fold.
      fold: !isWord && code < 128 ? raw : foldToken(raw),
      isWord,
      capitalised,
      allCaps,
      gapBefore: start > previousEnd ? text.slice(previousEnd, start) : '',
      sentenceInitial: false,
      shoutedLine: false,
    });
    previousEnd = i;
  }
  markSentenceStarts(tokens);
  markShoutedLines(tokens);
  return tokens;
}

function markSentenceStarts(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord) continue;
    let j = i - 1;
    let newline = token.gapBefore.includes('\n');
    while (j >= 0 && !tokens[j].isWord && OPENERS.has(tokens[j].raw) && !newline) {
      newline = tokens[j].gapBefore.includes('\n');
      j--;
    }
    if (j < 0 || newline) {
      token.sentenceInitial = true;
      continue;
    }
    const previous = tokens[j];
    if (previous.isWord || !SENTENCE_END.has(previous.raw)) continue;
    if (previous.raw === '.' && j > 0 && tokens[j - 1].isWord && previous.gapBefore === '') {
      const before = tokens[j - 1];
      // "Mr. Kim", "U.S. State Department": the period belongs to an abbreviation.
      if (NON_FINAL_ABBREVIATIONS.has(before.fold) || (before.raw.length === 1 && isUpper(before.raw))) continue;
    }
    if (previous.raw === '-' && previous.gapBefore === '' && j > 0 && tokens[j - 1].isWord) continue; // hyphenated word
    token.sentenceInitial = true;
  }
}

function markShoutedLines(tokens: Token[]): void {
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (i === lineStart || !tokens[i].gapBefore.includes('\n'))) continue;
    let words = 0;
    let caps = 0;
    for (let k = lineStart; k < i; k++) {
      const token = tokens[k];
      if (!token.isWord || token.raw.length < 2 || (token.raw.charCodeAt(0) >= 48 && token.raw.charCodeAt(0) <= 57)) continue;
      words++;
      if (token.allCaps) caps++;
    }
    const shouted = words >= 3 && caps / words >= 0.6;
    for (let k = lineStart; k < i; k++) tokens[k].shoutedLine = shouted;
    lineStart = i;
  }
}
