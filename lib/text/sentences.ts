// Sentence splitting over the original text: every returned span indexes the input exactly
// (text.slice(start, end) is the sentence), trimmed of surrounding whitespace and list markers.
import type { TextSpan } from '../types';

/** Abbreviations that precede a name and so never end a sentence ("Mr. Kim", "Gen. Lee"). */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr',
  'sen', 'rep', 'gov', 'pres', 'amb', 'rev', 'hon', 'fr', 'st', 'mt', 'ft', 'jr', 'sr', 'vs', 'v', 'approx', 'ca',
  'cf', 'dept', 'est', 'inc', 'ltd', 'co', 'corp', 'ave', 'blvd', 'rd',
]);

/** Abbreviations that are not final before a number ("Jan. 24", "Sept. 11", "No. 5", "p. 12"). */
const BEFORE_NUMBER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'vol', 'fig',
  'p', 'pp', 'art', 'sec', 'ch',
]);

/** Words that typically open a sentence: after a dotted acronym ("U.S.") only these make the period final,
 *  so "the U.S. State Department" stays whole while "sanctioned by the U.S. The next day" splits. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'moreover', 'still', 'then', 'when',
  'while', 'after', 'before', 'since', 'as', 'if', 'for', 'both', 'some', 'many', 'most', 'his', 'her', 'their',
  'our', 'my', 'what', 'why', 'how', 'who', 'where', 'officials', 'analysts', 'experts',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«']);

/** A list marker at the start of a line: "-", "*", "•", "–", "1.", "2)", "a)". */
const LIST_MARKER = /^[ \t]*(?:[-*•‣◦–]|\d{1,3}[.)]|[a-z][.)])[ \t]+/;

const isSpace = (ch: string): boolean => /\s/.test(ch);
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/**
 * Splits `text` into sentences.
 * - Paragraph breaks (a blank line) always end a sentence; so does a line break before a list item,
 *   after a list item, or after a line that is not followed by a lowercase continuation. Inside a
 *   hard-wrapped paragraph (every line but the last 50-100 characters) line breaks are just spaces.
 * - Within a line, ".", "!", "?", "…" (with any closing quotes/brackets) end a sentence when followed by
 *   whitespace and a word that does not start lowercase, except after known abbreviations ("Mr.",
 *   "Gen.", "Jan. 24"), single-letter initials ("J. Smith") and dotted acronyms ("U.S.", "U.N.")
 *   unless the next word is a common sentence opener. Decimals ("3.5") and URLs never split
 *   (no whitespace after the period).
 * - Spans are trimmed of whitespace; a list marker opening a line is not part of its sentence; empty
 *   sentences are dropped.
 */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const block of lineBlocks(text)) {
    // A list marker ("1.") opens the block; its period is not a terminator.
    const marker = LIST_MARKER.exec(text.slice(block.start, block.end));
    const from = marker ? block.start + marker[0].length : block.start;
    for (const span of splitInline(text, from, block.end)) {
      const trimmed = trimSpan(text, span);
      if (trimmed) spans.push(trimmed);
    }
  }
  return spans;
}

/** Ranges of text between forced (line-structure) breaks. */
function lineBlocks(text: string): TextSpan[] {
  const lines: TextSpan[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start: lineStart, end: i });
      lineStart = i + 1;
    }
  }
  const lineText = (l: TextSpan): string => text.slice(l.start, l.end).replace(/\r$/, '');
  const blank = (l: TextSpan): boolean => lineText(l).trim() === '';

  // Mark hard-wrapped paragraphs: runs of >= 3 non-blank, non-list lines whose lines (but the last) are 50-100 chars.
  const hardWrapped = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; ) {
    if (blank(lines[i])) { i++; continue; }
    let j = i;
    while (j < lines.length && !blank(lines[j])) j++;
    const para = lines.slice(i, j).map(lineText);
    const body = para.slice(0, -1);
    const wrapped = para.length >= 3 && !para.some((l) => LIST_MARKER.test(l)) &&
      body.every((l) => l.trim().length >= 50 && l.trim().length <= 100);
    if (wrapped) for (let k = i; k < j; k++) hardWrapped[k] = true;
    i = j;
  }

  const blocks: TextSpan[] = [];
  let blockStart = lines[0].start;
  for (let i = 0; i < lines.length - 1; i++) {
    const cur = lines[i];
    const next = lines[i + 1];
    if (!joinsNext(lineText(cur), lineText(next), blank(cur) || blank(next), hardWrapped[i] && hardWrapped[i + 1])) {
      blocks.push({ start: blockStart, end: cur.end });
      blockStart = next.start;
    }
  }
  blocks.push({ start: blockStart, end: text.length });
  return blocks;
}

function joinsNext(cur: string, next: string, eitherBlank: boolean, bothHardWrapped: boolean): boolean {
  if (eitherBlank) return false;
  if (LIST_MARKER.test(next) || LIST_MARKER.test(cur)) return false;
  if (bothHardWrapped) return true;
  const first = next.trimStart()[0] ?? '';
  const last = cur.trimEnd().slice(-1);
  if (/[.!?…]/.test(last)) return false;
  return isLower(first);
}

/** Sentence ranges inside [start, end) by punctuation. */
function splitInline(text: string, start: number, end: number): TextSpan[] {
  const out: TextSpan[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Extend over runs of terminators ("?!", "...") and closing quotes/brackets.
    let j = i + 1;
    while (j < end && /[.!?…]/.test(text[j])) j++;
    while (j < end && CLOSERS.has(text[j])) j++;
    if (j >= end) { i = j; continue; }
    if (!isSpace(text[j])) { i = j - 1; continue; }
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k >= end) { i = k; continue; }
    let w = k;
    while (w < end && OPENERS.has(text[w])) w++;
    const nextWord = readWord(text, w, end);
    if (isBoundary(text, start, i, j, nextWord)) {
      out.push({ start: sentenceStart, end: j });
      sentenceStart = k;
    }
    i = j - 1;
  }
  out.push({ start: sentenceStart, end });
  return out;
}

function readWord(text: string, from: number, end: number): string {
  let e = from;
  while (e < end && !isSpace(text[e])) e++;
  return text.slice(from, e);
}

/** Is the terminator run text[i..j) (i = first terminator) the end of a sentence, given the next word? */
function isBoundary(text: string, lineStart: number, i: number, j: number, nextWord: string): boolean {
  const first = nextWord[0] ?? '';
  if (first === '' || isLower(first)) return false;
  if (/[,;:]/.test(first)) return false;
  const run = text.slice(i, j).replace(/[^.!?…]/g, '');
  if (run !== '.') return true; // "?", "!", "…", "..." followed by a non-lowercase word
  // A single period: inspect the token before it.
  let s = i;
  while (s > lineStart && !isSpace(text[s - 1]) && !OPENERS.has(text[s - 1])) s--;
  const token = text.slice(s, i);
  const bare = token.replace(/^[^\p{L}\p{N}]+/u, '');
  const lower = bare.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower)) return !/^\d/.test(first);
  if (/^\p{Lu}$/u.test(bare)) return false; // initial: "J. Smith", "N. Korea"
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(bare)) {
    // Dotted acronym / abbreviation: "U.S", "U.N", "D.C", "e.g", "a.m".
    const word = nextWord.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, '').toLowerCase();
    return SENTENCE_OPENERS.has(word);
  }
  return true;
}

function trimSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}
