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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const first = raw[0];
    const isWord = /[\p{L}\p{M}\p{N}]/u.test(first);
    const letters = raw.replace(/[^\p{L}]/gu, '');
    tokens.push({
      start,
      end: start + raw.length,
      raw,
      fold: foldToken(raw),
      isWord,
      capitalised: isWord && isUpper(first),
      allCaps: isWord && letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      gapBefore: text.slice(previousEnd, start),
      sentenceInitial: false,
      shoutedLine: false,
    });
    previousEnd = start + raw.length;
  }
  markSentenceStarts(tokens);
  markShoutedLines(tokens);
  return tokens;
}

function markShoutedLines(tokens: Token[]): void {
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (i === lineStart || !tokens[i].gapBefore.includes('\n'))) continue;
    let words = 0;
    let caps = 0;
    for (let k = lineStart; k < i; k++) {
      if (!tokens[k].isWord || !/\p{L}.*\p{L}/u.test(tokens[k].raw)) continue;
      words++;
      if (tokens[k].allCaps) caps++;
    }
    const shouted = words >= 3 && caps / words >= 0.6;
    for (let k = lineStart; k < i; k++) tokens[k].shoutedLine = shouted;
    lineStart = i;
  }
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
